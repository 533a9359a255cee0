/**
 * Calendar dates with no time and no time zone: a whole number of days since 1970-01-01, converted to and from
 * year/month/day with integer arithmetic (Howard Hinnant's days-from-civil), so no JS `Date` and no `TZ` is involved.
 */
import { UsageError } from '../errors.js';

/** A calendar date: days since 1970-01-01 in the proleptic Gregorian calendar. */
export type CalendarDate = number & { readonly __calendarDate: unique symbol };

/** A date as year, month (1-12) and day of the month. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** The first year accepted on the command line. */
export const MIN_YEAR = 1900;
/** The last year accepted on the command line. */
export const MAX_YEAR = 2199;

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
/** Mon ... Sun. */
export type Weekday = (typeof WEEKDAYS)[number];

/** Whether `year` has a 29 February. */
export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month (1-12) of a year. */
export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** The date of a valid year/month/day (callers check validity; see `parseDate`). */
export function fromYmd(year: number, month: number, day: number): CalendarDate {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return (era * 146097 + doe - 719468) as CalendarDate;
}

/** The year, month and day of a date. */
export function toYmd(date: CalendarDate): Ymd {
  const z = date + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** `date` plus `n` whole calendar days (n may be negative). */
export const addDays = (date: CalendarDate, n: number): CalendarDate => (date + n) as CalendarDate;

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export const daysBetween = (a: CalendarDate, b: CalendarDate): number => b - a;

/** `n` whole months after `date`, counted from `date` itself and clamped to the month's end (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: CalendarDate, n: number): CalendarDate {
  const { year, month, day } = toYmd(date);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return fromYmd(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Whole calendar months from `a` to `b`: the largest k with `addMonths(a, k) <= b` (0 when `b` is before that). */
export function wholeMonthsBetween(a: CalendarDate, b: CalendarDate): number {
  if (b <= a) return 0;
  const from = toYmd(a);
  const to = toYmd(b);
  const k = (to.year - from.year) * 12 + (to.month - from.month);
  return addMonths(a, k) <= b ? k : k - 1;
}

/** Three-letter English weekday name. */
export const weekday = (date: CalendarDate): Weekday => WEEKDAYS[(((date + 3) % 7) + 7) % 7]!;

/** YYYY-MM-DD. */
export function formatDate(date: CalendarDate): string {
  const { year, month, day } = toYmd(date);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** YYYYMMDD, the iCalendar DATE form. */
export const formatBasicDate = (date: CalendarDate): string => formatDate(date).replace(/-/g, '');

/** Whether year/month/day names a real day of the calendar. */
export const isRealDate = (year: number, month: number, day: number): boolean =>
  month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

/** Parses a YYYY-MM-DD string that names a real day; anything else is `undefined`. */
export function tryParseDate(text: string): CalendarDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(year, month, day) ? fromYmd(year, month, day) : undefined;
}

/** Parses an option's YYYY-MM-DD value; a malformed or impossible date is a usage error showing the right form. */
export function parseDate(text: string, option: string): CalendarDate {
  const date = tryParseDate(text.trim());
  const hint = `write dates as YYYY-MM-DD, e.g. ${option} 2026-12-01`;
  if (date === undefined) {
    const shape = /^\d{4}-\d{2}-\d{2}$/.test(text.trim()) ? 'is not a day of the calendar' : 'is not a date in the form YYYY-MM-DD';
    throw new UsageError(`${option} "${text}" ${shape}`, [hint]);
  }
  const { year } = toYmd(date);
  if (year < MIN_YEAR || year > MAX_YEAR) throw new UsageError(`${option} "${text}": the year must be from ${MIN_YEAR} to ${MAX_YEAR}`, [hint]);
  return date;
}
