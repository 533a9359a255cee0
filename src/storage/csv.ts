/** The pieces of a data-logger CSV export: fields, the header's columns and unit, ISO 8601 timestamps, temperature cells. */
import { fromYmd, isRealDate } from '../dates/calendar-date.js';

/** The separator a header line uses: `;` (European exports), tab, else `,`. */
export const detectSeparator = (header: string): string => (header.includes(';') ? ';' : header.includes('\t') ? '\t' : ',');

/**
 * Splits one line into fields, honouring double quotes ("a;b", "say ""hi"""). Undefined when the quoting is broken:
 * a quote left open, a quote inside an unquoted field, or text after a closing quote (`"4"."5"` is not 4.5).
 */
export function splitRow(line: string, sep: string): string[] | undefined {
  if (!line.includes('"')) return line.split(sep);
  const out: string[] = [];
  let field = '';
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      for (i++; ; i++) {
        if (i >= line.length) return undefined;
        if (line[i] !== '"') field += line[i];
        else if (line[i + 1] === '"') (field += '"'), i++;
        else break;
      }
      i++;
      if (i < line.length && line[i] !== sep) return undefined;
    } else {
      const end = line.indexOf(sep, i);
      field = line.slice(i, end < 0 ? line.length : end);
      if (field.includes('"')) return undefined;
      i = end < 0 ? line.length : end;
    }
    out.push(field);
    field = '';
    if (i >= line.length) return out;
    i++; // past the separator
  }
}

/** Where the time and temperature are in a row, and the unit the header states (if it does). */
export interface Columns {
  time: number;
  /** A separate time-of-day column when the date and the time are split ("Date;Time;Temp"). */
  clock?: number;
  temp: number;
  unit?: 'C' | 'F';
  names: { time: string; temp: string };
}

