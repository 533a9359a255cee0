import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawTable } from '../../src/render/draw-table.js';
import { cliTable3, wrap } from '../../src/render/layout.js';

// The small drawer must draw byte for byte what cli-table3 draws for the tables `table` hands it (cells wrapped to
// their columns), and decline (undefined) what it cannot draw the same way.
const character = fc.constantFrom('a', 'Z', '7', '-', ' ', '°', 'é', '中', '한', '１', '😀', '☺\ufe0f', '👩\u200d💻', 'e\u0301', '≤', '\ue001');
const text = fc.array(character, { maxLength: 60 }).map((cs) => cs.join(''));

function wrapped(head: string[], rows: string[][], colWidths: number[]) {
  const w = (s: string, i: number) => wrap(s, colWidths[i]! - 2).join('\n');
  return { heads: head.map(w), cells: rows.map((r) => head.map((_, i) => w(r[i] ?? '', i))) };
}

describe('drawTable', () => {
  it('draws what cli-table3 draws for wrapped cells (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((n) =>
          fc.tuple(fc.array(text, { minLength: n, maxLength: n }), fc.array(fc.array(text, { minLength: 0, maxLength: n + 1 }), { maxLength: 6 }), fc.array(fc.integer({ min: 8, max: 30 }), { minLength: n, maxLength: n })),
        ),
        ([head, rows, colWidths]) => {
          const { heads, cells } = wrapped(head, rows, colWidths);
          const drawn = drawTable(heads, cells, colWidths);
          expect(drawn).toBeDefined();
          expect(drawn).toBe(cliTable3(heads, cells, colWidths));
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each([
    [['Situation', 'What to do'], [['Out of the fridge', 'Keep below 30 °C for up to\n30 days'], ['', 'x']], [20, 30]],
    [['Id', 'Brand'], [], [8, 10]],
    [['A'], [['one\ntwo\nthree']], [9]],
  ])('draws %j as cli-table3 does', (head, rows, colWidths) => {
    expect(drawTable(head, rows, colWidths)).toBe(cliTable3(head, rows, colWidths));
  });

  it('leaves a cell wider than its column to cli-table3', () => {
    expect(drawTable(['Id'], [['a much longer cell']], [8])).toBeUndefined();
    expect(drawTable(['Id'], [['tab\there']], [20])).toBeUndefined();
  });
});
