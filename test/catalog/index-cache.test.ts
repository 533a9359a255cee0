/** The monograph index cache: the same answers as reading every file, while parsing only files that changed. */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readMonographDir } from '../../src/catalog/files.js';
import { readFolderCached, type IndexCache } from '../../src/catalog/index-cache.js';
import { listFolder } from '../../src/catalog/folder.js';
import { fingerprintFolder, type Listing } from '../../src/fast/folders.js';
import { HANDOFF } from '../../src/fast/handoff.js';
import { runCli } from '../helpers/cli.js';

let root: string;
let dir: string;
let cacheDir: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'monograph-index-'));
  dir = join(root, 'data');
  cacheDir = join(root, 'cache');
  mkdirSync(dir);
  for (const name of ['testadrug.yaml', 'othadrug.yaml']) copyFileSync(join('test/fixtures/valid', name), join(dir, name));
});

const cache = (at = cacheDir): IndexCache => ({ root: at, parsed: [] });
/** A folder read through the cache, in the shape the rest of the program sees (lazy fields read out). */
async function read(c = cache()) {
  const r = await readFolderCached(dir, c);
  return { result: JSON.parse(JSON.stringify(r)) as unknown, parsed: c.parsed.map((f) => f.replace(`${dir}/`, '')) };
}
const plain = () => JSON.parse(JSON.stringify(readMonographDir(dir))) as unknown;
const indexFile = () => join(cacheDir, 'index', readdirSync(join(cacheDir, 'index'))[0]!);

