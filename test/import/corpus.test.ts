// Every real label of the reference set imports into a valid monograph that shows and cites its set id and version.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readMonographDir } from '../../src/catalog/files.js';
import type { Monograph } from '../../src/catalog/schema.js';
import { showView } from '../../src/catalog/views.js';
import { renderShow } from '../../src/render/monograph.js';
import { bundledMonographs, runCli } from '../helpers/cli.js';
import { REFERENCE, SPINRAZA, tempDir } from './helpers.js';

const corpus = readdirSync(join(REFERENCE, 'openfda-corpus')).map((n) => join(REFERENCE, 'openfda-corpus', n));
const seven = readdirSync(join(REFERENCE, 'openfda')).map((n) => join(REFERENCE, 'openfda', n));

describe('importing the 127 reference labels', () => {
  const out = tempDir();
  let imported: { id: string; setId: string; version: string; file: string }[] = [];
  let monographs: Monograph[] = [];

  beforeAll(async () => {
    const r = await runCli(['import', ...seven, ...corpus, '--out', out, '--json'], { env: {} });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.skipped).toEqual([]);
    imported = doc.imported;
    const dir = readMonographDir(out);
    expect(dir.problems).toEqual([]);
    monographs = dir.monographs.map((e) => e.monograph);
  }, 60_000);

  it('writes one valid monograph per label, each under its own readable id', () => {
    expect(corpus).toHaveLength(120);
    expect(imported).toHaveLength(127);
    expect(monographs).toHaveLength(127);
    expect(new Set(imported.map((i) => i.id)).size).toBe(127);
    for (const i of imported) expect(i.id).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it('each shows, naming its set id and version, and every section cites the label with a section', () => {
    for (const m of monographs) {
      // Its first section (the whole of 127 labels is 100,000 lines; two are pinned whole by goldens).
      const text = renderShow(showView(m, m.sections.slice(0, 1)), { width: 80 }).replace(/\s+/g, ' ');
      expect(text).toContain(`set id ${m.imported!.setId}`);
      expect(text).toContain(`FDA label text, v${m.imported!.version}, imported`);
      for (const s of m.sections) {
        expect(s.sources.length).toBeGreaterThan(0);
        for (const ref of s.sources) expect(ref).toMatchObject({ source: 'us-label', section: expect.any(String) });
      }
      expect(m.sources[0]).toMatchObject({ kind: 'label', setId: m.imported!.setId, version: m.imported!.version });
    }
  });

  it('the Spinraza label yields the same 16.2 rules as the reviewed spinraza.yaml', () => {
    const meaning = (r: object) => Object.fromEntries(Object.entries(r).filter(([k]) => !['text', 'sources', 'extracted'].includes(k)));
    const reviewed = bundledMonographs().find((e) => e.monograph.id === 'spinraza')!.monograph.storage!.states[0]!;
    const label = monographs.find((m) => m.imported!.setId === 'dd70cd5f-b0fc-4ba4-a5ea-89a34778bd94')!.storage!;
    expect(label.unread).toEqual([]);
    const state = label.states[0]!;
    expect(state.conditions.map(meaning)).toEqual(reviewed.conditions.filter((c) => c.region === 'US').map(meaning));
    expect(state.allowances.map(meaning)).toEqual(reviewed.allowances.filter((a) => a.region === 'US').map(meaning));
  });
});

describe('an imported label answers storage checks from its own words', () => {
  it('within, outside, and the sentences behind the rules', async () => {
    const env = { MONOGRAPH_HOME: tempDir() };
    await runCli(['import', SPINRAZA], { env });
    const within = await runCli(['storage', 'spinraza-nda209531', '--excursion', '22C:10h:out-of-carton'], { env });
    expect(within.code).toBe(0);
    expect(within.stdout).toContain('Verdict: WITHIN the labeled allowance');
    expect(within.stdout).toContain('read from the label text by `monograph import`');
    const outside = await runCli(['storage', 'spinraza-nda209531', '--excursion', '26C:2h:out-of-carton'], { env });
    expect(outside.code).toBe(1);
    const rules = await runCli(['storage', 'spinraza-nda209531'], { env });
    expect(rules.stdout).toContain('read from the label text: "If removed from the original carton');
  });

  it('a label with sentences the extractor did not understand is indeterminate, never within (Docetaxel NDA022234)', async () => {
    const env = { MONOGRAPH_HOME: tempDir() };
    await runCli(['import', join(REFERENCE, 'openfda-corpus', 'NDA022234.json')], { env });
    const r = await runCli(['storage', 'docetaxel', '--excursion', '22C:1h'], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Verdict: INDETERMINATE');
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('could not be read into rules (such as "Freezing does not adversely affect the product.")');
    const shown = await runCli(['storage', 'docetaxel'], { env });
    expect(shown.stdout.replace(/\s+/g, ' ')).toContain('Not understood (no rule read from these sentences; a check cannot come out within)');
  });
});
