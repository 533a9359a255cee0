/** The one reading of whole-number option values (--width, --count, --step, --limit). */
import { quote, UsageError } from './errors.js';

/** Digits only (blanks around them allowed), from `min` to `max`; undefined for anything else. */
export function tryWholeNumber(text: string | undefined, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (text === undefined || !/^\d+$/.test(text.trim())) return undefined;
  const n = Number(text);
  return n >= min && n <= max ? n : undefined;
}

/** A whole number from `min` to `max`, or a usage error naming the option and the range. */
export function wholeNumber(text: string, name: string, min: number, max?: number): number {
  const n = tryWholeNumber(text, min, max);
  if (n === undefined) throw new UsageError(`${name} must be a whole number from ${min}${max === undefined ? '' : ` to ${max}`}, not ${quote(text)}`);
  return n;
}

/** The widths output can be wrapped to. */
export const MIN_WIDTH = 20;
export const MAX_WIDTH = 1000;

/** `--width N`: a whole number of columns from 20 to 1000. */
export const parseWidth = (text: string): number => wholeNumber(text, '--width', MIN_WIDTH, MAX_WIDTH);
