import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitColumns, foldLines, keyValues, table, widthOf, wrap } from '../../src/render/layout.js';
import { sanitize } from '../../src/render/sanitize.js';
import { unmark } from '../../src/render/theme.js';

/** Characters as a reader sees them (a letter with its accents, an emoji with its modifiers), spaces left out. */
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const visibleCharacters = (s: string): string[] => [...segmenter.segment(s)].map((g) => g.segment).filter((g) => !/^[ \n]+$/.test(g));

/** Prose of narrow, wide (CJK, fullwidth, emoji) and zero-width-extended (VS16, ZWJ, combining) characters, and units. */
const character = fc.constantFrom('a', 'Z', '7', '-', '°', 'é', '中', '文', '한', 'ア', '１', '😀', '👍', '☺', '☺\ufe0f', '❤\ufe0f', '👩\u200d💻', '👨\u200d👩\u200d👧', 'e\u0301', 'a\u0308\u0323');
const proseWord = fc.oneof(fc.array(character, { minLength: 1, maxLength: 14 }).map((cs) => cs.join('')), fc.constantFrom('30', '12345678', '°C', 'mg', 'days', '≤', 'h'));
const prose = fc.array(fc.tuple(proseWord, fc.constantFrom(' ', '  ', '\n')), { minLength: 1, maxLength: 30 }).map((ws) => ws.map(([w, sep]) => w + sep).join(''));

describe('wrap', () => {
  it('wraps at word boundaries with indents', () => {
    expect(wrap('one two three four five', 10, '  ', '- ')).toEqual(['- one two', '  three', '  four', '  five']);
  });

  it('fits the width, splits only a word wider than the line, in whole characters, and keeps the text (property)', () => {
    fc.assert(
      fc.property(prose, fc.integer({ min: 10, max: 60 }), fc.constantFrom(['', ''], ['  ', '- '], ['    ', '    ']), (text, width, [indent, first]) => {
        const lines = wrap(text, width, indent, first);
        for (const line of lines) expect(widthOf(line), JSON.stringify(lines)).toBeLessThanOrEqual(width);
        const bodies = lines.map((line, i) => line.slice((i === 0 ? first : indent).length));
        expect(bodies.flatMap(visibleCharacters)).toEqual(visibleCharacters(sanitize(text)));
        for (const word of sanitize(text).split(/[ \n]+/).filter(Boolean)) {
          if (widthOf(word) <= width - indent.length) expect(bodies.some((b) => b.split(' ').includes(word)), `${word} in ${JSON.stringify(lines)}`).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['中文中文中文中文中文中文', 10, ['中文中文中', '文中文中文', '中文']],
    ['ae\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301', 10, ['ae\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301', 'e\u0301']],
    ['take 12345678 days', 10, ['take', '12345678', 'days']],
  ])('splits %j at %i in whole characters of display width', (text, width, expected) => {
    expect(wrap(text, width)).toEqual(expected);
  });

  it('keeps an emoji with its variation selector when it splits a word', () => {
    const lines = wrap(`${'a'.repeat(9)}❤\ufe0f${'b'.repeat(9)}`, 10);
    expect(lines.join('')).toBe(`${'a'.repeat(9)}❤\ufe0f${'b'.repeat(9)}`);
    expect(lines.some((l) => l.startsWith('\ufe0f'))).toBe(false);
  });

  it('keeps a number with its unit and a sign with its number', () => {
    expect(wrap('store it at ≤ 30 °C for 14 days', 14)).toEqual(['store it at', '≤ 30 °C for', '14 days']);
  });

  it('splits a word longer than the line', () => {
    expect(wrap('abcdefghijklmnop', 8)).toEqual(['abcdefgh', 'ijklmnop']);
  });

  it('breaks a word wider than the line after a hyphen before splitting it', () => {
    expect(wrap('an out-of-carton allowance', 10)).toEqual(['an', 'out-of-', 'carton', 'allowance']);
  });
});

describe('fitColumns', () => {
  it.each([
    [[10, 20], 40, [10, 20]],
    [[10, 200], 60, [10, 50]],
    [[75, 160], 97, [49, 48]],
    [[8, 8, 8], 30, [8, 8, 8]],
  ])('%j into %i -> %j', (natural, total, expected) => expect(fitColumns(natural, total)).toEqual(expected));

  it('fills the width exactly when it must shrink', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 3, max: 200 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 40, max: 200 }), (natural, total) => {
        const sum = natural.reduce((a, b) => a + b, 0);
        const got = fitColumns(natural, total).reduce((a, b) => a + b, 0);
        return sum <= total ? got === sum : got === total;
      }),
    );
  });
});

