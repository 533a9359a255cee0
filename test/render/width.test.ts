/** Our width table agrees with the `string-width` package on every code point of Unicode (and stays faster). */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointWidth, displayWidth } from '../../src/render/width.js';

// The real package, not the alias vitest.config.ts points `string-width` at.
const stringWidth = createRequire(import.meta.url)('../../node_modules/string-width/index.js') as (s: string) => number;
const isMarker = (cp: number) => cp >= 0xe000 && cp <= 0xe008; // the theme's style markers: ours, zero width

describe('display width', () => {
  it('agrees with string-width on every code point (U+0000–U+10FFFF, surrogates aside)', () => {
    const disagree: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if ((cp >= 0xd800 && cp <= 0xdfff) || isMarker(cp)) continue;
      const ch = String.fromCodePoint(cp);
      if (codePointWidth(cp) !== stringWidth(ch) || displayWidth(ch) !== stringWidth(ch)) disagree.push(cp.toString(16));
    }
    expect(disagree).toEqual([]);
  });

  it('agrees on strings of single-width, wide and zero-width characters (property)', () => {
    const simple = fc.integer({ min: 0x20, max: 0x10ffff }).filter((cp) => !(cp >= 0xd800 && cp <= 0xdfff) && !isMarker(cp) && !/\p{Extended_Pictographic}|\p{Emoji_Component}|\p{Regional_Indicator}/u.test(String.fromCodePoint(cp)));
    fc.assert(fc.property(fc.array(simple, { maxLength: 20 }), (cps) => displayWidth(String.fromCodePoint(...cps)) === stringWidth(String.fromCodePoint(...cps))));
  });

  it('counts the style markers and ANSI escapes as zero', () => {
    expect(displayWidth('\ue001ab\ue000\u001b[31mc\u001b[0m')).toBe(3);
  });
});
