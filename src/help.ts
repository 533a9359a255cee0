/** The `--help` layout: usage, then examples, then arguments, commands and options; the top level ends with a footer. */
import type { Command, Help } from 'commander';

const examplesOf = new WeakMap<Command, string>();

/** Stores a command's help examples as data (command lines, and an optional closing note); help prints them after the usage. */
export function withExamples<C extends Command>(cmd: C, lines: readonly string[], note?: string): C {
  examplesOf.set(cmd, `Examples:\n${lines.map((l) => `  $ ${l}`).join('\n')}${note ? `\n\n${note}` : ''}`);
  return cmd;
}

/** A footer of `  term  description` lines (the exit codes) gets the same wrapping as the options. */
function formatFooter(footer: string, helper: Help): string[] {
  const [title = '', ...lines] = footer.trim().split('\n');
  const items = lines.map((l) => /^\s+(\S+)\s+(.*)$/.exec(l));
  if (items.some((m) => !m)) return [footer.trim(), ''];
  const termWidth = Math.max(...items.map((m) => m![1]!.length));
  return helper.formatItemList(title, items.map((m) => helper.formatItem(m![1]!, termWidth, m![2]!, helper)), helper);
}

/**
 * Breaks a long example command at argument boundaries with a trailing ` \\`, continuing 6 columns in; an option
 * stays with its value and a redirection with its file. A single word still too wide is cut after a `/` and continued
 * at column 0, where the shell joins it back (a backslash-newline is removed even inside a word).
 */
export function breakCommand(command: string, width: number): string[] {
  const words = command.split(' ');
  const groups: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    const together = next !== undefined && ((w.startsWith('-') && !next.startsWith('-')) || w === '>' || w === '|');
    if (together && 6 + w.length + 1 + next.length + 2 <= width) {
      groups.push(`${w} ${next}`);
      i++;
    } else groups.push(w);
  }
  const out: string[] = [];
  let line = '  $';
  for (const g of groups) {
    if (line.length + 1 + g.length + 2 <= width || line === '  $') {
      line += ` ${g}`;
      continue;
    }
    out.push(`${line} \\`);
    line = `      ${g}`;
  }
  out.push(line);
  return out.flatMap((l) => cutWord(l, width));
}

/** A line still wider than `width`: cut after a `/` (else anywhere), each piece but the last ending in `\\`. */
function cutWord(line: string, width: number): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest.length > width) {
    const room = width - 1;
    const slash = rest.lastIndexOf('/', room - 1);
    const at = slash > width / 3 ? slash + 1 : room;
    out.push(`${rest.slice(0, at)}\\`);
    rest = rest.slice(at);
  }
  out.push(rest);
  return out;
}

/** Plain help text (an examples block's prose, the usage line) wrapped to `width`, words kept whole where they fit. */
function wrapText(text: string, width: number, indent = ''): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = `${indent}${word}`;
    } else line = line ? `${line} ${word}` : word;
  }
  out.push(line);
  return out;
}

/** The examples block at `width`: commands broken at argument boundaries, prose re-wrapped. */
function layoutExamples(text: string, width: number): string {
  const out: string[] = [];
  let prose: string[] = [];
  const flush = () => {
    if (prose.length > 0) out.push(...wrapText(prose.join(' '), width));
    prose = [];
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('  $ ')) {
      flush();
      out.push(...(line.length <= width ? [line] : breakCommand(line.slice(4), width)));
    } else if (line.trim() === '' || /^\S.*:$/.test(line)) {
      flush();
      out.push(line);
    } else prose.push(line.trim());
  }
  flush();
  return out.join('\n');
}

/** A command with only a summary ("list the sections of a monograph") gets it as a sentence. */
const sentence = (s: string) => (s ? `${s[0]!.toUpperCase()}${s.slice(1)}${/[.!?]$/.test(s) ? '' : '.'}` : s);

function formatHelp(footer: string) {
  return (cmd: Command, helper: Help): string => {
    const width = helper.helpWidth ?? 80;
    // Terms wider than this (a long option value like <TEMP:DURATION[:out-of-carton]>) get their description on the
    // next line, so descriptions keep room to wrap instead of running past the screen's edge.
    const termWidth = Math.min(helper.padWidth(cmd, helper), Math.max(12, width - 4 - 30));
    // Narrow: each term on its own line(s), its description below it, indented.
    const narrowItem = (term: string, description: string) =>
      [...wrapText(term, width - 2, '  ').map((l) => `  ${l}`), ...(description ? wrapText(description, width - 6).map((l) => `      ${l}`) : [])].join('\n');
    const item = (term: string, description: string) =>
      width < 46 ? narrowItem(term, description)
      : term.length <= termWidth || !description
        ? helper.formatItem(term, termWidth, description, helper)
        : `  ${term}\n${helper.formatItem('', termWidth, description, helper)}`;
    const out = [wrapText(`Usage: ${helper.commandUsage(cmd)}`, width, '         ').join('\n'), ''];
    const description = helper.commandDescription(cmd) || sentence(cmd.summary());
    if (description) out.push(helper.boxWrap(description, width), '');
    const examples = examplesOf.get(cmd);
    if (examples) out.push(layoutExamples(examples, width), '');
    const args = helper.visibleArguments(cmd).map((a) => item(helper.argumentTerm(a), helper.argumentDescription(a)));
    out.push(...helper.formatItemList('Arguments:', args, helper));
    const groups = helper.groupItems([...cmd.commands], helper.visibleCommands(cmd), (c) => c.helpGroup() || 'Commands:');
    for (const [group, commands] of groups) {
      out.push(...helper.formatItemList(group, commands.map((c) => item(helper.subcommandTerm(c), helper.subcommandDescription(c))), helper));
    }
    const options = helper.visibleOptions(cmd).map((o) => item(helper.optionTerm(o), helper.optionDescription(o)));
    out.push(...helper.formatItemList(cmd.parent ? 'Options:' : 'Options (for every command):', options, helper));
    const globals = (cmd.parent?.options ?? []).filter((o) => !o.hidden && o.long && o.long !== '--version').map((o) => o.long);
    if (globals.length > 0) out.push(helper.boxWrap(`Global options (see \`monograph --help\`): ${globals.join(', ')}`, width), '');
    if (!cmd.parent && footer) out.push(...formatFooter(footer, helper));
    return fold(out.join('\n'), width);
  };
}

/** The last guard: a line still wider than `width` (a heading, a long word) is folded at spaces, else cut. */
function fold(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => {
      if (line.length <= width) return [line];
      const indent = /^ */.exec(line)![0];
      return wrapText(line, width, indent).flatMap((l) => (l.length <= width ? [l] : (l.match(new RegExp(`.{1,${width}}`, 'g')) ?? [l])));
    })
    .join('\n');
}

/**
 * Lays out the help of `program` and of every subcommand: examples right after the usage, the help command in the
 * "Learn:" group, and `footer` (the exit codes) at the end of the top-level help. Call once every command is added.
 */
export function layoutHelp(program: Command, footer: string): void {
  // Commander stops wrapping below 40 columns (`minWidthToWrap`); help wraps at any --width from 20.
  const config = { formatHelp: formatHelp(footer), minWidthToWrap: 12 };
  if (program.commands.some((c) => c.helpGroup() === 'Learn:')) program.commandsGroup('Learn:').helpCommand('help [command]', 'show the help of a command');
  for (const cmd of [program, ...program.commands]) cmd.configureHelp(config);
}
