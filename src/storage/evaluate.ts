/** Walks the segments once under one rule group and totals what each band and allowance used. */
import type { RuleGroup } from './rules.js';
import type { Segments } from './segments.js';
import { ABOVE, BASE, BELOW, classifier, fitsMax, OUT_OF_CARTON, packagingFits, UNKNOWN } from './classify.js';

/** The lowest band code, so that code - LOWEST indexes an array. */
const LOWEST = Math.min(BASE, ABOVE, BELOW, UNKNOWN, OUT_OF_CARTON);

/** One stretch of time out of the base condition (a return to it ends the stretch). */
export interface Period {
  /** Epoch ms, or NaN for a typed excursion. */
  start: number;
  ms: number;
  maxC: number;
  returned: boolean;
}

/** What a walk found, keyed by band code (see classify.ts). */
export interface Tally {
  bandMs: Map<number, number>;
  bandHot: Map<number, number>;
  bandCold: Map<number, number>;
  /** Per allowance: time used, counted all together. */
  cumulativeMs: number[];
  /** Per allowance: the longest single period's time. */
  longestMs: number[];
  /** Per allowance: how many periods that used it ended with a return to the base condition. */
  returns: number[];
  /** Per allowance: the warmest °C of a period that used it and then went back (−Infinity if none). */
  returnedHot: number[];
  /** Per allowance: time its packaging matched but its temperature was exceeded (such time counts against it), and the warmest °C. */
  exceededMs: number[];
  exceededHot: number[];
  /** Time out of the base condition on the warm side (allowances and above), and its warmest °C. */
  outMs: number;
  outHot: number;
  periods: number;
  /** The first periods, for the report. */
  firstPeriods: Period[];
  warmest: number;
  coldest: number;
}

const KEEP_PERIODS = 10;

/** Totals `s` under `g`: one pass, constant memory per allowance. */
export function tally(g: RuleGroup, s: Segments): Tally {
  const classify = classifier(g.condition, g.allowances);
  const k = g.allowances.length;
  const t: Tally = {
    bandMs: new Map(),
    bandHot: new Map(),
    bandCold: new Map(),
    cumulativeMs: Array<number>(k).fill(0),
    longestMs: Array<number>(k).fill(0),
    returns: Array<number>(k).fill(0),
    returnedHot: Array<number>(k).fill(Number.NEGATIVE_INFINITY),
    exceededMs: Array<number>(k).fill(0),
    exceededHot: Array<number>(k).fill(Number.NEGATIVE_INFINITY),
    outMs: 0,
    outHot: Number.NEGATIVE_INFINITY,
    periods: 0,
    firstPeriods: [],
    warmest: Number.NEGATIVE_INFINITY,
    coldest: Number.POSITIVE_INFINITY,
  };
  // Per band (code + LOWEST, see classify.ts): typed arrays in the loop, one Map each at the end.
  const bands = k + 1 - LOWEST;
  const bandMs = new Float64Array(bands);
  const bandHot = new Float64Array(bands).fill(Number.NaN);
  const bandCold = new Float64Array(bands).fill(Number.NaN);
  const current = new Float64Array(k);
  let open: Period | undefined;
  let openMask: boolean[] = [];
  const close = (returned: boolean) => {
    if (!open) return;
    open.returned = returned;
    for (let j = 0; j < k; j++) {
      t.longestMs[j] = Math.max(t.longestMs[j]!, current[j]!);
      if (returned && openMask[j]) {
        t.returns[j]!++;
        t.returnedHot[j] = Math.max(t.returnedHot[j]!, open.maxC);
      }
    }
    current.fill(0);
    open = undefined;
  };
  for (let i = 0; i < s.n; i++) {
    const hot = s.hot[i]!;
    const cold = s.cold[i]!;
    const ms = s.ms[i]!;
    const band = classify(hot, cold, s.outOfCarton[i]!);
    const b = band - LOWEST;
    bandMs[b]! += ms;
    if (band !== UNKNOWN) {
      if (hot > t.warmest) t.warmest = hot;
      if (cold < t.coldest) t.coldest = cold;
      if (!(hot <= bandHot[b]!)) bandHot[b] = hot; // NaN (none yet) or warmer
      if (!(cold >= bandCold[b]!)) bandCold[b] = cold;
    }
    if (s.breakBefore[i] === 1) close(true);
    if (band === BASE) {
      close(true);
      continue;
    }
    if (!open) {
      open = { start: s.start[i]!, ms: 0, maxC: Number.NEGATIVE_INFINITY, returned: false };
      openMask = Array<boolean>(k).fill(false);
      t.periods++;
      if (t.firstPeriods.length < KEEP_PERIODS) t.firstPeriods.push(open);
    }
    open.ms += ms;
    if (band !== UNKNOWN) open.maxC = Math.max(open.maxC, hot);
    if (band > 0) {
      t.cumulativeMs[band - 1]! += ms;
      current[band - 1]! += ms;
      openMask[band - 1] = true;
    }
    if (band > 0 || band === ABOVE) {
      t.outMs += ms;
      t.outHot = Math.max(t.outHot, hot);
    }
    if (band === ABOVE) {
      const out = s.outOfCarton[i]! > 0;
      for (let j = 0; j < k; j++) {
        const a = g.allowances[j]!;
        if (!packagingFits(a, out) || fitsMax(a, hot)) continue;
        t.exceededMs[j]! += ms;
        t.exceededHot[j] = Math.max(t.exceededHot[j]!, hot);
        current[j]! += ms;
      }
    }
  }
  close(false);
  // Only the bands some time fell in, as the Maps had them.
  for (let b = 0; b < bands; b++) {
    if (bandMs[b] === 0) continue; // every segment lasts more than 0 ms
    t.bandMs.set(b + LOWEST, bandMs[b]!);
    if (!Number.isNaN(bandHot[b]!)) t.bandHot.set(b + LOWEST, bandHot[b]!);
    if (!Number.isNaN(bandCold[b]!)) t.bandCold.set(b + LOWEST, bandCold[b]!);
  }
  return t;
}
