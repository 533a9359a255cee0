/** Views with dates: the schedule from a first dose (`--start`) and the plan after a last dose (`--last-dose`). */
import type { Monograph } from '../catalog/schema.js';
import type { Regimen, Schedule } from '../catalog/schema-dosing.js';
import { UsageError } from '../errors.js';
import { formatDate, type CalendarDate } from '../dates/calendar-date.js';
import { planMissedDose, type MissedDoseInput } from './missed-dose.js';
import { expandPlan, regimenPlan, type Limit } from './schedule.js';
import { assemble, baseView, type MissedDoseView, type ScheduleView } from './view.js';

/** The regimen's schedule, or a usage error saying why this drug has none to date. */
export function scheduleOf(m: Monograph, regimen: Regimen): Schedule {
  if (regimen.schedule) return regimen.schedule;
  const hint = regimen.daily || regimen.doseVolume ? 'for a dose by weight use --weight (and --age)' : `read the regimen: monograph dosing ${m.id}`;
  throw new UsageError(`${m.brand} has no repeating schedule to put dates on (${regimen.title})`, [hint]);
}

/** The dated schedule from a first dose. */
export function scheduleView(m: Monograph, regimen: Regimen, start: CalendarDate, limit: Limit): ScheduleView {
  const schedule = scheduleOf(m, regimen);
  const doses = expandPlan(regimenPlan(schedule, start), limit);
  const rules = [{ id: 'schedule', text: schedule.rule, sources: schedule.sources }];
  const monitoring = regimen.monitoring ?? [];
  const rest = { mode: 'schedule' as const, start: formatDate(start), dose: schedule.dose, doses, monitoring };
  return assemble(baseView(m, regimen, rules, [], rest), rest);
}

/** Which missed-dose rule applies after `lastDose`, and the dated doses it leads to. */
export function missedDoseView(m: Monograph, regimen: Regimen, input: MissedDoseInput, limit: Limit): MissedDoseView {
  const schedule = scheduleOf(m, regimen);
  const md = regimen.missedDose;
  if (!md || md.unavailable) {
    const why = md?.unavailable?.text ?? `no missed-dose rules are recorded for ${m.brand} (${regimen.region})`;
    throw new UsageError(why, regimen.region === 'US' ? ['check the current label'] : ['the US label\'s rules apply to the US only: run with --region us to see them, labelled as US']);
  }
  const result = planMissedDose(schedule, md, input);
  const { row } = result;
  const applies = { ...row, text: `${row.situation}: ${row.action}` };
  const rules = [{ id: row.id, text: applies.text, sources: row.sources }, { id: 'schedule', text: schedule.rule, sources: schedule.sources }];
  const doses = expandPlan(result.plan, limit);
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
    doses,
    monitoring: regimen.monitoring ?? [],
  };
  return assemble(baseView(m, regimen, rules, result.notes, rest), rest);
}
