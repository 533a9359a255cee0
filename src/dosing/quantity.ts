/** Body weights ("7kg", "7.5 kg", "16lb") and ages ("6w", "3m", "2y", "1y6m") as typed, exact values. */
import { UsageError } from '../errors.js';
import { addMonths, daysBetween, fromYmd, type CalendarDate } from '../dates/calendar-date.js';
import { cmp, fromNumber, mul, parseDecimal, ratio, toDecimal, type Ratio } from './rational.js';

/** A weight as typed and in kg (1 lb = 0.45359237 kg exactly). */
export interface Weight {
  input: string;
  kg: Ratio;
}

/** The finest unit an age was given in: the age means anything from its value up to one such unit more. */
export type AgeUnit = 'y' | 'mo' | 'w' | 'd';

/** An age as whole months plus whole days (weeks count as 7 days), and the finest unit it was given in. */
export interface Age {
  input: string;
  months: number;
  days: number;
  unit: AgeUnit;
  /** True when months were written as a bare "m" (which means minutes in durations). */
  bareM: boolean;
}

const LB_IN_KG = ratio(45359237n, 100000000n);
const MAX_KG = fromNumber(300);
const WEIGHT_HINT = 'write the weight with its unit, e.g. --weight 7.5kg or --weight 16lb';
const AGE_HINT = 'write whole numbers with units, largest first: y (years), mo (months), w (weeks), d (days), e.g. --age 45d, --age 5mo or --age 1y6mo';

/** Parses a weight with its unit; no unit, zero, or more than 300 kg is a usage error. */
export function parseWeight(text: string): Weight {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(kg|kgs|kilograms?|lb|lbs|pounds?)\s*$/i.exec(text);
  if (!m && /^\s*[-−]\s*(\d|\.\d)/.test(text)) throw new UsageError(`--weight "${text}" is negative; a weight must be more than zero`, [WEIGHT_HINT]);
  if (!m) throw new UsageError(`--weight "${text}" is not a weight with a unit`, [WEIGHT_HINT]);
  const value = parseDecimal(m[1]!)!;
  const kg = /^(lb|pound)/i.test(m[2]!) ? mul(value, LB_IN_KG) : value;
  if (kg.n === 0n) throw new UsageError(`--weight "${text}" must be more than zero`, [WEIGHT_HINT]);
  if (cmp(kg, MAX_KG) > 0) throw new UsageError(`--weight "${text}" is more than 300 kg; check the value and its unit`, [WEIGHT_HINT]);
  return { input: text.trim(), kg };
}

const UNITS: [RegExp, AgeUnit, string][] = [
  [/^(y|yr|yrs|years?)$/i, 'y', 'years'],
  [/^(m|mo|mos|months?)$/i, 'mo', 'months'],
  [/^(w|wk|wks|weeks?)$/i, 'w', 'weeks'],
  [/^(d|days?)$/i, 'd', 'days'],
];
const MAX_YEARS = 130;

/**
 * Parses an age: one or more `<whole number><unit>` parts, largest unit first, each unit at most once ("1y6mo",
 * "3 months", "10d"). "m" is read as months and said so; more than 130 years is refused.
 */
export function parseAge(text: string): Age {
  const t = text.trim();
  if (/\d[.,]\d/.test(t)) throw new UsageError(`--age "${text}": the age must be in whole units, not decimals`, [AGE_HINT]);
  const parts = [...t.matchAll(/(\d+)\s*([a-z]+)\s*/gi)];
  if (t === '' || parts.map((p) => p[0]).join('') !== t) throw new UsageError(`--age "${text}" is not an age`, [AGE_HINT]);
  const total = { y: 0, mo: 0, w: 0, d: 0 };
  let rank = -1;
  let bareM = false;
  for (const [, n, unit] of parts) {
    const i = UNITS.findIndex(([re]) => re.test(unit!));
    if (i < 0) throw new UsageError(`--age "${text}": "${unit}" is not an age unit`, [AGE_HINT]);
    if (i === rank) throw new UsageError(`--age "${text}" gives ${UNITS[i]![2]} twice`, [AGE_HINT]);
    if (i < rank) throw new UsageError(`--age "${text}": units must go from largest to smallest (years, months, weeks, days)`, [AGE_HINT]);
    if (n!.length > 6) throw tooOld(text);
    rank = i;
    total[UNITS[i]![1]] = Number(n);
    bareM ||= unit!.toLowerCase() === 'm';
  }
  const age = { input: t, months: total.y * 12 + total.mo, days: total.w * 7 + total.d, unit: UNITS[rank]![1], bareM };
  if (age.months / 12 + age.days / 365.25 > MAX_YEARS) throw tooOld(text);
  return age;
}