describe('table', () => {
  it('fits the given width', () => {
    const out = table(['Situation', 'What to do'], [['a long situation '.repeat(5), 'an even longer instruction '.repeat(8)]], 60);
    expect(Math.max(...out.split('\n').map(widthOf))).toBe(60);
  });
});

const words = fc.array(fc.constantFrom('a', 'q', 'z', 'é', '中', '한', '😀', '❤\ufe0f', 'e\u0301'), { minLength: 1, maxLength: 12 }).map((cs) => cs.join(''));
const cell = fc.array(words, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' '));

describe('tables never split a word', () => {
  it('keeps every word of every cell whole, whatever the width (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(fc.array(words, { minLength: n, maxLength: n }), fc.array(fc.array(cell, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 4 }))), fc.integer({ min: 40, max: 160 }), ([head, rows], width) => {
        const out = unmark(table(head, rows, width));
        const seen = new Set(out.split(/[\s│┌┐└┘├┤┬┴┼─:]+/u));
        // A record's value column starts after a label of up to 24 columns: a word wider than what is left there
        // is wider than its column, the one case the rule lets wrap() split.
        const fits = (w: string) => widthOf(w) <= width - 26;
        return [...head, ...rows.flat().flatMap((c) => c.split(' '))].filter(fits).every((w) => seen.has(w)) && out.split('\n').every((l) => widthOf(l) <= width);
      }),
    );
  });

  it.each([
    [['Manufacturer'], [['Novartis Gene Therapies']], 20, 'Manufacturer'],
    [['Class', 'Form'], [['SMN2-directed antisense oligonucleotide', 'Intrathecal injection']], 40, 'oligonucleotide'],
  ])('%j at %i keeps %s whole', (head, rows, width, word) => {
    expect(unmark(table(head, rows, width))).toMatch(new RegExp(`\\b${word}\\b`));
  });
});

describe('narrow tables', () => {
  it('turn into one record per row when the columns cannot fit', () => {
    const out = table(['Id', 'Brand', 'Generic', 'Class', 'Form', 'Maker'], [['a', 'b', 'c', 'd', 'e', 'f']], 40);
    expect(out).not.toContain('│');
    expect(unmark(out)).toContain('Generic: c');
    expect(Math.max(...out.split('\n').map(widthOf))).toBeLessThanOrEqual(40);
  });
});

describe('keyValues', () => {
  it('pads labels by display width, so wide labels line up and fit', () => {
    expect(unmark(keyValues([['한a', 'one'], ['ab', 'two']], 40))).toBe('한a: one\nab:  two');
  });

  it('gives a label too wide for its column a line of its own', () => {
    const out = unmark(keyValues([['A heading much wider than the label column', 'value']], 40));
    expect(out).toBe('A heading much wider than the label column:\n                        value');
  });
});

describe('foldLines', () => {
  it('folds only lines wider than the width, keeping their indent', () => {
    expect(foldLines('short\n  a long line of words here', 12)).toBe('short\n  a long\n  line of\n  words here');
  });

  it('does not count style markers', () => {
    expect(foldLines('\ue001heading\ue000 text', 12)).toBe('\ue001heading\ue000 text');
  });
});
