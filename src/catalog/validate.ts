/** The view of `monograph validate`: every monograph file named (or directly in a folder named), with its problems. */
import { lstatSync } from 'node:fs';
import { NotFoundError } from '../errors.js';
import { byText } from '../text.js';
import { readMonographDir, readMonographFile } from './files.js';

export interface ValidateView {
  valid: boolean;
  files: { file: string; id?: string; problems: string[] }[];
  skipped: string[];
}

/** Reads every path (a file, or the monograph files directly in a folder); a path that does not exist is exit 3. */
export function validatePaths(paths: readonly string[]): ValidateView {
  const view: ValidateView = { valid: true, files: [], skipped: [] };
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = lstatSync(path).isDirectory();
    } catch {
      throw new NotFoundError(`no such file or folder: ${path}`);
    }
    const results = isDir ? readMonographDir(path) : { files: [readMonographFile(path)], skipped: [] };
    for (const { file, monograph, problems } of results.files) view.files.push({ file, ...(monograph ? { id: monograph.id } : {}), problems });
    view.skipped.push(...results.skipped);
  }
  view.files.sort((a, b) => byText(a.file, b.file));
  view.valid = view.files.every((f) => f.problems.length === 0);
  return view;
}
