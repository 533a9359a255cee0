/** The US label's delayed or missed dose rules (section 2.1), each row at and near its boundaries. */
import { describe, expect, it } from 'vitest';
import { tryParseDate, type CalendarDate } from '../../src/dates/calendar-date.js';
import { planMissedDose } from '../../src/dosing/missed-dose.js';
import { expandPlan } from '../../src/dosing/schedule.js';
import { UsageError } from '../../src/errors.js';
import { regimen } from './data.js';

const d = (iso: string) => tryParseDate(iso) as CalendarDate;
const us = regimen('spinraza', 'US');

/** Row id, months since, and the first dates of the plan; `scheduled` is a date of the original schedule (`--scheduled`). */
function plan(lastDose: string, today: string, loadingDose?: number, count = 4, scheduled?: string) {
  const original = scheduled ? { original: { from: 'scheduled' as const, date: d(scheduled) } } : {};
  const r = planMissedDose(us.schedule!, us.missedDose!, { lastDose: d(lastDose), today: d(today), ...(loadingDose ? { loadingDose } : {}), ...original });
  const rows = expandPlan(r.plan, { count });
  return { row: r.row.id, months: r.monthsSinceLastDose, dates: rows.map((x) => x.date), kinds: rows.map((x) => x.kind), notes: r.notes.length };
}

describe('missed maintenance dose: last dose 2026-03-15, given on schedule (due 2026-07-15; next original date 2026-11-15)', () => {
  it.each([
    ['2026-03-15', 'not-yet-due', 0, ['2026-07-15', '2026-11-15', '2027-03-15', '2027-07-15']],
    ['2026-07-14', 'not-yet-due', 3, ['2026-07-15', '2026-11-15', '2027-03-15', '2027-07-15']],
    ['2026-07-15', 'due-today', 4, ['2026-07-15', '2026-11-15', '2027-03-15', '2027-07-15']],
    ['2026-07-16', 'under-8-months', 4, ['2026-07-16', '2026-11-15', '2027-03-15', '2027-07-15']],
    ['2026-11-01', 'under-8-months', 7, ['2026-11-01', '2026-11-15', '2027-03-15', '2027-07-15']],
    ['2026-11-14', 'under-8-months', 7, ['2026-11-14']],
    ['2026-11-15', '8-to-16-months', 8, ['2026-11-15', '2026-11-29', '2027-03-29', '2027-07-29']],
    ['2027-07-14', '8-to-16-months', 15, ['2027-07-14', '2027-07-28', '2027-11-28', '2028-03-28']],
    ['2027-07-15', '16-to-40-months', 16, ['2027-07-15', '2027-07-29', '2027-08-12', '2027-12-12']],
    ['2029-07-14', '16-to-40-months', 39, ['2029-07-14', '2029-07-28', '2029-08-11', '2029-12-11']],
    ['2029-07-15', '40-months-or-more', 40, ['2029-07-15', '2029-07-29', '2029-08-12', '2029-09-11']],
    ['2031-01-01', '40-months-or-more', 57, ['2031-01-01', '2031-01-15', '2031-01-29', '2031-02-28']],
  ])('today %s: %s (%i whole months), plan %j', (today, row, months, dates) => {
    const p = plan('2026-03-15', today, undefined, 4, '2026-03-15');
    expect([p.row, p.months, p.dates]).toEqual([row, months, dates]);
  });

  it.each([
    ['2026-11-01', 0],
    ['2026-11-02', 1],
    ['2026-11-14', 1],
  ])('today %s: %i note(s) about the 14-day minimum before the original date', (today, notes) => expect(plan('2026-03-15', today, undefined, 4, '2026-03-15').notes).toBe(notes));

  it('extra doses are "additional", then maintenance', () => {
    expect(plan('2026-03-15', '2027-07-15').kinds).toEqual(['maintenance', 'additional', 'additional', 'maintenance']);
    expect(plan('2026-03-15', '2029-07-15').kinds).toEqual(['loading', 'loading', 'loading', 'loading']);
  });
});

