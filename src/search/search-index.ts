/**
 * The full-text index of the monographs read through the index cache (`search/<hash of their folders>/` in the cache
 * folder): a manifest naming segments (src/search/segment.ts), each covering some monographs by content hash. A query
 * finds, per segment, the words holding each term with one `indexOf` over its word list (the matcher finds terms
 * inside words), reads only those words' postings by byte range, scores from postings and the catalog's names alone,
 * and loads the sections of only the hits it shows.
 * Incremental: monographs of the catalog that no segment covers (new or changed files) go into a new segment; a
 * monograph no longer in the catalog is skipped where a segment holds it; segments are merged when there are many or
 * too much of them is dead. A build holds the postings of at most `tuning.batch` monographs in memory, then merges batches from disk.
 * Every file is a cache file: a manifest or dictionary that is truncated, not JSON, of another loader or fails its
 * checksum, or postings that fail their sums, are never believed; what they covered is indexed again.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import type { CatalogEntry } from '../catalog/catalog.js';
import { contentHash, load, store } from '../catalog/index-cache.js';
import type { Monograph } from '../catalog/schema.js';
import { decode } from './postings.js';
import { byRank, fold, foldedNames, hitOf, MAX_TEXT, NAME, occurrences, queryTerms, scoredSections, sectionTexts, TITLE, type SearchHit } from './search.js';
import { IndexUnavailable, mergeSegments, openSegment, SpoiltSegment, wordAt, wordsHolding, writeSegment, type Kind, type Segment } from './segment.js';

export const tuning = {
  /** Monographs whose postings a build holds in memory at once. */
  batch: 500,
  /** More segments than this are merged (all but the largest). */
  maxSegments: 4,
};
/** Unreferenced segments older than this are removed; a builder's temporary files and folders after BUILD_GRACE. */
const GRACE_MS = 60_000;
const BUILD_GRACE_MS = 3_600_000;
/** A section's order key: its monograph's catalog position times this, plus its own. */
const K = 1_000_000;

interface Manifest {
  segments: string[];
}

/** What a search did with the index (for tests). */
export interface IndexReport {
  /** Monographs indexed by this run. */
  indexed: number;
  /** True when the index could not be used and the linear scan answered. */
  scanned: boolean;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** The monograph to index: its compiled copy in the cache, read afresh so a build never holds more than a batch. */
function compiled(root: string, hash: string, m: Monograph): Monograph {
  return load<Monograph>(join(root, 'monographs', `${hash}.json`), 'monograph') ?? m;
}

/** Indexes monographs in batches of tuning.batch; more than one batch is merged from disk. Returns the new segment. */
function build(dir: string, root: string, missing: readonly { hash: string; m: Monograph }[]): Segment {
  // A run starts without the optimising compiler (src/main.ts); indexing many monographs is long work that needs it.
  setFlagsFromString('--opt');
  const batches = Math.ceil(missing.length / tuning.batch);
  const into = batches > 1 ? join(dir, `build-${process.pid}-${randomBytes(6).toString('hex')}`) : dir;
  try {
    mkdirSync(into, { recursive: true });
    const ids: string[] = [];
    for (let b = 0; b < batches; b++) {
      const text = new Postings();
      const title = new Postings();
      const docs: string[] = [];
      const sections: number[] = [];
      let at = 0;
      for (const { hash, m } of missing.slice(b * tuning.batch, (b + 1) * tuning.batch)) {
        const full = compiled(root, hash, m);
        for (const s of full.sections) {
          for (const w of fold(sectionTexts(s).join(' ')).split(' ')) if (w) text.count(w);
          text.section(at, false);
          for (const w of fold(s.title).split(' ')) if (w) title.count(w);
          title.section(at, true);
          at++;
        }
        docs.push(hash);
        sections.push(full.sections.length);
      }
      ids.push(writeSegment(into, docs, sections, { text: text.lists(), title: title.lists() }));
    }
    if (ids.length === 1) return mustOpen(dir, ids[0]!);
    const inputs = ids.map((id) => mustOpen(into, id, 1 << 20));
    try {
      return mustOpen(dir, mergeSegments(dir, inputs, () => true));
    } finally {
      for (const s of inputs) s.close();
    }
  } finally {
    if (into !== dir) rmSync(into, { recursive: true, force: true });
  }
}

/** A batch's postings being gathered: one map look-up per word of the text, counts per section in an array. */
class Postings {
  private ids = new Map<string, number>();
  private words: string[] = [];
  private postings: number[][] = [];
  private counts = new Int32Array(1 << 16);
  private touched: number[] = [];
  count(word: string): void {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
      this.postings.push([]);
      if (id >= this.counts.length) {
        const bigger = new Int32Array(this.counts.length * 2);
        bigger.set(this.counts);
        this.counts = bigger;
      }
    }
    const n = this.counts[id]!;
    if (n === 0) this.touched.push(id);
    this.counts[id] = n + 1;
  }
  /** Ends section `at`: each word counted since is posted with its count (or 1, `once`). */
  section(at: number, once: boolean): void {
    for (const id of this.touched) {
      this.postings[id]!.push(at, once ? 1 : this.counts[id]!);
      this.counts[id] = 0;
    }
    this.touched.length = 0;
  }
  lists(): Map<string, number[]> {
    return new Map(this.words.map((w, i) => [w, this.postings[i]!]));
  }
}

