/** Per-run context: io, the colour/width/format decisions, and the catalog (loaded on first use). */
import { readdirSync } from 'node:fs';
import { buildCatalog, pathDirs, type Catalog, type CatalogEntry } from './catalog/catalog.js';
import { libraryDir } from './catalog/library.js';
import type { IndexCache } from './catalog/index-cache.js';
import { cacheRoot } from './fast/output-cache.js';
import { cut, quote, UsageError } from './errors.js';
import { sanitizeLine } from './render/sanitize.js';
import { COLOR_WHEN, decideColor, decideWidth, type ColorWhen, type Io } from './io.js';
import { parseWidth } from './numbers.js';

export type Format = 'text' | 'json' | 'yaml' | 'markdown';
export const FORMATS: readonly Format[] = ['text', 'json', 'yaml', 'markdown'];

/** What commands need from outside: the streams, and a way to read the bundled monographs. */
export interface Deps {
  io: Io;
  bundled: () => CatalogEntry[];
  /** Receives the exit class a command returns (see `lazy` in commands/shared.ts); `run` in cli.ts passes its own. */
  exit?: (exitClass: number) => void;
  /** Set when a run starts over because the monograph cache was damaged: this time, no cache. */
  noIndexCache?: boolean;
  /** Runs a whole command line with these deps (the tour runs its steps with it); `run` in cli.ts passes itself. */
  run?: (argv: readonly string[], deps: Deps) => Promise<number>;
  /** Whether the start-up cache may keep this run's answer (false once any command run is not cacheable). */
  startUp?: { cacheable?: boolean };
  /** The fields of `--json=field,field` in this run's argv (`[]`: `--json=` alone, list them); see src/json-fields.ts. */
  jsonFields?: readonly string[] | undefined;
}

/** The global options, as commander hands them over. */
export interface GlobalOpts {
  json?: boolean;
  format?: string;
  color?: string | boolean;
  width?: string;
  data?: string[];
  debug?: boolean;
  pager?: boolean;
  /** False with `--no-cache`: no cache is read or written. */
  cache?: boolean;
}

export interface Context {
  io: Io;
  format: Format;
  color: boolean;
  width: number;
  pager: boolean;
  debug: boolean;
  /** `--json=field,field`: the top-level fields to keep; `[]` lists them instead. */
  jsonFields: readonly string[] | undefined;
  catalog: () => Promise<Catalog>;
  /** The cache folder for the search index: none with --no-cache, on a retry after damage, or without a cache folder. */
  indexRoot?: string;
}

/** Reads the global options once into decisions; bad values are usage errors (exit 2). */
export function contextFor(deps: Deps, opts: GlobalOpts): Context {
  const { io } = deps;
  const format = parseFormat(opts);
  const colorFlag = opts.color === false ? 'never' : opts.color === true || opts.color === undefined ? undefined : parseColor(opts.color);
  const width = opts.width === undefined ? undefined : parseWidth(opts.width);
  let cached: Promise<Catalog> | undefined;
  const cache = indexCache(deps, opts);
  const dirs = [...(opts.data ?? []), ...pathDirs(io.env.MONOGRAPH_PATH)];
  return {
    io,
    format,
    color: format === 'text' ? decideColor(colorFlag, io) : false,
    width: decideWidth(width, io),
    pager: opts.pager !== false,
    debug: opts.debug === true,
    jsonFields: deps.jsonFields,
    catalog: () => (cached ??= loadCatalog(deps, dirs, libraryDir(io.env), cache)),
    ...(cache ? { indexRoot: cache.root } : {}),
  };
}

/** Bundled first (it wins its names), then the library folder, then `--data` folders and MONOGRAPH_PATH. */
/** The run's monograph index cache: none with --no-cache, on a retry after damage, or without a cache folder. */
function indexCache(deps: Deps, opts: GlobalOpts): IndexCache | undefined {
  const root = opts.cache === false || deps.noIndexCache ? undefined : cacheRoot(deps.io.env);
  return root ? { root, parsed: [] } : undefined;
}

async function loadCatalog(deps: Deps, dirs: string[], library: string | undefined, cache: IndexCache | undefined): Promise<Catalog> {
  const entries = deps.bundled().map((e) => ({ ...e, origin: 'bundled' as const }));
  // An absent or empty library costs one directory read, not the YAML loader.
  if (library !== undefined && !hasMonographFiles(library)) library = undefined;
  if (dirs.length === 0 && library === undefined) return buildCatalog(entries);
  const { readData, readLibrary } = await import('./catalog/read-folders.js');
  const lib = library === undefined ? { monographs: [], skipped: [] } : await readLibrary(library, cache);
  const extra = await readData(dirs, library === undefined ? [] : [library], cache);
  const catalog = buildCatalog([
    ...entries,
    ...lib.monographs.map((e) => ({ ...e, origin: 'library' as const })),
    ...extra.monographs.map((e) => ({ ...e, origin: 'data' as const })),
  ]);
  for (const line of [...lib.skipped, ...extra.skipped, ...catalog.warnings]) deps.io.stderr.write(`${sanitizeLine(`monograph: warning: ${line}`)}\n`);
  return catalog;
}

function hasMonographFiles(dir: string): boolean {
  try {
    return readdirSync(dir).some((n) => /\.ya?ml$/i.test(n));
  } catch {
    return false;
  }
}

function parseFormat(opts: GlobalOpts): Format {
  if (opts.json && opts.format && opts.format !== 'json') throw new UsageError(`--json conflicts with --format ${cut(opts.format)}`);
  if (opts.json) return 'json';
  const f = (opts.format ?? 'text').toLowerCase();
  if ((FORMATS as readonly string[]).includes(f)) return f as Format;
  throw new UsageError(`unknown format ${quote(opts.format ?? '')}`, [`use one of: ${FORMATS.join(', ')}`]);
}

function parseColor(value: string): ColorWhen {
  if ((COLOR_WHEN as readonly string[]).includes(value)) return value as ColorWhen;
  throw new UsageError(`unknown --color value ${quote(value)}`, ['use always, never or auto']);
}
