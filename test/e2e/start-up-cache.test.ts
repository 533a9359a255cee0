/** The start-up cache of the installed entry (bin/monograph.cjs): an answer is reused only when nothing it depends on changed. */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';

let home: string;
let cache: string;

/** A module hook that says on stderr when the program's own bundle loads: on a cached answer it never does. */
function tracer(): string {
  const dir = mkdtempSync(join(tmpdir(), 'monograph-trace-'));
  writeFileSync(join(dir, 'hooks.mjs'), `import { writeSync } from 'node:fs';\nexport async function load(url, context, next) {\n  if (url.endsWith('/dist/monograph.js')) writeSync(2, 'PROGRAM LOADED\\n');\n  return next(url, context);\n}\n`);
  writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`);
  return join(dir, 'register.mjs');
}
let trace: string;

function monograph(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', trace, 'bin/monograph.cjs', ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: home, XDG_CACHE_HOME: cache, MONOGRAPH_HOME: join(home, 'labels'), ...env },
  });
  const fresh = r.stderr.includes('PROGRAM LOADED\n');
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.replace('PROGRAM LOADED\n', ''), fresh };
}

const entries = () => (existsSync(join(cache, 'monograph', 'output')) ? readdirSync(join(cache, 'monograph', 'output')) : []);

beforeAll(() => {
  if (!existsSync('dist/monograph.cjs')) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  trace = tracer();
});

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'monograph-startup-'));
  cache = join(home, 'cache');
});

describe('the start-up cache', () => {
  it('answers the same question again without loading the program, with the same output and exit code', () => {
    const first = monograph(['show', 'spinraza', 'storage']);
    expect(first).toMatchObject({ code: 0, fresh: true });
    const again = monograph(['show', 'spinraza', 'storage']);
    expect(again).toEqual({ ...first, fresh: false });
    const missing = monograph(['show', 'spinrasa']);
    expect(monograph(['show', 'spinrasa'])).toEqual({ ...missing, fresh: false });
    expect(missing.code).toBe(3);
  });

  it('keys --json=field,field by the whole argument: each field list is its own answer', () => {
    const some = monograph(['list', '--json=monographs']);
    const names = monograph(['list', '--json=']);
    expect([some.fresh, names.fresh, names.stdout]).toEqual([true, true, 'monographs\n']);
    expect(monograph(['list', '--json='])).toEqual({ ...names, fresh: false });
    expect(monograph(['list', '--json=monographs'])).toEqual({ ...some, fresh: false });
    expect(monograph(['list', '--json=nope'])).toMatchObject({ code: 2, stdout: '' });
  });

  it('keys the answer by arguments, width and colour settings', () => {
    monograph(['show', 'spinraza', 'storage']);
    const narrow = monograph(['show', 'spinraza', 'storage'], { COLUMNS: '40' });
    expect(narrow.fresh).toBe(true);
    expect(narrow.stdout).not.toBe(monograph(['show', 'spinraza', 'storage']).stdout);
    expect(monograph(['show', 'spinraza', 'storage'], { COLUMNS: '40' })).toEqual({ ...narrow, fresh: false });
    expect(monograph(['show', 'spinraza', 'storage', '--color', 'always']).stdout).toContain('\u001b[');
  });

  it('sees a changed, a deleted and a new file in a --data folder', () => {
    const dir = join(home, 'data');
    mkdirSync(dir);
    copyFileSync('test/fixtures/valid/testadrug.yaml', join(dir, 'testadrug.yaml'));
    const list = () => monograph(['list', '--data', dir]);
    expect(list().stdout).toContain('Testadrug');
    expect(list().fresh).toBe(false);
    writeFileSync(join(dir, 'testadrug.yaml'), readFileSync(join(dir, 'testadrug.yaml'), 'utf8').replace('brand: Testadrug', 'brand: Changedrug'));
    expect(list()).toMatchObject({ fresh: true, code: 0 });
    expect(list().stdout).toContain('Changedrug');
    copyFileSync('test/fixtures/valid/othadrug.yaml', join(dir, 'othadrug.yaml'));
    expect(list().stdout).toMatch(/Othadrug/i);
    rmSync(join(dir, 'testadrug.yaml'));
    expect(list().stdout).not.toContain('Changedrug');
  });

  it('sees a --data folder that did not exist when the answer was stored', () => {
    const dir = join(home, 'later');
    expect(monograph(['list', '--data', dir]).code).toBe(3);
    expect(monograph(['list', '--data', dir])).toMatchObject({ code: 3, fresh: false });
    mkdirSync(dir);
    copyFileSync('test/fixtures/valid/testadrug.yaml', join(dir, 'testadrug.yaml'));
    expect(monograph(['list', '--data', dir])).toMatchObject({ code: 0, fresh: true });
  });

  it.each([
    ['truncated', (t: string) => t.slice(0, t.length >> 1)],
    ['not JSON', () => '\u0000\u0001garbage'],
    ['empty', () => ''],
    ['an answer changed without its checksum', (t: string) => t.replace('Spinraza', 'Spinrazza')],
    ['from another layout', (t: string) => t.replace('"layout":1', '"layout":0')],
    ['stored under another key', (t: string) => t.replace('"key":"[1,', '"key":"[1,0,')],
  ])('never believes an entry that is %s: the right answer, and the entry rebuilt', (_, spoil) => {
    const good = monograph(['show', 'spinraza', 'storage']);
    const [name] = entries();
    const file = join(cache, 'monograph', 'output', name!);
    writeFileSync(file, spoil(readFileSync(file, 'utf8')));
    expect(monograph(['show', 'spinraza', 'storage'])).toEqual({ ...good, fresh: true });
    expect(monograph(['show', 'spinraza', 'storage'])).toEqual({ ...good, fresh: false });
  });

  it('works without a cache when the cache folder cannot be created, or with --no-cache', () => {
    writeFileSync(join(home, 'file'), 'not a folder');
    const blocked = { XDG_CACHE_HOME: join(home, 'file', 'sub') };
    expect(monograph(['show', 'spinraza', 'storage'], blocked)).toMatchObject({ code: 0, stderr: '', fresh: true });
    expect(monograph(['show', 'spinraza', 'storage'], blocked).fresh).toBe(true);
    expect(monograph(['show', 'spinraza', 'storage', '--no-cache'])).toMatchObject({ code: 0, fresh: true });
    expect(entries()).toEqual([]);
  });

  it('keeps no answer of a command that reads or writes a file', () => {
    const log = join(home, 'log.csv');
    writeFileSync(log, 'timestamp,temperature\n2026-01-01T00:00:00Z,5\n2026-01-01T00:10:00Z,5\n');
    monograph(['storage', 'spinraza', '--log', log, '--unit', 'C']);
    monograph(['validate', 'test/fixtures/valid']);
    expect(entries()).toEqual([]);
  });
});
