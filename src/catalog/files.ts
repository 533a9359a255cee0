/** The only code that reads monograph files: regular .yaml/.yml files directly inside a folder, never through links. */
import { lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CliError, cut, DataError, NotFoundError, osReason, pathError, UsageError } from '../errors.js';
import { MAX_FILE_BYTES, parseMonograph } from './parse.js';
import type { Monograph } from './schema.js';

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

/** Reads one file as a monograph; problems come back as lines, never thrown. */
export function readMonographFile(file: string): FileResult {
  let stat;
  try {
    stat = lstatSync(file);
  } catch (e) {
    throw pathError(e, cut(file));
  }
  if (stat.isSymbolicLink()) return { file, problems: [`1:1: is a symbolic link; links are not followed`] };
  if (!stat.isFile()) return { file, problems: [`1:1: is not a regular file`] };
  if (stat.size > MAX_FILE_BYTES) return { file, problems: [`1:1: file is larger than ${MAX_FILE_BYTES / 1024} KiB`] };
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return { file, problems: [`1:1: cannot read: ${osReason(e)}`] };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { file, problems: [`1:1: file is not valid UTF-8`] };
  }
  const result = parseMonograph(text.replace(/^\uFEFF/, ''));
  if (result.ok) return { file, monograph: result.monograph, problems: [] };
  return { file, problems: result.problems.map((p) => `${p.line}:${p.column}: ${p.path ? `${p.path}: ` : ''}${p.message}`) };
}

/** Reads the monographs directly inside `dir` (not its subfolders, not links), in name order. */
export function readMonographDir(dir: string): DirResult {
  let names: string[];
  try {
    if (!lstatSync(dir).isDirectory()) throw new UsageError(`not a folder: ${cut(dir)}`);
    names = readdirSync(dir).sort();
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new NotFoundError(`no such folder: ${cut(dir)}`);
    throw new UsageError(`cannot read the folder ${cut(dir)}: ${osReason(e)}`);
  }
  const out: DirResult = { files: [], monographs: [], problems: [], skipped: [] };
  for (const name of names.filter(isMonographFile)) {
    const file = join(dir, name);
    if (lstatSync(file).isSymbolicLink()) {
      out.skipped.push(`${file}: skipped, symbolic links are not followed`);
      continue;
    }
    if (!lstatSync(file).isFile()) continue;
    const result = readMonographFile(file);
    out.files.push(result);
    if (result.monograph) out.monographs.push({ file, monograph: result.monograph });
    out.problems.push(...located(result));
  }
  return out;
}

/** Reads extra data folders for a run; any invalid monograph there stops the run (exit 5). */
export function readDataDirs(dirs: readonly string[], alreadyLoaded: readonly string[] = []): { monographs: LoadedMonograph[]; skipped: string[] } {
  const all: LoadedMonograph[] = [];
  const skipped: string[] = [];
  for (const dir of distinctFolders(dirs, alreadyLoaded)) {
    const result = readMonographDir(dir);
    if (result.problems.length > 0) {
      const [first, ...rest] = result.problems;
      throw new DataError(first ?? `invalid monograph in ${dir}`, [...rest.slice(0, 3), 'run `monograph validate` on the folder to see every problem']);
    }
    all.push(...result.monographs);
    skipped.push(...result.skipped);
  }
  return { monographs: all, skipped };
}

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

/** Reads the library folder: absent is empty; a file that cannot be read is left out with a warning, not fatal. */
export function readLibraryDir(dir: string): { monographs: LoadedMonograph[]; skipped: string[] } {
  try {
    lstatSync(dir);
  } catch {
    return { monographs: [], skipped: [] };
  }
  const result = readMonographDir(dir);
  const bad = result.files.filter((f) => !f.monograph).map((f) => `${f.file}: skipped, ${f.problems[0] ?? 'not a valid monograph'} (run \`monograph validate ${dir}\`)`);
  return { monographs: result.monographs, skipped: [...result.skipped, ...bad] };
}
