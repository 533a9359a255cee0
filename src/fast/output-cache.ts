/**
 * The start-up cache: a run's whole answer (stdout, stderr, exit code), stored under a key made of everything the
 * answer depends on. An entry is used only when its key matches exactly, every folder it read still has the same
 * fingerprint (and the same contents, for files changed just before), and its checksum holds; anything else is a
 * miss, and the run is made afresh. Small on purpose: `bin/monograph.cjs` loads it before the program.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprintFolder, type FolderPrint, type Listing } from './folders.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Bump when the entry layout changes: older entries then never match. */
const LAYOUT = 1;

/** The cache folder: MONOGRAPH_CACHE, else $XDG_CACHE_HOME/monograph, else ~/.cache/monograph; none without a home. */
export function cacheRoot(env: Env): string | undefined {
  const absolute = (v: string | undefined) => (v && v.startsWith('/') ? v : undefined);
  const own = absolute(env.MONOGRAPH_CACHE);
  if (own) return own;
  const xdg = absolute(env.XDG_CACHE_HOME) ?? (absolute(env.HOME) ? join(env.HOME!, '.cache') : undefined);
  return xdg ? join(xdg, 'monograph') : undefined;
}

/** What a run's answer may depend on besides argv and the folders: settings read from the environment. */
const ENV_KEYS = /^(MONOGRAPH_|XDG_|LC_)|^(HOME|COLUMNS|LINES|NO_COLOR|FORCE_COLOR|TERM|LANG|LANGUAGE|TZ|PAGER|LESS)$/;

export interface RunFacts {
  build: string;
  argv: readonly string[];
  env: Env;
  cwd: string;
  today: string;
  /** stdout and stderr: whether each is a terminal, and its size. */
  streams: string;
}

/** The exact key of a run: every input its answer can depend on, in one string. */
export function runKey(f: RunFacts): string {
  const env = Object.keys(f.env).filter((k) => ENV_KEYS.test(k)).sort().map((k) => [k, f.env[k]]);
  return JSON.stringify([LAYOUT, f.build, process.version, f.cwd, f.argv, env, f.streams, f.today]);
}

export interface Answer {
  stdout: string;
  stderr: string;
  exitCode: number;
}

interface Entry extends Answer {
  layout: number;
  key: string;
  folders: (FolderPrint & { hashes: Record<string, string> })[];
  sum: string;
}

const sha = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');
const fileOf = (root: string, key: string) => join(root, 'output', `${sha(key).slice(0, 32)}.json`);
const sumOf = (a: Answer, key: string) => sha(JSON.stringify([key, a.stdout, a.stderr, a.exitCode]));

function contentHash(path: string): string {
  try {
    return sha(readFileSync(path));
  } catch {
    return 'unreadable';
  }
}

/** The stored answer for `key`, or undefined when there is none that can be trusted. Never throws. */
export function readAnswer(root: string, key: string): Answer | undefined {
  try {
    const e = JSON.parse(readFileSync(fileOf(root, key), 'utf8')) as Entry;
    if (e.layout !== LAYOUT || e.key !== key || typeof e.stdout !== 'string' || typeof e.stderr !== 'string') return undefined;
    if (!Number.isInteger(e.exitCode) || e.sum !== sumOf(e, key) || !Array.isArray(e.folders)) return undefined;
    for (const f of e.folders) {
      const now = fingerprintFolder(f.dir, Infinity);
      if (now.print !== f.print) return undefined;
      for (const [path, hash] of Object.entries(f.hashes)) if (contentHash(path) !== hash) return undefined;
    }
    return { stdout: e.stdout, stderr: e.stderr, exitCode: e.exitCode };
  } catch {
    return undefined;
  }
}

/** Fingerprints of the folders, taken before the run reads them (with the contents of just-changed files). */
export function printFolders(dirs: readonly string[], keep?: Map<string, Listing>): Entry['folders'] {
  return dirs.map((dir) => {
    const print = fingerprintFolder(dir, Date.now(), keep);
    return { ...print, hashes: Object.fromEntries(print.racy.map((p) => [p, contentHash(p)])) };
  });
}

/** Stores an answer atomically (temp file, then rename); a cache that cannot be written is simply not used. */
export function writeAnswer(root: string, key: string, folders: Entry['folders'], answer: Answer): void {
  const file = fileOf(root, key);
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    mkdirSync(join(root, 'output'), { recursive: true });
    const entry: Entry = { layout: LAYOUT, key, folders, ...answer, sum: sumOf(answer, key) };
    writeFileSync(temp, JSON.stringify(entry), { flag: 'wx' });
    renameSync(temp, file);
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
      // no folder to clean up in
    }
  }
}
