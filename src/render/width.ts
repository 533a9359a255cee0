/** Display width of terminal text, fast: the table code measures every line of every cell. */
import { WIDTH_RANGES } from './width-table.js';

const ANSI = /\u001b\[[0-9;]*[A-Za-z]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

/**
 * Columns of one code point: string-width's answer, from the generated range table (binary search), except the
 * theme's style markers (U+E000–U+E008), which are ours, never reach the terminal, and count zero.
 */
export function codePointWidth(cp: number): number {
  if (cp >= 0xe000 && cp <= 0xe008) return 0;
  // Fast path for Latin, Greek, Cyrillic, punctuation and symbols (°, –, ≤, ×): the table has no range there.
  if (cp >= 0xa0 && cp < 0x231a && (cp < 0x300 || cp > 0x36f) && (cp < 0x1100 || cp > 0x115f)) return 1;
  let lo = 0;
  let hi = WIDTH_RANGES.length / 3 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < WIDTH_RANGES[mid * 3]!) hi = mid - 1;
    else if (cp > WIDTH_RANGES[mid * 3 + 1]!) lo = mid + 1;
    else return WIDTH_RANGES[mid * 3 + 2]!;
  }
  return 1;
}

/** Columns a string takes in a terminal (ANSI escapes count zero). Plain ASCII takes a fast path. */
export function displayWidth(text: string): number {
  const s = text.includes('\u001b') ? text.replace(ANSI, '') : text;
  // eslint-disable-next-line no-control-regex
  if (/^[\x20-\x7e]*$/.test(s)) return s.length;
  let width = 0;
  for (const ch of s) width += codePointWidth(ch.codePointAt(0)!);
  return width;
}
