// Writes monograph.1 (a roff man page) from the commander program itself, so the page lists exactly the commands,
// arguments and options the CLI has. Run by scripts/build.mjs; the page ships in dist/ ("man" in package.json).
import type { Command, Help, Option } from 'commander';
import { writeFileSync } from 'node:fs';
import { buildProgram, EXIT_CODES_HELP } from '../src/cli.js';

/** Roff-safe text: backslashes and hyphens escaped, and no line may start with a dot or quote. */
const roff = (s: string) => s.replace(/\\/g, '\\e').replace(/-/g, '\\-').replace(/^([.'])/gm, '\\&$1');

const item = (term: string, description: string) => `.TP\n.B ${roff(term)}\n${roff(description)}`;

function options(help: Help, cmd: Command): string[] {
  return help.visibleOptions(cmd).map((o: Option) => item(help.optionTerm(o), help.optionDescription(o)));
}

/** The man page of `program` as roff text. */
export function manPage(program: Command, version: string, date: string): string {
  const help = program.createHelp();
  const out = [
    `.TH MONOGRAPH 1 "${date}" "monograph ${version}" "User Commands"`,
    '.SH NAME',
    `monograph \\- ${roff(program.description())}`,
    '.SH SYNOPSIS',
    '.B monograph',
    '[\\fIoptions\\fR] \\fIcommand\\fR [\\fIarguments\\fR]',
    '.SH DESCRIPTION',
    roff('An offline drug monograph reference. Every clinical fact comes from a cited source (a label version and section, or a page address); calculators apply the label\'s own rules and say which rule they applied. Check every answer against the current label.'),
    '.SH COMMANDS',
  ];
  for (const cmd of help.visibleCommands(program)) {
    out.push(`.SS ${roff(`monograph ${help.subcommandTerm(cmd)}`)}`, roff(cmd.description() || cmd.summary() || help.subcommandDescription(cmd)));
    const args = help.visibleArguments(cmd).map((a) => item(help.argumentTerm(a), help.argumentDescription(a)));
    const opts = cmd.name() === 'help' ? [] : options(help, cmd);
    if (args.length + opts.length > 0) out.push('.RS', ...args, ...opts, '.RE');
  }
  out.push('.SH GLOBAL OPTIONS', ...options(help, program));
  out.push('.SH EXIT STATUS');
  for (const line of EXIT_CODES_HELP.trim().split('\n').slice(1)) {
    const m = /^\s+(\d+)\s+(.*)$/.exec(line);
    if (m) out.push(item(m[1]!, m[2]!));
  }
  out.push(
    '.SH ENVIRONMENT',
    item('MONOGRAPH_PATH', 'colon-separated folders of extra monographs, read like --data'),
    item('NO_COLOR, FORCE_COLOR', 'turn colour off or on when --color is not given'),
    item('MONOGRAPH_PAGER, PAGER', 'the pager for long output on a terminal (default: less -FRX)'),
    '.SH FILES',
    roff('The documentation is installed with the package, in its docs/ folder: json.md (the JSON contract and schemas), shell.md (completion), storage.md, dosing.md, authoring.md.'),
    '.SH SEE ALSO',
    roff('monograph --help, monograph help <command>, monograph tour'),
  );
  return `${out.join('\n')}\n`;
}

/** Writes the page for the program as built, to `file`. */
export function writeManPage(file: string, version: string, date: string): void {
  const silent = { write: () => true };
  const program = buildProgram({ io: { stdout: silent, stderr: silent, env: {}, today: () => date }, bundled: () => [] }, 80);
  writeFileSync(file, manPage(program, version, date));
}
