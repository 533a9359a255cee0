import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompareValue, CompareView } from '../../src/compare/compare.js';
import { columnWidths, compactCite, MIN_COLUMN, renderCompare, renderCompareMarkdown } from '../../src/render/compare.js';
import { widthOf } from '../../src/render/layout.js';
import { unmark } from '../../src/render/theme.js';

const LONG = 'a long detail line that keeps going well past any column width so that it has to wrap several times';

/** A view with `n` drugs, each answering every shown field with the same long value. */
function view(names: readonly (readonly [string, string])[], value: CompareValue = { summary: 'Summary', details: [LONG], sources: [{ source: 's', section: '1' }] }): CompareView {
  const ids = names.map((_, i) => `d${i}`);
  return {
    drugs: ids,
    monographs: Object.fromEntries(names.map(([brand, generic], i) => [`d${i}`, { brand, generic, hasCompareData: true }])),
    rows: [{ field: 'population', label: 'Approved population', values: Object.fromEntries(ids.map((id) => [id, [value]])) }],
    sources: Object.fromEntries(ids.map((id) => [id, [{ id: 's', kind: 'web' as const, title: 'S', url: 'https://example.invalid/' }]])),
  };
}
const drugs = (n: number) => Array.from({ length: n }, (_, i) => [`Drug${i}`, `generic${i}`] as const);

describe('compactCite', () => {
  it.each([
    [[{ source: 'us-label', section: '1' }, { source: 'us-label', section: '8.4' }, { source: 'page', section: '1.2' }], 'us-label §1, §8.4; page §1.2'],
    [[{ source: 'page' }], 'page'],
    [[{ source: 'page', section: 'What is it?' }, { source: 'page', section: 'What is it?' }], 'page "What is it?"'],
    [[{ source: 'label', section: '2', note: 'tablet' }, { source: 'web', note: 'tablet' }], 'label §2 (tablet); web (tablet)'],
  ])('%j -> %s', (refs, expected) => expect(compactCite(refs)).toBe(expected));
});

describe('columnWidths: the grid while every drug column keeps MIN_COLUMN characters, else stacked', () => {
  // Text room is the width less one border and three characters (" │ ") per column.
  it.each([
    [3, 100, [30, 30, 30]],
    [3, 1 + 3 * 3 + 3 * MIN_COLUMN, [24, 24, 24]],
    [3, 3 * 3 + 3 * MIN_COLUMN, undefined],
    [3, 60, undefined],
    [2, 60, [27, 26]],
    [6, 160, undefined],
    [6, 1 + 6 * 3 + 6 * MIN_COLUMN, [24, 24, 24, 24, 24, 24]],
    [2, 1000, [60, 60]],
  ])('%i drugs at width %i -> %j', (n, width, expected) => expect(columnWidths(view(drugs(n)), width)).toEqual(expected));

  it('keeps narrow columns at their natural width', () => {
    const short = view(drugs(3), { summary: 'Once', sources: [{ source: 's' }] });
    expect(columnWidths(short, 60)).toEqual([16, 16, 16]);
  });
});

describe('renderCompare', () => {
  const letter = fc.constantFrom('a', 'z', 'é', '中', '한', 'ア', '😀', '❤\ufe0f', 'e\u0301');
  const run = (min: number, max: number) => fc.array(letter, { minLength: min, maxLength: max }).map((cs) => cs.join(''));
  const names = fc.array(fc.tuple(fc.tuple(fc.constantFrom('A', 'Z', '中'), run(0, 30)).map(([a, b]) => a + b), fc.tuple(run(1, 12), fc.array(run(1, 30), { maxLength: 2 })).map(([g, more]) => [g, ...more].join(' '))), { minLength: 2, maxLength: 6 });

  it('fits every line to the width and never drops a character of a drug name, in either layout', () => {
    fc.assert(
      fc.property(names, fc.integer({ min: 20, max: 220 }), (ns, width) => {
        const v = view(ns);
        const lines = unmark(renderCompare(v, { width })).split('\n');
        expect(lines.every((l) => widthOf(l) <= width)).toBe(true);
        const flat = (s: string) => s.replace(/\s+/g, '');
        const widths = columnWidths(v, width);
        ns.forEach(([brand, generic], j) => {
          const name = flat(`${brand} (${generic})`);
          if (widths) {
            const header = lines.slice(1 + lines.indexOf(lines.find((l) => l.startsWith('┌'))!), lines.findIndex((l) => l.startsWith('├')));
            expect(flat(header.map((l) => l.split('│')[j + 1] ?? '').join(''))).toBe(name);
          } else {
            expect(flat(lines.join('')).split(name).length - 1).toBeGreaterThanOrEqual(2); // its block, and its sources
          }
        });
      }),
    );
  });

  it('says "not in this monograph" for a drug without comparison data, in the cell and in the sources', () => {
    const v = view(drugs(2));
    v.monographs.d1!.hasCompareData = false;
    v.rows[0]!.values.d1 = [];
    v.sources.d1 = [];
    const text = unmark(renderCompare(v, { width: 100 }));
    expect(text).toContain('│ not in this monograph');
    expect(text).toContain('Drug1 (generic1)\n  its monograph has no comparison data');
    expect(renderCompareMarkdown(v)).toContain('| not in this monograph |');
  });

  it('writes markdown as a table up to three drugs and as sections beyond', () => {
    expect(renderCompareMarkdown(view(drugs(3)))).toContain('| Field | Drug0 (generic0) | Drug1 (generic1) | Drug2 (generic2) |');
    const md = renderCompareMarkdown(view(drugs(4)));
    expect(md).not.toContain('| Field');
    expect(md).toContain('## Approved population\n\n### Drug0 (generic0)\n\n**Summary**\n\n- a long detail');
  });
});
