/** Issue 9 item 10: citations that point where the fact is, and docs that say what the CLI does. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SourceRef } from '../../src/catalog/schema-common.js';
import { readMonographDir } from '../../src/catalog/files.js';
import { runCli } from '../helpers/cli.js';
import { REFERENCE } from '../import/helpers.js';

const { monographs } = readMonographDir('data/monographs');
const evrysdi = monographs.find((e) => e.monograph.id === 'evrysdi')!.monograph;
const label = JSON.parse(readFileSync(`${REFERENCE}/openfda/NDA213535.json`, 'utf8')).results[0] as Record<string, string[]>;

describe('Evrysdi citations', () => {
  it('the distributor is cited to the unclassified distributor text, never to §16, which does not name it', () => {
    expect(label.how_supplied!.join(' ')).not.toMatch(/Genentech/);
    expect(label.spl_unclassified_section!.join(' ')).toMatch(/Distributed by: Genentech, Inc/);
    const refs: SourceRef[] = [...evrysdi.header.manufacturer!.sources, ...evrysdi.sections.find((s) => s.id === 'manufacturer')!.sources!];
    expect(refs.filter((r) => r.source === 'us-label').map((r) => r.section)).toEqual(['distributor statement (unclassified text)', 'distributor statement (unclassified text)']);
    expect(JSON.stringify(evrysdi.compare?.manufacturer)).not.toMatch(/"section":"16"/);
  });

  it('the US warnings text gives the label\'s animal findings (13.1 bone-marrow micronuclei in rats, 13.2 irreversible retinal degeneration in monkeys), cited', () => {
    expect(label.nonclinical_toxicology!.join(' ')).toMatch(/clastogenic.*micronuclei in bone marrow.*retinal degeneration.*was irreversible/s);
    const warnings = evrysdi.sections.find((s) => s.id === 'warnings')!;
    const us = warnings.body.filter((b) => 'list' in b && b.region === 'US');
    const text = JSON.stringify(us);
    expect(text).toMatch(/clastogenic, raising\s+micronuclei in bone marrow/);
    expect(text).toMatch(/retinal degeneration was irreversible/);
    expect(text).toMatch(/"section":"13.1".*"section":"13.2"/);
  });
});

describe('docs say what the CLI does', () => {
  it('an EU missed-dose plan is refused, and docs/dosing.md says so instead of offering the US rules "for reference"', async () => {
    const r = await runCli(['dosing', 'spinraza', '--region', 'eu', '--last-dose', '2026-03-02', '--today', '2026-11-25']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    const doc = readFileSync('docs/dosing.md', 'utf8');
    expect(doc).not.toMatch(/for the EU the US rules are shown for\s+reference/);
    expect(doc).toMatch(/missed-dose plan for the\s+EU \(`--region eu --last-dose \.\.\.`\) is refused \(exit 2\)/);
  });
});
