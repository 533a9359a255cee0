/** Storage's day numbers (the arithmetic itself is tested in test/dates): the Evrysdi label's own example, bad input. */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { dayNumber, formatDate, parseDate } from '../../src/storage/calendar.js';

const plus = (date: string, days: number) => formatDate(parseDate(date, 'date') + days);

describe('calendar dates', () => {
  it.each([
    ['2026-04-01', 64, '2026-06-04'], // Evrysdi Instructions for Constitution: constituted 1 April, discard after 4 June
    ['2026-01-01', 14, '2026-01-15'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2100-02-28', 1, '2100-03-01'],
    ['1970-01-01', 0, '1970-01-01'],
  ])('%s + %d days is %s', (date, days, expected) => expect(plus(date, days)).toBe(expected));

  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '26-04-01', '2026-4-1', 'today', ''])('%j is not a date', (text) => {
    expect(() => parseDate(text, '--since')).toThrow(UsageError);
    expect(() => parseDate(text, '--since')).toThrow(/^--since ".*" is not a (day of the calendar|date in the form YYYY-MM-DD)$/);
  });

  it('1970-01-01 is day 0', () => expect(dayNumber(1970, 1, 1)).toBe(0));
});
