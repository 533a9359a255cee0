/** The delayed or missed dose planner: which rule applies since the last dose, and the dated doses that follow from it. */
import type { Interval, MissedDose, Schedule } from '../catalog/schema-dosing.js';
import type { SourceRef } from '../catalog/schema-common.js';
import { UsageError } from '../errors.js';
import { addDays, daysBetween, formatDate, wholeMonthsBetween, type CalendarDate } from '../dates/calendar-date.js';
import { loadingDoses, regimenPlan, stepFrom, type Plan, type PlannedDose } from './schedule.js';

/** What the planner is told: the last dose given, today, and whether that dose was loading dose n. */
export interface MissedDoseInput {
  lastDose: CalendarDate;
  today: CalendarDate;
  loadingDose?: number;
}

/** The rule that applies, in the label's words, with its sources. */
export interface AppliedRow {
  id: string;
  situation: string;
  action: string;
  sources: SourceRef[];
}

/** The planner's answer: what the last dose was, how long ago, the rule that applies, and the plan it gives. */
export interface MissedDosePlan {
  lastDoseWas: { kind: 'loading'; n: number; of: number } | { kind: 'maintenance' };
  daysSinceLastDose: number;
  monthsSinceLastDose: number;
  /** When the next dose fell due after the last one, and which dose that was. */
  due: CalendarDate;
  dueDose: string;
  row: AppliedRow;
  plan: Plan;
  notes: string[];
}

/** "4 months", "14 days". */
export const intervalText = (i: Interval): string =>
  i.months !== undefined ? `${i.months} month${i.months === 1 ? '' : 's'}` : `${i.days} day${i.days === 1 ? '' : 's'}`;

/** Chooses the rule for a last dose and today, and plans the doses from it; never guesses past what the rule says. */
export function planMissedDose(schedule: Schedule, missed: MissedDose, input: MissedDoseInput): MissedDosePlan {
  const { lastDose, today } = input;
  const of = schedule.loadingGaps.length + 1;
  if (today < lastDose) throw new UsageError(`--today ${formatDate(today)} is before --last-dose ${formatDate(lastDose)}`);
  if (input.loadingDose !== undefined && (input.loadingDose < 1 || input.loadingDose > of)) {
    throw new UsageError(`--loading-dose must be a whole number from 1 to ${of}`, [`the regimen has ${of} loading doses`]);
  }
  const since = { daysSinceLastDose: daysBetween(lastDose, today), monthsSinceLastDose: wholeMonthsBetween(lastDose, today) };
  const n = input.loadingDose;
  if (n !== undefined && n < of) return { ...planLoading(schedule, missed, input, n), ...since };
  const notes = n === of ? [`Loading dose ${n} was the last loading dose: the next dose is the first maintenance dose, so the maintenance-dose rules apply.`] : [];
  const lastDoseWas = n === of ? { kind: 'loading' as const, n, of } : { kind: 'maintenance' as const };
  return { ...planMaintenance(schedule, missed, input, notes), lastDoseWas, ...since };
}

type Outcome = Pick<MissedDosePlan, 'lastDoseWas' | 'due' | 'dueDose' | 'row' | 'plan' | 'notes'>;

function planLoading(schedule: Schedule, missed: MissedDose, { lastDose, today }: MissedDoseInput, n: number): Outcome {
  const of = schedule.loadingGaps.length + 1;
  const gap = schedule.loadingGaps[n - 1]!;
  const due = stepFrom(lastDose, gap, 1);
  const withMaintenance = (doses: PlannedDose[]): Plan => ({ doses, maintenance: { anchor: doses.at(-1)!.date, every: schedule.maintenanceEvery, firstStep: 1 } });
  const base = { lastDoseWas: { kind: 'loading' as const, n, of }, due, dueDose: `loading dose ${n + 1} of ${of}`, notes: [] };
  if (today <= due) {
    const situation = `${today < due ? 'Not yet due' : 'Due today'}: loading dose ${n + 1} is due ${intervalText(gap)} after loading dose ${n}, on ${formatDate(due)}`;
    const action = `Give loading dose ${n + 1} on ${formatDate(due)}; the later doses keep the label's intervals.`;
    const row = { id: today < due ? 'loading-not-yet-due' : 'loading-due-today', situation, action, sources: schedule.sources };
    return { ...base, row, plan: withMaintenance(loadingDoses(schedule, due, n + 1)) };
  }
  const rule = need(missed.loading, 'a missed loading dose');
  const row = { id: 'loading-missed', situation: rule.situation, action: rule.action, sources: rule.sources };
  return { ...base, row, plan: withMaintenance(loadingDoses(schedule, today, n + 1)) };
}

function planMaintenance(schedule: Schedule, missed: MissedDose, { lastDose, today }: MissedDoseInput, notes: string[]): Omit<Outcome, 'lastDoseWas'> {
  const every = schedule.maintenanceEvery;
  const due = stepFrom(lastDose, every, 1);
  const outcome = (row: AppliedRow, plan: Plan) => ({ due, dueDose: 'maintenance dose', row, notes, plan });
  if (today <= due) {
    const situation = `${today < due ? 'Not yet due' : 'Due today'}: the next maintenance dose is due ${intervalText(every)} after the last dose, on ${formatDate(due)}`;
    const action = `Give the next maintenance dose on ${formatDate(due)}; maintenance continues every ${intervalText(every)}.`;
    const row = { id: today < due ? 'not-yet-due' : 'due-today', situation, action, sources: schedule.sources };
    return outcome(row, { doses: [], maintenance: { anchor: lastDose, every, firstStep: 1 } });
  }
  const months = wholeMonthsBetween(lastDose, today);
  const rows = need(missed.maintenance, 'a missed maintenance dose');
  const hit = rows.find((r) => months >= r.fromMonths && (r.belowMonths === undefined || months < r.belowMonths))!;
  const row = { id: hit.id, situation: hit.situation, action: hit.action, sources: hit.sources };
  const now: PlannedDose = { date: today, kind: 'maintenance', label: 'missed maintenance dose, as soon as possible' };
  const { plan } = hit;
  if (plan.then === 'restart') return outcome(row, regimenPlan(schedule, today));
  if (plan.then === 'extra-doses') {
    const doses = [now];
    for (let i = 1; i <= plan.extraDoses!; i++) doses.push({ date: stepFrom(doses.at(-1)!.date, plan.extraGap!, 1), kind: 'additional', label: `additional dose ${i} of ${plan.extraDoses}` });
    return outcome(row, { doses, maintenance: { anchor: doses.at(-1)!.date, every, firstStep: 1 } });
  }
  // original-schedule: the next dose keeps its original date (two intervals after the last dose) if far enough away.
  const next = stepFrom(lastDose, every, 2);
  if (daysBetween(today, next) >= plan.minDaysApart!) return outcome(row, { doses: [now], maintenance: { anchor: lastDose, every, firstStep: 2 } });
  const earliest = formatDate(addDays(today, plan.minDaysApart!));
  notes.push(
    `The next dose's original date, ${formatDate(next)}, is less than ${plan.minDaysApart} days after a dose given today. The label asks for at least ${plan.minDaysApart} days between the two doses but does not say how to reschedule: give the next dose no earlier than ${earliest} and agree the later dates with the prescriber.`,
  );
  return outcome(row, { doses: [now], maintenance: null });
}

function need<T>(rule: T | undefined, what: string): T {
  if (rule === undefined) throw new UsageError(`this regimen has no rule for ${what} in the data, so no plan can be made`, ['check the current label']);
  return rule;
}
