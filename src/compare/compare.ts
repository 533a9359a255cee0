/** The comparison view: chosen fields of several monographs side by side, built only from their `compare` data. */
import { COMPARE_FIELDS, type CompareField } from '../catalog/compare-fields.js';
import type { CompareData } from '../catalog/schema-compare.js';
import { citedSources } from '../catalog/cite.js';
import type { Monograph, Source } from '../catalog/schema.js';

/** One drug's answer for one field: summary, optional details and region, and citations by source id. */
export type CompareValue = CompareData[CompareField][number];

/** One row of the comparison: a field, its label, and each drug's values keyed by drug id ([] when it has none). */
export interface CompareRow {
  field: CompareField;
  label: string;
  values: { [id: string]: CompareValue[] };
}

/** What a reader needs to name a drug, and whether its monograph has comparison data at all. */
export interface CompareDrug {
  brand: string;
  generic: string;
  hasCompareData: boolean;
}

/** The whole comparison: drug ids in the order asked, rows in field order, and each drug's cited sources. */
export interface CompareView {
  drugs: string[];
  monographs: { [id: string]: CompareDrug };
  rows: CompareRow[];
  /** The sources the shown values cite, per drug id, in the monograph's own order. */
  sources: { [id: string]: Source[] };
}

/** Every field, in the order of the reference page (its five points first). */
export const ALL_FIELDS: readonly CompareField[] = COMPARE_FIELDS.map(([field]) => field);

const LABELS = Object.fromEntries(COMPARE_FIELDS) as Record<CompareField, string>;

/** The label a field is shown under ("Approved population"). */
export const fieldLabel = (field: CompareField): string => LABELS[field];

/** Compares `drugs` on `fields`; generic over monographs, so any monograph with `compare` data joins. */
export function compareView(drugs: readonly Monograph[], fields: readonly CompareField[] = ALL_FIELDS): CompareView {
  const rows = fields.map((field) => ({
    field,
    label: fieldLabel(field),
    values: Object.fromEntries(drugs.map((m) => [m.id, m.compare?.[field] ?? []])),
  }));
  return {
    drugs: drugs.map((m) => m.id),
    monographs: Object.fromEntries(drugs.map((m) => [m.id, { brand: m.brand, generic: m.generic, hasCompareData: m.compare !== undefined }])),
    rows,
    sources: Object.fromEntries(drugs.map((m) => [m.id, citedSources(m, rows.map((r) => r.values[m.id]))])),
  };
}
