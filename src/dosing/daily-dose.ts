/** Once-daily dose by age and weight (Evrysdi): the band, the mg dose, the oral-solution volume by the label's syringe rule, the tablet. */
import type { DailyBand, DailyDose, Syringe } from '../catalog/schema-dosing.js';
import { UsageError } from '../errors.js';
import { ageIn, pickBand, weightIn } from './bands.js';
import { kgText, type Age, type Weight } from './quantity.js';
import { cmp, div, fromNumber, mul, roundToStep, toDecimal, type Ratio } from './rational.js';

/** The band applied, the exact and measured amounts, the syringe, and whether the tablet applies. */
export interface DailyDoseResult {
  band: DailyBand;
  dailyDoseMg: Ratio;
  /** mg / (mg/mL), before any rounding. */
  exactVolumeMl: Ratio;
  /** Rounded to the nearest mark of the chosen syringe, as the label says. */
  volumeMl: Ratio;
  syringe: Syringe;
  tablet: { applies: boolean; strengthMg: number; text: string } | null;
}

/** The label's daily dose for a weight and an age; refuses what the label's bands or syringe table do not cover. */
export function computeDailyDose(daily: DailyDose, weight: Weight, age: Age | undefined): DailyDoseResult {
  if (!age) throw new UsageError('--age is required: the label sets this dose by age and weight', ['e.g. --weight 7.5kg --age 5mo']);
  const band = pickBand(daily.bands, age, weight);
  const dailyDoseMg = band.fixedMg !== undefined ? fromNumber(band.fixedMg) : mul(fromNumber(band.mgPerKg!), weight.kg);
  if (daily.maximum && cmp(dailyDoseMg, fromNumber(daily.maximum.mgPerDay)) > 0) {
    const how = band.mgPerKg !== undefined ? `${band.mgPerKg} mg/kg × ${kgText(weight)}` : band.label;
    throw new UsageError(`the computed dose, ${toDecimal(dailyDoseMg).text} mg (${how}, band "${band.label}"), is above the label's maximum of ${daily.maximum.mgPerDay} mg/day: ${daily.maximum.text}`, [
      'the label does not say to cap a dose by weight at the maximum, so this tool does not: decide the dose with the prescriber',
    ]);
  }
  const exactVolumeMl = div(dailyDoseMg, fromNumber(daily.solution.mgPerMl));
  const { syringe, volumeMl } = chooseSyringe(daily.solution.syringes, exactVolumeMl, `a ${toDecimal(dailyDoseMg).text} mg dose (${kgText(weight)})`);
  const tablet = daily.tablet ? { applies: ageIn(age, daily.tablet.age) === true && weightIn(weight, daily.tablet.weight), strengthMg: daily.tablet.strengthMg, text: daily.tablet.text } : null;
  return { band, dailyDoseMg, exactVolumeMl, volumeMl, syringe, tablet };
}

/**
 * The smallest syringe whose range holds the volume once rounded to that syringe's marks (the label: "round the dose
 * volume to the closest increment marked on the selected oral syringe"). A volume no syringe row holds, or one exactly
 * halfway between two marks, is refused: the label does not say what to do with it.
 */
export function chooseSyringe(syringes: readonly Syringe[], exact: Ratio, what: string): { syringe: Syringe; volumeMl: Ratio } {
  const ml = (r: Ratio) => `${toDecimal(r, 4).text}${toDecimal(r, 4).exact ? '' : '…'} mL`;
  for (const syringe of syringes) {
    const { value, tie } = roundToStep(exact, fromNumber(syringe.incrementMl));
    if (cmp(value, fromNumber(syringe.fromMl)) < 0 || cmp(value, fromNumber(syringe.toMl)) > 0) continue;
    if (tie) {
      throw new UsageError(`the volume of ${what}, ${ml(exact)}, lies exactly halfway between two ${syringe.incrementMl} mL marks of the ${syringe.sizeMl} mL syringe`, [
        'the label does not say which way to round a tie; decide with the prescriber',
      ]);
    }
    return { syringe, volumeMl: value };
  }
  const table = syringes.map((s) => `${s.sizeMl} mL syringe: ${s.fromMl} to ${s.toMl} mL`).join('; ');
  throw new UsageError(`the volume of ${what}, ${ml(exact)}, is outside every row of the label's syringe table (${table})`, [
    'the label gives no syringe or rounding for it; measure as the current Instructions for Constitution say, with the prescriber',
  ]);
}
