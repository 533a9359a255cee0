/** The search index gives exactly the linear scan's hits, order, scores and snippets, and never believes a spoilt file. */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../src/catalog/catalog.js';
import { readMonographDir } from '../../src/catalog/files.js';
import { readFolderCached } from '../../src/catalog/index-cache.js';
import { fold, searchMonographs, sectionTexts } from '../../src/search/search.js';
import { normalizeName } from '../../src/text.js';
import { searchIndexed, tuning, type IndexReport } from '../../src/search/search-index.js';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { sources, writeLibrary } from '../../bench/library.mjs';
import { bundledMonographs, runCli } from '../helpers/cli.js';
import { REFERENCE } from '../import/helpers.js';

let root: string;
let dir: string;
let cacheDir: string;
let entries: CatalogEntry[];
let plain: CatalogEntry[];
let vocabulary: string[];

const FIXTURES = ['valid/testadrug.yaml', 'valid/othadrug.yaml', 'compare/fixturol.yaml', 'layout/layoutol.yaml', 'storage/kesimpta.yaml', 'storage/rystiggo.yaml'];
const LABELS = ['openfda/NDA209531.json', 'openfda/NDA213535.json', ...readdirSync(join(REFERENCE, 'openfda-corpus')).slice(0, 6).map((n) => `openfda-corpus/${n}`)];

async function readThroughCache(): Promise<CatalogEntry[]> {
  const r = await readFolderCached(dir, { root: cacheDir, parsed: [] });
  expect(r.problems).toEqual([]);
  return [...bundledMonographs(), ...r.monographs];
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'monograph-search-'));
  dir = join(root, 'data');
  cacheDir = join(root, 'cache');
  const labels = join(root, 'labels');
  mkdirSync(dir);
  for (const f of FIXTURES) copyFileSync(join('test/fixtures', f), join(dir, f.split('/')[1]!));
  const imported = await runCli(['import', ...LABELS.map((l) => join(REFERENCE, l)), '--out', labels], { env: {} });
  expect(imported.code).toBe(0);
  writeLibrary(dir, 12, [...sources(), ...sources([labels])]);
  for (const n of readdirSync(labels)) copyFileSync(join(labels, n), join(dir, n));
  entries = await readThroughCache();
  plain = [...bundledMonographs(), ...readMonographDir(dir).monographs];
  const words = new Set<string>();
  for (const { monograph: m } of plain) for (const s of m.sections) for (const w of fold(sectionTexts(s).join(' ')).split(' ')) if (w) words.add(w);
  vocabulary = [...words].sort();
}, 120_000);

const reference = (words: string[]) => {
  const hits = searchMonographs(
    plain.map((e) => e.monograph),
    words,
  );
  return { total: hits.length, hits };
};
const indexed = (words: string[], limit = 1_000_000, report?: IndexReport) => searchIndexed(cacheDir, entries, words, limit, 60, report);
const fresh = (): IndexReport => ({ indexed: 0, scanned: false });
const searchFolder = () => join(cacheDir, 'search', readdirSync(join(cacheDir, 'search'))[0]!);
const segmentsNamed = () => (JSON.parse(readFileSync(join(searchFolder(), 'manifest.json'), 'utf8').split('\n')[1]!) as { segments: string[] }).segments;

describe('fold', () => {
  it('folds each character as the per-character definition does, whatever the text', () => {
    const byChar = (s: string) => {
      let out = '';
      for (const ch of s) out += ch < '\u0080' ? ch.toLowerCase().replace(/[\s_]/, ' ') : (normalizeName(ch) || ' ').charAt(0);
      return out;
    };
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        expect(fold(a + b)).toBe(byChar(a + b));
      }),
      { numRuns: 2000 },
    );
    expect(fold('Réfrigérateur_2°C\u00a0µg😀')).toBe(byChar('Réfrigérateur_2°C\u00a0µg😀'));
  });
});

