/** Display width of terminal text, fast: the table code measures every line of every cell. */

const ANSI = /\u001b\[[0-9;]*[A-Za-z]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

/** East Asian wide and emoji ranges: two columns each. */
const isWide = (cp: number): boolean =>
  (cp >= 0x1100 && cp <= 0x115f) ||
  (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
  (cp >= 0xac00 && cp <= 0xd7a3) ||
  (cp >= 0xf900 && cp <= 0xfaff) ||
  (cp >= 0xfe30 && cp <= 0xfe4f) ||
  (cp >= 0xff00 && cp <= 0xff60) ||
  (cp >= 0xffe0 && cp <= 0xffe6) ||
  (cp >= 0x1f300 && cp <= 0x1f64f) ||
  (cp >= 0x1f900 && cp <= 0x1f9ff) ||
  (cp >= 0x20000 && cp <= 0x3fffd);

/** Zero-width: controls, combining marks, zero-width joiners, variation selectors, and the theme's style markers. */
const isZero = (cp: number): boolean =>
  cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe000 && cp <= 0xe008);

/** Columns a string takes in a terminal (ANSI escapes count zero). Plain ASCII takes a fast path. */
export function displayWidth(text: string): number {
  const s = text.includes('\u001b') ? text.replace(ANSI, '') : text;
  // eslint-disable-next-line no-control-regex
  if (/^[\x20-\x7e]*$/.test(s)) return s.length;
  let width = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (!isZero(cp)) width += isWide(cp) ? 2 : 1;
  }
  return width;
}
