import { describe, expect, it } from 'vitest';
import { readMonographDir } from '../../src/catalog/files.js';
import { ALL_FIELDS, compareView, type CompareView } from '../../src/compare/compare.js';
import { z } from 'zod';
import { Source } from '../../src/catalog/schema.js';
import { CompareValue } from '../../src/catalog/schema-compare.js';
import { widthOf } from '../../src/render/layout.js';
import { bundledMonographs, runCli } from '../helpers/cli.js';

const bundled = () => bundledMonographs().map((e) => e.monograph);
const pick = (ids: string[]) => ids.map((id) => bundled().find((m) => m.id === id)!);
const THREE = ['spinraza', 'zolgensma', 'evrysdi'];

/** The shape of `compare --json`, written out here (not derived from the code under test). */
const CompareJson = z
  .object({
    schemaVersion: z.literal(1),
    drugs: z.array(z.string()),
    monographs: z.record(z.string(), z.object({ brand: z.string().min(1), generic: z.string().min(1), hasCompareData: z.boolean() }).strict()),
    rows: z.array(z.object({ field: z.enum(ALL_FIELDS as [string, ...string[]]), label: z.string().min(1), values: z.record(z.string(), z.array(CompareValue)) }).strict()),
    sources: z.record(z.string(), z.array(Source)),
  })
  .strict();

describe('monograph compare spinraza zolgensma evrysdi', () => {
  // The one data golden of compare; other widths and markdown are pinned on fixtures (test/cli/layout.test.ts).
  it('prints the three side by side at width 100', async () => {
    const { code, stdout, stderr } = await runCli(['compare', ...THREE, '--width', '100']);
    expect([code, stderr]).toEqual([0, '']);
    expect(Math.max(...stdout.split('\n').map(widthOf))).toBeLessThanOrEqual(100);
    await expect(stdout).toMatchFileSnapshot('../golden/compare/three-100.txt');
  });

  it('prints as JSON the view the pure function builds: typed, every value cited, a few values pinned to the data', async () => {
    const { code, stdout } = await runCli(['compare', ...THREE, '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as CompareView & { schemaVersion: number };
    expect(CompareJson.safeParse(doc).error?.issues ?? []).toEqual([]);
    expect(doc).toEqual({ schemaVersion: 1, ...compareView(pick(THREE)) });
    expect(doc.drugs).toEqual(THREE);
    expect(Object.keys(doc.monographs)).toEqual(THREE);
    expect(Object.keys(doc.sources)).toEqual(THREE);
    expect(doc.rows.map((r) => r.field)).toEqual(ALL_FIELDS);
    for (const row of doc.rows) {
      expect(Object.keys(row.values), row.field).toEqual(THREE);
      for (const id of THREE) {
        const values = row.values[id]!;
        expect(values.length, `${id} ${row.field}`).toBeGreaterThan(0);
        for (const value of values) {
          for (const ref of value.sources) expect(doc.sources[id]!.map((s) => s.id), `${id} ${row.field}`).toContain(ref.source);
        }
      }
    }
    // Drawn from data/monographs (a label correction there changes these lines, and nothing else in this file).
    expect(doc.monographs.zolgensma).toEqual({ brand: 'Zolgensma', generic: 'onasemnogene abeparvovec-xioi', hasCompareData: true });
    expect(doc.rows[0]).toMatchObject({ field: 'population', label: 'Approved population' });
    expect(doc.rows[0]!.values.spinraza![0]).toMatchObject({ summary: 'Children and adults with SMA', region: 'US' });
    expect(doc.rows[0]!.values.evrysdi!.map((v) => [v.region, v.summary])).toEqual([
      ['US', 'Children and adults, including neonates'],
      ['EU', 'SMA types 1–3 or 1 to 4 SMN2 copies'],
    ]);
    expect(doc.sources.spinraza!.find((s) => s.id === 'us-label')).toMatchObject({ kind: 'label', region: 'US' });
  });

  it('at 60 columns stacks the drugs under each field instead of drawing a table', async () => {
    const { stdout } = await runCli(['compare', ...THREE, '--width', '60']);
    expect(stdout).not.toContain('┌');
    expect(Math.max(...stdout.split('\n').map(widthOf))).toBeLessThanOrEqual(60);
  });
});

describe('a monograph from a data folder joins the comparison without code changes', () => {
  const fixtures = readMonographDir('test/fixtures/compare').monographs.map((e) => e.monograph);
  const args = ['compare', 'spinraza', 'fixturol', 'plainol', '--data', 'test/fixtures/compare'];

  it('with its own compare data, or with "not in this monograph" cells when it has none', async () => {
    const { code, stdout } = await runCli([...args, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ schemaVersion: 1, ...compareView([...pick(['spinraza']), ...fixtures.sort((a, b) => a.id.localeCompare(b.id))]) });
    expect(JSON.parse(stdout).rows[0].values.fixturol).toEqual(fixtures[0]!.compare!.population);
    const text = (await runCli([...args, '--width', '120', '--fields', 'population'])).stdout;
    expect(text).toContain('│ Spinraza (nusinersen)');
    expect(text).toContain('│ Fixturol (fixturamab)');
    expect(text).toContain('│ [US] Adults with the fictional condition');
    expect(text).toContain('│ not in this monograph');
    expect(text).toContain('Plainol (plainoxetine)\n  its monograph has no comparison data');
  });
});

describe('--fields', () => {
  it('picks rows, in the order given', async () => {
    const { stdout } = await runCli(['compare', 'evrysdi', 'spinraza', '--fields', 'efficacy,population', '--json']);
    expect(JSON.parse(stdout).rows.map((r: { field: string }) => r.field)).toEqual(['efficacy', 'population']);
  });

  it('alone, lists the fields', async () => {
    const { code, stdout } = await runCli(['compare', '--fields', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).fields.map((f: { field: string }) => f.field)).toEqual(ALL_FIELDS);
    const text = (await runCli(['compare', '--fields'])).stdout;
    expect(text).toMatch(/│ treatmentType +│ Type of treatment +│/);
  });
});

describe('errors', () => {
  it.each([
    [['compare'], 2, 'monograph: compare needs at least 2 drugs, got 0\nfor example: monograph compare spinraza zolgensma\n'],
    [['compare', 'spinraza'], 2, 'monograph: compare needs at least 2 drugs, got 1\nfor example: monograph compare spinraza zolgensma\n'],
    [['compare', 'spinraza', 'spinrasa'], 3, 'monograph: no monograph named "spinrasa"\ndid you mean: spinraza?\n'],
    [['compare', 'spinraza', 'nusinersen'], 2, 'monograph: "spinraza" and "nusinersen" are the same drug (spinraza)\nname each drug once\n'],
    [['compare', 'evrysdi', 'Evrysdi'], 2, 'monograph: "evrysdi" and "Evrysdi" are the same drug (evrysdi)\nname each drug once\n'],
    [['compare', ...Array(7).fill('spinraza')], 2, 'monograph: compare takes at most 6 drugs, got 7\n'],
    [['compare', 'spinraza', 'evrysdi', '--fields', 'efficacy,cost'], 2, `monograph: unknown field "cost"\nfields: ${ALL_FIELDS.join(', ')}\n`],
  ])('%j exits %i', async (argv, exitCode, stderr) => {
    const r = await runCli(argv);
    expect(r).toEqual({ code: exitCode, stdout: '', stderr });
  });
});
