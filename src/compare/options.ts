/** The command line of `monograph compare`, checked: which drugs (2 to 6, all different) and which fields. */
import { findDrug } from '../catalog/lookup.js';
import { suggest } from '../text.js';
import type { CompareField } from '../catalog/schema-compare.js';
import type { Monograph } from '../catalog/schema.js';
import { UsageError } from '../errors.js';
import { ALL_FIELDS, fieldLabel } from './compare.js';

export const MIN_DRUGS = 2;
export const MAX_DRUGS = 6;

/** The monographs named, in the order named; exit 2 for too few, too many or the same drug twice. */
export function pickDrugs(monographs: readonly Monograph[], names: readonly string[]): Monograph[] {
  if (names.length < MIN_DRUGS) {
    throw new UsageError(`compare needs at least ${MIN_DRUGS} drugs, got ${names.length}`, ['for example: monograph compare spinraza zolgensma']);
  }
  if (names.length > MAX_DRUGS) throw new UsageError(`compare takes at most ${MAX_DRUGS} drugs, got ${names.length}`);
  const picked = names.map((name) => findDrug(monographs, name));
  picked.forEach((m, i) => {
    const first = picked.findIndex((other) => other.id === m.id);
    if (first < i) {
      const same = names[first] === names[i] ? `"${names[i]}" is named twice` : `"${names[first]}" and "${names[i]}" are the same drug (${m.id})`;
      throw new UsageError(same, ['name each drug once']);
    }
  });
  return picked;
}

/** `--fields` as given: absent means every field, a bare `--fields` means "list them", else a comma-separated pick. */
export function parseFields(value: string | boolean | undefined): CompareField[] | 'list' {
  if (value === undefined || value === false) return [...ALL_FIELDS];
  if (value === true) return 'list';
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (names.length === 0) throw new UsageError('--fields needs at least one field name', [`fields: ${ALL_FIELDS.join(', ')}`]);
  const fields = names.map(toField);
  return [...new Set(fields)];
}

// "treatment-type", "Treatment_Type" and "treatmenttype" all mean treatmentType.
const loose = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');

function toField(name: string): CompareField {
  const hit = ALL_FIELDS.find((f) => loose(f) === loose(name));
  if (hit) return hit;
  const close = suggest(name, [...ALL_FIELDS]);
  const known = ALL_FIELDS.find((f) => close[0] && loose(f) === loose(close[0]));
  throw new UsageError(`unknown field "${name}"`, [
    ...(known ? [`did you mean: ${known}?`] : []),
    `fields: ${ALL_FIELDS.join(', ')}`,
  ]);
}

/** What `--fields` alone prints: every field with its label. */
export interface FieldsView {
  fields: { field: CompareField; label: string }[];
}

/** The list of fields, in row order. */
export const fieldsView = (): FieldsView => ({ fields: ALL_FIELDS.map((field) => ({ field, label: fieldLabel(field) })) });