function mustOpen(dir: string, id: string, window?: number): Segment {
  const s = openSegment(dir, id, window);
  if (!s) throw new IndexUnavailable('the search index cannot be read back');
  return s;
}

const removeSegment = (dir: string, id: string) => {
  for (const ext of ['seg', 'post']) rmSync(join(dir, `${id}.${ext}`), { force: true });
};

/**
 * Removes what the manifest no longer names: old segments after GRACE_MS, a builder's leftovers after BUILD_GRACE_MS;
 * with `spoilt`, also at once every segment whose dictionary is not believed (a whole file is never one a builder is
 * still writing: dictionaries are renamed into place).
 */
function sweep(dir: string, keep: readonly string[], spoilt: boolean): void {
  const now = Date.now();
  for (const name of readdirSync(dir)) {
    const id = name.replace(/\.(seg|post)$/, '');
    if (name === 'manifest.json' || keep.includes(id)) continue;
    try {
      if (spoilt && name.endsWith('.seg') && !openSegment(dir, id)) {
        removeSegment(dir, id);
        continue;
      }
      const path = join(dir, name);
      const age = now - statSync(path).mtimeMs;
      if (age > (name.startsWith('build-') || name.endsWith('.tmp') ? BUILD_GRACE_MS : GRACE_MS)) rmSync(path, { recursive: true, force: true });
    } catch {
      // gone already, or another process's: left for later
    }
  }
}

interface Live {
  segments: Segment[];
  /** Per segment, per monograph: its catalog positions, or undefined where it is dead or held by an earlier segment. */
  positions: (number[] | undefined)[][];
}

/** The segments covering exactly the indexed monographs, indexing what none covers and merging when due. */
function ensure(dir: string, root: string, monographs: readonly Monograph[], at: readonly number[], report: IndexReport): Live {
  const byHash = new Map<string, number[]>();
  for (const i of at) {
    const h = contentHash.get(monographs[i]!)!;
    const list = byHash.get(h);
    if (list) list.push(i);
    else byHash.set(h, [i]);
  }
  const manifestFile = join(dir, 'manifest.json');
  const manifest = load<Manifest>(manifestFile, 'search-manifest');
  let changed = !manifest;
  let segments: Segment[] = [];
  for (const id of Array.isArray(manifest?.segments) ? manifest.segments : []) {
    const s = typeof id === 'string' && /^[0-9a-f]+$/.test(id) ? openSegment(dir, id) : undefined;
    if (s) segments.push(s);
    else {
      changed = true;
      if (typeof id === 'string' && /^[0-9a-f]+$/.test(id)) removeSegment(dir, id);
    }
  }
  const live = (segs: Segment[]): Live => {
    const owned = new Set<string>();
    return {
      segments: segs,
      positions: segs.map((s) =>
        s.docs.map((h) => {
          if (owned.has(h)) return undefined;
          owned.add(h);
          return byHash.get(h);
        }),
      ),
    };
  };
  let state = live(segments);
  const covered = new Set(segments.flatMap((s) => s.docs));
  const missing = [...byHash].filter(([h]) => !covered.has(h)).map(([hash, [i]]) => ({ hash, m: monographs[i!]! }));
  if (missing.length > 0) {
    segments.push(build(dir, root, missing));
    report.indexed += missing.length;
    changed = true;
    state = live(segments);
  }
  const liveDocs = (s: number) => state.positions[s]!.filter(Boolean).length;
  const dead = segments.reduce((n, s, i) => n + s.docs.length - liveDocs(i), 0);
  if (segments.length > 1 || dead > 0) {
    const largest = segments.reduce((best, s, i) => (s.docs.length > segments[best]!.docs.length ? i : best), 0);
    const all = dead > (byHash.size >> 2) || liveDocs(largest) === 0;
    if (all || segments.length > tuning.maxSegments) {
      const pick = segments.map((_, i) => all || i !== largest);
      const inputs = segments.filter((_, i) => pick[i]);
      const index = segments.map((_, i) => i).filter((i) => pick[i]);
      const merged = mustOpen(dir, mergeSegments(dir, inputs, (s, d) => state.positions[index[s]!]![d] !== undefined));
      for (const s of inputs) s.close();
      segments = [...segments.filter((_, i) => !pick[i]), merged];
      state = live(segments);
      changed = true;
    }
  }
  if (changed) {
    store(manifestFile, 'search-manifest', { segments: segments.map((s) => s.id) } satisfies Manifest);
    sweep(
      dir,
      segments.map((s) => s.id),
      !manifest,
    );
  }
  return state;
}

