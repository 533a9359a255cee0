/** The only code that reads monograph files: regular .yaml/.yml files directly inside a folder, never through links. */
import { lstatSync, readFileSync } from 'node:fs';
import { cut, osReason, pathError } from '../errors.js';
import { dataDirError, distinctFolders, libraryProblems, listFolder, located, refuseFile, type DirResult, type FileResult, type LoadedMonograph } from './folder.js';
import { parseMonograph } from './parse.js';

export { distinctFolders, located, type DirResult, type FileResult, type LoadedMonograph } from './folder.js';

/** Reads one file as a monograph; problems come back as lines, never thrown. */
export function readMonographFile(file: string): FileResult {
  let stat;
  try {
    stat = lstatSync(file);
  } catch (e) {
    throw pathError(e, cut(file));
  }
  const refused = refuseFile(file, stat);
  if (refused) return refused;
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return { file, problems: [`1:1: cannot read: ${osReason(e)}`] };
  }
  return fileFromBytes(file, bytes);
}

/** A file's bytes as a monograph, or its problems. */
export function fileFromBytes(file: string, bytes: Buffer): FileResult {
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
  const { files, skipped } = listFolder(dir);
  const out: DirResult = { files: [], monographs: [], problems: [], skipped };
  for (const { file } of files) {
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
    const error = dataDirError(dir, result);
    if (error) throw error;
    all.push(...result.monographs);
    skipped.push(...result.skipped);
  }
  return { monographs: all, skipped };
}

/** Reads the library folder: absent is empty; a file that cannot be read is left out with a warning, not fatal. */
export function readLibraryDir(dir: string): { monographs: LoadedMonograph[]; skipped: string[] } {
  try {
    lstatSync(dir);
  } catch {
    return { monographs: [], skipped: [] };
  }
  const result = readMonographDir(dir);
  return { monographs: result.monographs, skipped: [...result.skipped, ...libraryProblems(dir, result)] };
}
