/** `--format markdown` gives a handout for every command: a heading first, tables that line up, no terminal codes. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const handouts: string[][] = [
  ['list'],
  ['show', 'spinraza'],
  ['show', 'zolgensma', 'boxed-warning', 'dosing'],
  ['sections', 'evrysdi'],
  ['search', 'platelet', 'count'],
  ['compare', 'spinraza', 'zolgensma', 'evrysdi'],
  ['storage', 'spinraza'],
  ['storage', 'spinraza', '--excursion', '28C:3d'],
  ['dosing', 'spinraza'],
  ['dosing', 'spinraza', '--start', '2026-01-05'],
  ['tour', '--step', '8'],
  ['completion', 'bash'],
];

/** Cells of a markdown table row, split on pipes that are not escaped. */
const cells = (row: string) => row.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).length;

/** Handouts that must hold at least one markdown table (so the table checks below cannot pass on none). */
const WITH_TABLES = new Set(['list', 'show', 'sections', 'compare', 'storage', 'dosing']);

/** Every run of table lines has the header's number of cells and a `---` rule as its second line; returns how many. */
function checkTables(md: string): number {
  const prose = md.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1\n/gm, ''); // tables inside code blocks are output, not markdown
  for (const table of prose.match(/(^\|.*\|\n)+/gm) ?? []) {
    const rows = table.trimEnd().split('\n');
    expect(rows[1], table).toMatch(/^\|( --- \|)+$/);
    for (const row of rows) expect(cells(row), row).toBe(cells(rows[0]!));
  }
  return prose.match(/(^\|.*\|\n)+/gm)?.length ?? 0;
}

describe.each(handouts)('monograph %s … --format markdown', (...argv) => {
  it('is a handout: a heading first, consistent tables, no ANSI, no box drawing', async () => {
    const r = await runCli([...argv, '--format', 'markdown'], { env: { FORCE_COLOR: '1' } });
    expect(r.code, r.stderr).toBeLessThanOrEqual(1);
    expect(r.stdout).toMatch(/^# \S/);
    expect(r.stdout).not.toMatch(/\u001b/);
    const prose = r.stdout.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1\n/gm, '');
    expect(prose).not.toMatch(/[┌┐└┘│─]/);
    const tables = checkTables(r.stdout);
    if (WITH_TABLES.has(argv[0]!)) expect(tables, 'tables in the handout').toBeGreaterThan(0);
  });
});
