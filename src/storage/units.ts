/** Temperatures and durations as users type them (22C, 71.6F, 1d12h) and as the output shows them. */
import { quote, UsageError } from '../errors.js';

/** Coldest and warmest temperatures accepted anywhere (°C): beyond them the input is a mistake, not an excursion. */
export const MIN_C = -90;
export const MAX_C = 70;

const MS = { d: 86_400_000, h: 3_600_000, m: 60_000, min: 60_000 } as const;

/** A unit of a schema amount: minutes, hours, days, weeks, months. */
export type AmountUnit = 'min' | 'h' | 'd' | 'wk' | 'mo';

// A label's "months" are calendar months of unknown length: counted as 28 days, the shortest, so a check can
// never come out within on a longer month that the label may not have meant.
const AMOUNT_MS: Record<AmountUnit, number> = { min: MS.min, h: MS.h, d: MS.d, wk: 7 * MS.d, mo: 28 * MS.d };

/** Milliseconds in one unit of a schema amount (a month counts as 28 days, the stricter reading). */
export const unitMs = (unit: AmountUnit): number => AMOUNT_MS[unit];

/** °C to °F. */
export const cToF = (c: number): number => round(c * 1.8 + 32, 6);

/** °F to °C, rounded to 6 decimals so that 77 °F is exactly 25 °C and 71.6 °F exactly 22 °C. */
export const fToC = (f: number): number => round(((f - 32) * 5) / 9, 6);

const round = (x: number, places: number) => {
  const r = Math.round(x * 10 ** places) / 10 ** places;
  return Object.is(r, -0) ? 0 : r;
};

/** A number for display: at most two decimals, no trailing zeros, a real minus sign. */
export const num = (x: number): string => String(round(x, 2)).replace('-', '−');

/** "22 °C". */
export const formatC = (c: number): string => `${num(c)} °C`;
/** "71.6 °F" for 22 °C. */
export const formatF = (c: number): string => `${num(cToF(c))} °F`;
/** "22 °C (71.6 °F)". */
export const formatCF = (c: number): string => `${formatC(c)} (${formatF(c)})`;

/** The possible range in words, for messages. */
export const POSSIBLE = `from ${formatC(MIN_C)} to ${formatC(MAX_C)}`;

/**
 * Whether a temperature as typed or logged, in its own unit and before any conversion or rounding, is a possible
 * storage temperature: so 70.0000001C is refused alike on the command line and in a log.
 */
export function isPossible(value: number, unit: 'C' | 'F'): boolean {
  const c = unit === 'F' ? ((value - 32) * 5) / 9 : value;
  return c >= MIN_C && c <= MAX_C;
}

const TEMPERATURE = /^([+\-−]?)(\d{1,6}(?:[.,]\d{1,20})?)\s*(?:°|º|˚)?\s*([a-z]*)$/i;
const TEMPERATURE_EXAMPLES = 'write it like 22C, 22°C, 71.6F or -2C';

/** Parses `22C`, `22°C`, `71.6F`, `-2C` into °C; no unit, an unknown unit or an impossible value is a usage error. */
export function parseTemperature(text: string): number {
  const m = TEMPERATURE.exec(text.trim());
  if (!m) throw new UsageError(`cannot read the temperature ${quote(text)}`, [TEMPERATURE_EXAMPLES]);
  const [, sign, digits = '', unit = ''] = m;
  const value = Number(digits.replace(',', '.')) * (sign && sign !== '+' ? -1 : 1);
  const u = unit.toUpperCase();
  if (u === '') throw new UsageError(`the temperature ${quote(text)} has no unit`, ['add C or F: 22C or 71.6F']);
  if (u !== 'C' && u !== 'F') throw new UsageError(`unknown temperature unit ${quote(unit)} in ${quote(text)}`, ['use C (Celsius) or F (Fahrenheit)']);
  if (!isPossible(value, u)) {
    throw new UsageError(`the temperature ${quote(text)} is not a possible storage temperature (${POSSIBLE})`, [TEMPERATURE_EXAMPLES]);
  }
  return u === 'F' ? fToC(value) : round(value, 6) + 0;
}

/** The longest duration accepted (ten years): longer is a typing mistake, and every total stays a finite number. */
export const MAX_DURATION_DAYS = 3650;
const PART = '(\\d{1,7}(?:\\.\\d{1,2})?)';
/** Days, hours, minutes: each at most once, largest first (`1d12h30m`), up to two decimals (`1.5h`). */
const DURATION = new RegExp(`^(?:${PART}\\s*d\\s*)?(?:${PART}\\s*h\\s*)?(?:${PART}\\s*(?:min|m))?$`);
const DURATION_EXAMPLES = 'write it like 90m, 20h, 3d or 1d12h: units d, h and m, largest first, each once';

/** Parses `90m`, `20h`, `3d`, `1d12h`, `1.5h` into milliseconds: from 1 minute to 3650 days; anything else is a usage error. */
export function parseDuration(text: string): number {
  const t = text.trim().toLowerCase();
  if (/^[-−]/.test(t)) throw new UsageError(`the duration ${quote(text)} is negative`, [DURATION_EXAMPLES]);
  const m = DURATION.exec(t);
  if (t === '' || !m) throw new UsageError(`cannot read the duration ${quote(text)}`, [DURATION_EXAMPLES]);
  const [d = 0, h = 0, min = 0] = m.slice(1).map((x) => Number(x ?? 0));
  const ms = Math.round(d * MS.d + h * MS.h + min * MS.m);
  if (ms === 0) throw new UsageError(`the duration ${quote(text)} is zero`, [DURATION_EXAMPLES]);
  if (ms < MS.m) throw new UsageError(`the duration ${quote(text)} is shorter than a minute`, [DURATION_EXAMPLES]);
  if (ms > MAX_DURATION_DAYS * MS.d) throw new UsageError(`the duration ${quote(text)} is longer than ${MAX_DURATION_DAYS} days`, [DURATION_EXAMPLES]);
  return ms;
}

/** How a duration reads: in hours (30 h, 19 h 30 min) or in days (13 d 14 h); seconds only when there are some. */
export function formatDuration(ms: number, style: 'h' | 'd' | 'auto' = 'auto'): string {
  const useDays = style === 'd' || (style === 'auto' && ms >= 2 * MS.d);
  let rest = Math.round(ms / 1000);
  const days = useDays ? Math.floor(rest / 86_400) : 0;
  rest -= days * 86_400;
  const parts: [number, string][] = [
    [days, 'd'],
    [Math.floor(rest / 3600), 'h'],
    [Math.floor((rest % 3600) / 60), 'min'],
    [rest % 60, 's'],
  ];
  const shown = parts.filter(([n]) => n > 0).map(([n, u]) => `${n} ${u}`);
  return shown.length > 0 ? shown.join(' ') : ms > 0 ? 'under 1 s' : useDays ? '0 d' : '0 h';
}

/** The display style that matches an amount's own unit. */
export const styleOf = (unit: AmountUnit): 'h' | 'd' => (unit === 'min' || unit === 'h' ? 'h' : 'd');

/** "30 h", "14 d", "5 min": a schema amount as the source wrote it. */
export const formatAmount = (a: { value: number; unit: AmountUnit }): string => `${num(a.value)} ${a.unit}`;
