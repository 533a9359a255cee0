/**
 * Time as segments, each with the warmest and coldest temperature it counts at. A log becomes one segment per interval
 * between two readings; each `--excursion` becomes one segment of its own.
 */
import type { Timeline } from './interval.js';
import type { Readings } from './log.js';

/** Segments in time order, held as parallel typed arrays (a year of one-minute readings is 525,600 of them). */
export interface Segments {
  n: number;
  /** Epoch ms of the segment's start; NaN for an excursion typed by hand. */
  start: Float64Array;
  ms: Float64Array;
  /** °C it counts at for upper limits, NaN when unknown (a gap or a missing reading). */
  hot: Float64Array;
  /** °C it counts at for lower limits, NaN when unknown. */
  cold: Float64Array;
  /** 0 in the carton; 1 out of it (a typed excursion); 2 out of it while out of the base condition (a log read with --out-of-carton). */
  outOfCarton: Uint8Array;
  /** 1 when the segment starts a new period even if the one before was also out (separate excursions). */
  breakBefore: Uint8Array;
}

const emptySegments = (n: number): Segments => ({
  n,
  start: new Float64Array(n),
  ms: new Float64Array(n),
  hot: new Float64Array(n),
  cold: new Float64Array(n),
  outOfCarton: new Uint8Array(n),
  breakBefore: new Uint8Array(n),
});

/** Sorts readings by time (rows may come in any order) and merges rows that share a timestamp. */
export function toTimeline(r: Readings): Timeline {
  let unsorted = false;
  for (let i = 1; i < r.n && !unsorted; i++) unsorted = r.t[i]! < r.t[i - 1]!;
  const order = new Uint32Array(r.n);
  for (let i = 0; i < r.n; i++) order[i] = i;
  if (unsorted) order.sort((a, b) => r.t[a]! - r.t[b]!);
  const t = new Float64Array(r.n);
  const warm = new Float64Array(r.n);
  const cold = new Float64Array(r.n);
  let m = 0;
  let duplicates = 0;
  for (let k = 0; k < r.n; k++) {
    const i = order[k]!;
    const ti = r.t[i]!;
    const ci = r.c[i]!;
    if (m > 0 && t[m - 1] === ti) {
      duplicates++;
      // Math.max and Math.min keep NaN: a blank reading at a repeated time leaves that time unknown, so the missing
      // reading is never merged away from the count of unknown time.
      warm[m - 1] = Math.max(warm[m - 1]!, ci);
      cold[m - 1] = Math.min(cold[m - 1]!, ci);
      continue;
    }
    t[m] = ti;
    warm[m] = ci;
    cold[m] = ci;
    m++;
  }
  return { n: m, t: t.subarray(0, m), warm: warm.subarray(0, m), cold: cold.subarray(0, m), duplicates, unsorted };
}

/** What a log's segments leave unknown. */
export interface Unknowns {
  gaps: number;
  gapMs: number;
  missingMs: number;
}

/** One segment per interval: counted at the warmer (and the colder) of its two readings; longer than `maxGapMs` or next to a missing reading, unknown. */
export function logSegments(tl: Timeline, maxGapMs: number, outOfCarton: boolean): { segments: Segments; unknowns: Unknowns } {
  const s = emptySegments(Math.max(0, tl.n - 1));
  const unknowns: Unknowns = { gaps: 0, gapMs: 0, missingMs: 0 };
  s.outOfCarton.fill(outOfCarton ? 2 : 0);
  for (let i = 0; i < s.n; i++) {
    const dt = tl.t[i + 1]! - tl.t[i]!;
    s.start[i] = tl.t[i]!;
    s.ms[i] = dt;
    if (dt > maxGapMs) {
      s.hot[i] = s.cold[i] = Number.NaN;
      unknowns.gaps++;
      unknowns.gapMs += dt;
      continue;
    }
    s.hot[i] = Math.max(tl.warm[i]!, tl.warm[i + 1]!); // NaN if either reading is missing
    s.cold[i] = Math.min(tl.cold[i]!, tl.cold[i + 1]!);
    if (Number.isNaN(s.hot[i]!)) unknowns.missingMs += dt;
  }
  return { segments: s, unknowns };
}

/** One excursion typed by hand: the warmest temperature reached, for how long, and whether it was out of its carton. */
export interface Excursion {
  input: string;
  c: number;
  ms: number;
  outOfCarton: boolean;
}

/** Each excursion is a period of its own: between two of them the product was back in its base condition. */
export function excursionSegments(list: readonly Excursion[]): Segments {
  const s = emptySegments(list.length);
  list.forEach((e, i) => {
    s.start[i] = Number.NaN;
    s.ms[i] = e.ms;
    s.hot[i] = s.cold[i] = e.c;
    s.outOfCarton[i] = e.outOfCarton ? 1 : 0;
    s.breakBefore[i] = 1;
  });
  return s;
}

/** `a` then `b`: a log and the excursions typed beside it add up. */
export function concatSegments(a: Segments, b: Segments): Segments {
  if (b.n === 0) return a;
  if (a.n === 0) return b;
  const s = emptySegments(a.n + b.n);
  for (const k of ['start', 'ms', 'hot', 'cold', 'outOfCarton', 'breakBefore'] as const) {
    (s[k] as Float64Array).set(a[k] as Float64Array);
    (s[k] as Float64Array).set(b[k] as Float64Array, a.n);
  }
  return s;
}
