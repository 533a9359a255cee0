/** The delayed or missed dose planner: which rule applies since the last dose, and the dated doses that follow from it. */
import type { Interval, MissedDose, Schedule } from '../catalog/schema-dosing.js';
import type { SourceRef } from '../catalog/schema-common.js';
import { UsageError } from '../errors.js';
import { addDays, daysBetween, formatDate, wholeMonthsBetween, type CalendarDate } from '../dates/calendar-date.js';
import { loadingDoses, regimenPlan, stepFrom, type Plan, type PlannedDose } from './schedule.js';

/**
 * Where the original maintenance schedule hangs: a date on it (`--scheduled`, e.g. the date the missed dose was due),
 * or the first loading dose of the schedule (`--start`), whose maintenance dates count from the last loading dose.
 */
export interface OriginalSchedule {
  from: 'scheduled' | 'start';
  date: CalendarDate;
}

/** What the planner is told: the last dose given, today, whether that dose was loading dose n, and the original schedule. */
export interface MissedDoseInput {
  lastDose: CalendarDate;
  today: CalendarDate;
  loadingDose?: number;
  original?: OriginalSchedule;
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
  if (input.original && input.loadingDose !== undefined && input.loadingDose < of) {
    throw new UsageError(`--${input.original.from} applies to a missed maintenance dose, not to loading dose ${input.loadingDose} of ${of}`, [
      'after a missed loading dose the label shifts the later doses to keep its intervals, so no original date is needed',
    ]);
  }
  const since = { daysSinceLastDose: daysBetween(lastDose, today), monthsSinceLastDose: wholeMonthsBetween(lastDose, today) };
  const n = input.loadingDose;
  if (n !== undefined && n < of) return { ...planLoading(schedule, missed, input, n), ...since };
  const notes = n === of ? [`Loading dose ${n} was the last loading dose: the next dose is the first maintenance dose, so the maintenance-dose rules apply.`] : [];
  const lastDoseWas = n === of ? { kind: 'loading' as const, n, of } : { kind: 'maintenance' as const };
  // After the last loading dose, maintenance counts from that dose itself: it is the original schedule's anchor.
  const original: Series | null = n === of ? { anchor: lastDose, minStep: 1 } : input.original ? seriesOf(schedule, input.original) : null;
  return { ...planMaintenance(schedule, missed, input, original, notes), lastDoseWas, ...since };
}

type Outcome = Pick<MissedDosePlan, 'lastDoseWas' | 'due' | 'dueDose' | 'row' | 'plan' | 'notes'>;

function planLoading(schedule: Schedule, missed: MissedDose, { lastDose, today }: MissedDoseInput, n: number): Outcome {
  const of = schedule.loadingGaps.length + 1;
  const gap = schedule.loadingGaps[n - 1]!;
  const due = stepFrom(lastDose, gap, 1);
  const withMaintenance = (doses: PlannedDose[]): Plan => ({ doses, maintenance: { anchor: doses.at(-1)!.date, every: schedule.maintenanceEvery, firstStep: 1 } });
  const base = { lastDoseWas: { kind: 'loading' as const, n, of }, due, dueDose: `loading dose ${n + 1} of ${of}`, notes: [] as string[] };
  if (today <= due) {
    const situation = `${today < due ? 'Not yet due' : 'Due today'}: loading dose ${n + 1} is due ${intervalText(gap)} after loading dose ${n}, on ${formatDate(due)}`;
    const action = `Give loading dose ${n + 1} on ${formatDate(due)}; the later doses keep the label's intervals.`;
    const row = { id: today < due ? 'loading-not-yet-due' : 'loading-due-today', situation, action, sources: schedule.sources };
    return { ...base, row, plan: withMaintenance(loadingDoses(schedule, due, n + 1)) };
  }
  const rule = need(missed.loading, 'a missed loading dose');
  const restart = missed.maintenance?.find((r) => r.plan.then === 'restart');
  const months = wholeMonthsBetween(lastDose, today);
  if (restart && months >= restart.fromMonths) {
    // The loading-dose rule has no time limit; the label's own restart threshold is for maintenance doses only.
    const situation = `Missed loading dose, ${months} months after loading dose ${n}: at least the ${restart.fromMonths} months after which the label restarts a missed maintenance dose`;
    const action = `The label does not address a missed loading dose this long ago. The prescriber decides whether to continue with loading dose ${n + 1} or to restart the loading doses; no dates are planned.`;
    const notes = [
      `The label's rule for a missed loading dose ("${rule.action.trim()}") sets no time limit, and its ${restart.fromMonths}-month restart rule is written for maintenance doses. To date a restart once the prescriber has decided, run with --start <date of the first new loading dose>.`,
    ];
    const row = { id: 'loading-missed-beyond-label', situation, action, sources: [...rule.sources, ...restart.sources] };
    return { ...base, notes, row, plan: { doses: [], maintenance: null } };
  }
  const row = { id: 'loading-missed', situation: rule.situation, action: rule.action, sources: rule.sources };
  return { ...base, row, plan: withMaintenance(loadingDoses(schedule, today, n + 1)) };
}

