/**
 * One segment of the search index: the monographs it covers (by content hash) and, for every word of their section
 * texts and titles, the sections holding it and how often. Two files, both written atomically:
 * - `<id>.seg`: the dictionary, a cache file (kind/loader/checksum line, `store`/`load`): the content hashes and
 *   section counts of its monographs, the words joined by newlines (a term is found inside words by one `indexOf` over
 *   the whole list), and per word its start in that text and the offset, length and FNV sum of its postings;
 * - `<id>.post`: the postings (src/search/postings.ts), read by byte range, each range checked against its sum.
 * Segments are immutable; a segment's section numbers run over its monographs in order.
 */
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { load, store } from '../catalog/index-cache.js';
import { Bytes, decode, Sink, Source, sum } from './postings.js';

export type Kind = 'text' | 'title';

interface Stored {
  /** Size of the postings file. */
  post: number;
  docs: string[];
  sections: number[];
  text: string;
  title: string;
  /** Per word: start in the word text, postings offset, length and sum (base64 of a Uint32Array, 4 values a word). */
  textAt: string;
  titleAt: string;
}

export interface Words {
  text: string;
  at: Uint32Array;
  count: number;
}

export interface Segment {
  id: string;
  docs: string[];
  sections: number[];
  words: Record<Kind, Words>;
  /** The postings bytes of word `i`, checked against its sum; undefined when the file does not hold them. */
  postings(kind: Kind, i: number): Buffer | undefined;
  close(): void;
}

/** A segment's postings or dictionary does not hold what it claims: never believed. */
export class SpoiltSegment extends Error {}
/** The index cannot be written, or read back after writing (an unwritable or vanishing cache folder). */
export class IndexUnavailable extends Error {}

const words = (text: string, at: string): Words => {
  const b = Buffer.from(at, 'base64');
  const arr = new Uint32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.length));
  return { text, at: arr, count: arr.length / 4 };
};

/** The stored segment `id` in `dir`, or undefined when it is missing or not believed. */
export function openSegment(dir: string, id: string, window = 0): Segment | undefined {
  const s = load<Stored>(join(dir, `${id}.seg`), 'search-segment');
  if (!s || !Array.isArray(s.docs) || !Array.isArray(s.sections) || s.docs.length !== s.sections.length) return undefined;
  let dictionary: Record<Kind, Words>;
  try {
    dictionary = { text: words(s.text, s.textAt), title: words(s.title, s.titleAt) };
  } catch {
    return undefined;
  }
  let src: Source | undefined;
  const seg: Segment = {
    id,
    docs: s.docs,
    sections: s.sections,
    words: dictionary,
    postings(kind, i) {
      if (!src) {
        try {
          src = Source.open(join(dir, `${id}.post`), window);
        } catch {
          return undefined;
        }
        if (src.size !== s.post) return undefined;
      }
      const at = seg.words[kind].at;
      const bytes = src.read(at[4 * i + 1]!, at[4 * i + 2]!);
      return bytes && sum(bytes) === at[4 * i + 3] ? bytes : undefined;
    },
    close: () => src?.close(),
  };
  if (!Number.isInteger(seg.words.text.count) || !Number.isInteger(seg.words.title.count)) return undefined;
  return seg;
}

/** The word `i` of a dictionary. */
export const wordAt = (w: Words, i: number) => w.text.slice(w.at[4 * i]!, i + 1 < w.count ? w.at[4 * (i + 1)]! - 1 : w.text.length);

/** Each word holding `term`, as its index (once per word, in dictionary order). */
export function wordsHolding(w: Words, term: string): number[] {
  const out: number[] = [];
  for (let p = w.text.indexOf(term); p !== -1; ) {
    // the word holding position p: the last start <= p
    let lo = 0;
    let hi = w.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (w.at[4 * mid]! <= p) lo = mid;
      else hi = mid - 1;
    }
    out.push(lo);
    if (lo + 1 >= w.count) break;
    p = w.text.indexOf(term, w.at[4 * (lo + 1)]!);
  }
  return out;
}

/** Writes a segment from sorted words and their postings; returns its id. Throws when it cannot be written. */
export class SegmentWriter {
  readonly id = randomBytes(12).toString('hex');
  private temp: string;
  private sink: Sink;
  private scratch = new Bytes();
  private lists: Record<Kind, { words: string[]; at: number[]; length: number }> = { text: { words: [], at: [], length: 0 }, title: { words: [], at: [], length: 0 } };
  private prev = 0;
  private kind: Kind = 'text';
  private word = '';