describe('the index cache', () => {
  it('gives what reading every file gives, and parses nothing the second time', async () => {
    expect(await read()).toEqual({ result: plain(), parsed: ['othadrug.yaml', 'testadrug.yaml'] });
    expect(await read()).toEqual({ result: plain(), parsed: [] });
  });

  it('parses only a changed file, and shows the change', async () => {
    await read();
    writeFileSync(join(dir, 'othadrug.yaml'), readFileSync(join(dir, 'othadrug.yaml'), 'utf8').replace(/^summary: .*$/m, 'summary: Changed today.'));
    const again = await read();
    expect(again).toEqual({ result: plain(), parsed: ['othadrug.yaml'] });
    expect(JSON.stringify(again.result)).toContain('Changed today.');
  });

  it('forgets a deleted file and reads a new one', async () => {
    await read();
    rmSync(join(dir, 'othadrug.yaml'));
    expect(await read()).toEqual({ result: plain(), parsed: [] });
    copyFileSync('test/fixtures/valid/othadrug.yaml', join(dir, 'again.yaml'));
    expect(await read()).toEqual({ result: plain(), parsed: ['again.yaml'] });
  });

  it('reports an invalid file with the same problems, cached or not', async () => {
    writeFileSync(join(dir, 'bad.yaml'), 'id: bad\nid: twice\n');
    expect(await read()).toEqual({ result: plain(), parsed: ['bad.yaml', 'othadrug.yaml', 'testadrug.yaml'] });
    expect(await read()).toEqual({ result: plain(), parsed: [] });
  });

  it.each([
    ['truncated', (t: string) => t.slice(0, t.length - 40)],
    ['not JSON', () => 'garbage'],
    ['empty', () => ''],
    ['changed without its checksum', (t: string) => t.replace('Testadrug', 'Testadrog')],
    ['from another loader version', (t: string) => t.replace(/"loader":"[^"]*"/, '"loader":"0:other"')],
  ])('never believes an index that is %s: right answers, every file parsed again, and rebuilt', async (_, spoil) => {
    await read();
    writeFileSync(indexFile(), spoil(readFileSync(indexFile(), 'utf8')));
    expect(await read()).toEqual({ result: plain(), parsed: ['othadrug.yaml', 'testadrug.yaml'] });
    expect(await read()).toEqual({ result: plain(), parsed: [] });
  });

  it('answers rightly when a compiled monograph in the cache is spoilt or gone', async () => {
    const env = { MONOGRAPH_CACHE: cacheDir };
    const fresh = await runCli(['show', 'testadrug', '--data', dir, '--json', '--no-cache'], { env });
    await runCli(['list', '--data', dir], { env });
    const files = readdirSync(join(cacheDir, 'monographs'));
    writeFileSync(join(cacheDir, 'monographs', files[0]!), 'spoilt');
    rmSync(join(cacheDir, 'monographs', files[1]!));
    expect(await runCli(['show', 'testadrug', '--data', dir, '--json'], { env })).toEqual(fresh);
    expect(await runCli(['show', 'othadrug', '--data', dir, '--json'], { env })).toEqual(await runCli(['show', 'othadrug', '--data', dir, '--json', '--no-cache'], { env }));
  });

  it('reports name collisions exactly as without the cache', async () => {
    copyFileSync(join(dir, 'testadrug.yaml'), join(dir, 'copy.yaml'));
    const env = { MONOGRAPH_CACHE: cacheDir };
    const plainRun = await runCli(['list', '--data', dir, '--no-cache'], { env });
    expect(plainRun.code).toBe(5);
    expect(await runCli(['list', '--data', dir], { env })).toEqual(plainRun);
    expect(await runCli(['list', '--data', dir], { env })).toEqual(plainRun);
  });

  it('works without a cache when its folder cannot be made', async () => {
    writeFileSync(join(root, 'file'), 'not a folder');
    const blocked = cache(join(root, 'file', 'cache'));
    expect(await read(blocked)).toEqual({ result: plain(), parsed: ['othadrug.yaml', 'testadrug.yaml'] });
    const env = { MONOGRAPH_CACHE: join(root, 'file', 'cache') };
    expect(await runCli(['list', '--data', dir], { env })).toEqual(await runCli(['list', '--data', dir, '--no-cache'], { env }));
  });

  it('stays whole when two processes build it at once', async () => {
    const text = readFileSync(join(dir, 'othadrug.yaml'), 'utf8');
    for (let i = 0; i < 6; i++) {
      writeFileSync(join(dir, `copy${i}.yaml`), text.replace(/^id: (.*)$/m, `id: $1-copy${i}`).replace(/^(brand|generic): (.*)$/gm, `$1: $2 copy${i}`).replace(/^aliases: .*$/m, 'aliases: []'));
    }
    const once = () =>
      new Promise<string>((resolve) => {
        // The loader as the tests see it (the built binary stamps its own version, whose cache these reads would not take).
        const script = `import { readFolderCached } from './src/catalog/index-cache.ts';\nconst r = await readFolderCached(${JSON.stringify(dir)}, { root: ${JSON.stringify(cacheDir)}, parsed: [] });\nconsole.log(JSON.stringify(r));`;
        const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { PATH: process.env.PATH ?? '' } });
        let out = '';
        child.stdout.on('data', (d: Buffer) => (out += String(d)));
        child.on('close', (code) => resolve(`${code}\n${out}`));
      });
    const [a, b] = await Promise.all([once(), once()]);
    expect(a).toBe(b);
    expect(a).toBe(`0\n${JSON.stringify(readMonographDir(dir))}\n`);
    expect(await read()).toEqual({ result: plain(), parsed: [] });
  });

  it('reads the stats of a folder once: those the start-up entry took for its fingerprint, then its own', async () => {
    const listings = new Map<string, Listing>();
    fingerprintFolder(resolve(dir), Date.now(), listings);
    const given = listings.get(resolve(dir))!;
    const slot = globalThis as Record<symbol, unknown>;
    slot[HANDOFF] = { root: cacheDir, key: '', folders: [], answered: false, listings };
    try {
      const first = listFolder(dir);
      expect(first.files.map((f) => f.name)).toEqual(['othadrug.yaml', 'testadrug.yaml']);
      expect(first.files.map((f) => f.stat)).toEqual(given.entries.map((e) => e.stat));
      expect(first.files.every((f, i) => f.stat === given.entries[i]!.stat)).toBe(true);
      expect(listFolder(dir).files.some((f, i) => f.stat === given.entries[i]!.stat)).toBe(false);
      expect(await read()).toEqual({ result: plain(), parsed: ['othadrug.yaml', 'testadrug.yaml'] });
    } finally {
      delete slot[HANDOFF];
    }
  });
});
