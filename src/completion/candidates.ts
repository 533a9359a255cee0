/** Pure: what can come next on a partial `monograph` command line. The shell scripts ask for this through `__complete`. */
import { drugsNamed, namesOf } from '../catalog/lookup.js';
import { COLOR_WHEN } from '../io.js';
import { normalizeName } from '../text.js';
import type { ArgSpec, CliSpec, CommandSpec, OptionSpec } from './model.js';

/** What completion needs to know about one monograph. */
export interface DrugInfo {
  id: string;
  brand: string;
  generic: string;
  aliases: string[];
  sections: { id: string; title: string; aliases: string[] }[];
  /** Storage state ids (for `--state`), when the monograph has structured storage rules. */
  states: { id: string; label?: string }[];
}

export interface Candidate {
  value: string;
  description?: string;
}

/** Either words to offer, or "let the shell complete file or folder names". */
export type Completion = { values: Candidate[] } | { paths: 'files' | 'dirs' };

/** A partial command line, read left to right the way commander will read it. */
export interface Line {
  command?: CommandSpec;
  unknownCommand: boolean;
  positionals: string[];
  /** Long names of the options already given. */
  used: Set<string>;
  /** `--data` folders given so far (their monographs complete too). */
  dataDirs: string[];
  /** Set when the word being completed is this option's value. */
  valueFor?: OptionSpec;
  /** The word being completed, without any `--option=` prefix. */
  current: string;
  /** `--option=` when the value is completed inline; put back in front of every candidate. */
  prefix: string;
}

export const SHELLS = ['bash', 'zsh', 'fish'] as const;

/** Values of options whose choices commander does not know (`--color` also has a `--no-color` twin). */
const OPTION_VALUES: Record<string, readonly string[]> = {
  '--color': COLOR_WHEN,
};

/** Bash splits `--format=json` into `--format`, `=`, `json`: join them back into an option and its value. */
const joinEquals = (words: readonly string[]): string[] =>
  words.flatMap((w, i) => (w === '=' && words[i - 1]?.startsWith('--') ? (i === words.length - 1 ? [''] : []) : [w]));

/** Reads every word but the last (the one being completed). */
export function parseLine(spec: CliSpec, rawWords: readonly string[]): Line {
  const words = joinEquals(rawWords.length > 0 ? rawWords : ['']);
  const line: Line = { unknownCommand: false, positionals: [], used: new Set(), dataDirs: [], current: words.at(-1) ?? '', prefix: '' };
  const find = (flag: string) => [...(line.command?.options ?? []), ...spec.globalOptions].find((o) => o.long === flag || o.short === flag);
  let literal = false;
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!;
    if (!literal && w === '--') literal = true;
    else if (!literal && w.startsWith('-') && w !== '-') {
      const eq = w.startsWith('--') ? w.indexOf('=') : -1;
      const opt = find(eq > 0 ? w.slice(0, eq) : w);
      if (!opt) continue;
      line.used.add(opt.long);
      if (!opt.takesValue) continue;
      if (eq < 0 && i + 1 === words.length - 1) line.valueFor = opt;
      const value = eq > 0 ? w.slice(eq + 1) : words[++i];
      if (opt.long === '--data' && value && !line.valueFor) line.dataDirs.push(value);
    } else if (!line.command && !line.unknownCommand) {
      line.command = spec.commands.find((c) => c.name === w || c.aliases.includes(w));
      line.unknownCommand = !line.command;
    } else line.positionals.push(w);
  }
  const eq = line.current.indexOf('=');
  if (!line.valueFor && !literal && line.current.startsWith('--') && eq > 0) {
    const opt = find(line.current.slice(0, eq));
    if (opt?.takesValue) Object.assign(line, { valueFor: opt, prefix: line.current.slice(0, eq + 1), current: line.current.slice(eq + 1) });
  }
  return line;
}

/** The candidates for the last word of `line`; monographs are loaded only when a drug, section or state is wanted. */
export async function completeLine(spec: CliSpec, line: Line, drugs: () => Promise<readonly DrugInfo[]>, today: string): Promise<Completion> {
  if (line.valueFor) return optionValues(line, line.valueFor, drugs, today);
  if (line.current.startsWith('-')) return { values: options(spec, line) };
  if (!line.command) return { values: line.unknownCommand ? [] : spec.commands.map((c) => ({ value: c.name, description: c.description })) };
  const arg = argAt(line.command.args, line.positionals.length);
  if (!arg) return { values: options(spec, line) };
  return argValues(spec, line, arg, drugs);
}

