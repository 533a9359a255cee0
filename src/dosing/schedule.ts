/** Dated schedules: explicit doses (loading, a missed dose, extra doses), then maintenance counted from one anchor dose. */
import type { Interval, Schedule } from '../catalog/schema-dosing.js';
import { UsageError } from '../errors.js';
import { addDays, addMonths, daysBetween, formatDate, weekday, type CalendarDate, type Weekday } from '../dates/calendar-date.js';

/** Most rows a schedule may have. */
export const MAX_ROWS = 1000;

/** `additional` is an extra dose of a missed-dose rule (the label's word). */
export type DoseKind = 'loading' | 'maintenance' | 'additional';

/** A dose before numbering: its date, kind and what it is ("loading dose 2 of 4"). */
export interface PlannedDose {
  date: CalendarDate;
  kind: DoseKind;
  label: string;
}

/** Maintenance from an anchor: dose k falls `k x every` after the anchor, k = firstStep, firstStep + 1, ... */
export interface Maintenance {
  anchor: CalendarDate;
  every: Interval;
  firstStep: number;
}

/** Doses to give in order, then (unless null) maintenance that goes on without end. */
export interface Plan {
  doses: PlannedDose[];
  maintenance: Maintenance | null;
}

/** How many rows: a count, every dose up to a date, or the default (the plan's doses and two years of maintenance). */
export type Limit = { count: number } | { until: CalendarDate } | { years: 2 };

/** One row of a dated schedule, as views and JSON carry it. */
export interface DoseRow {
  n: number;
  date: string;
  weekday: Weekday;
  kind: DoseKind;
  day: number;
  label: string;
}

/** `k` intervals after `anchor`: whole days, or whole months counted from the anchor (so monthly steps never drift). */
export const stepFrom = (anchor: CalendarDate, every: Interval, k: number): CalendarDate =>
  every.months !== undefined ? addMonths(anchor, every.months * k) : addDays(anchor, (every.days ?? 0) * k);

/** Loading doses `from`..last starting on `first`, each later one a gap after the one before. */
export function loadingDoses(schedule: Schedule, first: CalendarDate, from = 1): PlannedDose[] {
  const total = schedule.loadingGaps.length + 1;
  const out: PlannedDose[] = [];
  let date = first;
  for (let n = from; n <= total; n++) {
    if (n > from) date = stepFrom(date, schedule.loadingGaps[n - 2]!, 1);
    out.push({ date, kind: 'loading', label: `loading dose ${n} of ${total}` });
  }
  return out;
}

/** The label's regimen from a first dose: every loading dose, then maintenance from the last of them. */
export function regimenPlan(schedule: Schedule, start: CalendarDate): Plan {
  const doses = loadingDoses(schedule, start);
  return { doses, maintenance: { anchor: doses.at(-1)!.date, every: schedule.maintenanceEvery, firstStep: 1 } };
}

/** Numbers the plan's doses up to the limit; day numbers count from the first row (day 0). More than MAX_ROWS is a usage error. */
export function expandPlan(plan: Plan, limit: Limit): DoseRow[] {
  const dates: PlannedDose[] = [];
  const end = 'until' in limit ? limit.until : 'years' in limit ? endOfDefault(plan) : undefined;
  const wanted = 'count' in limit ? limit.count : Infinity;
  const take = (d: PlannedDose) => {
    if (dates.length >= wanted || (end !== undefined && d.date > end)) return false;
    if (dates.length === MAX_ROWS) throw tooMany(limit);
    dates.push(d);
    return true;
  };
  for (const d of plan.doses) if (!take(d)) break;
  if (plan.maintenance && dates.length === plan.doses.length) {
    const { anchor, every, firstStep } = plan.maintenance;
    for (let k = firstStep; take({ date: stepFrom(anchor, every, k), kind: 'maintenance', label: 'maintenance dose' }); k++);
  }
  const first = dates[0]?.date;
  return dates.map((d, i) => ({ n: i + 1, date: formatDate(d.date), weekday: weekday(d.date), kind: d.kind, label: d.label, day: daysBetween(first!, d.date) }));
}

/** The default end: two years after the last planned dose (or after the maintenance anchor when nothing comes first). */
function endOfDefault(plan: Plan): CalendarDate | undefined {
  const from = plan.doses.at(-1)?.date ?? plan.maintenance?.anchor;
  return from === undefined ? undefined : addMonths(from, 24);
}

function tooMany(limit: Limit): UsageError {
  const asked = 'until' in limit ? `up to ${formatDate(limit.until)}` : 'asked for';
  return new UsageError(`the schedule ${asked} has more than ${MAX_ROWS} doses`, [`ask for fewer: --count ${MAX_ROWS} at most, or an earlier --until`]);
}
