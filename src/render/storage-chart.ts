/** A terminal chart of a log: temperature over time as columns (coldest to warmest per column), with the limits drawn across. */
import type { LogChart } from '../storage/log-summary.js';
import { num } from '../storage/units.js';
import { wrap } from './layout.js';

/** "2026-01-05 08:00 UTC" for 2026-01-05T08:00:00Z; without an offset, the clock time as the log wrote it. */
export const displayTime = (iso: string): string =>
  iso.replace('T', ' ').replace(/:00(\.\d+)?(Z?)$/, '$2').replace(/Z$/, ' UTC');

/** A horizontal line across the chart: base range limits are solid (─ ═), allowance limits dashed or dotted (┄ · ╌ ┈). */
export interface ChartLine {
  c: number;
  label: string;
  kind: 'base' | 'limit';
}

/** Every line gets a glyph of its own, so the chart reads the same without colour. */
const GLYPHS = { base: ['─', '═', '━'], limit: ['┄', '·', '╌', '┈', '⋯'] } as const;

/** One distinct glyph per line, solid for the base range and dashed for allowances, in the order given. */
export function lineGlyphs(lines: readonly ChartLine[]): string[] {
  const taken = new Set<string>();
  return lines.map((l) => {
    const glyph = [...GLYPHS[l.kind], ...GLYPHS.base, ...GLYPHS.limit].find((g) => !taken.has(g)) ?? '-';
    taken.add(glyph);
    return glyph;
  });
}

const HEIGHT = 12;
const AXIS = 8;

/** The chart in at most `width` columns; unknown time shows as ? along the bottom. */
export function renderChart(chart: LogChart, lines: readonly ChartLine[], width: number): string {
  const B = chart.max.length;
  const W = Math.max(10, Math.min(B, width - AXIS - 1));
  const cols = Array.from({ length: W }, (_, c) => {
    const from = Math.floor((c * B) / W);
    const to = Math.max(from + 1, Math.floor(((c + 1) * B) / W));
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    let unknown = false;
    for (let b = from; b < to; b++) {
      lo = Math.min(lo, chart.min[b] ?? Number.POSITIVE_INFINITY);
      hi = Math.max(hi, chart.max[b] ?? Number.NEGATIVE_INFINITY);
      unknown ||= chart.unknown[b] === true;
    }
    return { lo, hi, unknown };
  });
  const values = [...cols.flatMap((c) => (Number.isFinite(c.lo) ? [c.lo, c.hi] : [])), ...lines.map((l) => l.c)];
  const top = Math.ceil(Math.max(...values) + 0.5);
  const bottom = Math.floor(Math.min(...values) - 0.5);
  const step = (top - bottom) / (HEIGHT - 1);
  const rowOf = (c: number) => Math.round((top - c) / step);
  const grid = Array.from({ length: HEIGHT }, () => Array<string>(W).fill(' '));
  const labels = Array<string>(HEIGHT).fill('');
  labels[0] = num(top);
  labels[HEIGHT - 1] = num(bottom);
  const glyph = lineGlyphs(lines);
  for (const i of lines.map((_, i) => i).sort((a, b) => (lines[a]!.kind === lines[b]!.kind ? 0 : lines[a]!.kind === 'limit' ? -1 : 1))) {
    const l = lines[i]!;
    const r = rowOf(l.c);
    grid[r]!.fill(glyph[i]!);
    labels[r] = num(l.c);
  }
  cols.forEach((col, c) => {
    if (Number.isFinite(col.lo)) for (let r = rowOf(col.hi); r <= rowOf(col.lo); r++) grid[r]![c] = '█';
    if (col.unknown) grid[HEIGHT - 1]![c] = '?';
  });
  const body = grid.map((row, r) => `${labels[r]!.padStart(AXIS - 2)} ┤${row.join('')}`.trimEnd());
  const from = displayTime(chart.from);
  const to = displayTime(chart.to);
  const axis = `${' '.repeat(AXIS - 1)}└${'─'.repeat(W)}`;
  const ends = `${' '.repeat(AXIS)}${from}${to.padStart(Math.max(1, W - from.length))}`;
  const legend = `°C; █ temperature counted (coldest to warmest per column), ${lines.map((l, i) => `${glyph[i]} ${l.label}`).join(', ')}${cols.some((c) => c.unknown) ? ', ? unknown' : ''}`;
  return [...body, axis, ends, ...wrap(legend, width)].join('\n');
}
