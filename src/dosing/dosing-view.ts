/** From a checked request to the one view every output format starts from: the regimen, a dated schedule, a missed-dose plan or a dose by weight. */
import type { Monograph } from '../catalog/schema.js';
import type { MissedDose, Regimen, Schedule } from '../catalog/schema-dosing.js';
import { UsageError } from '../errors.js';
import { formatDate, type CalendarDate } from '../dates/calendar-date.js';
import { computeDailyDose } from './daily-dose.js';
import { computeDoseVolume } from './dose-volume.js';
import { planMissedDose, type MissedDoseInput } from './missed-dose.js';
import type { Age, Weight } from './quantity.js';
import { toNumber } from './rational.js';
import type { DosingRequest } from './request.js';
import { expandPlan, regimenPlan, type Limit } from './schedule.js';
import { assemble, baseView, regimenFor, regimenRules } from './view.js';
import type { DailyDoseView, DoseVolumeView, DosingView, MissedDoseView, MissedRuleView, RegimenView, ScheduleView } from './view.js';

/** The view for a drug and a request. */
export function dosingView(m: Monograph, req: DosingRequest): DosingView {
  const regimen = regimenFor(m, req.region);
  if (req.mode === 'schedule') return scheduleView(m, regimen, req.start, req.limit);
  if (req.mode === 'missed-dose') {
    const input = { lastDose: req.lastDose, today: req.today, ...(req.loadingDose !== undefined ? { loadingDose: req.loadingDose } : {}), ...(req.original ? { original: req.original } : {}) };
    return missedDoseView(m, regimen, input, req.limit);
  }
  if (req.mode === 'weight') return weightView(m, regimen, req.weight, req.age);
  return regimenView(m, regimen);
}

/** The missed-dose rules in reading order: loading, maintenance rows, then rules kept as words. */
const missedRules = (md: MissedDose | undefined): MissedRuleView[] =>
  md ? [...(md.loading ? [md.loading] : []), ...(md.maintenance ?? []), ...(md.rules ?? [])].map(({ situation, action, sources }) => ({ situation, action, sources })) : [];

/** The whole regimen of one region; where its missed-dose rules are not available, the US rules as a labelled reference. */
function regimenView(m: Monograph, regimen: Regimen): RegimenView {
  const md = regimen.missedDose;
  const us = md?.unavailable ? m.dosing?.regimens.find((r) => r.region === 'US' && r !== regimen && missedRules(r.missedDose).length > 0) : undefined;
  const missedDose = { rules: missedRules(md), unavailable: md?.unavailable ?? null, reference: us ? { region: us.region, rules: missedRules(us.missedDose) } : null };
  const bands = (regimen.daily?.bands ?? []).map((b) => ({
    label: b.label,
    dose: b.fixedMg !== undefined ? `${b.fixedMg} mg once daily` : `${b.mgPerKg} mg/kg once daily`,
    sources: b.sources,
  }));
  const doseVolumeTable = (regimen.doseVolume?.bands ?? []).map(({ fromKg, toKg, volumeMl }) => ({ fromKg, toKg, volumeMl }));
  const rest = { mode: 'regimen' as const, phases: regimen.phases, missedDose, monitoring: regimen.monitoring ?? [], bands, doseVolumeTable };
  return assemble(baseView(m, regimen, regimenRules(regimen), [], rest), rest);
}

/** The regimen's schedule, or a usage error saying why this drug has none to date. */
function scheduleOf(m: Monograph, regimen: Regimen): Schedule {
  if (regimen.schedule) return regimen.schedule;
  const hint = regimen.daily || regimen.doseVolume ? 'for a dose by weight use --weight (and --age)' : `read the regimen: monograph dosing ${m.id}`;
  throw new UsageError(`${m.brand} has no repeating schedule to put dates on (${regimen.title})`, [hint]);
}

