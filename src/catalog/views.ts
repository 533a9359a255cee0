/** The views of the commands that read monographs (list, show, sections, library): plain data every output format starts from. */
import { byText } from '../text.js';
import { REQUIRED_FACTS } from './facts.js';
import { listFacts } from './list-facts.js';
import type { CatalogEntry, Origin } from './catalog.js';
import type { Fact, Monograph, Section, Source } from './schema.js';

/** Where a monograph was read from, for `list --source`. */
export interface SourceOf {
  source: Origin;
  file: string;
}

export interface ListView {
  monographs: ({ id: string; brand: string; generic: string; drugClass: string; form: string; strength: string; manufacturer: string } & Partial<SourceOf>)[];
}

/** One row per monograph, in id order; with `origins`, each row also says where it was read from. */
export function listView(monographs: readonly Monograph[], origins?: ReadonlyMap<string, SourceOf>): ListView {
  return {
    monographs: [...monographs]
      .sort((a, b) => byText(a.id, b.id))
      .map((m) => ({
        id: m.id,
        brand: m.brand,
        generic: m.generic,
        ...listFacts(m),
        ...origins?.get(m.id),
      })),
  };
}

const HEADER_LABELS: [keyof Monograph['header'], string][] = [
  ['pronunciation', 'Pronunciation'],
  ['form', 'Dosage form'],
  ['strength', 'Strength'],
  ['route', 'Route'],
  ['drugClass', 'Drug class'],
  ['fdaApproval', 'FDA approval'],
  ['euApproval', 'EU approval'],
  ['genericAvailability', 'Generic'],
  ['manufacturer', 'Manufacturer'],
  ['boxedWarning', 'Boxed warning'],
];

export interface HeaderFact extends Fact {
  key: string;
  label: string;
  /** False for a fact an imported label does not state (its value then says so). */
  stated: boolean;
}

/** For a monograph imported from an FDA label: which label, when, and what it lacks. Null for reviewed monographs. */
export interface ImportedView {
  text: 'FDA label text';
  version: string;
  setId: string;
  importedOn: string;
  reviewed: false;
  missingSections: string[];
}

export interface ShowView {
  drug: { id: string; brand: string; generic: string; aliases: string[]; summary: string };
  header: HeaderFact[];
  sections: Section[];
  sources: Source[];
  imported: ImportedView | null;
  /** True when only some sections were asked for. */
  partial: boolean;
}

const NOT_STATED = 'not stated in this label';

/** The whole monograph, or only `sections` in the order asked. */
export function showView(m: Monograph, sections?: readonly Section[]): ShowView {
  const chosen = sections && sections.length > 0 ? sections : m.sections;
  const required = new Set<string>(REQUIRED_FACTS);
  const header = HEADER_LABELS.flatMap(([key, label]): HeaderFact[] => {
    const fact = m.header[key];
    if (fact) return [{ key, label, ...fact, stated: true }];
    return m.imported && required.has(key) ? [{ key, label, value: NOT_STATED, sources: [], stated: false }] : [];
  });
  const i = m.imported;
  return {
    drug: { id: m.id, brand: m.brand, generic: m.generic, aliases: m.aliases, summary: m.summary },
    header,
    sections: [...chosen],
    sources: m.sources,
    imported: i ? { text: 'FDA label text', version: i.version, setId: i.setId, importedOn: i.on, reviewed: false, missingSections: i.missingSections } : null,
    partial: chosen !== m.sections,
  };
}

export interface SectionsView {
  drug: { id: string; brand: string };
  sections: { id: string; title: string; aliases: string[]; applies: boolean }[];
}

/** One monograph's sections: id, title, aliases, and whether it applies. */
export const sectionsView = (m: Monograph): SectionsView => ({
  drug: { id: m.id, brand: m.brand },
  sections: m.sections.map((s) => ({ id: s.id, title: s.title, aliases: s.aliases, applies: s.applies })),
});

export interface LibraryView {
  /** The library folder, or null when no home folder is known. */
  folder: string | null;
  monographs: { id: string; brand: string; source: Origin; file: string; setId: string | null; version: string | null; importedOn: string | null; reviewed: boolean }[];
}

/** One row per monograph: bundled first, then the library, then --data folders, each in id order. */
export function libraryView(folder: string | null, entries: readonly CatalogEntry[]): LibraryView {
  const rank = { bundled: 0, library: 1, data: 2 } as const;
  const rows = entries.map((e) => {
    const m = e.monograph;
    return {
      id: m.id,
      brand: m.brand,
      source: e.origin ?? ('bundled' as const),
      file: e.file,
      setId: m.imported?.setId ?? null,
      version: m.imported?.version ?? null,
      importedOn: m.imported?.on ?? null,
      reviewed: !m.imported,
    };
  });
  return { folder, monographs: rows.sort((a, b) => rank[a.source] - rank[b.source] || byText(a.id, b.id)) };
}
