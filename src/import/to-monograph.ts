/** Turns a checked label into a monograph: its own words, section by section, each cited to set id, version and section. */
import type { Block, MonographInput, SourceRef } from '../catalog/schema.js';
import { FIELD_SECTIONS, LACTATION, type FieldSection } from './fields.js';
import { parseTable } from './html-table.js';
import { freeId, slug } from './ids.js';
import type { Label } from './label.js';
import { splitPart, type LabelPiece } from './label-text.js';
import { extractStorage } from './storage-text.js';

/** What became of one label. */
export interface Converted {
  monograph: MonographInput;
  sections: number;
  storageRules: number;
  unread: number;
  warnings: string[];
}

export const LABEL_SOURCE = 'us-label';
const BY_FIELD = new Map(FIELD_SECTIONS.map((s) => [s.field, s]));
const STANDARD = FIELD_SECTIONS.filter((s) => s.standard);

const titleOf = (field: string) => field.replace(/_/g, ' ').replace(/^\w/, (c) => c.toUpperCase());

interface Draft {
  spec: FieldSection;
  pieces: LabelPiece[];
  tables: string[];
}

/** The section a piece cites: its own number or heading, else the one its field's text was found under, else the field's heading. */
const refOf = (section: string | undefined): SourceRef => ({ source: LABEL_SOURCE, ...(section ? { section } : {}) });

/** Builds the monograph for `label` under `id`. */
export function labelToMonograph(label: Label, opts: { id: string; importedOn: string; nameClashes: string[] }): Converted {
  const warnings = [...label.warnings];
  const drafts = draftsOf(label);
  const sections: MonographInput['sections'] = [];
  const usedNames = new Set<string>();
  for (const d of drafts) {
    const id = freeId(d.spec.id, (x) => usedNames.has(x));
    usedNames.add(id);
    const aliases = d.spec.aliases.filter((a) => !usedNames.has(a));
    aliases.forEach((a) => usedNames.add(a));
    const body = blocksOf(d, d.spec.title);
    const cited = [...new Set(body.flatMap((b) => ('sources' in b && b.sources ? b.sources.map((s) => s.section ?? '') : [])))];
    sections.push({
      id,
      title: d.spec.title,
      aliases,
      labelText: true,
      body,
      sources: cited.map((s) => refOf(s || undefined)),
    });
  }
  const storagePieces = drafts.find((d) => d.spec.id === 'storage')?.pieces ?? drafts.find((d) => d.spec.id === 'how-supplied')?.pieces ?? [];
  const storage = extractStorage(storagePieces, LABEL_SOURCE);
  if (storage.unread.length > 0) warnings.push(`${storage.unread.length} storage sentence${storage.unread.length === 1 ? '' : 's'} not understood`);
  if (storage.rules === 0) warnings.push('no storage rule read from the label');
  const ids = new Set(sections.map((s) => s.id));
  const missing = STANDARD.filter((s) => !ids.has(s.id)).map((s) => s.title);
  const fact = (value: string | undefined) => (value ? { value, sources: [{ source: LABEL_SOURCE, note: 'openFDA product data' }] } : undefined);
  const header = Object.fromEntries(
    Object.entries({ route: fact(label.route), drugClass: fact(label.drugClass), manufacturer: fact(label.manufacturer) }).filter(([, v]) => v),
  );
  const names = new Set([label.brand, label.generic].map((n) => n.toLowerCase()));
  const aliases = [...label.substances.map((s) => s.toLowerCase()), ...(label.applicationNumber ? [label.applicationNumber.toLowerCase()] : [])].filter(
    (a, i, all) => !names.has(a) && all.indexOf(a) === i && a !== opts.id,
  );
  const monograph: MonographInput = {
    schemaVersion: 1,
    id: opts.id,
    brand: label.brand,
    generic: label.generic,
    aliases,
    summary: `${label.generic}: FDA label text imported from openFDA (${label.applicationNumber ?? 'no application number'}, version ${label.version}); not reviewed.`,
    sources: [
      {
        id: LABEL_SOURCE,
        kind: 'label',
        title: `${label.brand} (${label.generic}) - US prescribing information (openFDA label record)`,
        region: 'US',
        setId: label.setId,
        version: label.version,
        ...(label.effective ? { effective: label.effective } : {}),
        url: `https://dailymed.nlm.nih.gov/dailymed/lookup.cfm?setid=${encodeURIComponent(label.setId)}`,
      },
    ],
    header,
    sections,
    ...(storage.data ? { storage: storage.data } : {}),
    imported: {
      from: 'openfda',
      on: opts.importedOn,
      setId: label.setId,
      version: label.version,
      ...(label.effective ? { effective: label.effective } : {}),
      ...(label.applicationNumber ? { applicationNumber: label.applicationNumber } : {}),
      missingSections: missing,
      nameClashes: opts.nameClashes,
    },
  };
  return { monograph, sections: sections.length, storageRules: storage.rules, unread: storage.unread.length, warnings };
}