/** Keeps the candidates that start with what was typed (ignoring case), and puts an inline `--option=` back. */
export function narrow(completion: Completion, line: Line): Completion {
  if ('paths' in completion) return completion;
  const typed = line.current.toLowerCase();
  const seen = new Set<string>();
  const values: Candidate[] = [];
  for (const c of completion.values) {
    if (!c.value.toLowerCase().startsWith(typed) || seen.has(c.value)) continue;
    seen.add(c.value);
    values.push({ ...c, value: line.prefix + c.value });
  }
  return { values };
}

const argAt = (args: readonly ArgSpec[], index: number): ArgSpec | undefined =>
  args[index] ?? (args.at(-1)?.variadic ? args.at(-1) : undefined);

function options(spec: CliSpec, line: Line): Candidate[] {
  return [...(line.command?.options ?? []), ...spec.globalOptions]
    .filter((o) => o.repeatable || !line.used.has(o.long))
    .filter((o) => line.command === undefined || o.long !== '--version')
    .map((o) => ({ value: o.long, description: o.description }));
}

/** An option's values: its choices, then by its name, then by its value's placeholder (`<date>`, `<file>`, `<C|F>`). */
async function optionValues(line: Line, opt: OptionSpec, drugs: () => Promise<readonly DrugInfo[]>, today: string): Promise<Completion> {
  const fixed = opt.choices ?? OPTION_VALUES[opt.long];
  if (fixed) return { values: fixed.map((value) => ({ value })) };
  if (opt.long === '--state') {
    const drug = findDrug(await drugs(), drugArgument(line));
    return { values: (drug?.states ?? []).map((s) => ({ value: s.id, ...(s.label ? { description: s.label } : {}) })) };
  }
  const name = opt.valueName ?? '';
  if (/^(dir|folder)s?$/i.test(name)) return { paths: 'dirs' };
  if (/^(file|path)s?(\.\w+)?$/i.test(name)) return { paths: 'files' };
  if (/^date$/i.test(name)) return { values: [{ value: today, description: 'today' }] };
  if (/^\w+(\|\w+)+$/.test(name)) return { values: name.split('|').map((value) => ({ value })) };
  return { values: [] };
}

async function argValues(spec: CliSpec, line: Line, arg: ArgSpec, drugs: () => Promise<readonly DrugInfo[]>): Promise<Completion> {
  const name = arg.name.toLowerCase();
  if (arg.choices) return { values: arg.choices.map((value) => ({ value })) };
  if (name === 'shell') return { values: SHELLS.map((value) => ({ value })) };
  if (name === 'command') return { values: spec.commands.map((c) => ({ value: c.name, description: c.description })) };
  if (/^(paths?|files?)$/.test(name)) return { paths: 'files' };
  if (/^(dirs?|folders?)$/.test(name)) return { paths: 'dirs' };
  if (/^drugs?$/.test(name)) return { values: drugNames(await drugs(), line) };
  if (/^sections?$/.test(name)) {
    const drug = findDrug(await drugs(), drugArgument(line));
    return { values: drug ? sectionNames(drug, line) : [] };
  }
  return { values: [] };
}

/** The word given for the command's `<drug>` argument, if any. */
function drugArgument(line: Line): string | undefined {
  const index = line.command?.args.findIndex((a) => a.name === 'drug') ?? -1;
  return index < 0 ? undefined : line.positionals[index];
}

function findDrug(all: readonly DrugInfo[], name: string | undefined): DrugInfo | undefined {
  const hits = name === undefined ? [] : drugsNamed(all, name);
  return hits.length === 1 ? hits[0] : undefined;
}

/** Ids when what was typed starts one; otherwise brands, generic names and aliases. Drugs already named are left out. */
function drugNames(all: readonly DrugInfo[], line: Line): Candidate[] {
  const named = new Set(line.positionals.map((p) => findDrug(all, p)?.id));
  const left = [...all].filter((d) => !named.has(d.id)).sort((a, b) => a.id.localeCompare(b.id));
  const typed = normalizeName(line.current);
  const ids = left.map((d) => ({ value: d.id, description: `${d.brand} (${d.generic})` }));
  if (ids.some((c) => c.value.startsWith(typed))) return ids;
  return left.flatMap((d) => namesOf(d).slice(1).map((n) => ({ value: n.toLowerCase(), description: d.brand })));
}

/** Section ids (or, when no id starts with what was typed, their aliases); sections already named are left out. */
function sectionNames(drug: DrugInfo, line: Line): Candidate[] {
  const given = new Set(line.positionals.map((p) => p.toLowerCase()));
  const left = drug.sections.filter((s) => !given.has(s.id));
  const ids = left.map((s) => ({ value: s.id, description: s.title }));
  const typed = line.current.toLowerCase();
  if (typed === '' || ids.some((c) => c.value.startsWith(typed))) return ids;
  return left.flatMap((s) => s.aliases.map((a) => ({ value: a, description: s.title })));
}
