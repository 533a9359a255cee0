/** Calendar dates (YYYY-MM-DD) as day numbers: no time of day and no time zone, so a date never shifts. */
import { UsageError } from '../errors.js';

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The date of a day number (civil_from_days). */
export function civil(n: number): { y: number; m: number; d: number } {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

const daysIn = (y: number, m: number) => dayNumber(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - dayNumber(y, m, 1);

/** Whether y-m-d is a real date. */
export const isRealDate = (y: number, m: number, d: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);

/** Parses YYYY-MM-DD into a day number; anything else, or a date that does not exist, is a usage error naming `what`. */
export function parseDate(text: string, what: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
    throw new UsageError(`${what} must be a calendar date written YYYY-MM-DD, not "${text}"`);
  }
  return dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A day number as YYYY-MM-DD. */
export function formatDate(n: number): string {
  const { y, m, d } = civil(n);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}
