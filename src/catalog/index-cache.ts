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
import { prune } from './prune.js';
import { knownListFacts, listFacts, type ListFacts } from './list-facts.js';
import type { Monograph } from './schema.js';

declare const __MONOGRAPH_LOADER__: string | undefined;
/** The loader's version: a build stamps a hash of the loading and schema code, so another program's cache never matches. */
export const LOADER = `1:${typeof __MONOGRAPH_LOADER__ === 'string' ? __MONOGRAPH_LOADER__ : 'dev'}`;
/** A file changed this recently may change again within the same timestamp: its contents are hashed next time. */
const RACY_MS = 2000;
/** The fields held in the index itself: enough for name lookup, name collisions and `list`; the rest load with the monograph. */
const EAGER = new Set(['id', 'brand', 'generic', 'aliases', 'imported']);
/** A folder this large is long work for the run: the optimising compiler pays for itself (a run starts without it). */
const LARGE = 500;
/** The kind of an index file: the layout is in the name, so an index of another layout is foreign. */
export const INDEX = 'index:2';

/** What the index knows of a valid monograph: its keys in order and the fields read without loading it. */
interface Light {
  keys: string[];
  id: string;
  brand: string;
  generic: string;
  aliases: string[];
  imported?: unknown;
  list: ListFacts;
}

interface FileRecord {
  size: number;
  ino: number;
  mtimeMs: number;
  ctimeMs: number;
  racy: boolean;
  hash: string;
  problems: string[];
  light?: Light;
}

/**
 * The index as stored: one flat array per file (quick to parse; a folder of 10,000 is read on every run), and each
 * distinct order of top-level keys once. A row's content hash (index 6) names its compiled monograph. A row is [name, size, ino, mtimeMs, ctimeMs, racy, hash, problems] for an
 * invalid file, and [..., keys, id, brand, generic, aliases, list facts, imported?] for a monograph.
 */
export interface StoredIndex {
  /** The folder indexed (resolved), so pruning can tell an index whose folder is gone. */
  dir: string;
  keySets: string[][];
  rows: unknown[][];
}

function toStored(dir: string, records: ReadonlyMap<string, FileRecord>): StoredIndex {
  const keySets: string[][] = [];
  const seen = new Map<string, number>();
  const rows = [...records].map(([name, r]) => {
    const row: unknown[] = [name, r.size, r.ino, r.mtimeMs, r.ctimeMs, r.racy ? 1 : 0, r.hash, r.problems];
    const l = r.light;
    if (!l) return row;
    const k = l.keys.join('\0');
    let at = seen.get(k);
    if (at === undefined) seen.set(k, (at = keySets.push(l.keys) - 1));
    const { drugClass, form, strength, manufacturer } = l.list;
    row.push(at, l.id, l.brand, l.generic, l.aliases, [drugClass, form, strength, manufacturer]);
    if ('imported' in l) row.push(l.imported);
    return row;
  });
  return { dir, keySets, rows };
}

