/** Which rule a stretch of time falls under: the base condition, one allowance, or none (above, below, unknown). */
import type { Allowance, Condition } from '../catalog/schema-storage.js';
import { formatC } from './units.js';

/** Band codes: time in the base condition, above or below it with no allowance, unknown, or out of its carton in range; allowance j is band j + 1. */
export const BASE = 0;
export const ABOVE = -1;
export const BELOW = -2;
export const UNKNOWN = -3;
export const OUT_OF_CARTON = -4;

/** Whether `c` is within an allowance's upper limit ("at or below" unless the source says "below"). */
export const fitsMax = (a: Pick<Allowance, 'maxC' | 'maxInclusive'>, c: number): boolean => (a.maxInclusive ? c <= a.maxC : c < a.maxC);

/** Whether an allowance covers a period in (false) or out of (true) its carton. */
export const packagingFits = (a: Allowance, out: boolean): boolean => a.packaging === 'any' || a.packaging === (out ? 'out-of-carton' : 'in-carton');

/**
 * A function from (warmest °C, coldest °C, carton code: 0 in, 1 out, 2 out only when out of the base condition) to a band. Time within the base range is base; otherwise the
 * allowance whose range covers both temperatures and whose upper limit is lowest (the tightest that fits); an allowance
 * without its own lower limit covers only time above the base range, never below it.
 */
export function classifier(cond: Condition, allowances: readonly Allowance[]): (hot: number, cold: number, carton: number) => number {
  const byLimit = allowances.map((a, j) => ({ a, band: j + 1 })).sort((x, y) => x.a.maxC - y.a.maxC);
  const baseMin = cond.minC ?? Number.NEGATIVE_INFINITY;
  return (hot, cold, carton) => {
    if (Number.isNaN(hot) || Number.isNaN(cold)) return UNKNOWN;
    const below = cold < baseMin;
    if (!below && (cond.maxInclusive === false ? hot < cond.maxC : hot <= cond.maxC)) return carton === 1 && cond.inCarton ? OUT_OF_CARTON : BASE;
    const out = carton > 0;
    for (const { a, band } of byLimit) {
      if (!packagingFits(a, out) || !fitsMax(a, hot)) continue;
      if (a.minC !== undefined ? cold >= a.minC : !below) return band;
    }
    return below ? BELOW : ABOVE;
  };
}

/** "2–8 °C", "at or below 25 °C", "−60 °C or colder". */
export function rangeText(minC: number | undefined, maxC: number, maxInclusive = true): string {
  if (minC === undefined) return `${maxInclusive ? 'at or below' : 'below'} ${formatC(maxC)}`;
  return `${formatC(minC).replace(' °C', '')}–${maxInclusive ? '' : 'below '}${formatC(maxC)}`;
}

/** What an allowance covers, in words: "above 8 °C up to 30 °C, in the original carton". */
export function coverageText(a: Allowance, cond: Condition): string {
  const upper = `${a.maxInclusive ? 'up to' : 'and below'} ${formatC(a.maxC)}`;
  const range = a.minC !== undefined ? `${formatC(a.minC)} ${a.maxInclusive ? 'to' : 'up to below'} ${formatC(a.maxC)}` : `above ${formatC(cond.maxC)} ${upper}`;
  const where = a.packaging === 'in-carton' ? ', in the original carton' : a.packaging === 'out-of-carton' ? ', out of the carton' : '';
  return `${range}${where}`;
}

/** How an allowance's periods are counted, in words. */
export function countingText(a: Allowance): string {
  if (!a.duration) return a.assumedLimit ? 'periods added up' : 'no time limit stated';
  if (a.counting === 'single-period') return 'one single period';
  if (a.counting === 'cumulative') return 'all periods added up';
  return 'periods added up (the source does not say; the stricter reading)';
}

/** Whether it may go back to its base condition (the refrigerator, or for a frozen state the freezer), in words. */
export function returnText(a: Allowance, place: Condition['place'] = 'refrigerator'): string {
  const where = place === 'freezer' ? 'the freezer' : 'the refrigerator';
  if (a.returnToFridge === 'not-allowed') return `may not go back to ${where}${place === 'freezer' ? ' (do not refreeze)' : ''}`;
  if (a.returnToFridge === 'not-stated') return `the source does not say whether it may go back to ${where}`;
  if (a.returnToFridge === 'not-applicable') return 'may go back to its base condition';
  return a.returnBelowC === undefined ? `may go back to ${where}` : `may go back to ${where} only if kept below ${formatC(a.returnBelowC)}`;
}
