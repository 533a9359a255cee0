/**
 * Which monograph folders a run may load, and a fingerprint of each: enough to tell that nothing in them changed.
 * Used by the start-up cache (`bin/monograph.cjs`) before any of the program loads, so this file stays small.
 */
import { lstatSync, readdirSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { libraryDir } from '../catalog/library.js';

type Env = Readonly<Record<string, string | undefined>>;

/** A file written this recently may still change within the file system's timestamp granularity. */
export const RACY_MS = 2000;

/** Every folder a run with these arguments could read: each `--data` value, MONOGRAPH_PATH, the library folder. */
export function candidateFolders(argv: readonly string[], env: Env, cwd: string): string[] {
  const out: string[] = [];
  argv.forEach((a, i) => {
    if (a === '--data' && argv[i + 1] !== undefined) out.push(argv[i + 1]!);
    else if (a.startsWith('--data=')) out.push(a.slice('--data='.length));
  });
  out.push(...(env.MONOGRAPH_PATH ?? '').split(':').filter((d) => d.trim() !== ''));
  const library = libraryDir(env);
  if (library) out.push(library);
  return [...new Set(out.map((d) => resolve(cwd, d)))];
}

/** A folder's fingerprint; `racy` lists files changed so recently that equal times do not prove equal contents. */
export interface FolderPrint {
  dir: string;
  print: string;
  racy: string[];
}

/** What fingerprinting read of a folder: its own entry and each .yaml/.yml entry, in name order, with their stats. */
export interface Listing {
  self: Stats;
  entries: { name: string; stat: Stats }[];
}

/**
 * The folder's own entry and every .yaml/.yml entry in it: name, type, size, inode and times. With `keep`, what was
 * read is kept there too, so the program that runs next reads the folder's stats once, not twice (src/catalog/folder.ts).
 */
export function fingerprintFolder(dir: string, now = Date.now(), keep?: Map<string, Listing>): FolderPrint {
  const racy: string[] = [];
  const stamp = (path: string, s: Stats): string => {
    if (s.isFile() && (s.mtimeMs > now - RACY_MS || s.ctimeMs > now - RACY_MS)) racy.push(path);
    return `${s.mode}:${s.size}:${s.ino}:${s.mtimeMs}:${s.ctimeMs}`;
  };
  try {
    const self = lstatSync(dir);
    const parts = [stamp(dir, self)];
    const entries: Listing['entries'] = [];
    for (const name of readdirSync(dir).sort()) {
      if (!/\.ya?ml$/i.test(name)) continue;
      const path = join(dir, name);
      const stat = lstatSync(path);
      parts.push(`${name}=${stamp(path, stat)}`);
      entries.push({ name, stat });
    }
    keep?.set(dir, { self, entries });
    return { dir, print: parts.join('\n'), racy };
  } catch (e) {
    return { dir, print: `missing: ${(e as NodeJS.ErrnoException).code ?? 'error'}`, racy: [] };
  }
}
