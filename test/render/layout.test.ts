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

const words = fc.stringMatching(/^[a-z]{1,12}$/);
const cell = fc.array(words, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' '));

describe('tables never split a word', () => {
  it('keeps every word of every cell whole, whatever the width (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(fc.array(words, { minLength: n, maxLength: n }), fc.array(fc.array(cell, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 4 }))), fc.integer({ min: 40, max: 160 }), ([head, rows], width) => {
        const out = unmark(table(head, rows, width));
        const seen = new Set(out.split(/[^a-z]+/));
        return [...head, ...rows.flat().flatMap((c) => c.split(' '))].every((w) => seen.has(w)) && out.split('\n').every((l) => widthOf(l) <= width);
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

describe('foldLines', () => {
  it('folds only lines wider than the width, keeping their indent', () => {
    expect(foldLines('short\n  a long line of words here', 12)).toBe('short\n  a long\n  line of\n  words here');
  });

  it('does not count style markers', () => {
    expect(foldLines('\ue001heading\ue000 text', 12)).toBe('\ue001heading\ue000 text');
  });
});
