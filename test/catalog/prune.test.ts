/** Pruning the index cache: only what no index needs, and only when two passes a day apart found it unneeded. */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readMonographDir } from '../../src/catalog/files.js';
import { readFolderCached } from '../../src/catalog/index-cache.js';
import { prune, PRUNE_EVERY_MS } from '../../src/catalog/prune.js';

let root: string;
let dir: string;
let cacheDir: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'monograph-prune-'));
  dir = join(root, 'data');
  cacheDir = join(root, 'cache');
  mkdirSync(dir);
  for (const name of ['testadrug.yaml', 'othadrug.yaml']) copyFileSync(join('test/fixtures/valid', name), join(dir, name));
});

const DAY = PRUNE_EVERY_MS;
const compiled = () => readdirSync(join(cacheDir, 'monographs')).sort();
const read = async () => JSON.parse(JSON.stringify(await readFolderCached(dir, { root: cacheDir, parsed: [] }))) as unknown;
const plain = () => JSON.parse(JSON.stringify(readMonographDir(dir))) as unknown;
const change = (name: string, summary: string) =>
  writeFileSync(join(dir, name), readFileSync(join(dir, name), 'utf8').replace(/^summary: .*$/m, `summary: ${summary}`));

describe('pruning the index cache', () => {
  it('deletes a compiled monograph no index refers to, but only at a pass a day after it was found unneeded', async () => {
    await read(); // the first index write also makes the first pass
    const first = compiled();
    expect(first).toHaveLength(2);
    change('othadrug.yaml', 'Changed once.');
    await read();
    expect(compiled()).toHaveLength(3);
    const now = Date.now();
    prune(cacheDir, now + DAY); // finds the old one unneeded: kept for now
    expect(compiled()).toHaveLength(3);
    prune(cacheDir, now + DAY + 1000); // too soon after the last pass: nothing happens
    expect(compiled()).toHaveLength(3);
    prune(cacheDir, now + 2 * DAY + 1000);
    expect(compiled()).toHaveLength(2);
    expect(compiled()).not.toEqual(first);
    expect(await read()).toEqual(plain());
    // Everything the index needs is still there: the sections of both load.
    const again = await readFolderCached(dir, { root: cacheDir, parsed: [] });
    expect(again.monographs.map((m) => m.monograph.sections.length).every((n) => n > 0)).toBe(true);
  });

  it('never deletes what became unneeded after the last pass, nor what an index refers to', async () => {
    await read();
    const now = Date.now();
    prune(cacheDir, now - DAY / 2); // a pass half a day ago: the next run to rewrite the index makes none
    change('othadrug.yaml', 'Changed after the pass.');
    await read();
    const all = compiled();
    expect(all).toHaveLength(3);
    prune(cacheDir, now + DAY); // the old compiled file was still needed at the last pass: kept
    expect(compiled()).toEqual(all);
    prune(cacheDir, now + 2 * DAY + 1000);
    expect(compiled()).toHaveLength(2);
    expect(await read()).toEqual(plain());
  });

  it('deletes the index of a folder that is gone, and files that are not its own', async () => {
    await read();
    const index = readdirSync(join(cacheDir, 'index'));
    writeFileSync(join(cacheDir, 'monographs', 'stray.json'), 'not ours');
    rmSync(dir, { recursive: true });
    const now = Date.now();
    prune(cacheDir, now + DAY);
    expect(readdirSync(join(cacheDir, 'index'))).toEqual(index);
    prune(cacheDir, now + 2 * DAY + 1000);
    expect(readdirSync(join(cacheDir, 'index'))).toEqual([]);
    expect(compiled()).toEqual([]);
  });

  it('is never an error, with no cache folder or an unwritable one', () => {
    expect(() => prune(join(root, 'nowhere'), Date.now())).not.toThrow();
    writeFileSync(join(root, 'file'), 'x');
    expect(() => prune(join(root, 'file', 'cache'), Date.now())).not.toThrow();
    expect(existsSync(join(root, 'nowhere'))).toBe(false);
  });
});