describe('the search index', () => {
  it('finds what the scan finds, in the same order with the same snippets, for chosen queries', () => {
    const queries = [
      ['platelet', 'count'],
      ['refrigerator'],
      ['plate'],
      ['Spinraza', 'storage'],
      ['s3'],
      ['count', 'count'],
      ['µg'],
      ['Réfrigérateur'],
      ['2°C'],
      ['(see'],
      ['zzzqqq'],
      ['   '],
      ['the', 'of', 'and'],
      ['kesimpta'],
      ['a'],
    ];
    for (const q of queries) expect(indexed(q), q.join(' ')).toEqual(reference(q));
  });

  it('finds what the scan finds for words, parts of words and names drawn from the texts', () => {
    const word = fc.constantFrom(...vocabulary);
    const part = fc.tuple(word, fc.nat(), fc.nat()).map(([w, a, b]) => w.slice(Math.min(a, b) % w.length, Math.max(a, b) % (w.length + 1) || undefined));
    const name = fc.constantFrom(...plain.flatMap((e) => [e.monograph.brand, e.monograph.generic]));
    fc.assert(
      fc.property(fc.array(fc.oneof(word, part, name), { minLength: 1, maxLength: 3 }), (q) => {
        expect(indexed(q)).toEqual(reference(q));
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the best hits of --limit and counts the rest', () => {
    const all = reference(['platelet']);
    expect(indexed(['platelet'], 3)).toEqual({ total: all.total, hits: all.hits.slice(0, 3) });
  });

  it('reads only the postings a query needs', () => {
    indexed(['platelet']);
    const folder = searchFolder();
    for (const n of readdirSync(folder)) if (n.endsWith('.post')) rmSync(join(folder, n));
    const report = fresh();
    expect(indexed(['zzzqqq'], 1_000_000, report)).toEqual({ total: 0, hits: [] });
    expect(report).toEqual({ indexed: 0, scanned: false });
    expect(readdirSync(folder).filter((n) => n.endsWith('.post'))).toEqual([]);
    expect(indexed(['platelet'], 1_000_000, report)).toEqual(reference(['platelet']));
    expect(report.indexed).toBeGreaterThan(0);
  });

  it.each([
    ['truncated', (t: string) => t.slice(0, t.length - 40)],
    ['not JSON', () => 'garbage'],
    ['changed without its checksum', (t: string) => t.replace(/\[\d/, '[9')],
    ['of another kind', (t: string) => t.replace(/"kind":"[^"]*"/, '"kind":"monograph"')],
    ['from another loader version', (t: string) => t.replace(/"loader":"[^"]*"/, '"loader":"0:other"')],
  ])('never believes a manifest, dictionary or postings file that is %s: same answers, and rebuilt', (_, spoil) => {
    indexed(['platelet']);
    const folder = searchFolder();
    const spoilt = new Map(readdirSync(folder).map((n) => [n, spoil(readFileSync(join(folder, n), 'utf8'))]));
    for (const [n, text] of spoilt) writeFileSync(join(folder, n), text);
    const report = fresh();
    expect(indexed(['platelet', 'count'], 1_000_000, report)).toEqual(reference(['platelet', 'count']));
    expect(report).toEqual({ indexed: entries.length - bundledMonographs().length, scanned: false });
    for (const [n, text] of spoilt) if (existsSync(join(folder, n))) expect(readFileSync(join(folder, n), 'utf8'), n).not.toBe(text);
    expect(indexed(['refrigerator'])).toEqual(reference(['refrigerator']));
  });

  it('indexes only what changed: a changed, added or removed monograph shows or disappears', async () => {
    indexed(['platelet']);
    const reread = async () => {
      entries = await readThroughCache();
      plain = [...bundledMonographs(), ...readMonographDir(dir).monographs];
    };
    const file = join(dir, 'testadrug.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(- p: )/, '$1Quokkaword here. '));
    await reread();
    let report = fresh();
    expect(reference(['quokkaword']).total).toBeGreaterThan(0);
    expect(indexed(['quokkaword'], 1_000_000, report)).toEqual(reference(['quokkaword']));
    expect(report).toEqual({ indexed: 1, scanned: false });

    const added = join(dir, 'addedol.yaml');
    writeFileSync(added, readFileSync(file, 'utf8').replace(/^id: .*$/m, 'id: addedol').replace(/^(brand|generic): .*$/gm, '$1: Addedol').replace(/^aliases: .*$/m, 'aliases: []').replace('Quokkaword', 'Wombatword'));
    await reread();
    report = fresh();
    expect(indexed(['wombatword'], 1_000_000, report).hits.map((h) => h.drug)).toContain('addedol');
    expect(indexed(['wombatword'])).toEqual(reference(['wombatword']));
    expect(report).toEqual({ indexed: 1, scanned: false });

    rmSync(added);
    await reread();
    report = fresh();
    expect(indexed(['wombatword'], 1_000_000, report)).toEqual({ total: 0, hits: [] });
    expect(indexed(['platelet', 'count'])).toEqual(reference(['platelet', 'count']));
    expect(report).toEqual({ indexed: 0, scanned: false });
  });

  it('merges segments when there are many, and builds a large library in batches', async () => {
    const file = join(dir, 'othadrug.yaml');
    const original = readFileSync(file, 'utf8');
    try {
      for (let i = 0; i < tuning.maxSegments + 2; i++) {
        writeFileSync(file, original.replace(/(- p: )/, `$1Numbatword${i} here. `));
        entries = await readThroughCache();
        plain = [...bundledMonographs(), ...readMonographDir(dir).monographs];
        expect(indexed([`numbatword${i}`])).toEqual(reference([`numbatword${i}`]));
        expect(segmentsNamed().length).toBeLessThanOrEqual(tuning.maxSegments);
      }
      expect(indexed(['numbatword0'])).toEqual({ total: 0, hits: [] });
    } finally {
      writeFileSync(file, original);
      entries = await readThroughCache();
      plain = [...bundledMonographs(), ...readMonographDir(dir).monographs];
    }
    const batch = tuning.batch;
    tuning.batch = 4;
    try {
      rmSync(join(cacheDir, 'search'), { recursive: true });
      const report = fresh();
      expect(indexed(['platelet', 'count'], 1_000_000, report)).toEqual(reference(['platelet', 'count']));
      expect(report).toEqual({ indexed: entries.length - bundledMonographs().length, scanned: false });
      expect(segmentsNamed()).toHaveLength(1);
      expect(readdirSync(searchFolder()).sort()).toEqual(['manifest.json', `${segmentsNamed()[0]}.post`, `${segmentsNamed()[0]}.seg`].sort());
      for (const q of [['refrigerator'], ['plate'], ['kesimpta'], ['µg']]) expect(indexed(q)).toEqual(reference(q));
    } finally {
      tuning.batch = batch;
    }
  });

  it('stays right when two processes build it at once', async () => {
    const shared = join(root, 'concurrent');
    const once = () =>
      new Promise<string>((resolve) => {
        const script = [
          `import { readFolderCached } from './src/catalog/index-cache.ts';`,
          `import { searchIndexed, tuning } from './src/search/search-index.ts';`,
          `tuning.batch = 3;`,
          `const r = await readFolderCached(${JSON.stringify(dir)}, { root: ${JSON.stringify(shared)}, parsed: [] });`,
          `const entries = r.monographs;`,
          `console.log(JSON.stringify([searchIndexed(${JSON.stringify(shared)}, entries, ['platelet', 'count'], 1e6), searchIndexed(${JSON.stringify(shared)}, entries, ['refrigerator'], 1e6)]));`,
        ].join('\n');
        const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { PATH: process.env.PATH ?? '' } });
        let out = '';
        child.stdout.on('data', (d: Buffer) => (out += String(d)));
        child.stderr.on('data', (d: Buffer) => (out += String(d)));
        child.on('close', (code) => resolve(`${code}\n${out}`));
      });
    const own = readMonographDir(dir).monographs.map((e) => e.monograph);
    const expected = [['platelet', 'count'], ['refrigerator']].map((q) => {
      const hits = searchMonographs(own, q);
      return { total: hits.length, hits };
    });
    const [a, b] = await Promise.all([once(), once()]);
    expect(a).toBe(`0\n${JSON.stringify(expected)}\n`);
    expect(b).toBe(a);
    expect(await once()).toBe(a);
  }, 60_000);

  it('answers by the scan when the cache folder cannot be written', () => {
    const blocked = join(root, 'blocked');
    writeFileSync(blocked, 'a file, not a folder');
    const report = fresh();
    expect(searchIndexed(join(blocked, 'cache'), entries, ['platelet', 'count'], 1_000_000, 60, report)).toEqual(reference(['platelet', 'count']));
    expect(report).toEqual({ indexed: 0, scanned: true });
  });

  it('is what the search command uses, and --no-cache (the scan) answers the same', async () => {
    const env = { MONOGRAPH_CACHE: cacheDir };
    const args = ['search', 'platelet', 'count', '--data', dir, '--json', '--limit', '5'];
    const cached = await runCli(args, { env });
    expect(cached).toEqual(await runCli([...args, '--no-cache'], { env }));
    expect(JSON.parse(cached.stdout).hits).toHaveLength(5);
  });
});
