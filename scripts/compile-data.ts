/** Build step: checks every bundled monograph and writes them as one JSON catalog for fast start-up. */
import { writeFileSync } from 'node:fs';
import { readMonographDir } from '../src/catalog/files.js';

/** Returns false (after printing every problem) when any bundled monograph is invalid. */
export function compileData(dir: string, out: string): boolean {
  const { monographs, problems } = readMonographDir(dir);
  for (const p of problems) process.stderr.write(`${p}\n`);
  if (problems.length > 0) return false;
  const entries = monographs.map(({ file, monograph }) => ({ file, monograph }));
  writeFileSync(out, JSON.stringify({ schemaVersion: 1, monographs: entries }));
  return true;
}
