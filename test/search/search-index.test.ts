/** The search index gives exactly the linear scan's hits, order, scores and snippets, and never believes a spoilt file. */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../src/catalog/catalog.js';
import { readMonographDir } from '../../src/catalog/files.js';
import { readFolderCached } from '../../src/catalog/index-cache.js';
import { fold, searchMonographs, sectionTexts } from '../../src/search/search.js';
import { searchIndexed } from '../../src/search/search-index.js';
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
const indexed = (words: string[], limit = 1_000_000) => searchIndexed(cacheDir, entries, words, limit);

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

  it('reads only the shards a query needs', () => {
    indexed(['platelet']);
    const folder = join(cacheDir, 'search', readdirSync(join(cacheDir, 'search'))[0]!);
    for (const n of readdirSync(folder)) if (n !== 'vocab.json') rmSync(join(folder, n));
    expect(indexed(['zzzqqq'])).toEqual({ total: 0, hits: [] });
    expect(readdirSync(folder)).toEqual(['vocab.json']);
  });

  it.each([
    ['truncated', (t: string) => t.slice(0, t.length - 40)],
    ['not JSON', () => 'garbage'],
    ['changed without its checksum', (t: string) => t.replace(/\[\d/, '[9')],
    ['of another digest', (t: string) => t.replace(/"digest":"[0-9a-f]/, '"digest":"x')],
    ['from another loader version', (t: string) => t.replace(/"loader":"[^"]*"/, '"loader":"0:other"')],
  ])('never believes a vocabulary or shard that is %s: same answers, and rebuilt', (_, spoil) => {
    indexed(['platelet']);
    const folder = join(cacheDir, 'search', readdirSync(join(cacheDir, 'search'))[0]!);
    const spoilt = new Map(readdirSync(folder).map((n) => [n, spoil(readFileSync(join(folder, n), 'utf8'))]));
    for (const [n, text] of spoilt) writeFileSync(join(folder, n), text);
    expect(indexed(['platelet', 'count'])).toEqual(reference(['platelet', 'count']));
    for (const [n, text] of spoilt) expect(readFileSync(join(folder, n), 'utf8'), n).not.toBe(text);
    expect(indexed(['refrigerator'])).toEqual(reference(['refrigerator']));
  });

  it('follows a changed monograph', async () => {
    indexed(['platelet']);
    const file = join(dir, 'testadrug.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^summary: (.*)$/m, 'summary: $1').replace(/(- p: )/, '$1Quokkaword here. '));
    entries = await readThroughCache();
    plain = [...bundledMonographs(), ...readMonographDir(dir).monographs];
    expect(reference(['quokkaword']).total).toBeGreaterThan(0);
    expect(indexed(['quokkaword'])).toEqual(reference(['quokkaword']));
  });

  it('is what the search command uses, and --no-cache (the scan) answers the same', async () => {
    const env = { MONOGRAPH_CACHE: cacheDir };
    const args = ['search', 'platelet', 'count', '--data', dir, '--json', '--limit', '5'];
    const cached = await runCli(args, { env });
    expect(cached).toEqual(await runCli([...args, '--no-cache'], { env }));
    expect(JSON.parse(cached.stdout).hits).toHaveLength(5);
  });
});
