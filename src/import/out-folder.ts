/**
 * The folder imports are written to: created when missing, never through a link; every write atomic (a temporary
 * file beside the target, then a rename), and only files `monograph import` wrote are ever replaced.
 */
import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../errors.js';
import type { OwnFile } from './plan.js';

/** The first line of every file the importer writes; how it knows its own files again. */
export const MARKER = '# monograph import: openFDA label';
const MARKER_LINE = /^# monograph import: openFDA label, set id ([0-9A-Za-z-]+), version (\d+)\b/;

/** The marker line for a label. */
export const markerLine = (setId: string, version: string) => `${MARKER}, set id ${setId}, version ${version}. Not reviewed; the next import may replace this file.`;

/** Creates the folder (and its parents) if needed; refuses one that is a link or not a folder. */
export function prepareFolder(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const st = lstatSync(dir);
  if (st.isSymbolicLink()) throw new DataError(`${dir} is a symbolic link; the importer does not write through links`);
  if (!st.isDirectory()) throw new DataError(`${dir} is not a folder`);
}

/** The file names in the folder (as ids) and the ones the importer wrote, by set id. */
export function scanFolder(dir: string): { ids: Set<string>; own: Map<string, OwnFile> } {
  const ids = new Set<string>();
  const own = new Map<string, OwnFile>();
  for (const name of readdirSync(dir)) {
    const id = name.replace(/\.ya?ml$/i, '');
    ids.add(id.toLowerCase());
    if (id === name) continue;
    const file = join(dir, name);
    const mine = ownFile(file);
    if (mine && !own.has(mine.setId)) own.set(mine.setId, { id, file, ...mine });
  }
  return { ids, own };
}

/** The marker of a regular file we wrote, read from its first bytes; undefined for links and anyone else's files. */
function ownFile(file: string): { setId: string; version: number } | undefined {
  try {
    if (!lstatSync(file).isFile()) return undefined;
    const fd = openSync(file, 'r');
    try {
      const buf = Buffer.alloc(256);
      const n = readSync(fd, buf, 0, buf.length, 0);
      const m = MARKER_LINE.exec(buf.subarray(0, n).toString('utf8'));
      return m ? { setId: m[1]!, version: Number(m[2]) } : undefined;
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

/**
 * Writes `text` to `dir/name` atomically. The target must be absent or a file we wrote (`replace`); a link or
 * anyone else's file there is never touched. The temporary file is created exclusively and removed on failure.
 */
export function writeAtomic(dir: string, name: string, text: string, replace: boolean): string {
  const target = join(dir, name);
  let existing;
  try {
    existing = lstatSync(target);
  } catch {
    existing = undefined;
  }
  if (existing && (!replace || !existing.isFile() || !ownFile(target))) throw new DataError(`${target} exists and was not written by monograph import; left alone`);
  const temp = join(dir, `.${name}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o644);
    writeSync(fd, text);
    // No fsync: the rename already makes the write all-or-nothing for readers, and an fsync per label made a
    // 120-label import take 20 s on this disk instead of 3.
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw e;
  }
  return target;
}
