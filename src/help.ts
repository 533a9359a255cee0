/** The `--help` layout: usage, then examples, then arguments, commands and options; the top level ends with a footer. */
import type { EventEmitter } from 'node:events';
import type { Command, Help } from 'commander';

const examplesOf = new WeakMap<Command, string>();

/**
 * Commands add their examples with `addHelpText('after', examples(...))`, which commander prints last. We take that
 * text out of the 'afterHelp' event once, when the program is built, so `formatHelp` can place it after the usage.
 */
function takeExamples(cmd: Command): void {
  const events = cmd as unknown as EventEmitter; // a Command is an EventEmitter; its typings do not say so
  let text = '';
  const context = { error: false, command: cmd, write: (s: string) => ((text += s), true) };
  for (const listener of events.listeners('afterHelp')) (listener as (c: typeof context) => void)(context);
  events.removeAllListeners('afterHelp');
  if (text.trim()) examplesOf.set(cmd, text.trim());
}

/** A footer of `  term  description` lines (the exit codes) gets the same wrapping as the options. */
function formatFooter(footer: string, helper: Help): string[] {
  const [title = '', ...lines] = footer.trim().split('\n');
  const items = lines.map((l) => /^\s+(\S+)\s+(.*)$/.exec(l));
  if (items.some((m) => !m)) return [footer.trim(), ''];
  const termWidth = Math.max(...items.map((m) => m![1]!.length));
  return helper.formatItemList(title, items.map((m) => helper.formatItem(m![1]!, termWidth, m![2]!, helper)), helper);
}

/** A command with only a summary ("list the sections of a monograph") gets it as a sentence. */
const sentence = (s: string) => (s ? `${s[0]!.toUpperCase()}${s.slice(1)}${/[.!?]$/.test(s) ? '' : '.'}` : s);

function formatHelp(footer: string) {
  return (cmd: Command, helper: Help): string => {
    const width = helper.helpWidth ?? 80;
    // Terms wider than this (a long option value like <TEMP:DURATION[:out-of-carton]>) get their description on the
    // next line, so descriptions keep room to wrap instead of running past the screen's edge.
    const termWidth = Math.min(helper.padWidth(cmd, helper), Math.max(12, width - 4 - helper.minWidthToWrap));
    const item = (term: string, description: string) =>
      term.length <= termWidth || !description
        ? helper.formatItem(term, termWidth, description, helper)
        : `  ${term}\n${helper.formatItem('', termWidth, description, helper)}`;
    const out = [`Usage: ${helper.commandUsage(cmd)}`, ''];
    const description = helper.commandDescription(cmd) || sentence(cmd.summary());
    if (description) out.push(helper.boxWrap(description, width), '');
    const examples = examplesOf.get(cmd);
    if (examples) out.push(examples, '');
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
    return out.join('\n');
  };
}

/**
 * Lays out the help of `program` and of every subcommand: examples right after the usage, the help command in the
 * "Learn:" group, and `footer` (the exit codes) at the end of the top-level help. Call once every command is added.
 */
export function layoutHelp(program: Command, footer: string): void {
  const config = { formatHelp: formatHelp(footer) };
  if (program.commands.some((c) => c.helpGroup() === 'Learn:')) program.commandsGroup('Learn:').helpCommand('help [command]', 'show the help of a command');
  for (const cmd of [program, ...program.commands]) {
    cmd.configureHelp(config);
    takeExamples(cmd);
  }
}
