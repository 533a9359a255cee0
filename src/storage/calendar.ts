/** Storage counts clocks in plain day numbers; the calendar arithmetic itself lives in dates/calendar-date.ts. */
import { formatDate as formatCalendarDate, fromYmd, isRealDate, parseDate as parseCalendarDate, type CalendarDate } from '../dates/calendar-date.js';

export { isRealDate };

/** Days since 1970-01-01 of a real year/month/day. */
export const dayNumber = (y: number, m: number, d: number): number => fromYmd(y, m, d);

/** Parses an option's YYYY-MM-DD value into a day number; anything else is a usage error showing the right form. */
export const parseDate = (text: string, option: string): number => parseCalendarDate(text, option);

/** A day number as YYYY-MM-DD. */
export const formatDate = (n: number): string => formatCalendarDate(n as CalendarDate);