/** The stored index read back; a row of the wrong shape makes the whole index untrusted (undefined). */
function fromStored(stored: StoredIndex | undefined): Map<string, FileRecord> | undefined {
  if (!stored || !Array.isArray(stored.rows) || !Array.isArray(stored.keySets)) return undefined;
  const out = new Map<string, FileRecord>();
  for (const row of stored.rows) {
    if (!Array.isArray(row) || (row.length !== 8 && row.length !== 14 && row.length !== 15)) return undefined;
    const [name, size, ino, mtimeMs, ctimeMs, racy, hash, problems] = row as [string, number, number, number, number, number, string, string[]];
    const r: FileRecord = { size, ino, mtimeMs, ctimeMs, racy: racy === 1, hash, problems };
    if (row.length > 8) {
      const keys = stored.keySets[row[8] as number];
      const list = row[13] as string[];
      if (!Array.isArray(keys) || !Array.isArray(list)) return undefined;
      const [drugClass, form, strength, manufacturer] = list as [string, string, string, string];
      r.light = { keys, id: row[9] as string, brand: row[10] as string, generic: row[11] as string, aliases: row[12] as string[], list: { drugClass, form, strength, manufacturer } };
      if (row.length === 15) r.light.imported = row[14];
    }
    out.set(name, r);
  }
  return out;
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

/** Where a lazy monograph's whole form comes from, and the form once loaded. */
interface Whole {
  root: string;
  file: string;
  hash: string;
  keys: string[];
  full?: Monograph;
}
const WHOLE = Symbol('whole monograph');
type Target = Record<string | symbol, unknown> & { [WHOLE]: Whole };

function heavy(w: Whole): Record<string, unknown> {
  w.full ??= load<Monograph>(join(w.root, 'monographs', `${w.hash}.json`), 'monograph') ?? reparse(w.file, w.hash);
  return w.full as unknown as Record<string, unknown>;
}

const has = (w: Whole, key: string | symbol) => typeof key === 'string' && w.keys.includes(key);

/**
 * A lazy monograph is a proxy over the fields the index holds: every other field of its keys reads through to the
 * whole monograph, loaded on first use. It has the same keys in the same order as the monograph it stands for (so
 * JSON, spreading and key listing see the same object); a proxy because one is made for every file of a folder on
 * every run, and defining accessor properties on 10,000 objects cost more than the rest of reading the index.
 */
const lazy: ProxyHandler<Target> = {
  get: (t, key) => (Object.hasOwn(t, key) || !has(t[WHOLE], key) ? Reflect.get(t, key) : heavy(t[WHOLE])[key as string]),
  has: (t, key) => has(t[WHOLE], key) || Reflect.has(t, key),
  ownKeys: (t) => t[WHOLE].keys,
  getOwnPropertyDescriptor: (t, key) =>
    Object.hasOwn(t, key) && key !== WHOLE
      ? Reflect.getOwnPropertyDescriptor(t, key)
      : has(t[WHOLE], key)
        ? { value: heavy(t[WHOLE])[key as string], writable: true, enumerable: true, configurable: true }
        : undefined,
};

/** A monograph whose names come from the index and whose other fields (sections, header, sources…) load on first use. */
function lazyMonograph(cache: IndexCache, file: string, r: FileRecord, l: Light): Monograph {
  const t = { [WHOLE]: { root: cache.root, file, hash: r.hash, keys: l.keys } } as Target;
  for (const key of l.keys) if (EAGER.has(key)) t[key] = l[key as 'id'];
  const m = new Proxy(t, lazy);
  contentHash.set(m, r.hash);
  knownListFacts.set(m, l.list);
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
  if (files.length >= LARGE) setFlagsFromString('--opt');
  const indexFile = join(cache.root, 'index', `${sha(resolve(dir)).slice(0, 32)}.json`);
  const old = fromStored(load<StoredIndex>(indexFile, INDEX)) ?? new Map<string, FileRecord>();
  const now = Date.now();
  const records = new Map<string, FileRecord>();
  const out: DirResult = { files: [], monographs: [], problems: [], skipped };
  let changed = old.size !== files.length;
  for (const { file, name, stat } of files) {
    let r = old.get(name);
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
    records.set(name, r);
    const result: FileResult = r.light ? { file, monograph: lazyMonograph(cache, file, r, r.light), problems: r.problems } : { file, problems: r.problems };
    out.files.push(result);
    if (result.monograph) out.monographs.push({ file, monograph: result.monograph });
    for (const p of r.problems) out.problems.push(`${file}:${p}`);
  }
  if (changed) {
    store(indexFile, INDEX, toStored(resolve(dir), records));
    prune(cache.root, now);
  }
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
  const m = result.monograph;
  if (!m) return { ...base, problems: result.problems };
  store(join(cache.root, 'monographs', `${base.hash}.json`), 'monograph', m);
  const keys = Object.keys(m);
  const light: Light = { keys, id: m.id, brand: m.brand, generic: m.generic, aliases: m.aliases, list: listFacts(m) };
  if (keys.includes('imported')) light.imported = m.imported;
  return { ...base, problems: [], light };
}