const tooOld = (text: string) => new UsageError(`--age "${text}" is more than ${MAX_YEARS} years; check the value and its unit`, [AGE_HINT]);

/** The end of what an age can mean (exclusive): one unit of its finest unit more. */
const upperOf = (a: Age) =>
  a.unit === 'y' ? { months: a.months + 12, days: a.days } : a.unit === 'mo' ? { months: a.months + 1, days: a.days } : { months: a.months, days: a.days + (a.unit === 'w' ? 7 : 1) };

/**
 * Whether every age the input can mean is below a number of months: `unknown` when some are and some are not, or when
 * the calendar decides it. "0y" can be 2 weeks or 11 months; "8w" (56 to 62 days) can be either side of 2 months.
 */
export function ageBelow(age: Age, months: number): boolean | 'unknown' {
  const low = pointBelow(age.months, age.days, months);
  if (low === false) return false;
  const high = upperOf(age);
  return low === true && atMost(high.months, high.days, months) === true ? true : 'unknown';
}

/** Whether `m` months and `d` days after birth is before `months` months after it, for every birth date. */
function pointBelow(m: number, d: number, months: number): boolean | 'unknown' {
  if (m >= months) return false;
  if (d === 0) return true;
  const { least, most } = spanOfMonths(m, months);
  return d < least ? true : d >= most ? false : 'unknown';
}

/** Whether `m` months and `d` days after birth is no later than `months` months after it, for every birth date. */
function atMost(m: number, d: number, months: number): boolean | 'unknown' {
  if (d === 0) return m <= months;
  if (m >= months) return false;
  const { least, most } = spanOfMonths(m, months);
  return d <= least ? true : d > most ? false : 'unknown';
}

const spans = new Map<string, { least: number; most: number }>();

/** Fewest and most days from `from` to `to` months after a birth date, over a whole 400-year Gregorian cycle. */
function spanOfMonths(from: number, to: number): { least: number; most: number } {
  const key = `${from}:${to}`;
  let span = spans.get(key);
  if (!span) {
    span = { least: Infinity, most: -Infinity };
    const first = fromYmd(2000, 1, 1);
    for (let b = first; b < first + 146097; b++) {
      const days = daysBetween(addMonths(b as CalendarDate, from), addMonths(b as CalendarDate, to));
      span = { least: Math.min(span.least, days), most: Math.max(span.most, days) };
    }
    spans.set(key, span);
  }
  return span;
}

/** "7.25747792 kg" (exact) for messages and views. */
export const kgText = (w: Weight): string => `${toDecimal(w.kg).text} kg`;

/** "1 year 6 months", "6 weeks", "10 days" for messages and views. */
export function ageText(age: Pick<Age, 'months' | 'days'>): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  const parts: string[] = [];
  const [y, m] = [Math.floor(age.months / 12), age.months % 12];
  if (y) parts.push(plural(y, 'year'));
  if (m) parts.push(plural(m, 'month'));
  if (age.days % 7 === 0 && age.days) parts.push(plural(age.days / 7, 'week'));
  else if (age.days) parts.push(plural(age.days, 'day'));
  return parts.join(' ') || '0 days';
}

const UNIT_WORD: Record<AgeUnit, string> = { y: 'year', mo: 'month', w: 'week', d: 'day' };

/** What an age can mean, in words: "from 0 days to under 1 year, given in whole years" for "0y", "10 days" for "10d". */
export function ageSpanText(age: Age): string {
  if (age.unit === 'd') return ageText(age);
  return `from ${ageText(age)} to under ${ageText(upperOf(age))}, given in whole ${UNIT_WORD[age.unit]}s`;
}

/** A number to `places` decimals for text, "≈" when that is not exact (the exact value stays in --json). */
export const approxText = (x: number, places: number): string => (Number(x.toFixed(places)) === x ? String(x) : `≈ ${x.toFixed(places)}`);

/** A band limit as the label prints it: 3.0, not 3. */
export const bandKg = (x: number): string => (Number.isInteger(x) ? x.toFixed(1) : String(x));

/** A weight band as the label's table prints it: "8.6–9.0 kg". */
export const bandText = (b: { fromKg: number; toKg: number }): string => `${bandKg(b.fromKg)}–${bandKg(b.toKg)} kg`;
