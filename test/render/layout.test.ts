import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitColumns, foldLines, table, widthOf, wrap } from '../../src/render/layout.js';
import { unmark } from '../../src/render/theme.js';

describe('wrap', () => {
  it('wraps at word boundaries with indents', () => {
    expect(wrap('one two three four five', 10, '  ', '- ')).toEqual(['- one two', '  three', '  four', '  five']);
  });

  it('never produces a line wider than the width', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 10, max: 120 }), (text, width) =>
        wrap(text.replace(/[^\x20-\x7e\n]/g, 'x'), width).every((line) => widthOf(line) <= width),
      ),
    );
  });

  it('keeps a number with its unit and a sign with its number', () => {
    expect(wrap('store it at ≤ 30 °C for 14 days', 14)).toEqual(['store it at', '≤ 30 °C for', '14 days']);
  });

  it('splits a word longer than the line', () => {
    expect(wrap('abcdefghijklmnop', 8)).toEqual(['abcdefgh', 'ijklmnop']);
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

describe('narrow tables', () => {
  it('turn into one record per row when the columns cannot fit', () => {
    const out = table(['Id', 'Brand', 'Generic', 'Class', 'Form', 'Maker'], [['a', 'b', 'c', 'd', 'e', 'f']], 40);
    expect(out).not.toContain('│');
    expect(unmark(out)).toContain('Generic: c');
    expect(Math.max(...out.split('\n').map(widthOf))).toBeLessThanOrEqual(40);
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
