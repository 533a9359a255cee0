/** The short cuts that let `list` draw 10,000 rows: each gives exactly what the general code gives. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldLines, keyValues, longestWord, table, wrap, wrapWords } from '../../src/render/layout.js';
import { displayWidth } from '../../src/render/width.js';
import { normalizeName } from '../../src/text.js';

// Words that exercise the general code: units kept with numbers, hyphens, signs, wide and invisible characters.
const word = fc.constantFrom('30', 'mg', '°C', '≤', 'out-of-carton', 'Pharmaceutical,', 'a', 'Inc.', '日本', 'x\u200by', 'tab\there', 'SPINRAZA', 'not', 'stated', '');
const text = fc.array(fc.tuple(word, fc.constantFrom(' ', ' ', '  ', '\n', '')), { maxLength: 12 }).map((ws) => ws.map(([w, s]) => w + s).join(''));
const indent = fc.constantFrom('', '  ', '- ', '              ', '\ue001ab\ue000 ');

describe('list drawing at scale', () => {
  it('wrap gives what its general case gives', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 90 }), indent, indent, (t, width, ind, first) => {
        expect(wrap(t, width, ind, first)).toEqual(wrapWords(t, width, ind, first));
      }),
      { numRuns: 3000 },
    );
  });

  it('a long table turns into records exactly when a word of any row, even the last, needs it, and as each row alone', () => {
    const head = ['Id', 'Brand', 'Generic', 'Class', 'Form', 'Manufacturer'];
    const rows = Array.from({ length: 60 }, (_, i) => [`drug-${i}`, `Drug ${i}`, `drug ${i}`, 'not stated', 'not stated, not stated', 'Biogen']);
    rows[59]![5] = 'Otsuka America Pharmaceutical-Company, Inc.';
    for (let width = 30; width <= 140; width++) {
      const least = head.map((h, i) => Math.max(6, longestWord(h), ...rows.map((r) => longestWord(r[i]!))) + 2).reduce((a, b) => a + b, 0);
      const drawn = table(head, rows, width);
      const rule = '─'.repeat(Math.min(width, 40));
      if (least > width - 7) expect(drawn).toBe(rows.map((r) => `${rule}\n${keyValues(head.map((h, i) => [h, r[i]!] as const), width)}`).join('\n'));
      else expect(drawn.startsWith('┌')).toBe(true);
    }
  });

  it('foldLines may leave a line of n code units alone at width 2n: no character takes more than two columns', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (line) => {
      expect(displayWidth(line)).toBeLessThanOrEqual(2 * line.length);
    }));
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (line) => {
      expect(displayWidth(line)).toBeLessThanOrEqual(2 * line.length);
    }));
    expect(foldLines('x'.repeat(40), 80)).toBe('x'.repeat(40));
  });
});

describe('name lookup at scale', () => {
  it("normalizeName's short cut for printable ASCII gives what the general form gives", () => {
    const general = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s_]+/g, ' ').trim();
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 30 }), (name) => {
        expect(normalizeName(name)).toBe(general(name));
      }),
    );
  });
});
