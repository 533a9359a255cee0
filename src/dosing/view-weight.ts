/** Views of a dose by weight: the daily dose by age band (Evrysdi) or the one-time dose volume by weight band (Zolgensma). */
import type { Monograph } from '../catalog/schema.js';
import type { Regimen } from '../catalog/schema-dosing.js';
import { UsageError } from '../errors.js';
import { computeDailyDose } from './daily-dose.js';
import { computeDoseVolume } from './dose-volume.js';
import type { Age, Weight } from './quantity.js';
import { toNumber } from './rational.js';
import { assemble, baseView, type DailyDoseView, type DoseVolumeView } from './view.js';

/** The dose for a weight (and age) under whichever calculator the regimen has. */
export function weightView(m: Monograph, regimen: Regimen, weight: Weight, age: Age | undefined): DailyDoseView | DoseVolumeView {
  if (regimen.daily) return dailyDoseView(m, regimen, weight, age);
  if (regimen.doseVolume) return doseVolumeView(m, regimen, weight, age);
  const dose = regimen.schedule ? `: ${regimen.schedule.dose}` : '';
  throw new UsageError(`${m.brand}'s dose does not depend on weight${dose}`, [`read the regimen: monograph dosing ${m.id}`]);
}

const weightOf = (w: Weight) => ({ input: w.input, kg: toNumber(w.kg) });
const ageOf = (a: Age) => ({ input: a.input, months: a.months, days: a.days, unit: a.unit });

/** Said whenever "m" was read as months: in durations the same letter means minutes. */
const ageNotes = (a: Age | undefined) => (a?.bareM ? [`--age ${a.input}: "m" was read as months (in durations "m" means minutes); write "mo" to say months.`] : []);

function dailyDoseView(m: Monograph, regimen: Regimen, weight: Weight, age: Age | undefined): DailyDoseView {
  const daily = regimen.daily!;
  const r = computeDailyDose(daily, weight, age);
  const rules = [
    { id: 'daily-dose', text: `${daily.rule} Band: ${r.band.label}.`, sources: r.band.sources },
    { id: 'solution-volume', text: daily.solution.rounding, sources: daily.solution.sources },
    ...(daily.tablet ? [{ id: 'tablet', text: daily.tablet.text, sources: daily.tablet.sources }] : []),
  ];
  const rest = {
    mode: 'daily-dose' as const,
    weight: weightOf(weight),
    age: ageOf(age!),
    band: { id: r.band.id, label: r.band.label, mgPerKg: r.band.mgPerKg ?? null, fixedMg: r.band.fixedMg ?? null, weight: { atLeastKg: r.band.weight?.atLeastKg ?? null, belowKg: r.band.weight?.belowKg ?? null }, sources: r.band.sources },
    dailyDoseMg: toNumber(r.dailyDoseMg),
    concentrationMgPerMl: daily.solution.mgPerMl,
    exactVolumeMl: toNumber(r.exactVolumeMl),
    volumeMl: toNumber(r.volumeMl),
    syringe: { sizeMl: r.syringe.sizeMl, incrementMl: r.syringe.incrementMl },
    tablet: r.tablet && daily.tablet ? { ...r.tablet, sources: daily.tablet.sources } : null,
  };
  return assemble(baseView(m, regimen, rules, ageNotes(age), rest), rest);
}

function doseVolumeView(m: Monograph, regimen: Regimen, weight: Weight, age: Age | undefined): DoseVolumeView {
  const dv = regimen.doseVolume!;
  const steroid = regimen.corticosteroid;
  const r = computeDoseVolume(dv, steroid, weight, age);
  const rules = [
    { id: 'dose-volume', text: dv.rule, sources: dv.sources },
    ...(dv.population ? [{ id: 'population', text: `Population: ${dv.population.text}.`, sources: dv.population.sources }] : []),
    ...(steroid ? [{ id: 'corticosteroid', text: steroid.rule, sources: steroid.sources }] : []),
  ];
  const notes = [
    ...(steroid ? ['The corticosteroid dose is weight × mg/kg/day: the label gives no rounding for it, so it is shown to 0.01 mg here and exact in --json.'] : []),
    ...(dv.population && !age ? [`No --age given: the label's population is ${dv.population.text}`] : []),
    ...ageNotes(age),
  ];
  const rest = {
    mode: 'dose-volume' as const,
    weight: weightOf(weight),
    age: age ? ageOf(age) : null,
    dose: dv.dose,
    band: { fromKg: r.band.fromKg, toKg: r.band.toKg, doseVolumeMl: r.band.volumeMl },
    doseVolumeMl: r.band.volumeMl,
    corticosteroid:
      steroid && r.steroidMgPerDay
        ? { drug: steroid.drug, mgPerKgPerDay: steroid.mgPerKgPerDay, dailyDoseMg: toNumber(r.steroidMgPerDay), startDaysBefore: steroid.startDaysBefore, days: steroid.days, taper: steroid.taper }
        : null,
  };
  return assemble(baseView(m, regimen, rules, notes, rest), rest);
}