const TEMP_NAME = /temp|celsius|fahrenheit|°\s*[cf]\b|º\s*[cf]\b|^\s*t\s*[([]/i;

/** Finds the columns by their header names; undefined when the line is not a header with both. */
export function findColumns(cells: readonly string[]): Columns | undefined {
  const names = cells.map((c) => c.trim());
  const find = (re: RegExp, not: number[] = []) => names.findIndex((n, i) => !not.includes(i) && re.test(n));
  let time = find(/time\s*stamp|date\s*[/_ -]?\s*time|datetime|zeitstempel/i);
  let clock: number | undefined;
  if (time < 0) {
    const date = find(/^(date|datum)\b/i);
    const tod = find(/^(time|zeit|uhrzeit)\b/i, [date]);
    if (date >= 0 && tod >= 0) [time, clock] = [date, tod];
    else time = find(/date|time|zeit|datum/i);
  }
  if (time < 0) return undefined;
  const temp = find(TEMP_NAME, [time, ...(clock === undefined ? [] : [clock])]);
  if (temp < 0) return undefined;
  const unit = unitOf(names[temp]!);
  return { time, ...(clock === undefined ? {} : { clock }), temp, ...(unit ? { unit } : {}), names: { time: names[time]!, temp: names[temp]! } };
}

/** The unit a column name states: "Temperature (°C)", "Temp [F]", "Celsius", "temp_f". */
export function unitOf(name: string): 'C' | 'F' | undefined {
  const m = /[°º]\s*([cf])\b|[([]\s*([cf])\s*[)\]]|\bdeg(?:rees)?\s*([cf])\b|[_ ]([cf])$/i.exec(name);
  const letter = (m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4])?.toUpperCase();
  if (letter === 'C' || /celsius/i.test(name)) return 'C';
  if (letter === 'F' || /fahrenheit/i.test(name)) return 'F';
  return undefined;
}

const digit = (s: string, i: number): number => {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : Number.NaN;
};
const two = (s: string, i: number) => digit(s, i) * 10 + digit(s, i + 1);

/** Days since 1970 of each date string seen last, so a year of one-minute rows checks each date once. */
let lastDate = '';
let lastDay = Number.NaN;

function dayOf(s: string): number {
  if (lastDate !== '' && s.startsWith(lastDate)) return lastDay;
  const date = s.slice(0, 10);
  const y = two(s, 0) * 100 + two(s, 2);
  const m = two(s, 5);
  const d = two(s, 8);
  lastDate = date;
  lastDay = s[4] === '-' && s[7] === '-' && isRealDate(y, m, d) ? fromYmd(y, m, d) : Number.NaN;
  return lastDay;
}

/**
 * An ISO 8601 date-time (YYYY-MM-DD[T ]hh:mm[:ss[.fff]][Z|±hh[:mm]]): epoch milliseconds, reading a time without an
 * offset as UTC clock time, and whether it had an offset.
 */
export function parseTimestamp(text: string): { ms: number; offset: boolean } | undefined {
  const ms = timestampMs(text);
  return Number.isNaN(ms) ? undefined : { ms, offset: lastTimestamp.offset };
}

/** Whether the last time `timestampMs` read had a UTC offset (a field, not a result object: no allocation per row). */
export const lastTimestamp = { offset: false };

/** `parseTimestamp` without the result object, NaN when it is not a time. Hand-parsed: it runs once per row of a log. */
export function timestampMs(text: string): number {
  const c0 = text.charCodeAt(0);
  const cn = text.charCodeAt(text.length - 1);
  const s = c0 === 32 || c0 === 9 || cn === 32 || cn === 9 ? text.trim() : text;
  const t = s.charCodeAt(10);
  if (s.length < 16 || (t !== 84 /* T */ && t !== 116 /* t */ && t !== 32) || s.charCodeAt(13) !== 58 /* : */) return Number.NaN;
  const day = dayOf(s);
  const h = two(s, 11);
  const mi = two(s, 14);
  let i = 16;
  let sec = 0;
  let frac = 0;
  if (s.charCodeAt(i) === 58 /* : */) {
    sec = two(s, i + 1);
    i += 3;
    const mark = s.charCodeAt(i);
    if (mark === 46 /* . */ || mark === 44 /* , */) {
      let scale = 100;
      if (!(digit(s, i + 1) >= 0)) return Number.NaN;
      for (i++; i < s.length && digit(s, i) >= 0; i++, scale /= 10) frac += digit(s, i) * scale;
    }
  }
  if (!(h <= 23 && mi <= 59 && sec <= 59) || Number.isNaN(day)) return Number.NaN;
  const ms = day * 86_400_000 + h * 3_600_000 + mi * 60_000 + sec * 1000 + Math.round(frac);
  lastTimestamp.offset = true;
  const z0 = s.charCodeAt(i);
  if (i === s.length - 1 && (z0 === 90 /* Z */ || z0 === 122 /* z */)) return ms;
  if (i === s.length) return (lastTimestamp.offset = false), ms;
  const zone = s.slice(i).trim();
  if (zone === '') return (lastTimestamp.offset = false), ms;
  if (zone === 'Z' || zone === 'z') return ms;
  const z = /^([+-])(\d{2})(?::?(\d{2}))?$/.exec(zone);
  if (!z || Number(z[3] ?? 0) > 59) return Number.NaN;
  const minutes = Number(z[2]) * 60 + Number(z[3] ?? 0);
  if (minutes > 18 * 60) return Number.NaN;
  return ms - (z[1] === '-' ? -1 : 1) * minutes * 60_000;
}

/** A temperature cell as read: blank (a missing reading), a number with the unit written in it (if any), or malformed. */
export type Cell = { value: number; unit?: 'C' | 'F' } | 'blank' | undefined;

/**
 * A temperature cell: a plain decimal number (`4.5`, `-2`, `−2`; `4,5` where the file allows a decimal comma), then
 * optionally `°C`/`°F`. Blank is a missing reading; anything else (`ERR`, `NaN`, `1e3`, `0x19`, `25,9` in a
 * comma-separated file) is undefined: a malformed row, never a reading and never a missing one.
 */
export function parseCell(text: string, decimalComma = true): Cell {
  let i = 0;
  let end = text.length;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  while (end > i && isSpace(text.charCodeAt(end - 1))) end--;
  if (i === end) return 'blank';
  let sign = 1;
  const first = text.charCodeAt(i);
  if (first === 43 /* + */) i++;
  else if (first === 45 /* - */ || first === 0x2212 /* − */) (sign = -1), i++;
  const start = i;
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  if (i === start) return undefined;
  const intEnd = i;
  let fracStart = i;
  const mark = text.charCodeAt(i);
  if (mark === 46 /* . */ || (mark === 44 /* , */ && decimalComma)) {
    fracStart = ++i;
    while (i < end && isDigit(text.charCodeAt(i))) i++;
    if (i === fracStart) return undefined;
  }
  const value = sign * decimal(text, start, intEnd, fracStart, i) + 0; // + 0: "-0" is 0
  if (i === end) return { value };
  const unit = UNIT.exec(text.slice(i, end));
  return unit ? { value, unit: unit[1]!.toUpperCase() as 'C' | 'F' } : undefined;
}

const UNIT = /^\s*[°º]\s*([cf])$/i;

/**
 * The value of the digits `text[start, intEnd)` and, after the decimal mark, `text[fracStart, fracEnd)`. Short
 * numbers are one integer divided by a power of ten: both exact, so the quotient is the correctly rounded value,
 * exactly what Number() gives, without building a string for it.
 */
function decimal(text: string, start: number, intEnd: number, fracStart: number, fracEnd: number): number {
  const places = fracEnd - fracStart;
  if (intEnd - start + places > 15) return Number(`${text.slice(start, intEnd)}.${text.slice(fracStart, fracEnd) || '0'}`);
  let n = 0;
  for (let i = start; i < intEnd; i++) n = n * 10 + (text.charCodeAt(i) - 48);
  for (let i = fracStart; i < fracEnd; i++) n = n * 10 + (text.charCodeAt(i) - 48);
  return places === 0 ? n : n / POWERS[places]!;
}

const POWERS = Array.from({ length: 16 }, (_, k) => 10 ** k);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 9;
