/** The catalog of one run: the bundled monographs plus those of `--data` folders and MONOGRAPH_PATH. */
import { DataError } from '../errors.js';
import { normalizeName } from './lookup.js';
import type { Monograph } from './schema.js';

export interface CatalogEntry {
  file: string;
  monograph: Monograph;
}

export interface Catalog {
  entries: CatalogEntry[];
  monographs: Monograph[];
}

/** Joins entries into a catalog; an id, brand or generic name used twice is an error naming both files. */
export function buildCatalog(entries: readonly CatalogEntry[]): Catalog {
  const owner = new Map<string, CatalogEntry>();
  for (const entry of entries) {
    const { id, brand, generic } = entry.monograph;
    for (const name of new Set([id, brand, generic].map(normalizeName))) {
      const first = owner.get(name);
      if (first) {
        throw new DataError(`monograph name "${name}" is used by both ${first.file} and ${entry.file}`, [
          'give each monograph its own id, brand and generic name',
        ]);
      }
      owner.set(name, entry);
    }
  }
  return { entries: [...entries], monographs: entries.map((e) => e.monograph) };
}

/** Folders named by MONOGRAPH_PATH (colon-separated; empty parts ignored). */
export const pathDirs = (value: string | undefined): string[] => (value ?? '').split(':').filter((d) => d.trim() !== '');