/** One draft per field in label order; 8.2 moves out of specific populations into lactation; storage gets its section. */
function draftsOf(label: Label): Draft[] {
  const drafts: Draft[] = [];
  const has = (field: string) => label.fields.some(([f]) => f === field);
  const howSupplied = (label.fields.find(([f]) => f === 'how_supplied')?.[1] ?? []).flatMap(splitPart);
  for (const [field, parts] of label.fields) {
    const spec = BY_FIELD.get(field) ?? { field, id: slug(field) || 'section', title: titleOf(field), aliases: [] };
    let pieces = parts.flatMap(splitPart);
    if (field === 'storage_and_handling') pieces = pieces.map((p) => (p.section ? p : { ...p, section: sectionIn(howSupplied, p.text) }));
    if (field === 'use_in_specific_populations' && !has('nursing_mothers')) {
      const lactation = pieces.filter((p) => p.section === '8.2');
      if (lactation.length > 0) {
        drafts.push({ spec, pieces: pieces.filter((p) => p.section !== '8.2'), tables: label.tables.get(field) ?? [] });
        drafts.push({ spec: LACTATION, pieces: lactation, tables: [] });
        continue;
      }
    }
    drafts.push({ spec, pieces, tables: label.tables.get(field) ?? [] });
  }
  if (!has('storage_and_handling')) {
    const storage = howSupplied.filter((p) => p.section && /^16\.\d+ (Storage|Handling)/i.test(p.text));
    const hs = drafts.find((d) => d.spec.field === 'how_supplied');
    if (storage.length > 0 && hs) drafts.splice(drafts.indexOf(hs) + 1, 0, { spec: BY_FIELD.get('storage_and_handling')!, pieces: storage, tables: [] });
    else if (hs) hs.spec = { ...hs.spec, aliases: [...hs.spec.aliases, 'storage', 'storage-and-handling', 'store'] };
  }
  return drafts.filter((d) => d.pieces.length > 0 || d.tables.length > 0);
}

/** Where a storage text without its own number sits inside how-supplied: that piece's section, else how-supplied's own. */
function sectionIn(howSupplied: LabelPiece[], text: string): string | undefined {
  const probe = text.slice(0, 80);
  return howSupplied.find((p) => p.text.includes(probe))?.section ?? howSupplied[0]?.section;
}

function blocksOf(d: Draft, title: string): Block[] {
  const lead = d.pieces[0]?.section ?? title;
  const blocks: Block[] = d.pieces.map((p) => {
    const sources = [refOf(p.section ?? title)];
    return d.spec.id === 'boxed-warning' ? { note: p.text, kind: 'boxed-warning' as const, sources } : { p: p.text, sources };
  });
  for (const html of d.tables) {
    const t = parseTable(html);
    if (!t) continue;
    const sources = [refOf(lead)];
    blocks.push({ table: { ...(t.caption ? { caption: t.caption } : {}), columns: t.columns, rows: t.rows }, sources });
    if (t.notes.length > 0) blocks.push({ list: t.notes, title: `Notes to ${t.caption ? t.caption.split(/[.:]/)[0] : 'the table'}`, sources });
  }
  return blocks;
}
