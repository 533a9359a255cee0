/**
 * The full-text index of the monographs read through the index cache, so `search` reads only part of it: a vocabulary
 * (every distinct space-free word of the folded section texts and titles) and postings sharded by a hash of the word
 * into SHARDS files. A query scans the vocabulary for the words holding each term (the matcher finds terms inside
 * words), reads only those words' shards, scores, and loads the sections of only the hits it shows.
 * Every file is stamped with a digest of the loader version and the indexed monographs' content hashes in catalog
 * order; a file of another digest, or one that fails its checksum, is never believed: the index is rebuilt.
 */
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import type { CatalogEntry } from '../catalog/catalog.js';
import { contentHash, load, LOADER, store } from '../catalog/index-cache.js';
import type { Monograph } from '../catalog/schema.js';
import { byRank, fold, foldedNames, hitOf, MAX_TEXT, NAME, occurrences, queryTerms, scoredSections, sectionTexts, TITLE, type SearchHit } from './search.js';

const SHARDS = 256;
/** A section's key: its monograph's position times this, plus its own. */
const K = 1_000_000;

interface Vocab {
  digest: string;
  /** Per indexed monograph, its number of sections. */
  sections: number[];
  text: string[];
  title: string[];
}
/** Postings: per word, flat [monograph, section, count, ...] for texts and [monograph, section, ...] for titles. */
interface Shard {
  digest: string;
  text: Record<string, number[]>;
  title: Record<string, number[]>;
}
interface Index {
  vocab: Vocab;
  shard: (n: number) => Shard | undefined;
}

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** FNV-1a of the word, into a shard number. */
function shardOf(word: string): number {
  let h = 2166136261;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
  return (h >>> 0) % SHARDS;
}

const words = (folded: string) => folded.split(' ').filter(Boolean);

/** Builds the index in memory and stores it (a cache that cannot be written still serves this run). */
function build(dir: string, docs: readonly Monograph[], digest: string): Index {
  // A run starts without the optimising compiler (src/main.ts); reading every monograph is long work that needs it.
  setFlagsFromString('--opt');
  const text = new Map<string, number[]>();
  const title = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, word: string, ...values: number[]) => {
    const list = map.get(word);
    if (list) list.push(...values);
    else map.set(word, values);
  };
  docs.forEach((m, d) =>
    m.sections.forEach((s, j) => {
      const counts = new Map<string, number>();
      for (const w of words(fold(sectionTexts(s).join(' ')))) counts.set(w, (counts.get(w) ?? 0) + 1);
      for (const [w, c] of counts) add(text, w, d, j, c);
      for (const w of new Set(words(fold(s.title)))) add(title, w, d, j);
    }),
  );
  const shards: Shard[] = Array.from({ length: SHARDS }, () => ({ digest, text: {}, title: {} }));
  for (const [w, list] of text) Object.defineProperty(shards[shardOf(w)]!.text, w, { value: list, enumerable: true });
  for (const [w, list] of title) Object.defineProperty(shards[shardOf(w)]!.title, w, { value: list, enumerable: true });
  const vocab: Vocab = { digest, sections: docs.map((m) => m.sections.length), text: [...text.keys()], title: [...title.keys()] };
  shards.forEach((s, n) => store(join(dir, `${n}.json`), 'search-shard', s));
  store(join(dir, 'vocab.json'), 'search-vocab', vocab);
  return { vocab, shard: (n) => shards[n] };
}

/** The stored index for these monographs, read shard by shard on demand; undefined when it is missing or stale. */
function open(dir: string, digest: string): Index | undefined {
  const vocab = load<Vocab>(join(dir, 'vocab.json'), 'search-vocab');
  if (vocab?.digest !== digest) return undefined;
  const shards = new Map<number, Shard | undefined>();
  return {
    vocab,
    shard: (n) => {
      if (!shards.has(n)) {
        const s = load<Shard>(join(dir, `${n}.json`), 'search-shard');
        shards.set(n, s?.digest === digest ? s : undefined);
      }
      return shards.get(n);
    },
  };
}

