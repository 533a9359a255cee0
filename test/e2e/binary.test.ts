/** End-to-end: the built binary, spawned, for exit codes, pipes and colour. `npm test` builds it first. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const BIN = 'bin/monograph.js';
const ESC = '\u001b[';

function monograph(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync('dist/monograph.js')) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
});

describe('the built binary', () => {
  it('prints Spinraza and exits 0', () => {
    const r = monograph(['show', 'spinraza']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Spinraza \(nusinersen\)/);
    expect(r.stderr).toBe('');
  });

  it.each([
    [['show', 'spinrasa'], 3],
    [['bogus'], 2],
    [['show', 'spinraza', '--nope'], 2],
    [['validate', 'test/fixtures/valid'], 0],
    [['--version'], 0],
    [['--help'], 0],
  ])('%j exits %i', (args, code) => {
    expect(monograph(args).code).toBe(code);
  });

  it('ends quietly with exit 0 when the reader closes the pipe early', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" ${BIN} show spinraza | head -1; echo "status=\${PIPESTATUS:-}"`], { encoding: 'utf8' });
    expect(r.stdout.split('\n')[0]).toBe('Spinraza (nusinersen)');
    const bash = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" ${BIN} show spinraza --width 40 | head -1 >/dev/null; echo $?`], { encoding: 'utf8' });
    expect(bash.stdout.trim()).toBe('0');
    expect(bash.stderr).toBe('');
  });

  it('reports a failed write (a full disk) as an error', () => {
    if (!existsSync('/dev/full')) return;
    const r = spawnSync('sh', ['-c', `"${process.execPath}" ${BIN} show spinraza > /dev/full`], { encoding: 'utf8' });
    expect(r.status).toBe(70);
    expect(r.stderr).toMatch(/cannot write output/);
  });

  it('colours only when asked or on a terminal, and never JSON', () => {
    expect(monograph(['show', 'spinraza', 'storage']).stdout).not.toContain(ESC);
    expect(monograph(['show', 'spinraza', 'storage'], { FORCE_COLOR: '1' }).stdout).toContain(ESC);
    expect(monograph(['show', 'spinraza', 'storage'], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toContain(ESC);
    expect(monograph(['show', 'spinraza', 'storage', '--color', 'always'], { NO_COLOR: '1' }).stdout).toContain(ESC);
    expect(monograph(['show', 'spinraza', 'storage', '--no-color'], { FORCE_COLOR: '1' }).stdout).not.toContain(ESC);
    expect(monograph(['show', 'spinraza', '--json', '--color', 'always']).stdout).not.toContain(ESC);
  });

  it('fits --width 40', () => {
    const lines = monograph(['show', 'spinraza', '--width', '40']).stdout.split('\n');
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(40);
  });

  it('uses COLUMNS when not on a terminal', () => {
    const lines = monograph(['show', 'spinraza', 'dosing'], { COLUMNS: '60' }).stdout.split('\n');
    expect(Math.max(...lines.map((l) => [...l].length))).toBe(60);
  });

  it('prints YAML from the bundle (the yaml package is loaded lazily)', () => {
    const r = monograph(['list', '--format', 'yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^schemaVersion: 1\nmonographs:\n/);
  });

  it('keeps stdout to the JSON document alone', () => {
    const r = monograph(['show', 'spinraza', '--json']);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });
});

/** Runs `script` in a spawned sh with the binary as "$M" (so `ulimit`, FIFOs and closed streams are real). */
function sh(script: string, cwd = process.cwd()) {
  const r = spawnSync('sh', ['-c', script], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', M: `${process.execPath} ${resolve(BIN)}` }, timeout: 15_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

describe('the built binary against hostile input (issue 10)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'monograph-e2e-'));

  it('refuses a FIFO with no writer at once instead of hanging (item 4)', () => {
    const r = sh('mkfifo fifo.csv && $M storage spinraza --log fifo.csv', dir);
    expect([r.signal, r.code, r.stdout, r.stderr]).toEqual([null, 2, '', 'monograph: --log fifo.csv is a named pipe (FIFO), not a regular file\ngive the file itself\n']);
  });

  it('refuses a device (item 4)', () => {
    const r = monograph(['storage', 'spinraza', '--log', '/dev/zero']);
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([2, 'monograph: --log /dev/zero is a device, not a regular file']);
  });

  it('leaves no partial file when the write fails part way (ulimit -f), with or without --force (item 5)', () => {
    const r = sh('ulimit -f 4; $M dosing spinraza --start 2026-12-01 --count 1000 --ics b.ics', dir);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'monograph: cannot write --ics b.ics: file too large\n']);
    expect(readdirSync(dir).filter((f) => f.includes('b.ics'))).toEqual([]);
    writeFileSync(join(dir, 'b.ics'), 'keep me');
    const forced = sh('ulimit -f 4; $M dosing spinraza --start 2026-12-01 --count 1000 --ics b.ics --force', dir);
    expect(forced.code).toBe(2);
    expect(readdirSync(dir).filter((f) => f.includes('b.ics'))).toEqual(['b.ics']);
    expect(readFileSync(join(dir, 'b.ics'), 'utf8')).toBe('keep me');
    const next = sh('$M dosing spinraza --start 2026-12-01 --count 1000 --ics c.ics', dir);
    expect([next.code, readFileSync(join(dir, 'c.ics'), 'utf8').endsWith('END:VCALENDAR\r\n')]).toEqual([0, true]);
  });

  it('exits 70 with one line when stdout is closed (item 10), and 0 into /dev/null', () => {
    expect(sh('$M list >&-')).toMatchObject({ code: 70, stdout: '', stderr: 'monograph: cannot write output: standard output is closed\n' });
    expect(sh('$M list >/dev/null')).toMatchObject({ code: 0, stderr: '' });
  });

  it('exits 70 on a closed stdout through the installed entry too, even when the start-up cache has the answer', () => {
    const entry = `${process.execPath} ${resolve('bin/monograph.cjs')}`;
    const cache = `XDG_CACHE_HOME=${join(dir, 'cache')}`;
    expect(sh(`${cache} ${entry} list >/dev/null; ${cache} ${entry} list >/dev/null; ${cache} ${entry} list >&-`)).toMatchObject({ code: 70, stderr: 'monograph: cannot write output: standard output is closed\n' });
  });

  it('prints no forged line from an argument or a file name (item 11)', () => {
    const r = monograph(['show', 'xx\nmonograph: everything is fine']);
    expect(r.code).toBe(3);
    expect(r.stderr.split('\n')[0]).toBe('monograph: no monograph named "xx\\u{000A}monograph: everything is fine"');
    expect(r.stderr).not.toMatch(/^monograph: everything is fine/m);
    const log = sh(`$M storage spinraza --log "$(printf 'a\\rmonograph: fine.csv')"`, dir);
    expect([log.code, log.stderr.split('\n')[0]]).toEqual([3, 'monograph: --log a\\u{000D}monograph: fine.csv: no such file or folder']);
  });

  it('makes invisible characters visible in text, and keeps JSON and YAML values exact (item 12)', () => {
    const data = ['--data', 'test/fixtures/invisible'];
    const text = monograph(['show', 'testadrug', ...data]);
    expect(text.code).toBe(0);
    expect(text.stdout).not.toMatch(/(?!\n)[\p{Cc}\p{Cf}\u3164\u034f]/u);
    expect(text.stdout).toContain('\\u{202E}monograph\\u{202C} with a soft\\u{00AD}hyphen, a tag\\u{E0041}');
    const json = monograph(['show', 'testadrug', ...data, '--json']);
    const yaml = monograph(['show', 'testadrug', ...data, '--format', 'yaml']);
    expect(json.stdout + yaml.stdout).not.toMatch(/(?!\n)[\p{Cc}\p{Cf}\u3164\u034f]/u);
    expect(JSON.parse(json.stdout).drug.summary).toContain('\u202Emonograph\u202C');
    expect(yaml.stdout).toContain('"A fictional \\u202Emonograph\\u202C with a soft\\u00ADhyphen, a tag\\U000E0041');
    const bidi = monograph(['show', 'spin\u202Eraza']);
    expect(bidi.stderr.split('\n')[0]).toBe('monograph: no monograph named "spin\\u{202E}raza"');
  });

  it('refuses a log line longer than 64 KiB with its line number, without a stack trace (item 13)', () => {
    const file = join(dir, 'long.csv');
    writeFileSync(file, `timestamp,temperature (°C)\n2026-03-02T08:00:00Z,5\n2026-03-02T08:01:00Z,${'5'.repeat(50 << 20)}\n`);
    const r = monograph(['storage', 'spinraza', '--log', file]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `monograph: ${file}, line 3: the line is longer than 64 KiB, so it is not a logger row\n`]);
  });
});

