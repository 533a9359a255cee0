/** The catalog of one run: the bundled monographs, the user's library, and those of `--data` folders and MONOGRAPH_PATH. */
import { DataError } from '../errors.js';
import { normalizeName } from '../text.js';
import type { Monograph } from './schema.js';

/** Where a monograph was read from: compiled into the tool, the user's library folder, or a `--data` folder. */
export type Origin = 'bundled' | 'library' | 'data';

export interface CatalogEntry {
  file: string;
  monograph: Monograph;
  /** Absent means bundled. */
  origin?: Origin;
}

export interface Catalog {
  entries: CatalogEntry[];
  monographs: Monograph[];
  /** Entries left out (an imported label whose id is taken), as warning lines. */
  warnings: string[];
}

/**
 * Joins entries into a catalog, earlier entries first (bundled first, so it wins its names). Among reviewed
 * monographs an id, brand or generic name used twice is an error naming both files; an imported label may share
 * names (lookup prefers the reviewed monograph), but one whose id is taken is left out with a warning.
 */
export function buildCatalog(entries: readonly CatalogEntry[]): Catalog {
  const owner = new Map<string, CatalogEntry>();
  const ids = new Map<string, CatalogEntry>();
  const kept: CatalogEntry[] = [];
  const warnings: string[] = [];
  for (const entry of entries) {
    const { id, brand, generic, imported } = entry.monograph;
    const idOwner = ids.get(id) ?? owner.get(normalizeName(id));
    if (imported && idOwner) {
      warnings.push(`${entry.file}: skipped, its id "${id}" is already used by ${idOwner.file}`);
      continue;
    }
    if (!imported) {
      for (const name of new Set([id, brand, generic].map(normalizeName))) {
        const first = owner.get(name) ?? (ids.get(name)?.monograph.id === name ? ids.get(name) : undefined);
        if (first) {
          throw new DataError(`monograph name "${name}" is used by both ${first.file} and ${entry.file}`, [
            'give each monograph its own id, brand and generic name',
          ]);
        }
        owner.set(name, entry);
      }
    }
    ids.set(id, entry);
    kept.push(entry);
  }
  return { entries: kept, monographs: kept.map((e) => e.monograph), warnings };
}

/** Folders named by MONOGRAPH_PATH (colon-separated; empty parts ignored). */
export const pathDirs = (value: string | undefined): string[] => (value ?? '').split(':').filter((d) => d.trim() !== '');
