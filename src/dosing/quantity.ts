/** Body weights ("7kg", "7.5 kg", "16lb") and ages ("6w", "3m", "2y", "1y6m") as typed, exact values. */
import { UsageError } from '../errors.js';
import { addMonths, daysBetween, fromYmd, type CalendarDate } from '../dates/calendar-date.js';
import { cmp, fromNumber, mul, parseDecimal, ratio, toDecimal, type Ratio } from './rational.js';

/** A weight as typed and in kg (1 lb = 0.45359237 kg exactly). */
export interface Weight {
  input: string;
  kg: Ratio;
}

/** An age as whole months plus whole days (weeks count as 7 days). */
export interface Age {
  input: string;
  months: number;
  days: number;
}

const LB_IN_KG = ratio(45359237n, 100000000n);
const MAX_KG = fromNumber(300);
const WEIGHT_HINT = 'write the weight with its unit, e.g. --weight 7.5kg or --weight 16lb';
const AGE_HINT = 'write the age in whole units, e.g. --age 6w, --age 3m, --age 2y or --age 1y6m';

/** Parses a weight with its unit; no unit, zero, or more than 300 kg is a usage error. */
export function parseWeight(text: string): Weight {
  const m = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(kg|kgs|kilograms?|lb|lbs|pounds?)\s*$/i.exec(text);
  if (!m) throw new UsageError(`--weight "${text}" is not a weight with a unit`, [WEIGHT_HINT]);
  const value = parseDecimal(m[1]!)!;
  const kg = /^(lb|pound)/i.test(m[2]!) ? mul(value, LB_IN_KG) : value;
  if (kg.n === 0n) throw new UsageError(`--weight "${text}" must be more than zero`, [WEIGHT_HINT]);
  if (cmp(kg, MAX_KG) > 0) throw new UsageError(`--weight "${text}" is more than 300 kg; check the value and its unit`, [WEIGHT_HINT]);
  return { input: text.trim(), kg };
}

const UNITS: [RegExp, 'y' | 'm' | 'w' | 'd'][] = [
  [/^(y|yr|yrs|years?)$/i, 'y'],
  [/^(m|mo|mos|months?)$/i, 'm'],
  [/^(w|wk|wks|weeks?)$/i, 'w'],
  [/^(d|days?)$/i, 'd'],
];

/** Parses an age of whole years, months, weeks and days, largest unit first ("1y6m", "3 months", "10d"). */
export function parseAge(text: string): Age {
  const parts = [...text.trim().matchAll(/(\d+)\s*([a-z]+)\s*/gi)];
  const joined = parts.map((p) => p[0]).join('');
  if (parts.length === 0 || joined !== text.trim().replace(/^\s+/, '') || /\d\.\d/.test(text)) {
    throw new UsageError(`--age "${text}" is not an age in whole units`, [AGE_HINT]);
  }
  const total = { y: 0, m: 0, w: 0, d: 0 };
  let rank = -1;
  for (const [, n, unit] of parts) {
    const i = UNITS.findIndex(([re]) => re.test(unit!));
    if (i < 0 || i <= rank) throw new UsageError(`--age "${text}": "${unit}" is not one of y, m, w, d (largest first)`, [AGE_HINT]);
    rank = i;
    total[UNITS[i]![1]] = Number(n);
  }
  const age = { input: text.trim(), months: total.y * 12 + total.m, days: total.w * 7 + total.d };
  if (age.months > 130 * 12) throw new UsageError(`--age "${text}" is more than 130 years; check the value`, [AGE_HINT]);
  return age;
}

/** Whether an age is below a number of months: `unknown` when days make it depend on the calendar (60 days vs 2 months). */
export function ageBelow(age: Age, months: number): boolean | 'unknown' {
  if (age.months >= months) return false;
  if (age.days === 0) return true;
  const { least, most } = spanOfMonths(age.months, months);
  if (age.days < least) return true;
  if (age.days >= most) return false;
  return 'unknown';
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
export function ageText(age: Age): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  const parts: string[] = [];
  const [y, m] = [Math.floor(age.months / 12), age.months % 12];
  if (y) parts.push(plural(y, 'year'));
  if (m) parts.push(plural(m, 'month'));
  if (age.days % 7 === 0 && age.days) parts.push(plural(age.days / 7, 'week'));
  else if (age.days) parts.push(plural(age.days, 'day'));
  return parts.join(' ') || '0 days';
}
