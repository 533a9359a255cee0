/** Temperatures and durations as users type them (22C, 71.6F, 1d12h) and as the output shows them. */
import { UsageError } from '../errors.js';

/** Coldest and warmest temperatures accepted anywhere (°C): beyond them the input is a mistake, not an excursion. */
export const MIN_C = -90;
export const MAX_C = 70;

const MS = { d: 86_400_000, h: 3_600_000, m: 60_000, min: 60_000 } as const;

/** Milliseconds in one unit of a schema amount. */
export const unitMs = (unit: 'min' | 'h' | 'd'): number => MS[unit];

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

/** Checks a °C value against the possible range; `what` names it in the message. */
export function checkPossible(c: number, what: string): number {
  if (c < MIN_C || c > MAX_C) {
    throw new UsageError(`${what}: ${formatC(c)} is not a possible storage temperature (below ${MIN_C} °C or above ${MAX_C} °C)`);
  }
  return c;
}

const TEMPERATURE = /^([+\-−]?)(\d+(?:[.,]\d+)?)\s*(?:°|º|˚)?\s*([a-z]*)$/i;

/** Parses `22C`, `22°C`, `71.6F`, `-2C` into °C; no unit, an unknown unit or an impossible value is a usage error. */
export function parseTemperature(text: string): number {
  const m = TEMPERATURE.exec(text.trim());
  if (!m) throw new UsageError(`cannot read the temperature "${text}"`, ['write it like 22C, 22°C, 71.6F or -2C']);
  const [, sign, digits = '', unit = ''] = m;
  const value = Number(digits.replace(',', '.')) * (sign && sign !== '+' ? -1 : 1);
  const u = unit.toUpperCase();
  if (u === '') throw new UsageError(`the temperature "${text}" has no unit`, ['add C or F: 22C or 71.6F']);
  if (u !== 'C' && u !== 'F') throw new UsageError(`unknown temperature unit "${unit}" in "${text}"`, ['use C (Celsius) or F (Fahrenheit)']);
  return checkPossible(u === 'F' ? fToC(value) : round(value, 6), `temperature "${text}"`);
}

const DURATION_PART = /(\d+(?:\.\d+)?)\s*(d|h|min|m)/gy;

/** Parses `90m`, `20h`, `3d`, `1d12h`, `1.5h` into milliseconds; zero, negative or unitless is a usage error. */
export function parseDuration(text: string): number {
  const t = text.replace(/\s+/g, '').toLowerCase();
  if (/^[-−]/.test(t)) throw new UsageError(`the duration "${text}" is negative`, ['give a length of time like 90m, 20h, 3d or 1d12h']);
  DURATION_PART.lastIndex = 0;
  let ms = 0;
  let end = 0;
  for (let m = DURATION_PART.exec(t); m; m = DURATION_PART.exec(t)) {
    ms += Number(m[1]) * MS[m[2] as keyof typeof MS];
    end = DURATION_PART.lastIndex;
  }
  if (t === '' || end !== t.length) throw new UsageError(`cannot read the duration "${text}"`, ['write it like 90m, 20h, 3d or 1d12h (units d, h, m)']);
  if (ms <= 0) throw new UsageError(`the duration "${text}" is zero`, ['give a length of time like 90m, 20h, 3d or 1d12h']);
  return Math.round(ms);
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
export const styleOf = (unit: 'min' | 'h' | 'd'): 'h' | 'd' => (unit === 'd' ? 'd' : 'h');

/** "30 h", "14 d", "5 min": a schema amount as the source wrote it. */
export const formatAmount = (a: { value: number; unit: 'min' | 'h' | 'd' }): string => `${num(a.value)} ${a.unit}`;
