/** What the start-up entry hands the program for a run it could not answer from the cache. */
import type { Listing } from './folders.js';
import type { printFolders } from './output-cache.js';

/** Where the entry leaves the handoff (a global symbol: the entry and the program are separate bundles). */
export const HANDOFF = Symbol.for('monograph.start-up-cache');

export interface Handoff {
  root: string;
  key: string;
  folders: ReturnType<typeof printFolders>;
  answered: boolean;
  /** The folders as fingerprinting read them (by resolved path), for the program to read their stats from. */
  listings?: Map<string, Listing>;
}

/** Today's local calendar date, YYYY-MM-DD. */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
