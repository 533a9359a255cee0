/**
 * Layout goldens on a fictional monograph (test/fixtures/layout/layoutol.yaml) that carries every block kind, header
 * fact, source kind and comparison cell: widths, narrow records, stacked comparisons and markdown are pinned here, so a
 * real label correction changes only that drug's one data golden (test/golden/cli, test/golden/compare).
 */
import { describe, expect, it } from 'vitest';
import { widthOf } from '../../src/render/layout.js';
import { runCli } from '../helpers/cli.js';

const DATA = ['--data', 'test/fixtures/layout', '--data', 'test/fixtures/compare'];
const COMPARE = ['compare', 'layoutol', 'fixturol', 'plainol'];

/** `monograph <argv>` on the fixtures; it must succeed, say nothing on stderr and fit `width` if one is given. */
async function layout(argv: string[], width?: number): Promise<string> {
  const r = await runCli([...argv, ...DATA, ...(width ? ['--width', String(width)] : [])]);
  expect([r.code, r.stderr]).toEqual([0, '']);
  if (width) expect(Math.max(...r.stdout.split('\n').map(widthOf))).toBeLessThanOrEqual(width);
  return r.stdout;
}

describe('show on the layout fixture', () => {
  it.each([100, 40])('the whole monograph at width %i', async (width) => {
    await expect(await layout(['show', 'layoutol'], width)).toMatchFileSnapshot(`../golden/layout/show-${width}.txt`);
  });

  it('chosen sections in the order asked, by alias, at width 60', async () => {
    const out = await layout(['show', 'layouta', 'keep', 'dosing'], 60);
    expect(out.indexOf('Storage and handling')).toBeLessThan(out.indexOf('Dosing ─'));
    await expect(out).toMatchFileSnapshot('../golden/layout/show-keep-dosing-60.txt');
  });

  it('a tagged block names its region once; a block whose words name it already is not tagged', async () => {
    const out = await layout(['show', 'layoutol', 'about'], 100);
    expect(out).toContain('\nEU SmPC 4.2 names a tablet');
    expect(out).toContain('\n! Note: EU: Not studied');
    expect(out).not.toMatch(/(EU|US|UK): \1/);
  });

  it('as a markdown handout', async () => {
    await expect(await layout(['show', 'layoutol', '--format', 'markdown'])).toMatchFileSnapshot('../golden/layout/show.md');
  });
});

describe('sections on the layout fixture', () => {
  it('at width 40', async () => {
    await expect(await layout(['sections', 'layoutol'], 40)).toMatchFileSnapshot('../golden/layout/sections-40.txt');
  });
});

describe('compare on the layout fixtures (one without comparison data)', () => {
  it.each([160, 100, 60])('at width %i (60 is stacked)', async (width) => {
    const out = await layout(COMPARE, width);
    expect(out.includes('┌')).toBe(width !== 60);
    await expect(out).toMatchFileSnapshot(`../golden/layout/compare-${width}.txt`);
  });

  it('as a markdown table', async () => {
    await expect(await layout([...COMPARE, '--format', 'markdown'])).toMatchFileSnapshot('../golden/layout/compare.md');
  });
});

describe('any width, on the fixtures', () => {
  it.each([20, 27, 33, 41, 58, 79, 100, 133, 160])('show, sections and compare fit %i columns', async (width) => {
    for (const argv of [['show', 'layoutol'], ['sections', 'layoutol'], COMPARE, ['list']]) await layout(argv, width);
  });
});
