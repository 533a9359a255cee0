/** A log's readings as segments to check, and the facts about the log a pharmacist should see beside the verdict. */
import { UsageError } from '../errors.js';
import type { Readings } from './log.js';
import { gapRule, intervalCounts, medianInterval } from './interval.js';
import type { Timeline } from './interval.js';
import { logSegments, toTimeline, type Segments } from './segments.js';

/** A log as read, with how to count it. */
export interface LogInput {
  name: string;
  readings: Readings;
  maxGapMs?: number;
  outOfCarton: boolean;
}

/** Temperature over time in fixed buckets (a renderer re-buckets them to its width); null where a bucket has no reading. */
export interface LogChart {
  from: string;
  to: string;
  bucketMinutes: number;
  min: (number | null)[];
  max: (number | null)[];
  /** Buckets that hold time of unknown temperature. */
  unknown: boolean[];
}

/** The facts about a log shown beside the verdict (the JSON `check.log`). */
export interface LogSummary {
  file: string;
  columns: { time: string; temp: string };
  separator: string;
  unit: 'C' | 'F';
  unitFrom: 'option' | 'header';
  rows: number;
  missing: number;
  duplicates: number;
  unsorted: boolean;
  /** Whether timestamps carry a UTC offset; without one, times are the logger's clock time. */
  offsets: boolean;
  outOfCarton: boolean;
  from: string;
  to: string;
  medianIntervalMinutes: number;
  /** The logger's interval that sets the gap rule: declared in the file, else the most common; null when neither is known. */
  intervalMinutes: number | null;
  intervalFrom: 'declared' | 'most-common' | null;
  /** The longest interval still counted; 0 when no interval is known (every interval between readings is unknown). */
  maxGapMinutes: number;
  maxGapFrom: 'option' | 'declared' | 'most-common' | 'none';
  gaps: number;
  gapMinutes: number;
  missingMinutes: number;
  warmest: { c: number; at: string } | null;
  coldest: { c: number; at: string } | null;
  chart: LogChart;
}

const CHART_BUCKETS = 120;

/** ISO 8601 date-time: with `Z` when the log gave offsets, else the clock time as written. */
export function formatTime(ms: number, offsets: boolean): string {
  const iso = new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
  return offsets ? iso : iso.replace(/Z$/, '');
}

/** Sorts and merges the readings, cuts them into segments, and describes the log. */
export function summarizeLog(input: LogInput): { segments: Segments; summary: LogSummary } {
  const r = input.readings;
  const tl = toTimeline(r);
  if (tl.n < 2) throw new UsageError(`${input.name}: the log needs at least two readings at different times (found ${tl.n})`);
  const counts = intervalCounts(tl);
  const rule = gapRule(tl, counts, r.declaredIntervalMs, input.maxGapMs);
  const { segments, unknowns } = logSegments(tl, rule.maxGapMs, input.outOfCarton);
  const at = (ms: number) => formatTime(ms, r.offsets);
  const extremes = extremesOf(tl);
  const min = (ms: number) => ms / 60_000;
  return {
    segments,
    summary: {
      file: input.name,
      columns: r.columns,
      separator: r.separator,
      unit: r.unit,
      unitFrom: r.unitFrom,
      rows: r.n,
      missing: r.missing,
      duplicates: tl.duplicates,
      unsorted: tl.unsorted,
      offsets: r.offsets,
      outOfCarton: input.outOfCarton,
      from: at(tl.t[0]!),
      to: at(tl.t[tl.n - 1]!),
      medianIntervalMinutes: min(medianInterval(counts)),
      intervalMinutes: rule.intervalMs === null ? null : min(rule.intervalMs),
      intervalFrom: rule.intervalFrom,
      maxGapMinutes: min(rule.maxGapMs),
      maxGapFrom: rule.maxGapFrom,
      gaps: unknowns.gaps,
      gapMinutes: min(unknowns.gapMs),
      missingMinutes: min(unknowns.missingMs),
      warmest: extremes.warm ? { c: extremes.warm.c, at: at(extremes.warm.t) } : null,
      coldest: extremes.cold ? { c: extremes.cold.c, at: at(extremes.cold.t) } : null,
      chart: chartOf(tl, segments, at),
    },
  };
}

function extremesOf(tl: Timeline) {
  let warm: { c: number; t: number } | undefined;
  let cold: { c: number; t: number } | undefined;
  for (let i = 0; i < tl.n; i++) {
    if (!Number.isNaN(tl.warm[i]!) && (!warm || tl.warm[i]! > warm.c)) warm = { c: tl.warm[i]!, t: tl.t[i]! };
    if (!Number.isNaN(tl.cold[i]!) && (!cold || tl.cold[i]! < cold.c)) cold = { c: tl.cold[i]!, t: tl.t[i]! };
  }
  return { warm, cold };
}

function chartOf(tl: Timeline, s: Segments, at: (ms: number) => string): LogChart {
  const t0 = tl.t[0]!;
  const span = tl.t[tl.n - 1]! - t0;
  const bucketMs = span / CHART_BUCKETS;
  const index = (ms: number) => Math.max(0, Math.min(CHART_BUCKETS - 1, Math.floor((ms - t0) / bucketMs)));
  const min: (number | null)[] = Array(CHART_BUCKETS).fill(null);
  const max: (number | null)[] = Array(CHART_BUCKETS).fill(null);
  const unknown: boolean[] = Array(CHART_BUCKETS).fill(false);
  // Each segment fills the buckets it spans with the temperatures it counts at, so sparse readings leave no holes.
  for (let i = 0; i < s.n; i++) {
    const last = index(s.start[i]! + s.ms[i]! * 0.999_999);
    const hot = s.hot[i]!;
    const cold = s.cold[i]!;
    for (let b = index(s.start[i]!); b <= last; b++) {
      if (Number.isNaN(hot)) unknown[b] = true;
      else {
        max[b] = Math.max(max[b] ?? Number.NEGATIVE_INFINITY, hot);
        min[b] = Math.min(min[b] ?? Number.POSITIVE_INFINITY, cold);
      }
    }
  }
  return { from: at(t0), to: at(t0 + span), bucketMinutes: bucketMs / 60_000, min, max, unknown };
}
