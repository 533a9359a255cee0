import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { widthOf } from '../../src/render/layout.js';
import { listView, showView } from '../../src/catalog/views.js';
import { bundledMonographs, runCli } from '../helpers/cli.js';

const W = ['--width', '100'];
const spinraza = () => bundledMonographs().find((e) => e.monograph.id === 'spinraza')!.monograph;
const fixture = readFileSync('test/fixtures/valid/testadrug.yaml', 'utf8');
const tempDir = () => mkdtempSync(join(tmpdir(), 'monograph-test-'));

describe('monograph (no arguments)', () => {
  it('prints an overview with examples and exits 0', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('$ monograph show spinraza');
    expect(r.stderr).toBe('');
  });
});

describe('monograph list', () => {
  it('prints the table', async () => {
    const r = await runCli(['list', ...W]);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('../golden/cli/list.txt');
  });

  it('prints the same view as JSON', async () => {
    const r = await runCli(['list', '--json']);
    const doc = JSON.parse(r.stdout);
    expect(doc).toEqual({ schemaVersion: 1, ...listView(bundledMonographs().map((e) => e.monograph)) });
    // Pinned from data/monographs, so the test does not only compare the code with itself.
    expect(doc.monographs.map((m: { id: string }) => m.id)).toEqual(['evrysdi', 'spinraza', 'zolgensma']);
    expect(doc.monographs[1]).toEqual({ id: 'spinraza', brand: 'Spinraza', generic: 'nusinersen', drugClass: 'SMN2-directed antisense oligonucleotide', form: 'Intrathecal injection', strength: '12 mg/5 mL', manufacturer: 'Biogen' });
  });
});

