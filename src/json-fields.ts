/**
 * `--json=field,field`: keeps those top-level fields of a command's JSON document (`schemaVersion` always stays);
 * `--json=` lists the fields. A bare `--json` is a plain switch, so `show --json spinraza` still reads the drug.
 */
import { quote, UsageError } from './errors.js';
import { normalizeName, suggest } from './text.js';

/**
 * Takes each `--json=LIST` out of argv (up to a `--`), leaving a bare `--json` for commander; returns the fields
 * named (repeats add up), `[]` for `--json=` alone, or undefined when no `=` form was given.
 */
export function splitJsonFields(argv: readonly string[]): { argv: string[]; fields: string[] | undefined } {
  let fields: string[] | undefined;
  let operands = false;
  const out: string[] = [];
  for (const arg of argv) {
    if (!operands && arg.startsWith('--json=')) {
      const named = arg.slice('--json='.length).split(',').map((f) => f.trim()).filter(Boolean);
      fields = [...new Set([...(fields ?? []), ...named])];
      out.push('--json');
      continue;
    }
    if (arg === '--') operands = true;
    out.push(arg);
  }
  return { argv: out, fields };
}

/** The fields a document offers to `--json=`: its top-level keys but `schemaVersion`. */
export const jsonFieldsOf = (doc: object): string[] => Object.keys(doc).filter((k) => k !== 'schemaVersion');

/** The document with only `schemaVersion` and the fields named, in the document's order; an unknown name is exit 2. */
export function selectJsonFields(doc: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const available = jsonFieldsOf(doc);
  const unknown = fields.filter((f) => !available.includes(f));
  if (unknown.length > 0) {
    const [first] = unknown;
    const close = suggest(first!, available).map((n) => available.find((a) => normalizeName(a) === n)!);
    const hints = [`available fields: ${available.join(', ')}`, ...(close.length > 0 ? [`did you mean: ${close.join(', ')}?`] : [])];
    const names = unknown.map((f) => quote(f)).join(', ');
    throw new UsageError(`--json: no field ${names} in this command's JSON`, hints);
  }
  return Object.fromEntries(Object.entries(doc).filter(([k]) => k === 'schemaVersion' || fields.includes(k)));
}
