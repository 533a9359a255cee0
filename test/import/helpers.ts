/** Temporary folders and label records for import tests. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The shared reference folder beside the checkout (`../shared`), found from a worktree too. */
function findReference(): string {
  for (let dir = resolve('..'); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'shared', 'reference', 'openfda'))) return join(dir, 'shared', 'reference');
  }
  throw new Error('the shared reference folder (../shared/reference) is missing');
}

export const REFERENCE = findReference();
export const SPINRAZA = `${REFERENCE}/openfda/NDA209531.json`;
export const EVRYSDI = `${REFERENCE}/openfda/NDA213535.json`;

/** A fresh empty folder. */
export const tempDir = (prefix = 'monograph-import-') => mkdtempSync(join(tmpdir(), prefix));

/** The first record of an openFDA file. */
export const recordOf = (file: string): Record<string, unknown> => (JSON.parse(readFileSync(file, 'utf8')) as { results: Record<string, unknown>[] }).results[0]!;

/** Writes `value` as JSON into `dir/name` and returns the path. */
export function writeJson(dir: string, name: string, value: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}