describe('monograph show', () => {
  it('prints the whole Spinraza monograph', async () => {
    const r = await runCli(['show', 'spinraza', ...W]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    await expect(r.stdout).toMatchFileSnapshot('../golden/cli/show-spinraza.txt');
  });

  it('prints chosen sections in the order asked, by alias (the layout is pinned on a fixture: test/cli/layout.test.ts)', async () => {
    const r = await runCli(['show', 'Nusinersen', 'storage', 'dose', ...W]);
    expect(r.code).toBe(0);
    const rules = r.stdout.split('\n').filter((l) => l.endsWith('──'));
    expect(rules.map((l) => l.replace(/ ─+$/, ''))).toEqual(['Storage and handling', 'Dosing']);
  });

  it('prints the same view as JSON, complete', async () => {
    const r = await runCli(['show', 'spinraza', '--json']);
    const doc = JSON.parse(r.stdout);
    expect(doc).toEqual({ schemaVersion: 1, ...showView(spinraza()) });
    expect(doc.drug).toMatchObject({ id: 'spinraza', brand: 'Spinraza', generic: 'nusinersen' });
    expect(doc.partial).toBe(false);
    expect(doc.header.map((f: { key: string }) => f.key)).toEqual(expect.arrayContaining(['form', 'strength', 'route', 'drugClass', 'fdaApproval', 'manufacturer']));
    expect(doc.sections.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(['overview', 'dosing', 'storage', 'faq']));
    expect(doc.sources.find((s: { id: string }) => s.id === 'us-label')).toMatchObject({ kind: 'label', setId: 'dd70cd5f-b0fc-4ba4-a5ea-89a34778bd94' });
  });

  it('renders a markdown handout', async () => {
    const r = await runCli(['show', 'spinraza', 'storage', '--format', 'markdown']);
    expect(r.stdout).toMatch(/^# Spinraza \(nusinersen\)/);
    expect(r.stdout).toContain('## Storage');
  });

  it('prints YAML that parses back to the JSON document', async () => {
    const { parse } = await import('yaml');
    const [y, j] = await Promise.all([runCli(['show', 'spinraza', 'dosing', '--format', 'yaml']), runCli(['show', 'spinraza', 'dosing', '--json'])]);
    expect(parse(y.stdout)).toEqual(JSON.parse(j.stdout));
  });
});

describe('errors', () => {
  it.each([
    [['show', 'spinrasa'], 3, 'monograph: no monograph named "spinrasa"\ndid you mean: spinraza?\n'],
    [['show', 'spinraza', 'dosage-forms-x'], 3, 'monograph: Spinraza has no section "dosage-forms-x"\n'],
    [['show', '../../etc/passwd'], 3, 'monograph: no monograph named "../../etc/passwd"\n'],
    [['show', 'constructor'], 3, 'monograph: no monograph named "constructor"\n'],
    [['shwo', 'spinraza'], 2, "monograph: unknown command 'shwo'\n"],
    [['show', 'spinraza', '--jsn'], 2, "monograph: unknown option '--jsn'\n"],
    [['show', 'spinraza', '--width', 'wide'], 2, 'monograph: --width must be a whole number from 20 to 1000, not "wide"\n'],
    [['show', 'spinraza', '--width', ' 50'], 2, 'monograph: --width must be a whole number from 20 to 1000, not " 50"\n'],
    [['show', 'spinraza', '--width=50 '], 2, 'monograph: --width must be a whole number from 20 to 1000, not "50 "\n'],
    [['show', 'spinraza', '--width', '+50'], 2, 'monograph: --width must be a whole number from 20 to 1000, not "+50"\n'],
    [['show', 'spinraza', '--format', 'pdf'], 2, 'monograph: option'],
    [['show', 'spinraza', '--json', '--format', 'yaml'], 2, 'monograph: --json conflicts with --format yaml\n'],
    [['list', '--data', '/nonexistent/monographs'], 3, 'monograph: no such folder: /nonexistent/monographs\n'],
    [['show'], 2, "monograph: missing required argument 'drug'\n"],
  ])('%j exits %i with one clear line and an empty stdout', async (argv, code, stderrStart) => {
    const r = await runCli(argv);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr.startsWith(stderrStart)).toBe(true);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('suggests the closest command', async () => {
    const r = await runCli(['shwo']);
    expect(r.stderr).toContain('did you mean: show?');
  });
});

describe('--data folders and MONOGRAPH_PATH', () => {
  it('adds the monographs of other folders', async () => {
    const r = await runCli(['list', '--json', '--data', 'test/fixtures/valid']);
    expect(JSON.parse(r.stdout).monographs.map((m: { id: string }) => m.id)).toEqual(expect.arrayContaining(['spinraza', 'testadrug', 'othadrug']));
  });

  it('reads MONOGRAPH_PATH (colon-separated)', async () => {
    const r = await runCli(['show', 'testagen', 'overview', '--json'], { env: { MONOGRAPH_PATH: `/nonexistent-but-empty-part::test/fixtures/valid`.replace('/nonexistent-but-empty-part', '') } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).drug.id).toBe('testadrug');
  });

  it('reports a name shared by two monographs as ambiguous (exit 4)', async () => {
    const r = await runCli(['show', 'shared-alias', '--data', 'test/fixtures/valid']);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/matches 2 monographs: othadrug, testadrug/);
  });

  it('refuses a monograph whose id collides with a bundled one, naming both files', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'clash.yaml'), fixture.replace('id: testadrug', 'id: spinraza'));
    const r = await runCli(['list', '--data', dir]);
    expect(r.code).toBe(5);
    expect(r.stderr).toContain('"spinraza" is used by both data/monographs/spinraza.yaml and');
  });

  it('does not follow symlinks in a data folder', async () => {
    const dir = tempDir();
    symlinkSync(join(process.cwd(), 'test/fixtures/valid/testadrug.yaml'), join(dir, 'linked.yaml'));
    const r = await runCli(['list', '--json', '--data', dir]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).monographs.map((m: { id: string }) => m.id)).not.toContain('testadrug');
    expect(r.stderr).toContain('skipped, symbolic links are not followed');
  });

  it('prints escape sequences and bidi controls from data as visible text', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'evil.yaml'), fixture.replace('It mentions zebrafish once.', 'Red \\e[31malert\\e[0m and \\u202Ereversed\\u202C.').replace(/^(- p: )(.*)$/m, '$1"$2"'));
    const text = readFileSync(join(dir, 'evil.yaml'), 'utf8').replace('- p: Testadrug is a fictional product that only exists in tests. Red \\e[31malert\\e[0m and \\u202Ereversed\\u202C.', '- p: "Red \\e[31malert\\e[0m and \\u202Ereversed\\u202C."');
    writeFileSync(join(dir, 'evil.yaml'), text);
    const r = await runCli(['show', 'testadrug', 'overview', '--data', dir, '--color', 'always']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Red \\u{001B}[31malert\\u{001B}[0m and \\u{202E}reversed\\u{202C}.');
    const j = await runCli(['show', 'testadrug', 'overview', '--data', dir, '--json']);
    expect(j.stdout).toContain('\\u001b[31malert');
    expect(JSON.parse(j.stdout).sections[0].body[0].p).toBe('Red \u001b[31malert\u001b[0m and \u202Ereversed\u202C.');
  });

  it('refuses a file that is not valid UTF-8 (exit 5), byte for byte', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'latin1.yaml'), Buffer.concat([Buffer.from(fixture.replace('zebrafish', 'z')), Buffer.from([0xff, 0xfe, 0x0a])]));
    const r = await runCli(['list', '--data', dir]);
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/latin1\.yaml:1:1: file is not valid UTF-8/);
    expect(r.stdout).toBe('');
  });

  it('stops on an invalid monograph in a data folder with exit 5 and its location', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.yaml'), fixture.replace('brand: Testadrug', 'brand: Testadrug\nbrand: Twice'));
    const r = await runCli(['list', '--data', dir]);
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/^monograph: .*bad\.yaml:\d+:\d+: Map keys must be unique/);
  });
});

