/**
 * The monograph index cache: what a data folder's files held the last time they were read, so a run reads and parses
 * only files that changed. One index per folder (`index/<folder hash>.json`: per file its size, inode, times, content
 * hash, and either its problems or the small fields `list` and name lookup need) plus one compiled file per monograph
 * content (`monographs/<content hash>.json`), read only when a command needs more than the index holds.
 * Every cache file carries its layout, the loader's version and a checksum; anything else is discarded and rebuilt.
 * Writes are atomic; a cache that cannot be written is simply not used.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { osReason } from '../errors.js';
import { listFolder, refuseFile, type DirResult, type FileResult } from './folder.js';
import type { Monograph } from './schema.js';

declare const __MONOGRAPH_LOADER__: string | undefined;
/** The loader's version: a build stamps a hash of the loading and schema code, so another program's cache never matches. */
export const LOADER = `1:${typeof __MONOGRAPH_LOADER__ === 'string' ? __MONOGRAPH_LOADER__ : 'dev'}`;
/** A file changed this recently may change again within the same timestamp: its contents are hashed next time. */
const RACY_MS = 2000;
/** The fields kept in the index: enough for `list`, name lookup and name collisions. */
const LIGHT = new Set(['$schema', 'schemaVersion', 'id', 'brand', 'generic', 'aliases', 'summary', 'header', 'imported']);

interface FileRecord {
  size: number;
  ino: number;
  mtimeMs: number;
  ctimeMs: number;
  racy: boolean;
  hash: string;
  problems: string[];
  /** For a valid monograph: its top-level keys in order, and the values of the light ones. */
  keys?: string[];
  light?: Record<string, unknown>;
}

/** Where a run's index cache lives, and what it did (for tests: which files it parsed). */
export interface IndexCache {
  root: string;
  parsed: string[];
}

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** Reads a cache file written by `store`: layout, loader version and checksum must hold, else undefined. */
export function load<T>(file: string, kind: string): T | undefined {
  try {
    const text = readFileSync(file, 'utf8');
    const cut = text.indexOf('\n');
    const head = JSON.parse(text.slice(0, cut)) as { kind?: string; loader?: string; sum?: string };
    const body = text.slice(cut + 1);
    if (cut < 0 || head.kind !== kind || head.loader !== LOADER || head.sum !== sha(body)) return undefined;
    return JSON.parse(body) as T;
  } catch {
    return undefined;
  }
}

/** Writes a cache file atomically: a temporary file in the same folder, then a rename. Failure means no cache. */
export function store(file: string, kind: string, value: unknown): void {
  const body = JSON.stringify(value);
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(temp, `${JSON.stringify({ kind, loader: LOADER, sum: sha(body) })}\n${body}`, { flag: 'wx' });
    renameSync(temp, file);
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // nothing to clean up
    }
  }
}

const sameStat = (r: FileRecord, s: Stats) => !r.racy && r.size === s.size && r.ino === s.ino && r.mtimeMs === s.mtimeMs && r.ctimeMs === s.ctimeMs;

/** The content hash of a monograph read through the index cache (the search index is keyed by them). */
export const contentHash = new WeakMap<object, string>();

/** A monograph whose heavy fields (sections, sources, rules) load from the cache, or the file, on first use. */
function lazyMonograph(cache: IndexCache, file: string, r: FileRecord): Monograph {
  let full: Monograph | undefined;
  const heavy = (): Monograph => {
    full ??= load<Monograph>(join(cache.root, 'monographs', `${r.hash}.json`), 'monograph') ?? reparse(file, r.hash);
    return full;
  };
  const m = {} as Record<string, unknown>;
  for (const key of r.keys ?? []) {
    if (LIGHT.has(key)) m[key] = r.light?.[key];
    else Object.defineProperty(m, key, { enumerable: true, configurable: true, get: () => (heavy() as unknown as Record<string, unknown>)[key] });
  }
  contentHash.set(m, r.hash);
  return m as unknown as Monograph;
}

/** A compiled monograph in the cache is gone or spoilt: `run` makes the run again without the cache. */
export class CacheDamagedError extends Error {}

/** The compiled monograph is gone or spoilt: parse the file again if the parser is loaded, else start over without the cache. */
function reparse(file: string, hash: string): Monograph {
  let bytes: Buffer | undefined;
  try {
    bytes = readFileSync(file);
  } catch {
    // the file went away: the run starts over and reports that
  }
  const parsed = bytes && sha(bytes) === hash ? parseNow?.(file, bytes) : undefined;
  if (!parsed?.monograph) throw new CacheDamagedError(`cached monograph of ${file} is missing or damaged`);
  return parsed.monograph;
}

let parseNow: ((file: string, bytes: Buffer) => FileResult) | undefined;

/** Reads a folder as `readMonographDir` does, through the index cache. Problems and warnings are the same, cached or not. */
export async function readFolderCached(dir: string, cache: IndexCache): Promise<DirResult> {
  const { files, skipped } = listFolder(dir);
  const indexFile = join(cache.root, 'index', `${sha(resolve(dir)).slice(0, 32)}.json`);
  const old = load<Record<string, FileRecord>>(indexFile, 'index') ?? {};
  const now = Date.now();
  const records: Record<string, FileRecord> = {};
  const out: DirResult = { files: [], monographs: [], problems: [], skipped };
  let changed = Object.keys(old).length !== files.length;
  for (const { file, name, stat } of files) {
    let r = old[name];
    const refused = refuseFile(file, stat);
    if (refused) {
      out.files.push(refused);
      out.problems.push(...refused.problems.map((p) => `${file}:${p}`));
      changed = true;
      continue;
    }
    if (!r || !sameStat(r, stat)) {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch (e) {
        const result = { file, problems: [`1:1: cannot read: ${osReason(e)}`] };
        out.files.push(result);
        out.problems.push(...result.problems.map((p) => `${file}:${p}`));
        continue;
      }
      const hash = sha(bytes);
      const racy = stat.mtimeMs > now - RACY_MS || stat.ctimeMs > now - RACY_MS;
      const base = { size: stat.size, ino: stat.ino, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, racy, hash };
      if (r && r.hash === hash) r = { ...r, ...base };
      else r = await record(cache, file, bytes, base);
      changed = true;
    }
    records[name] = r;
    const result: FileResult = { file, ...(r.keys ? { monograph: lazyMonograph(cache, file, r) } : {}), problems: r.problems };
    out.files.push(result);
    if (result.monograph) out.monographs.push({ file, monograph: result.monograph });
    out.problems.push(...r.problems.map((p) => `${file}:${p}`));
  }
  if (changed) store(indexFile, 'index', records);
  return out;
}

/** Parses a new or changed file and stores its compiled monograph. */
async function record(cache: IndexCache, file: string, bytes: Buffer, base: Omit<FileRecord, 'problems'>): Promise<FileRecord> {
  if (!parseNow) {
    // A run starts without the optimising compiler (src/main.ts); parsing files is long work that needs it (about 2x).
    setFlagsFromString('--opt');
    parseNow = (await import('./files.js')).fileFromBytes;
  }
  cache.parsed.push(file);
  const result = parseNow(file, bytes);
  if (!result.monograph) return { ...base, problems: result.problems };
  store(join(cache.root, 'monographs', `${base.hash}.json`), 'monograph', result.monograph);
  const keys = Object.keys(result.monograph);
  const light = Object.fromEntries(keys.filter((k) => LIGHT.has(k)).map((k) => [k, (result.monograph as unknown as Record<string, unknown>)[k]]));
  return { ...base, problems: [], keys, light };
}
