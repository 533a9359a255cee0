/** The one reading of whole-number option values (--width, --count, --step, --limit). */
import { quote, UsageError } from './errors.js';

/**
 * Digits only, from `min` to `max`; undefined for anything else. Blanks around the digits are allowed unless `blanks`
 * is false (a count may come from `wc -l`, which pads; a width is typed or from `tput cols`, so a blank is a typo).
 */
export function tryWholeNumber(text: string | undefined, min: number, max = Number.MAX_SAFE_INTEGER, blanks = true): number | undefined {
  if (text === undefined || !/^\d+$/.test(blanks ? text.trim() : text)) return undefined;
  const n = Number(text);
  return n >= min && n <= max ? n : undefined;
}

/** A whole number from `min` to `max`, or a usage error naming the option and the range. */
export function wholeNumber(text: string, name: string, min: number, max?: number, blanks = true): number {
  const n = tryWholeNumber(text, min, max, blanks);
  if (n === undefined) throw new UsageError(`${name} must be a whole number from ${min}${max === undefined ? '' : ` to ${max}`}, not ${quote(text)}`);
  return n;
}

/** The widths output can be wrapped to. */
export const MIN_WIDTH = 20;
export const MAX_WIDTH = 1000;

/** `--width N`: a plain whole number of columns from 20 to 1000 (no sign, no blanks). */
export const parseWidth = (text: string): number => wholeNumber(text, '--width', MIN_WIDTH, MAX_WIDTH, false);

/** `--width N` read for help, which is printed before options are parsed: the same numbers, else undefined. */
export const tryWidth = (text: string | undefined): number | undefined => tryWholeNumber(text, MIN_WIDTH, MAX_WIDTH, false);