/** The original maintenance dates: `anchor` plus k intervals, for every whole k from `minStep` on. */
interface Series {
  anchor: CalendarDate;
  minStep: number;
}

function seriesOf(schedule: Schedule, original: OriginalSchedule): Series {
  if (original.from === 'scheduled') return { anchor: original.date, minStep: Number.NEGATIVE_INFINITY };
  return { anchor: loadingDoses(schedule, original.date).at(-1)!.date, minStep: 1 };
}

/** The first step of the series that falls after `after`. */
function stepAfter(series: Series, every: Interval, after: CalendarDate): number {
  const guess = every.months !== undefined ? Math.floor((after - series.anchor) / 31 / every.months) : Math.floor((after - series.anchor) / every.days!);
  let k = Math.max(series.minStep, guess - 1);
  while (stepFrom(series.anchor, every, k) <= after) k++;
  return k;
}

const ORIGINAL_HINT = 'give a date of the original schedule with --scheduled YYYY-MM-DD (e.g. the date the missed dose was due), or its first loading dose with --start YYYY-MM-DD';

function planMaintenance(schedule: Schedule, missed: MissedDose, { lastDose, today }: MissedDoseInput, series: Series | null, notes: string[]): Omit<Outcome, 'lastDoseWas'> {
  const every = schedule.maintenanceEvery;
  if (series && series.minStep === 1 && lastDose < series.anchor) {
    throw new UsageError(`--last-dose ${formatDate(lastDose)} is before ${formatDate(series.anchor)}, the last loading dose of the schedule given with --start`, ['a maintenance dose comes after the loading doses; check both dates']);
  }
  const due = series ? stepFrom(series.anchor, every, stepAfter(series, every, lastDose)) : stepFrom(lastDose, every, 1);
  const dueText = series ? 'on the original schedule' : `${intervalText(every)} after the last dose`;
  const dueDose = series ? 'maintenance dose, on the original schedule' : `maintenance dose, ${intervalText(every)} after the last dose`;
  const outcome = (row: AppliedRow, plan: Plan) => ({ due, dueDose, row, notes, plan });
  if (today <= due) {
    const situation = `${today < due ? 'Not yet due' : 'Due today'}: the next maintenance dose is due ${dueText}, on ${formatDate(due)}`;
    const action = `Give the next maintenance dose on ${formatDate(due)}; maintenance continues every ${intervalText(every)}.`;
    const row = { id: today < due ? 'not-yet-due' : 'due-today', situation, action, sources: schedule.sources };
    if (!series) notes.push(`If the last dose was itself given late, the label keeps the original schedule's dates instead (the rule for a maintenance dose missed by less than 8 months): ${ORIGINAL_HINT}.`);
    const maintenance = series ? { anchor: series.anchor, every, firstStep: stepAfter(series, every, lastDose) } : { anchor: lastDose, every, firstStep: 1 };
    return outcome(row, { doses: [], maintenance });
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
  // original-schedule: the next dose keeps its originally scheduled date, which only the original schedule can name.
  if (!series) {
    notes.push(
      `The next maintenance dose keeps its originally scheduled date, which cannot be known from the last dose alone: the last dose may itself have been given late, and then ${intervalText(every)} after it is not the original date. To name the date, ${ORIGINAL_HINT}.`,
    );
    return outcome(row, { doses: [now], maintenance: null });
  }
  const k = stepAfter(series, every, today);
  const next = stepFrom(series.anchor, every, k);
  if (daysBetween(today, next) >= plan.minDaysApart!) return outcome(row, { doses: [now], maintenance: { anchor: series.anchor, every, firstStep: k } });
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
