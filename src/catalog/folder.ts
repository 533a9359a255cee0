/** What reading a monograph folder gives, and the checks that need no parsing (shared by the loader and its cache). */
import { lstatSync, readdirSync, realpathSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { CliError, cut, DataError, NotFoundError, osReason, UsageError } from '../errors.js';
import type { Monograph } from './schema.js';
import { HANDOFF, type Handoff } from '../fast/handoff.js';
import type { Listing } from '../fast/folders.js';

/** Largest monograph file we read: a real one is about 40 KiB. */
export const MAX_FILE_BYTES = 1024 * 1024;

export interface LoadedMonograph {
  file: string;
  monograph: Monograph;
}

/** One file's outcome; each problem reads `line:column: key.path: message`. */
export interface FileResult {
  file: string;
  monograph?: Monograph;
  problems: string[];
}

/** A file's problems with the file in front: `file:line:column: key.path: message`. */
export const located = (r: FileResult): string[] => r.problems.map((p) => `${r.file}:${p}`);

export interface DirResult {
  /** Every monograph file read, valid or not, in name order. */
  files: FileResult[];
  monographs: LoadedMonograph[];
  /** Every problem of every file, as `file:line:column: key.path: message`. */
  problems: string[];
  /** Entries passed over (links), as warning lines. */
  skipped: string[];
}

const isMonographFile = (name: string) => /\.ya?ml$/i.test(name);

/**
 * The stats `bin/monograph.cjs` read of this folder for the start-up cache's fingerprint, if it did: the program uses
 * them instead of reading every file's stats again (a second pass over 10,000 files). Taken once: a run that starts
 * over reads the folder afresh.
 */
function handedOver(dir: string): Listing | undefined {
  const listings = (globalThis as Record<symbol, Handoff | undefined>)[HANDOFF]?.listings;
  const given = listings?.get(resolve(dir));
  if (given) listings!.delete(resolve(dir));
  return given;
}

/** The regular .yaml/.yml files directly in `dir`, in name order, with their stats; links are skipped with a warning. */
export function listFolder(dir: string): { files: { file: string; name: string; stat: Stats }[]; skipped: string[] } {
  const given = handedOver(dir);
  let names: string[];
  try {
    if (!(given?.self ?? lstatSync(dir)).isDirectory()) throw new UsageError(`not a folder: ${cut(dir)}`);
    names = given ? given.entries.map((e) => e.name) : readdirSync(dir).sort();
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new NotFoundError(`no such folder: ${cut(dir)}`);
    throw new UsageError(`cannot read the folder ${cut(dir)}: ${osReason(e)}`);
  }
  const files: { file: string; name: string; stat: Stats }[] = [];
  const skipped: string[] = [];
  // join(dir, name) for every name, normalising the folder once (a folder entry's name holds no slash).
  const base = join(dir, '-').slice(0, -1);
  const stats = given?.entries.map((e) => e.stat);
  names.filter(isMonographFile).forEach((name, i) => {
    const file = base + name;
    const stat = stats?.[i] ?? lstatSync(file);
    if (stat.isSymbolicLink()) skipped.push(`${file}: skipped, symbolic links are not followed`);
    else if (stat.isFile()) files.push({ file, name, stat });
  });
  return { files, skipped };
}

/** The problem of a file refused before reading (a link, not a regular file, too large), if any. */
export function refuseFile(file: string, stat: Stats): FileResult | undefined {
  if (stat.isSymbolicLink()) return { file, problems: [`1:1: is a symbolic link; links are not followed`] };
  if (!stat.isFile()) return { file, problems: [`1:1: is not a regular file`] };
  if (stat.size > MAX_FILE_BYTES) return { file, problems: [`1:1: file is larger than ${MAX_FILE_BYTES / 1024} KiB`] };
  return undefined;
}

/** The error that stops a run when a data folder holds an invalid monograph (exit 5), if it does. */
export function dataDirError(dir: string, result: DirResult): DataError | undefined {
  if (result.problems.length === 0) return undefined;
  const [first, ...rest] = result.problems;
  return new DataError(first ?? `invalid monograph in ${dir}`, [...rest.slice(0, 3), 'run `monograph validate` on the folder to see every problem']);
}

/** The library folder's invalid files, as warnings: they are left out, not fatal. */
export const libraryProblems = (dir: string, result: DirResult): string[] =>
  result.files.filter((f) => !f.monograph).map((f) => `${f.file}: skipped, ${f.problems[0] ?? 'not a valid monograph'} (run \`monograph validate ${dir}\`)`);

/**
 * The folders once each, in order: two names for one folder (`dd` and `./dd/`, or a link to it, in MONOGRAPH_PATH and
 * in --data) are compared by their real paths, so the same files are never loaded twice and reported as a clash.
 * A folder that cannot be resolved is kept, for `readMonographDir` to report.
 */
export function distinctFolders(dirs: readonly string[], alreadyLoaded: readonly string[] = []): string[] {
  const real = (d: string) => {
    try {
      return realpathSync(d);
    } catch {
      return resolve(d);
    }
  };
  const seen = new Set(alreadyLoaded.map(real));
  return dirs.filter((d) => {
    const r = real(d);
    if (seen.has(r)) return false;
    seen.add(r);
    return true;
  });
}