describe('monograph validate', () => {
  it('passes the bundled monographs', async () => {
    const r = await runCli(['validate', 'data/monographs']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('monograph(s) valid');
  });

  it('reports every problem with file:line:column and exits 1', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), fixture.replace('summary: A fictional', 'sumary: x\nsummary: A fictional').replace('kind: web', 'kind: blog'));
    writeFileSync(join(dir, 'b.yml'), '');
    writeFileSync(join(dir, 'notes.txt'), 'not a monograph');
    const r = await runCli(['validate', dir, '--json']);
    expect(r.code).toBe(1);
    const view = JSON.parse(r.stdout);
    expect(view.valid).toBe(false);
    expect(view.files.map((f: { file: string }) => f.file)).toEqual([join(dir, 'a.yaml'), join(dir, 'b.yml')]);
    expect(view.files[0].problems).toEqual(['8:1: unknown key "sumary"', expect.stringMatching(/^\d+:11: sources\[0\]\.kind: /)]);
    expect(view.files[1].problems).toEqual(['1:1: file is empty: expected a monograph mapping']);
  });

  it('exits 3 for a missing file', async () => {
    const r = await runCli(['validate', 'no/such/file.yaml']);
    expect(r.code).toBe(3);
  });
});

describe('monograph sections and search', () => {
  it('lists sections with aliases', async () => {
    const r = await runCli(['sections', 'spinraza', ...W]);
    await expect(r.stdout).toMatchFileSnapshot('../golden/cli/sections-spinraza.txt');
  });

  it('finds words across monographs and marks the match', async () => {
    const r = await runCli(['search', 'thrombocytopenia', ...W]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/»thrombocytopenia«/i);
    await expect(r.stdout).toMatchFileSnapshot('../golden/cli/search-thrombocytopenia.txt');
  });

  it('gives match offsets in JSON', async () => {
    const r = await runCli(['search', 'platelet', '--json']);
    const { hits } = JSON.parse(r.stdout);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.snippet.slice(h.match.start, h.match.end).toLowerCase()).toBe('platelet');
  });
});

describe('any width', () => {
  it.each([
    ['list'],
    ['show', 'spinraza'],
    ['show', 'zolgensma'],
    ['show', 'evrysdi'],
    ['search', 'refrigerator'],
    ['sections', 'evrysdi'],
    ['compare', 'spinraza', 'zolgensma', 'evrysdi'],
    ['storage', 'evrysdi'],
    ['storage', 'spinraza', '--excursion', '26C:10h:out-of-carton'],
    ['dosing', 'zolgensma'],
    ['dosing', 'spinraza', '--start', '2026-01-31'],
  ])('%j fits 40 columns', async (...argv) => {
    const r = await runCli([...argv, '--width', '40']);
    expect(r.stderr).toBe('');
    const widest = Math.max(...r.stdout.split('\n').map(widthOf));
    expect(widest).toBeLessThanOrEqual(40);
  });
});

describe('temperatures in °F', () => {
  it("print the label's own °F figures, not conversions (36–46 °F, not 35.6–46.4)", async () => {
    const r = await runCli(['storage', 'spinraza', '--json']);
    const [vial] = JSON.parse(r.stdout).states;
    expect(vial.conditions[0]).toMatchObject({ minC: 2, maxC: 8, minF: 36, maxF: 46, fahrenheit: 'source' });
    const text = await runCli(['storage', 'spinraza', '--width', '100']);
    expect(text.stdout).toContain('(36–46 °F)');
  });

  it('convert where the source gives no °F (UK guidance as summarised)', async () => {
    const r = await runCli(['storage', 'spinraza', '--json']);
    const uk = JSON.parse(r.stdout).states[0].allowances.find((a: { region: string }) => a.region === 'UK');
    expect(uk).toMatchObject({ maxC: 30, maxF: 86, fahrenheit: 'converted' });
  });
});

describe('monograph search ranking and --limit', () => {
  it('ranks a drug-name and section-title match first, and finds words split between the name and the text', async () => {
    const { hits } = JSON.parse((await runCli(['search', 'spinraza', 'storage', '--json'])).stdout);
    expect(hits[0]).toMatchObject({ drug: 'spinraza', section: 'storage' });
    expect(hits.every((h: { drug: string }) => h.drug === 'spinraza')).toBe(true);
    const scores = hits.map((h: { score: number }) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('shows at most --limit hits and counts the rest', async () => {
    const all = JSON.parse((await runCli(['search', 'the', '--json', '--limit', '1000'])).stdout);
    expect(all.total).toBeGreaterThan(20);
    const some = JSON.parse((await runCli(['search', 'the', '--json'])).stdout);
    expect(some).toMatchObject({ total: all.total, limit: 20 });
    expect(some.hits).toEqual(all.hits.slice(0, 20));
    const text = await runCli(['search', 'the', '--limit', '2', ...W]);
    expect(text.stdout).toContain(`${all.total} matches for "the", the best 2 shown`);
    expect(text.stdout).toContain(`${all.total - 2} more matches: use --limit ${all.total} to see them all`);
  });

  it.each([['0'], ['x'], ['-1'], ['1.5']])('refuses --limit %s (exit 2)', async (n) => {
    expect((await runCli(['search', 'the', '--limit', n])).code).toBe(2);
  });
});