  constructor(private dir: string) {
    this.temp = join(dir, `${this.id}.post.${process.pid}.tmp`);
    this.sink = new Sink(this.temp);
  }
  /** Starts the postings of `word` (words of a kind in ascending order; every text word before any title word). */
  begin(kind: Kind, word: string): void {
    this.kind = kind;
    this.word = word;
    this.prev = 0;
    this.scratch.reset();
  }
  add(section: number, count: number): void {
    this.scratch.varint(section - this.prev);
    this.scratch.varint(count);
    this.prev = section;
  }
  /** Ends the current word; a word with no postings is left out. */
  end(): void {
    if (this.scratch.length === 0) return;
    const l = this.lists[this.kind];
    const bytes = this.scratch.bytes;
    l.at.push(l.length, this.sink.at, bytes.length, sum(bytes));
    l.words.push(this.word);
    l.length += this.word.length + 1;
    this.sink.write(bytes);
  }
  /** Stores the dictionary for monographs `docs` with `sections` sections each; the segment exists once this returns. */
  finish(docs: string[], sections: number[]): string {
    const post = this.sink.at;
    try {
      this.sink.close();
      renameSync(this.temp, join(this.dir, `${this.id}.post`));
    } catch (e) {
      this.abandon();
      throw e;
    }
    const b64 = (a: number[]) => Buffer.from(new Uint32Array(a).buffer).toString('base64');
    const { text, title } = this.lists;
    const seg = join(this.dir, `${this.id}.seg`);
    store(seg, 'search-segment', { post, docs, sections, text: text.words.join('\n'), title: title.words.join('\n'), textAt: b64(text.at), titleAt: b64(title.at) } satisfies Stored);
    if (load(seg, 'search-segment') === undefined) {
      rmSync(join(this.dir, `${this.id}.post`), { force: true });
      throw new IndexUnavailable('the search index cannot be written');
    }
    return this.id;
  }
  abandon(): void {
    this.sink.abandon();
    rmSync(this.temp, { force: true });
  }
}

/** Writes one segment from in-memory postings (word → flat [section, count, ...]). */
export function writeSegment(dir: string, docs: string[], sections: number[], postings: Record<Kind, Map<string, number[]>>): string {
  const w = new SegmentWriter(dir);
  try {
    for (const kind of ['text', 'title'] as const) {
      const map = postings[kind];
      for (const word of [...map.keys()].sort()) {
        w.begin(kind, word);
        const list = map.get(word)!;
        for (let p = 0; p < list.length; p += 2) w.add(list[p]!, list[p + 1]!);
        w.end();
      }
    }
  } catch (e) {
    w.abandon();
    throw e;
  }
  return w.finish(docs, sections);
}

/**
 * Merges segments into one, keeping only the monographs `keep(segment, doc)` accepts, in input order: a k-way merge of
 * the sorted dictionaries, reading each postings file front to back. Memory holds the dictionaries, not the postings.
 */
export function mergeSegments(dir: string, inputs: readonly Segment[], keep: (s: number, d: number) => boolean): string {
  const docs: string[] = [];
  const sections: number[] = [];
  let next = 0;
  const remap = inputs.map((seg, s) => {
    const total = seg.sections.reduce((a, b) => a + b, 0);
    const map = new Int32Array(total).fill(-1);
    let local = 0;
    seg.docs.forEach((hash, d) => {
      const n = seg.sections[d]!;
      if (keep(s, d)) {
        for (let j = 0; j < n; j++) map[local + j] = next + j;
        next += n;
        docs.push(hash);
        sections.push(n);
      }
      local += n;
    });
    return map;
  });
  const w = new SegmentWriter(dir);
  try {
    for (const kind of ['text', 'title'] as const) {
      const heads = inputs.map(() => 0);
      const current = inputs.map((seg, s) => (heads[s]! < seg.words[kind].count ? wordAt(seg.words[kind], 0) : undefined));
      for (;;) {
        let min: string | undefined;
        for (const c of current) if (c !== undefined && (min === undefined || c < min)) min = c;
        if (min === undefined) break;
        w.begin(kind, min);
        inputs.forEach((seg, s) => {
          if (current[s] !== min) return;
          const i = heads[s]!;
          const bytes = seg.postings(kind, i);
          if (!bytes) throw new SpoiltSegment(seg.id);
          const map = remap[s]!;
          decode(bytes, (section, count) => {
            const to = map[section]!;
            if (to >= 0) w.add(to, count);
          });
          heads[s] = i + 1;
          current[s] = i + 1 < seg.words[kind].count ? wordAt(seg.words[kind], i + 1) : undefined;
        });
        w.end();
      }
    }
  } catch (e) {
    w.abandon();
    throw e;
  }
  return w.finish(docs, sections);
}
