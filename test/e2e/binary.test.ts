/** End-to-end: the built binary, spawned, for exit codes, pipes and colour. `npm test` builds it first. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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