/** A stored index was found inconsistent while reading it: the query runs on a rebuilt one. */
class StaleIndex extends Error {}

const postings = (index: Index, kind: 'text' | 'title', word: string): number[] => {
  const shard = index.shard(shardOf(word));
  if (!shard) throw new StaleIndex();
  const list = Object.hasOwn(shard[kind], word) ? shard[kind][word] : undefined;
  if (!list) throw new StaleIndex();
  return list;
};

/** Scores the indexed monographs' sections exactly as `scoredSections` does; `at` maps them to catalog positions. */
function scoreIndexed(index: Index, docs: readonly Monograph[], at: readonly number[], terms: readonly string[]) {
  const per = terms.map((t) => {
    const occ = new Map<number, number>();
    for (const w of index.vocab.text) {
      if (!w.includes(t)) continue;
      const n = occurrences(w, t);
      const list = postings(index, 'text', w);
      for (let p = 0; p < list.length; p += 3) {
        const key = list[p]! * K + list[p + 1]!;
        occ.set(key, (occ.get(key) ?? 0) + n * list[p + 2]!);
      }
    }
    const titled = new Set<number>();
    for (const w of index.vocab.title) {
      if (!w.includes(t)) continue;
      const list = postings(index, 'title', w);
      for (let p = 0; p < list.length; p += 2) titled.add(list[p]! * K + list[p + 1]!);
    }
    return { t, occ, titled };
  });
  const names = docs.map(foldedNames);
  const named = (d: number, t: string) => names[d]!.includes(t);
  const candidates = new Set(per[0]!.occ.keys());
  names.forEach((n, d) => {
    if (n.includes(per[0]!.t)) for (let j = 0; j < index.vocab.sections[d]!; j++) candidates.add(d * K + j);
  });
  const out: { m: number; j: number; score: number; order: number }[] = [];
  for (const key of candidates) {
    const d = Math.floor(key / K);
    const j = key % K;
    if (!per.every(({ t, occ }) => occ.has(key) || named(d, t))) continue;
    const score = per.reduce((sum, { t, occ, titled }) => sum + (named(d, t) ? NAME : 0) + (titled.has(key) ? TITLE : 0) + Math.min(MAX_TEXT, occ.get(key) ?? 0), 0);
    out.push({ m: at[d]!, j, score, order: at[d]! * K + j });
  }
  return out;
}

/**
 * Searches the catalog: monographs read through the index cache by the index in `root` (built or rebuilt when it does
 * not match them), any others (the bundled ones) by the linear scan. The same hits, order and snippets as
 * `searchMonographs`; only the best `limit` hits' sections are read.
 */
export function searchIndexed(root: string, entries: readonly CatalogEntry[], wordsOfQuery: readonly string[], limit: number, context = 60): { total: number; hits: SearchHit[] } {
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
  const docs = at.map((i) => monographs[i]!);
  let indexed: ReturnType<typeof scoreIndexed> = [];
  if (docs.length > 0) {
    const digest = sha(`${LOADER}\n${docs.map((m) => contentHash.get(m)).join('\n')}`);
    const folders = [...new Set(at.map((i) => resolve(dirname(entries[i]!.file))))];
    const dir = join(root, 'search', sha(folders.join('\n')).slice(0, 32));
    const stored = open(dir, digest);
    try {
      indexed = scoreIndexed(stored ?? build(dir, docs, digest), docs, at, terms);
    } catch (e) {
      if (!(e instanceof StaleIndex) || !stored) throw e;
      indexed = scoreIndexed(build(dir, docs, digest), docs, at, terms);
    }
  }
  const all = [...scanned, ...indexed].sort(byRank);
  return { total: all.length, hits: all.slice(0, limit).map((h) => hitOf(monographs[h.m]!, h.j, terms, h.score, context)) };
}
