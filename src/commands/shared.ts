/** Small helpers every command file uses: the one lazy action, the global options of a run, shared options. */
import { Option, type Command } from 'commander';
import { REGION_CHOICES } from '../regions.js';
import { contextFor, type Context, type Deps, type GlobalOpts } from '../context.js';

/** What a command's work returns: nothing for exit 0, or its exit class (1 for a finding; a step's failure in the tour). */
export type ExitClass = number | void;

/** A command's work, in its `<name>-run.ts`: the deps, then what commander hands the action. */
type Run<A extends unknown[]> = (deps: Deps, ...args: A) => Promise<ExitClass>;

/**
 * The one action body of every command: loads its `<name>-run.ts` the first time the command runs (start-up loads only
 * the definitions), runs it, and hands the exit class it returns to `run` in cli.ts.
 */
export const lazy =
  <A extends unknown[]>(deps: Deps, load: () => Promise<Run<A>>) =>
  async (...args: A): Promise<void> => {
    const exitClass = await (await load())(deps, ...args);
    if (exitClass) deps.exit?.(exitClass);
  };

/** The run's context from a command's own and global options. */
export const contextOf = (deps: Deps, cmd: Command): Context => contextFor(deps, cmd.optsWithGlobals<GlobalOpts>());

/** `--today <date>`: one name for "take today to be" in every command (src/today.ts reads it). */
export const todayOption = (description: string): Option => new Option('--today <date>', description);

/** `--on <date>`: the hidden alias of `--today` (storage's old name for it). */
export const onAlias = (): Option => new Option('--on <date>').hideHelp();

/** `--region <region>`: the choices come from src/regions.ts (help and completion read them); any case is accepted. */
export function regionOption(description: string): Option {
  const option = new Option('--region <region>', description).choices(REGION_CHOICES);
  const check = option.parseArg!;
  return option.argParser((value: string, previous: unknown) => check(value.toLowerCase(), previous));
}