describe('under 8 months, the next dose keeps the ORIGINAL schedule (label 2.1), which the last dose alone cannot give', () => {
  // Issue 9 item 1: the last dose (2025-06-20) was itself late; the original schedule ran 2025-05-15, 2025-09-15, 2026-01-15.
  it('without the original schedule: only the missed dose is dated, and a note says why', () => {
    const r = planMissedDose(us.schedule!, us.missedDose!, { lastDose: d('2025-06-20'), today: d('2025-11-01') });
    expect(expandPlan(r.plan, { count: 4 }).map((x) => x.date)).toEqual(['2025-11-01']);
    expect(r.notes.join(' ')).toMatch(/cannot be known from the last dose alone.*--scheduled/);
  });

  it.each([
    ['a date on it', { from: 'scheduled' as const, date: d('2025-09-15') }],
    ['a later date on it', { from: 'scheduled' as const, date: d('2026-05-15') }],
    ['its first loading dose (4th on 2025-01-15)', { from: 'start' as const, date: d('2024-11-18') }],
  ])('with %s: the next dose is 2026-01-15, not 2026-02-20', (_what, original) => {
    const r = planMissedDose(us.schedule!, us.missedDose!, { lastDose: d('2025-06-20'), today: d('2025-11-01'), original });
    expect(expandPlan(r.plan, { count: 3 }).map((x) => x.date)).toEqual(['2025-11-01', '2026-01-15', '2026-05-15']);
    expect(r.due).toBe(d('2025-09-15'));
  });

  it('not yet due without the original schedule: dated from the last dose, with a note that a late last dose changes that', () => {
    const r = planMissedDose(us.schedule!, us.missedDose!, { lastDose: d('2025-06-20'), today: d('2025-07-01') });
    expect(r.row.id).toBe('not-yet-due');
    expect(r.notes.join(' ')).toMatch(/original schedule's dates/);
  });

  it('--start after the last dose, or a schedule start whose loading doses end after it, is refused', () => {
    const run = () => planMissedDose(us.schedule!, us.missedDose!, { lastDose: d('2025-06-20'), today: d('2025-11-01'), original: { from: 'start', date: d('2025-06-01') } });
    expect(run).toThrow(/before 2025-07-29, the last loading dose/);
  });
});

describe('a missed loading dose older than the 40-month restart threshold (label 2.1 does not address it)', () => {
  it.each([
    ['2020-01-01', 2, '2025-02-20', 'loading-missed-beyond-label', []],
    ['2020-01-01', 2, '2023-05-01', 'loading-missed-beyond-label', []],
    ['2020-01-01', 2, '2023-04-30', 'loading-missed', ['2023-04-30', '2023-05-30', '2023-09-30', '2024-01-30']],
  ])('last %s was loading dose %i; today %s: %s', (last, n, today, row, dates) => {
    const p = plan(last, today, n);
    expect([p.row, p.dates]).toEqual([row, dates]);
  });

  it('says the prescriber decides', () => {
    const r = planMissedDose(us.schedule!, us.missedDose!, { lastDose: d('2020-01-01'), today: d('2025-02-20'), loadingDose: 2 });
    expect(r.row.action).toMatch(/does not address.*prescriber decides/);
  });
});

describe('month ends and 29 February: 8, 16 and 40 months are whole calendar months, clamped', () => {
  it.each([
    ['2026-01-31', '2026-05-30', 'not-yet-due'],
    ['2026-01-31', '2026-05-31', 'due-today'],
    ['2026-01-31', '2026-09-29', 'under-8-months'],
    ['2026-01-31', '2026-09-30', '8-to-16-months'],
    ['2026-01-31', '2027-05-30', '8-to-16-months'],
    ['2026-01-31', '2027-05-31', '16-to-40-months'],
    ['2026-01-31', '2029-05-30', '16-to-40-months'],
    ['2026-01-31', '2029-05-31', '40-months-or-more'],
    ['2024-02-29', '2024-06-29', 'due-today'],
    ['2024-02-29', '2024-10-28', 'under-8-months'],
    ['2024-02-29', '2024-10-29', '8-to-16-months'],
    ['2024-02-29', '2025-06-29', '16-to-40-months'],
    ['2024-02-29', '2027-06-28', '16-to-40-months'],
    ['2024-02-29', '2027-06-29', '40-months-or-more'],
    ['2025-10-31', '2026-02-28', 'due-today'],
    ['2025-10-31', '2026-06-29', 'under-8-months'],
    ['2025-10-31', '2026-06-30', '8-to-16-months'],
  ])('last dose %s, today %s: %s', (last, today, row) => expect(plan(last, today).row).toBe(row));
});

describe('missed loading dose: later doses keep the label intervals from the date actually given', () => {
  it.each([
    // The label's own case: the 3rd loading dose (due 2026-12-29) given 30 days late; the 4th is 30 days after it.
    ['2027-01-28', 3, '2027-01-28', 'loading-not-yet-due', ['2027-02-27', '2027-06-27', '2027-10-27', '2028-02-27']],
    ['2026-12-15', 2, '2027-01-28', 'loading-missed', ['2027-01-28', '2027-02-27', '2027-06-27', '2027-10-27']],
    ['2026-12-15', 2, '2026-12-28', 'loading-not-yet-due', ['2026-12-29', '2027-01-28', '2027-05-28', '2027-09-28']],
    ['2026-12-15', 2, '2026-12-29', 'loading-due-today', ['2026-12-29', '2027-01-28', '2027-05-28', '2027-09-28']],
    ['2026-12-15', 2, '2026-12-30', 'loading-missed', ['2026-12-30', '2027-01-29', '2027-05-29', '2027-09-29']],
    ['2026-12-01', 1, '2026-12-20', 'loading-missed', ['2026-12-20', '2027-01-03', '2027-02-02', '2027-06-02']],
    ['2027-01-28', 4, '2027-05-28', 'due-today', ['2027-05-28', '2027-09-28', '2028-01-28', '2028-05-28']],
    ['2027-01-28', 4, '2027-09-01', 'under-8-months', ['2027-09-01', '2027-09-28', '2028-01-28', '2028-05-28']],
    ['2027-01-28', 4, '2027-10-01', '8-to-16-months', ['2027-10-01', '2027-10-15', '2028-02-15', '2028-06-15']],
  ])('last dose %s was loading dose %i; today %s: %s, plan %j', (last, n, today, row, dates) => {
    const p = plan(last, today, n);
    expect([p.row, p.dates]).toEqual([row, dates]);
  });

  it('the plan continues the loading count, then maintenance', () => {
    expect(plan('2026-12-15', '2027-01-28', 2).kinds).toEqual(['loading', 'loading', 'maintenance', 'maintenance']);
  });
});

describe('refused', () => {
  it.each([
    ['2026-03-15', '2026-03-14', undefined, /before --last-dose/],
    ['2026-03-15', '2026-04-01', 5, /from 1 to 4/],
    ['2026-03-15', '2026-04-01', 0, /from 1 to 4/],
  ])('last %s, today %s, loading dose %s', (last, today, n, message) => {
    const run = () => planMissedDose(us.schedule!, us.missedDose!, { lastDose: d(last), today: d(today), ...(n !== undefined ? { loadingDose: n } : {}) });
    expect(run).toThrow(UsageError);
    expect(run).toThrow(message);
  });
});

it('the original schedule is refused after a loading dose that is not the last one', () => {
  const run = () => planMissedDose(us.schedule!, us.missedDose!, { lastDose: d('2026-03-15'), today: d('2026-04-01'), loadingDose: 2, original: { from: 'scheduled', date: d('2026-03-15') } });
  expect(run).toThrow(/applies to a missed maintenance dose/);
});
