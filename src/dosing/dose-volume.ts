/** One-time dose by weight band (Zolgensma): the band and its dose volume read from the label's table, and the steroid dose. */
import type { Corticosteroid, DoseVolume } from '../catalog/schema-dosing.js';
import { UsageError } from '../errors.js';
import { ageIn, ambiguousAge } from './bands.js';
import { bandKg, bandText, kgText, type Age, type Weight } from './quantity.js';
import { cmp, fromNumber, mul, type Ratio } from './rational.js';

/** The table row applied and the steroid dose. */
export interface DoseVolumeResult {
  band: { fromKg: number; toKg: number; volumeMl: number };
  /** Prednisolone-equivalent mg per day: mg/kg/day x weight, not rounded (the label gives no rounding). */
  steroidMgPerDay: Ratio | null;
}

/** The table row holding the weight, both ends inclusive; a weight outside the table or between two rows is refused. */
export function computeDoseVolume(dv: DoseVolume, steroid: Corticosteroid | undefined, weight: Weight, age: Age | undefined): DoseVolumeResult {
  if (age && dv.population) {
    const fit = ageIn(age, dv.population.age);
    if (fit === 'unknown') throw ambiguousAge(age, [dv.population.age]);
    if (!fit) throw new UsageError(`age ${age.input} is outside the label's population: ${dv.population.text}`, ['the label gives no dose outside it']);
  }
  const w = weight.kg;
  const inside = (b: { fromKg: number; toKg: number }) => cmp(w, fromNumber(b.fromKg)) >= 0 && cmp(w, fromNumber(b.toKg)) <= 0;
  const band = dv.bands.find(inside);
  if (!band) {
    const first = dv.bands[0]!;
    const last = dv.bands.at(-1)!;
    const range = `${bandKg(first.fromKg)} to ${bandKg(last.toKg)} kg`;
    if (cmp(w, fromNumber(first.fromKg)) < 0 || cmp(w, fromNumber(last.toKg)) > 0) {
      throw new UsageError(`weight ${kgText(weight)} is outside the label's dose table (${range})`, ['the label gives no dose volume outside its table; do not extrapolate']);
    }
    const below = [...dv.bands].reverse().find((b) => cmp(w, fromNumber(b.toKg)) > 0)!;
    const above = dv.bands.find((b) => cmp(w, fromNumber(b.fromKg)) < 0)!;
    throw new UsageError(`weight ${kgText(weight)} falls between the label's bands ${bandText(below)} and ${bandText(above)}`, [
      'the table lists weights to 0.1 kg and does not say which band applies; confirm the weight in kg to one decimal',
    ]);
  }
  return { band, steroidMgPerDay: steroid ? mul(fromNumber(steroid.mgPerKgPerDay), w) : null };
}
