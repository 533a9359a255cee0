/** A dated view as an iCalendar file: one all-day event per dose, with the drug, dose, rule and reminder in its description. */
import { citeAll } from '../catalog/cite.js';
import { formatBasicDate, tryParseDate, type CalendarDate } from '../dates/calendar-date.js';
import { doseUid, writeIcs } from './ics.js';
import type { MissedDoseView, ScheduleView } from '../dosing/view.js';

/**
 * The .ics text for a schedule or a missed-dose plan. UIDs come from the drug, the date the schedule hangs on
 * (`--start`, or the last dose) and the dose number, so writing the same schedule again gives the same UIDs.
 * DTSTAMP is `today` at 00:00 UTC: the run knows the calendar date, not the clock, and the output stays reproducible.
 */
export function scheduleIcs(view: ScheduleView | MissedDoseView, today: CalendarDate): string {
  const anchor = view.mode === 'schedule' ? view.start : `after-${view.lastDose}`;
  const cite = citeAll({ sources: view.sources }, view.rules.flatMap((r) => r.sources));
  const checks = view.monitoring.map((mo) => `${mo.when}: ${mo.tests.join('; ')}.`);
  const events = view.doses.map((row) => ({
    uid: doseUid(view.drug.id, anchor, row.n),
    date: tryParseDate(row.date)!,
    summary: `${view.drug.brand}: ${row.label}`,
    description: [
      `${view.drug.brand} (${view.drug.generic}) ${view.dose}: ${row.label} (dose ${row.n}, day ${row.day}).`,
      `Rule (${view.region}): ${view.rules.map((r) => r.text).join(' ')}`,
      `Sources: ${cite}.`,
      ...checks,
      view.reminder,
    ].join('\n'),
  }));
  const name = `${view.drug.brand} dosing (${view.mode === 'schedule' ? `from ${view.start}` : `after ${view.lastDose}`})`;
  return writeIcs({ name, stamp: `${formatBasicDate(today)}T000000Z`, events });
}
