/** Calendar dates: integer civil-date arithmetic, month steps that clamp and never drift, strict parsing. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays, addMonths, daysBetween, daysInMonth, formatDate, fromYmd, parseDate, toYmd, tryParseDate, weekday, wholeMonthsBetween, type CalendarDate,
} from '../../src/dates/calendar-date.js';
import { stepFrom } from '../../src/dosing/schedule.js';
import { UsageError } from '../../src/errors.js';

const d = (iso: string): CalendarDate => {
  const date = tryParseDate(iso);
  if (date === undefined) throw new Error(`bad test date ${iso}`);
  return date;
};

describe('days from civil', () => {
  it.each([
    ['1970-01-01', 0, 'Thu'],
    ['2000-02-29', 11016, 'Tue'],
    ['2024-02-29', 19782, 'Thu'],
    ['2026-01-31', 20484, 'Sat'],
    ['2026-11-25', 20782, 'Wed'],
    ['1900-01-01', -25567, 'Mon'],
    ['2199-12-31', 84005, 'Tue'],
  ])('%s is day %i, a %s', (iso, days, wd) => {
    expect(d(iso)).toBe(days);
    expect(formatDate(days as CalendarDate)).toBe(iso);
    expect(weekday(days as CalendarDate)).toBe(wd);
  });
});

describe('addMonths counts from the date and clamps to the month end', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-01-31', 2, '2026-03-31'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-08-31', 4, '2026-12-31'],
    ['2026-10-31', 4, '2027-02-28'],
    ['2027-10-31', 4, '2028-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-05-31', -3, '2026-02-28'],
  ])('%s + %i months = %s', (from, n, to) => expect(formatDate(addMonths(d(from), n))).toBe(to));
});

describe('whole calendar months between two dates', () => {
  it.each([
    ['2026-03-15', '2026-11-14', 7],
    ['2026-03-15', '2026-11-15', 8],
    ['2026-01-31', '2026-02-27', 0],
    ['2026-01-31', '2026-02-28', 1],
    ['2026-01-31', '2026-03-30', 1],
    ['2026-01-31', '2026-03-31', 2],
    ['2024-02-29', '2025-02-28', 12],
    ['2026-03-15', '2026-03-15', 0],
    ['2026-03-15', '2026-03-01', 0],
  ])('%s to %s: %i', (a, b, months) => expect(wholeMonthsBetween(d(a), d(b))).toBe(months));
});

describe('parseDate accepts only real YYYY-MM-DD days', () => {
  it.each(['2026-02-30', '05/03/2026', '2026-13-01', '2026-1-5', '20261201', '2026-00-10', '2025-02-29', 'tomorrow', '', '1899-12-31', '2200-01-01'])(
    '%j is a usage error with an example',
    (text) => {
      expect(() => parseDate(text, '--start')).toThrow(UsageError);
      try {
        parseDate(text, '--start');
      } catch (e) {
        expect((e as UsageError).hints.join(' ')).toContain('--start 2026-12-01');
      }
    },
  );

  it.each(['2024-02-29', '2026-12-31', '1900-01-01', '2199-12-31'])('%s is accepted', (text) => expect(formatDate(parseDate(text, '--start'))).toBe(text));
});

const anyDate = fc.integer({ min: d('1900-01-01'), max: d('2199-12-31') }).map((n) => n as CalendarDate);

describe('properties', () => {
  it('toYmd and fromYmd are inverse, and every result is a real day', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const { year, month, day } = toYmd(date);
        expect(day).toBeGreaterThanOrEqual(1);
        expect(day).toBeLessThanOrEqual(daysInMonth(year, month));
        expect(fromYmd(year, month, day)).toBe(date);
        expect(tryParseDate(formatDate(date))).toBe(date);
      }),
    );
  });

  it('addDays is undone by subtracting the same days, and daysBetween measures it', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -20000, max: 20000 }), (date, n) => {
        expect(addDays(addDays(date, n), -n)).toBe(date);
        expect(daysBetween(date, addDays(date, n))).toBe(n);
      }),
    );
  });

  it('addMonths keeps the day of the month, or clamps to the last day of a shorter month', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -600, max: 600 }), (date, n) => {
        const from = toYmd(date);
        const to = toYmd(addMonths(date, n));
        expect((to.year * 12 + to.month) - (from.year * 12 + from.month)).toBe(n);
        expect(to.day).toBe(Math.min(from.day, daysInMonth(to.year, to.month)));
      }),
    );
  });

  it('monthly steps counted from the anchor never drift, however many are chained', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 60 }), (anchor, every, k) => {
        const { day } = toYmd(anchor);
        const step = toYmd(stepFrom(anchor, { months: every }, k));
        expect(step.day).toBe(Math.min(day, daysInMonth(step.year, step.month)));
        let chained = anchor;
        for (let i = 0; i < k; i++) chained = addMonths(chained, every);
        expect(stepFrom(anchor, { months: every }, k)).toBeGreaterThanOrEqual(chained);
      }),
    );
  });

  it('whole months between a date and k months later is k', () => {
    fc.assert(fc.property(anyDate, fc.integer({ min: 0, max: 600 }), (date, k) => wholeMonthsBetween(date, addMonths(date, k)) === k));
  });

  it('agrees with the UTC calendar (checked without ever using a Date in the code under test)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 80_000 }), (n) => {
        expect(formatDate(n as CalendarDate)).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10));
      }),
    );
  });

  it('weekdays repeat every 7 days', () => {
    fc.assert(fc.property(anyDate, (date) => weekday(addDays(date, 7)) === weekday(date)));
  });
});

describe('addDays across month, year and leap-day ends', () => {
  it.each([
    ['2026-04-01', 64, '2026-06-04'], // Evrysdi Instructions for Constitution: constituted 1 April, discard after 4 June
    ['2028-02-28', 1, '2028-02-29'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
  ])('%s + %d days is %s', (date, days, expected) => expect(formatDate(addDays(parseDate(date, 'date'), days))).toBe(expected));
});
