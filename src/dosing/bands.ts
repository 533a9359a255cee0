/** Whether an age or a weight lies inside a band of the label; `unknown` when the calendar decides it (see `ageBelow`). */
import type { AgeRange, WeightRange } from '../catalog/schema-dosing.js';
import { UsageError } from '../errors.js';
import { ageBelow, ageSpanText, ageText, kgText, type Age, type Weight } from './quantity.js';
import { cmp, fromNumber } from './rational.js';

/** Inside, outside, or not decidable without the date of birth. */
export type Fit = boolean | 'unknown';

/** Whether `age` is inside `range` (from `atLeastMonths`, below `belowMonths`). */
export function ageIn(age: Age, range: AgeRange): Fit {
  const checks: Fit[] = [];
  if (range.atLeastMonths !== undefined) {
    const below = ageBelow(age, range.atLeastMonths);
    checks.push(below === 'unknown' ? below : !below);
  }
  if (range.belowMonths !== undefined) checks.push(ageBelow(age, range.belowMonths));
  return checks.includes(false) ? false : checks.includes('unknown') ? 'unknown' : true;
}

/** Whether `weight` is inside `range` (from `atLeastKg`, below `belowKg`), exactly. */
export function weightIn(weight: Weight, range: WeightRange | undefined): boolean {
  if (!range) return true;
  if (range.atLeastKg !== undefined && cmp(weight.kg, fromNumber(range.atLeastKg)) < 0) return false;
  return !(range.belowKg !== undefined && cmp(weight.kg, fromNumber(range.belowKg)) >= 0);
}

/** The one item whose bands hold age and weight; refuses when none, several, or the calendar would decide. */
export function pickBand<T extends { age: AgeRange; weight?: WeightRange | undefined; label: string }>(bands: readonly T[], age: Age, weight: Weight): T {
  const fits = bands.map((b) => ({ b, fit: weightIn(weight, b.weight) ? ageIn(age, b.age) : false }));
  const unsure = fits.filter((f) => f.fit === 'unknown');
  if (unsure.length > 0) throw ambiguousAge(age, unsure.map((f) => f.b.age));
  const hits = fits.filter((f) => f.fit === true);
  const who = `age ${ageText(age)} and weight ${kgText(weight)}`;
  if (hits.length === 0) throw new UsageError(`no band of the label covers ${who}`, [`the label's bands: ${bands.map((b) => b.label).join('; ')}`]);
  if (hits.length > 1) throw new UsageError(`several bands of the label cover ${who}: ${hits.map((h) => h.b.label).join('; ')}`, ['the data is ambiguous; check the current label']);
  return hits[0]!.b;
}

/** The refusal for an age whose unit is coarser than a band edge it may straddle, or whose days the calendar decides. */
export function ambiguousAge(age: Age, ranges: readonly AgeRange[]): UsageError {
  const all = ranges.flatMap((r) => [r.atLeastMonths, r.belowMonths]).filter((m): m is number => m !== undefined);
  const edges = [...new Set(all)].sort((a, b) => a - b);
  const straddled = edges.filter((m) => ageBelow(age, m) === 'unknown');
  const words = (ms: number[]) => ms.map(monthsText).join(' and ');
  const what = age.unit === 'd' ? `age ${ageText(age)}` : `age ${age.input} (${ageSpanText(age)})`;
  const why = age.unit === 'd' ? 'depending on the calendar months it spans' : 'so it cannot be placed in one band';
  return new UsageError(`${what} may be under or over ${words(straddled)}, ${why}; the label's bands change at ${words(edges)}`, [
    'give the age counted from the date of birth in days or in whole months, e.g. --age 45d or --age 5mo (or 1y11mo)',
  ]);
}

const monthsText = (m: number) => (m % 12 === 0 ? `${m / 12} year${m === 12 ? '' : 's'}` : `${m} month${m === 1 ? '' : 's'}`);