/** Scores the live sections exactly as `scoredSections` does, from postings and names alone. */
function score(live: Live, monographs: readonly Monograph[], terms: readonly string[]) {
  const { segments, positions } = live;
  const base: number[] = [];
  let total = 0;
  for (const s of segments) {
    base.push(total);
    total += s.sections.reduce((a, b) => a + b, 0);
  }
  const per = terms.map((t) => {
    const occ = new Uint32Array(total);
    const titled = new Uint8Array(total);
    segments.forEach((seg, s) => {
      const from = base[s]!;
      const each = (kind: Kind, visit: (i: number) => (section: number, count: number) => void) => {
        for (const i of wordsHolding(seg.words[kind], t)) {
          const bytes = seg.postings(kind, i);
          if (!bytes) throw new SpoiltSegment(seg.id);
          decode(bytes, visit(i));
        }
      };
      each('text', (i) => {
        const n = occurrences(wordAt(seg.words.text, i), t);
        return (section, count) => {
          occ[from + section] = occ[from + section]! + n * count;
        };
      });
      each('title', () => (section) => void (titled[from + section] = 1));
    });
    return { t, occ, titled };
  });
  const out: { m: number; j: number; score: number; order: number }[] = [];
  segments.forEach((seg, s) => {
    let key = base[s]!;
    seg.docs.forEach((_, d) => {
      const n = seg.sections[d]!;
      const at = positions[s]![d];
      if (at) {
        const names = foldedNames(monographs[at[0]!]!);
        const named = per.map(({ t }) => names.includes(t));
        for (let j = 0; j < n; j++, key++) {
          let sum = 0;
          let all = true;
          for (let q = 0; q < per.length; q++) {
            const o = per[q]!.occ[key]!;
            if (o === 0 && !named[q]) {
              all = false;
              break;
            }
            sum += (named[q] ? NAME : 0) + (per[q]!.titled[key] ? TITLE : 0) + Math.min(MAX_TEXT, o);
          }
          if (all) for (const i of at) out.push({ m: i, j, score: sum, order: i * K + j });
        }
      } else key += n;
    });
  });
  return out;
}

/**
 * Searches the catalog: monographs read through the index cache by the index in `root` (built or brought up to date
 * as needed), any others (the bundled ones) by the linear scan. The same hits, order and snippets as
 * `searchMonographs`; only the best `limit` hits' sections are read.
 */
export function searchIndexed(
  root: string,
  entries: readonly CatalogEntry[],
  wordsOfQuery: readonly string[],
  limit: number,
  context = 60,
  report: IndexReport = { indexed: 0, scanned: false },
): { total: number; hits: SearchHit[] } {
  const terms = queryTerms(wordsOfQuery);
  if (terms.length === 0) return { total: 0, hits: [] };
  const monographs = entries.map((e) => e.monograph);
  const at: number[] = [];
  const others: number[] = [];
  monographs.forEach((m, i) => (contentHash.has(m) ? at : others).push(i));
  const scanned = scoredSections(
    others.map((i) => monographs[i]!),
    terms,
  ).map((h) => ({ ...h, m: others[h.m]!, order: others[h.m]! * K + h.j }));
  let indexed: ReturnType<typeof score> = [];
  if (at.length > 0) {
    const folders = [...new Set(at.map((i) => resolve(dirname(entries[i]!.file))))];
    const dir = join(root, 'search', sha(folders.join('\n')).slice(0, 32));
    indexed = withIndex(dir, root, monographs, at, terms, report);
  }
  const all = [...scanned, ...indexed].sort(byRank);
  return { total: all.length, hits: all.slice(0, limit).map((h) => hitOf(monographs[h.m]!, h.j, terms, h.score, context)) };
}

/** Scores through the index; a segment found spoilt is removed and its monographs indexed again; no index, the scan. */
function withIndex(dir: string, root: string, monographs: readonly Monograph[], at: readonly number[], terms: readonly string[], report: IndexReport) {
  for (let attempt = 0; attempt < 2; attempt++) {
    let live: Live | undefined;
    try {
      live = ensure(dir, root, monographs, at, report);
      return score(live, monographs, terms);
    } catch (e) {
      if (e instanceof SpoiltSegment) removeSegment(dir, e.message);
      else if (e instanceof IndexUnavailable || (e instanceof Error && 'code' in e)) break;
      else throw e;
    } finally {
      for (const s of live?.segments ?? []) s.close();
    }
  }
  // The index cannot be written or read back (an unwritable cache folder): the linear scan answers.
  report.scanned = true;
  return scoredSections(
    at.map((i) => monographs[i]!),
    terms,
  ).map((h) => ({ ...h, m: at[h.m]!, order: at[h.m]! * K + h.j }));
}
