/** The log chart reads without colour: every line across it has a glyph of its own, and the legend names it. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('the logger chart legend', () => {
  it('gives each limit line (30, 25, 8 and 2 °C) its own glyph, drawn on that line', async () => {
    const out = (await runCli(['storage', 'spinraza', '--log', 'test/fixtures/storage/logs/fridge-failure.csv', '--width', '80'])).stdout;
    const legend = out.slice(out.indexOf('°C; █')).split('\n\n')[0]!.replace(/\s+/g, ' ');
    const entries = [...legend.matchAll(/, (\S) ([^,]+?)(?=,|$)/g)].map((m) => ({ glyph: m[1]!, label: m[2]!.trim() }));
    expect(entries.length).toBeGreaterThanOrEqual(4);
    expect(new Set(entries.map((e) => e.glyph)).size).toBe(entries.length);
    for (const { glyph, label } of entries) {
      const c = /(-?\d+(?:\.\d+)?)$/.exec(label)?.[1];
      const row = out.split('\n').find((l) => c !== undefined && l.trimStart().startsWith(`${c} ┤`));
      expect(row, `${glyph} ${label}`).toContain(glyph.repeat(3));
    }
  });
});
