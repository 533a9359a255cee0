/** Reads the library folder and the data folders of a run, through the index cache when there is one. */
import { lstatSync } from 'node:fs';
import { dataDirError, distinctFolders, libraryProblems, type LoadedMonograph } from './folder.js';
import { readFolderCached, type IndexCache } from './index-cache.js';

interface Read {
  monographs: LoadedMonograph[];
  skipped: string[];
}

/** Data folders: any invalid monograph stops the run (exit 5), as without the cache. */
export async function readData(dirs: readonly string[], alreadyLoaded: readonly string[], cache: IndexCache | undefined): Promise<Read> {
  if (!cache) return (await import('./files.js')).readDataDirs(dirs, alreadyLoaded);
  const out: Read = { monographs: [], skipped: [] };
  for (const dir of distinctFolders(dirs, alreadyLoaded)) {
    const result = await readFolderCached(dir, cache);
    const error = dataDirError(dir, result);
    if (error) throw error;
    out.monographs.push(...result.monographs);
    out.skipped.push(...result.skipped);
  }
  return out;
}

/** The library folder: absent is empty; an invalid file is left out with a warning. */
export async function readLibrary(dir: string, cache: IndexCache | undefined): Promise<Read> {
  if (!cache) return (await import('./files.js')).readLibraryDir(dir);
  try {
    lstatSync(dir);
  } catch {
    return { monographs: [], skipped: [] };
  }
  const result = await readFolderCached(dir, cache);
  return { monographs: result.monographs, skipped: [...result.skipped, ...libraryProblems(dir, result)] };
}
