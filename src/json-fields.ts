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

/**
 * Every top-level field each command's JSON documents can hold (all dosing modes; compare with and without
 * `--fields`), so `--json=` names are checked before the command does any work or writes a file. A test keeps this
 * equal to the published schemas (docs/schema/), which are generated from src/json-documents.ts.
 */
export const JSON_FIELDS: Readonly<Record<string, readonly string[]>> = {
  list: ['monographs'],
  show: ['drug', 'header', 'sections', 'sources', 'imported', 'partial'],
  sections: ['drug', 'sections'],
  search: ['query', 'total', 'limit', 'hits'],
  compare: ['drugs', 'monographs', 'rows', 'sources', 'fields'],
  storage: ['drug', 'region', 'verdict', 'states', 'stateIds', 'inUse', 'advice', 'notes', 'unread', 'check', 'labelApplied', 'newerLabel', 'sources'],
  dosing: [
    'mode', 'drug', 'region', 'regimen', 'labelApplied', 'newerLabel', 'notCovered', 'rules', 'notes', 'reminder', 'sources', 'answer',
    'phases', 'missedDose', 'monitoring', 'bands', 'doseVolumeTable', 'start', 'dose', 'doses',
    'lastDose', 'today', 'lastDoseWas', 'originalSchedule', 'daysSinceLastDose', 'monthsSinceLastDose', 'due', 'dueDose', 'applies', 'planStops',
    'weight', 'age', 'band', 'dailyDoseMg', 'concentrationMgPerMl', 'exactVolumeMl', 'volumeMl', 'syringe', 'tablet', 'doseVolumeMl', 'corticosteroid',
  ],
  tour: ['steps'],
  import: ['folder', 'imported', 'skipped'],
  library: ['folder', 'monographs'],
  validate: ['valid', 'files', 'skipped'],
  completion: ['shell', 'script'],
};

/** Exit 2 for the first field named that is not among `available`, with the fields there are and the close ones. */
function refuseUnknown(fields: readonly string[], available: readonly string[]): void {
  const unknown = fields.filter((f) => !available.includes(f));
  if (unknown.length === 0) return;
  const [first] = unknown;
  const close = suggest(first!, available).map((n) => available.find((a) => normalizeName(a) === n)!);
  const list = available.join(', ');
  const listed = list.length <= 200 ? `available fields: ${list}` : '--json= alone lists the fields of this command\'s JSON';
  const hints = [listed, ...(close.length > 0 ? [`did you mean: ${close.join(', ')}?`] : [])];
  const names = unknown.map((f) => quote(f)).join(', ');
  throw new UsageError(`--json: no field ${names} in this command's JSON`, hints);
}

/** Before `command` runs: a field none of its documents can hold is exit 2 (a command without JSON is not checked). */
export function checkJsonFieldNames(command: string, fields: readonly string[] | undefined): void {
  const available = Object.hasOwn(JSON_FIELDS, command) ? JSON_FIELDS[command] : undefined;
  if (available && fields && fields.length > 0) refuseUnknown(fields, available);
}

/** The document with only `schemaVersion` and the fields named, in the document's order; an unknown name is exit 2. */
export function selectJsonFields(doc: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  refuseUnknown(fields, jsonFieldsOf(doc));
  return Object.fromEntries(Object.entries(doc).filter(([k]) => k === 'schemaVersion' || fields.includes(k)));
}
