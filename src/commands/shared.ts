/** Small helpers every command file uses: help examples and the global options of a run. */
import { Option, type Command } from 'commander';
import { REGION_CHOICES } from '../regions.js';
import { contextFor, type Context, type Deps, type GlobalOpts } from '../context.js';

/** The "Examples:" block that follows a command's usage in `--help`. */
export const examples = (...lines: string[]): string => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

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
