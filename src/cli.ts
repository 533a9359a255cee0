/** Builds the commander program and runs it: the one place errors become messages and exit codes. */
import { Command, CommanderError, Option } from 'commander';
import { FORMATS, type Deps } from './context.js';
import { CliError, cut, ExitCode, quote } from './errors.js';
import { sanitize, sanitizeLine } from './render/sanitize.js';
import { commandGroups, hiddenCommands } from './commands/index.js';
import { isCacheable } from './commands/cacheable.js';
import { CacheDamagedError } from './catalog/index-cache.js';
import { suggest } from './text.js';
import { layoutHelp, withExamples } from './help.js';
import { decideWidth } from './io.js';
import { tryWidth } from './numbers.js';
import { checkJsonFieldNames, splitJsonFields } from './json-fields.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export const EXIT_CODES_HELP = `
Exit codes:
  0   success
  1   a finding: a check outside the labeled allowance or not confirmable; validate found problems
  2   usage error: unknown command or option, a bad argument, a malformed log row, a path that is not a regular file or that the system will not read or write
  3   not found: drug, section, file or folder
  4   ambiguous name: it matches several monographs
  5   invalid data: a monograph file that is not a valid monograph
  70  internal error, or output could not be written at all
`;

/** The whole program, with every command registered and output routed to `deps.io`. */
export function buildProgram(deps: Deps, helpWidth?: number): Command {
  const { io } = deps;
  const program = new Command('monograph')
    .description('Offline drug monographs for SMA treatments: sections, storage checks, dosing schedules, comparisons.')
    .version('0.1.0', '-V, --version')
    .option('--json', 'JSON output (same as --format json); --json=FIELD,... keeps only those top-level fields, --json= lists them')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS))
    .option('--color <when>', 'colour: always, never or auto', undefined)
    .option('--no-color', 'no colour (same as --color never)')
    .option('--width <n>', 'wrap and fit tables to N columns')
    .option('--data <dir>', 'also load the monographs in DIR (repeatable)', collect)
    .option('--no-pager', 'never send long output through a pager')
    .option('--debug', 'show stack traces for internal errors')
    .option('--no-cache', 'neither read nor write the cache (answers and monograph index)')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(sanitize(s)),
      writeErr: (s) => io.stderr.write(sanitize(s)),
      outputError: () => {},
      getOutHelpWidth: () => decideWidth(helpWidth, io),
      getErrHelpWidth: () => decideWidth(helpWidth, io),
    });
  withExamples(program, ['monograph show spinraza', 'monograph show spinraza storage dosing', 'monograph storage spinraza --excursion 22C:10h:out-of-carton', 'monograph compare spinraza zolgensma evrysdi', 'monograph list --json | jq']);
  for (const [group, commands] of commandGroups) {
    program.commandsGroup(group);
    for (const make of commands) program.addCommand(make(deps));
  }
  for (const make of hiddenCommands) program.addCommand(make(deps), { hidden: true });
  for (const sub of program.commands) sub.exitOverride().configureOutput(program.configureOutput());
  program.hook('preAction', (_program, action) => {
    checkJsonFieldNames(action.name(), deps.jsonFields);
    if (deps.startUp) deps.startUp.cacheable = deps.startUp.cacheable !== false && isCacheable(action.name(), action.optsWithGlobals());
  });
  layoutHelp(program, EXIT_CODES_HELP);
  return program;
}

/** A valid `--width N` in argv: help is printed before options are parsed, so it is read here. */
function widthIn(argv: readonly string[]): number | undefined {
  const i = argv.indexOf('--width');
  const value = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--width='))?.slice('--width='.length);
  return tryWidth(value);
}

/** Runs the CLI on `argv` (without node and script) and resolves to the exit code; never throws. */
export async function run(given: readonly string[], deps: Deps): Promise<number> {
  const { io } = deps;
  const { argv, fields: jsonFields } = splitJsonFields(given);
  const debug = argv.includes('--debug');
  if (argv.length === 0) {
    io.stdout.write(overview());
    return ExitCode.ok;
  }
  let exitCode: number = ExitCode.ok;
  const program = buildProgram({ ...deps, run, exit: (code) => (exitCode = code), jsonFields }, widthIn(argv));
  try {
    const [first, name] = argv;
    if (first === 'help' && name !== undefined && !name.startsWith('-') && !program.commands.some((c) => c.name() === name || c.aliases().includes(name))) {
      throw new CommanderError(ExitCode.usage, 'commander.unknownCommand', `error: unknown command '${name}'`);
    }
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (e) {
    // A compiled monograph in the cache was spoilt after its index was read: nothing was printed yet; start over without it.
    if (e instanceof CacheDamagedError && !deps.noIndexCache) return run(given, { ...deps, noIndexCache: true });
    return report(e, io.stderr, debug, program);
  }
}

/** The longest error line printed: a safety net behind each message's own cutting of what it echoes. */
const MAX_MESSAGE_CHARS = 400;

/** Cuts anything quoted in a message (ours in "…", commander's in '…') to about 80 characters, then the line itself. */
function cutEchoes(line: string): string {
  const cutQuoted = line.replace(/"([^"]{81,})"/g, (_, s: string) => quote(s)).replace(/'([^']{81,})'/g, (_, s: string) => `'${cut(s)}'`);
  return cut(cutQuoted, MAX_MESSAGE_CHARS);
}

function report(e: unknown, err: { write(s: string): boolean }, debug: boolean, program: Command): number {
  const say = (line: string) => err.write(`${sanitizeLine(cutEchoes(line))}\n`);
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return ExitCode.ok;
    const [first = e.message, ...rest] = e.message.replace(/^error: /, '').split('\n');
    say(`monograph: ${first}`);
    for (const line of rest.filter(Boolean)) say(line.replace(/^\((.*)\)$/, '$1').replace(/^Did you mean (one of )?/, 'did you mean: '));
    if (e.code === 'commander.unknownCommand') {
      const name = /'([^']+)'/.exec(first)?.[1] ?? '';
      if (rest.length === 0 && name) {
        const close = suggest(name, program.commands.map((c) => c.name()).filter((n) => !n.startsWith('__')));
        if (close.length > 0) say(`did you mean: ${close.join(', ')}?`);
      }
    }
    say('run `monograph --help` for usage');
    return ExitCode.usage;
  }
  if (e instanceof CliError) {
    say(`monograph: ${e.message}`);
    for (const hint of e.hints) say(hint);
    return e.exitCode;
  }
  say(`monograph: internal error: ${(e as Error)?.message ?? String(e)}`);
  if (debug && e instanceof Error && e.stack) say(e.stack);
  else say('run again with --debug for details, and please report it');
  return ExitCode.internal;
}

/** What `monograph` alone prints: a short overview with examples. */
export function overview(): string {
  return `monograph: an offline drug monograph reference (Spinraza, Zolgensma, Evrysdi)

Start here:
  $ monograph list                                     the monographs
  $ monograph show spinraza                            a whole monograph
  $ monograph show spinraza storage dosing             chosen sections
  $ monograph search thrombocytopenia                  search every monograph
  $ monograph storage spinraza --excursion 22C:10h     check a temperature excursion
  $ monograph dosing spinraza --start 2026-12-01       a dated dosing schedule
  $ monograph compare spinraza zolgensma evrysdi       side by side
  $ monograph tour                                     a guided walk through it all

Add --json to any command for scripts. Run \`monograph --help\` for every command and the exit codes.
`;
}
