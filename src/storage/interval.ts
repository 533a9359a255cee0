/**
 * The logger's interval, which decides how long a gap between two readings may be and still count: the interval the
 * file declares, else the most common time between readings. Neither depends on the length of any one hole.
 */

/** A log's readings sorted by time, one entry per distinct timestamp (duplicates merged: warmest and coldest kept, a blank wins). */
export interface Timeline {
  n: number;
  t: Float64Array;
  warm: Float64Array;
  cold: Float64Array;
  duplicates: number;
  unsorted: boolean;
}

/** Fewer distinct readings than this and the most common interval proves nothing: time between readings is unknown. */
export const MIN_READINGS_FOR_INTERVAL = 10;

/** The whole key, so "Alarm interval" or "Baud rate" is never read as the logging interval. */
const KEY = /^(?:(?:log(?:ging)?|sampl(?:e|ing)|record(?:ing)?|measur(?:e|ing|ement))[ _-]?(?:interval|rate)|interval|(?:mess|log|aufzeichnungs)?intervall)$/i;
const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const AMOUNT = /^(\d{1,5}(?:[.,]\d{1,3})?)\s*(s|sec|secs|seconds?|m|min|mins|minutes?|h|hrs?|hours?|std|stunden?)\.?$/i;

/** The interval a metadata line above the header declares ("Logging interval: 5 min", "Interval;00:05:00"), in ms. */
export function declaredInterval(line: string): number | undefined {
  const m = /^\s*"?([^:;=,\t"]*)"?\s*[:;=,\t]\s*"?([^"]*?)"?\s*[;,\t]*\s*$/.exec(line);
  if (!m || !KEY.test(m[1]!.trim())) return undefined;
  const value = m[2]!.trim();
  const clock = CLOCK.exec(value);
  let ms: number | undefined;
  if (clock) ms = ((Number(clock[1]) * 60 + Number(clock[2])) * 60 + Number(clock[3] ?? 0)) * 1000;
  const amount = AMOUNT.exec(value);
  if (amount) {
    const unit = amount[2]!.toLowerCase();
    const per = unit.startsWith('s') && !unit.startsWith('st') ? 1000 : unit.startsWith('m') ? 60_000 : 3_600_000;
    ms = Math.round(Number(amount[1]!.replace(',', '.')) * per);
  }
  return ms !== undefined && ms > 0 ? ms : undefined;
}

/** How often each time between consecutive readings occurs (ms → count): one pass, a few entries for a regular logger. */
export function intervalCounts(tl: Timeline): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 1; i < tl.n; i++) {
    const dt = tl.t[i]! - tl.t[i - 1]!;
    counts.set(dt, (counts.get(dt) ?? 0) + 1);
  }
  return counts;
}

/** The median time between readings (0 with fewer than two): a fact shown about the log, not the gap rule. */
export function medianInterval(counts: Map<number, number>): number {
  const keys = [...counts.keys()].sort((a, b) => a - b);
  const total = keys.reduce((sum, k) => sum + counts.get(k)!, 0);
  if (total === 0) return 0;
  const at = (rank: number) => {
    let seen = 0;
    for (const k of keys) if ((seen += counts.get(k)!) > rank) return k;
    return keys[keys.length - 1]!;
  };
  return total % 2 === 1 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}

/** The most common time between readings, to the second (the shorter on a tie); undefined with too few readings. */
export function mostCommonInterval(counts: Map<number, number>, readings: number): number | undefined {
  if (readings < MIN_READINGS_FOR_INTERVAL) return undefined;
  const rounded = new Map<number, number>();
  for (const [dt, n] of counts) {
    const key = dt >= 1000 ? Math.round(dt / 1000) * 1000 : dt;
    rounded.set(key, (rounded.get(key) ?? 0) + n);
  }
  let best = 0;
  let bestCount = 0;
  for (const [key, n] of rounded) if (n > bestCount || (n === bestCount && key < best)) [best, bestCount] = [key, n];
  return best;
}

/** How the gap rule was set: the longest interval still counted, and where it came from. */
export interface GapRule {
  intervalMs: number | null;
  intervalFrom: 'declared' | 'most-common' | null;
  /** 0 when no interval could be established: then every interval between readings is unknown. */
  maxGapMs: number;
  maxGapFrom: 'option' | 'declared' | 'most-common' | 'none';
}

/** `--max-gap`, else twice the declared interval, else twice the most common one, else none (all time between readings unknown). */
export function gapRule(tl: Timeline, counts: Map<number, number>, declaredMs: number | undefined, optionMs: number | undefined): GapRule {
  const common = declaredMs === undefined ? mostCommonInterval(counts, tl.n) : undefined;
  const intervalMs = declaredMs ?? common ?? null;
  const intervalFrom = declaredMs !== undefined ? 'declared' : common !== undefined ? 'most-common' : null;
  if (optionMs !== undefined) return { intervalMs, intervalFrom, maxGapMs: optionMs, maxGapFrom: 'option' };
  if (intervalMs === null) return { intervalMs, intervalFrom, maxGapMs: 0, maxGapFrom: 'none' };
  return { intervalMs, intervalFrom, maxGapMs: 2 * intervalMs, maxGapFrom: intervalFrom! };
}
