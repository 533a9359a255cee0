/**
 * Pruning the index cache: compiled monographs no index refers to any more (a file changed or went away), indexes of
 * folders that are gone or that this program cannot read (another version's), and temporary files a crashed writer
 * left. Never on the everyday path: at most once a day, by a run that had to rewrite an index anyway. Nothing is
 * deleted the first time it is found unneeded, only when it is still unneeded at a pass a day later, so a run that
 * read an index before it was replaced never finds the files that index named gone (and if it did, the loader parses
 * the file again or starts over without the cache: an answer is never wrong, only slower).
 */
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { INDEX, load, store, type StoredIndex } from './index-cache.js';

/** Passes are at least this far apart; a file is deleted only if two passes found it unneeded. */
export const PRUNE_EVERY_MS = 24 * 60 * 60 * 1000;

interface PruneState {
  at: number;
  /** Files (relative to the cache folder) found unneeded at that pass. */
  unneeded: string[];
}

const names = (dir: string): string[] => {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
};

const exists = (path: string): boolean => {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
};

/** What this pass finds unneeded, relative to the cache folder. */
function unneeded(root: string, now: number): string[] {
  const out: string[] = [];
  const referenced = new Set<string>();
  const stale = (name: string, folder: string) => {
    try {
      return now - lstatSync(join(root, folder, name)).mtimeMs > PRUNE_EVERY_MS / 24;
    } catch {
      return false;
    }
  };
  for (const name of names(join(root, 'index'))) {
    if (name.endsWith('.tmp')) {
      if (stale(name, 'index')) out.push(`index/${name}`);
      continue;
    }
    const index = load<StoredIndex>(join(root, 'index', name), INDEX);
    if (!index || typeof index.dir !== 'string' || !Array.isArray(index.rows) || !exists(index.dir)) {
      out.push(`index/${name}`);
      continue;
    }
    for (const row of index.rows) if (Array.isArray(row) && row.length > 8 && typeof row[6] === 'string') referenced.add(`${row[6]}.json`);
  }
  for (const name of names(join(root, 'monographs'))) {
    if (name.endsWith('.tmp') ? stale(name, 'monographs') : !referenced.has(name)) out.push(`monographs/${name}`);
  }
  return out;
}

/** One pruning pass, if the last was a day ago or more (`now` is the run's clock). Never throws. */
export function prune(root: string, now = Date.now()): void {
  try {
    if (!exists(join(root, 'index'))) return;
    const file = join(root, 'prune.json');
    const last = load<PruneState>(file, 'prune');
    if (last && now - last.at < PRUNE_EVERY_MS && now >= last.at) return;
    const found = unneeded(root, now);
    const before = new Set(last?.unneeded ?? []);
    const kept: string[] = [];
    for (const path of found) {
      if (before.has(path)) rmSync(join(root, path), { force: true });
      else kept.push(path);
    }
    store(file, 'prune', { at: now, unneeded: kept } satisfies PruneState);
  } catch {
    // pruning is housekeeping: a cache that cannot be pruned is still a cache
  }
}