function scheduleView(m: Monograph, regimen: Regimen, start: CalendarDate, limit: Limit): ScheduleView {
  const schedule = scheduleOf(m, regimen);
  const doses = expandPlan(regimenPlan(schedule, start), limit);
  const rest = { mode: 'schedule' as const, start: formatDate(start), dose: schedule.dose, doses, monitoring: regimen.monitoring ?? [] };
  return assemble(baseView(m, regimen, regimenRules(regimen, 'schedule'), [], rest), rest);
}

/** Which missed-dose rule applies after `lastDose`, and the dated doses it leads to. */
function missedDoseView(m: Monograph, regimen: Regimen, input: MissedDoseInput, limit: Limit): MissedDoseView {
  const schedule = scheduleOf(m, regimen);
  const md = regimen.missedDose;
  if (!md || md.unavailable) {
    const why = md?.unavailable?.text ?? `no missed-dose rules are recorded for ${m.brand} (${regimen.region})`;
    throw new UsageError(why, regimen.region === 'US' ? ['check the current label'] : ['the US label\'s rules apply to the US only: run with --region us to see them, labelled as US']);
  }
  const result = planMissedDose(schedule, md, input);
  const { row } = result;
  const applies = { ...row, text: `${row.situation}: ${row.action}` };
  const rules = [{ id: row.id, text: applies.text, sources: row.sources }, ...regimenRules(regimen, 'schedule')];
  const rest = {
    mode: 'missed-dose' as const,
    lastDose: formatDate(input.lastDose),
    today: formatDate(input.today),
    lastDoseWas: result.lastDoseWas,
    originalSchedule: input.original ? { from: input.original.from, date: formatDate(input.original.date) } : null,
    daysSinceLastDose: result.daysSinceLastDose,
    monthsSinceLastDose: result.monthsSinceLastDose,
    due: formatDate(result.due),
    dueDose: result.dueDose,
    applies,
    planStops: result.plan.maintenance === null,
    dose: schedule.dose,
    doses: expandPlan(result.plan, limit),
    monitoring: regimen.monitoring ?? [],
  };
  return assemble(baseView(m, regimen, rules, result.notes, rest), rest);
}

/** The dose for a weight (and age) under whichever calculator the regimen has. */
function weightView(m: Monograph, regimen: Regimen, weight: Weight, age: Age | undefined): DailyDoseView | DoseVolumeView {
  if (regimen.daily) return dailyDoseView(m, regimen, weight, age);
  if (regimen.doseVolume) return doseVolumeView(m, regimen, weight, age);
  const dose = regimen.schedule ? `: ${regimen.schedule.dose}` : '';
  throw new UsageError(`${m.brand}'s dose does not depend on weight${dose}`, [`read the regimen: monograph dosing ${m.id}`]);
}

const weightOf = (w: Weight) => ({ input: w.input, kg: toNumber(w.kg) });
const ageOf = (a: Age) => ({ input: a.input, months: a.months, days: a.days, unit: a.unit });

/** Said whenever "m" was read as months: in durations the same letter means minutes. */
const ageNotes = (a: Age | undefined) => (a?.bareM ? [`--age ${a.input}: "m" was read as months (in durations "m" means minutes); write "mo" to say months.`] : []);

/** The daily dose by age and weight band (Evrysdi). */
function dailyDoseView(m: Monograph, regimen: Regimen, weight: Weight, age: Age | undefined): DailyDoseView {
  const daily = regimen.daily!;
  const r = computeDailyDose(daily, weight, age);
  const rules = regimenRules(regimen, 'daily').map((rule) => (rule.id === 'daily-dose' ? { ...rule, text: `${daily.rule} Band: ${r.band.label}.`, sources: r.band.sources } : rule));
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

/** The one-time dose volume by weight band (Zolgensma), with its corticosteroid course. */
function doseVolumeView(m: Monograph, regimen: Regimen, weight: Weight, age: Age | undefined): DoseVolumeView {
  const dv = regimen.doseVolume!;
  const steroid = regimen.corticosteroid;
  const r = computeDoseVolume(dv, steroid, weight, age);
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
  return assemble(baseView(m, regimen, regimenRules(regimen, 'doseVolume'), notes, rest), rest);
}
