/** One openFDA label record checked into the few facts the importer relies on; anything else is a reason to skip it. */
import { NOT_SECTIONS } from './fields.js';

/** A label record as the importer uses it: identity, openFDA product facts, and the section fields in label order. */
export interface Label {
  setId: string;
  version: string;
  /** YYYY-MM-DD, when the record's effective_time is a real date. */
  effective: string | undefined;
  brand: string;
  generic: string;
  manufacturer: string | undefined;
  route: string | undefined;
  drugClass: string | undefined;
  productType: string | undefined;
  applicationNumber: string | undefined;
  substances: string[];
  /** Section fields (arrays of text parts) in the record's order, which is the label's. */
  fields: [string, string[]][];
  /** `<field>_table` HTML tables by their field. */
  tables: Map<string, string[]>;
  warnings: string[];
}

export type LabelResult = { ok: true; label: Label } | { ok: false; reason: string };

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : []);
const first = (o: Record<string, unknown>, key: string): string | undefined => strings(o[key])[0]?.trim();

/** `20230224` as `2023-02-24`, when it is a real calendar date. */
export function labelDate(value: unknown): string | undefined {
  const m = typeof value === 'string' ? /^(\d{4})(\d{2})(\d{2})$/.exec(value) : null;
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return mo >= 1 && mo <= 12 && d >= 1 && d <= days ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** Checks a record; the reason says what is missing so the user can tell a broken file from a wrong one. */
export function readLabel(record: Record<string, unknown>): LabelResult {
  const setId = typeof record.set_id === 'string' ? record.set_id.trim() : '';
  if (!setId) return { ok: false, reason: 'no set_id: not an openFDA label record' };
  if (!/^[0-9A-Za-z-]{8,64}$/.test(setId)) return { ok: false, reason: 'the set_id is not a set id (letters, digits and dashes)' };
  const rawVersion = typeof record.version === 'number' ? String(record.version) : typeof record.version === 'string' ? record.version.trim() : '';
  if (!/^\d{1,9}$/.test(rawVersion)) return { ok: false, reason: `set id ${setId}: no version number` };
  const version = String(Number(rawVersion));
  const warnings: string[] = [];
  const effective = labelDate(record.effective_time);
  if (!effective) warnings.push('no valid effective_time: citations carry no date');
  const o = record.openfda && typeof record.openfda === 'object' && !Array.isArray(record.openfda) ? (record.openfda as Record<string, unknown>) : {};
  const brand = first(o, 'brand_name');
  const generic = first(o, 'generic_name');
  if (!brand && !generic) return { ok: false, reason: `set id ${setId}: names no brand or generic (openfda.brand_name, generic_name)` };
  const fields: [string, string[]][] = [];
  const tables = new Map<string, string[]>();
  for (const [key, value] of Object.entries(record)) {
    if (NOT_SECTIONS.has(key)) continue;
    if (!/^[a-z][a-z0-9_]{0,79}$/.test(key)) {
      warnings.push(`ignored a field with an unexpected name`);
      continue;
    }
    const parts = strings(value);
    if (parts.length === 0) continue;
    if (key.endsWith('_table')) tables.set(key.slice(0, -'_table'.length), parts);
    else fields.push([key, parts]);
  }
  if (fields.length === 0) return { ok: false, reason: `set id ${setId}: no label sections with text` };
  const classes = strings(o.pharm_class_epc).map((c) => c.replace(/\s*\[EPC\]$/, '').trim());
  return {
    ok: true,
    label: {
      setId,
      version,
      effective,
      brand: brand ?? generic!,
      generic: generic ?? brand!,
      manufacturer: first(o, 'manufacturer_name'),
      route: strings(o.route).join(', ') || undefined,
      drugClass: classes.join('; ') || undefined,
      productType: first(o, 'product_type'),
      applicationNumber: first(o, 'application_number'),
      substances: strings(o.substance_name),
      fields,
      tables,
      warnings: [...new Set(warnings)],
    },
  };
}
