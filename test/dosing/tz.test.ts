/** The same dates whatever TZ says: in-process under three zones, and the built binary spawned with TZ set. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const ZONES = ['UTC', 'America/New_York', 'Pacific/Kiritimati'];
const CASES = [
  ['dosing', 'spinraza', '--start', '2026-12-31', '--json'],
  ['dosing', 'spinraza', '--region', 'eu', '--start', '2024-02-29', '--until', '2026-03-01', '--json'],
  ['dosing', 'spinraza', '--last-dose', '2026-01-31', '--today', '2026-09-30', '--json'],
  ['dosing', 'spinraza', '--start', '2026-03-08', '--count', '6'],
];

describe('in-process, with process.env.TZ switched', () => {
  const saved = process.env.TZ;
  afterAll(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it.each(CASES)('%s %s %s %s: identical in every zone', async (...args) => {
    const outputs: string[] = [];
    const offsets = new Set<number>();
    for (const zone of ZONES) {
      process.env.TZ = zone;
      offsets.add(new Date(2026, 11, 31, 12).getTimezoneOffset());
      const r = await runCli(args);
      expect([r.code, r.stderr]).toEqual([0, '']);
      outputs.push(r.stdout);
    }
    expect(offsets.size).toBe(ZONES.length);
    expect(new Set(outputs).size).toBe(1);
  });
});

describe('the built binary, spawned with TZ', () => {
  beforeAll(() => {
    if (!existsSync('dist/monograph.js')) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  });

  it.each(CASES)('%s %s %s %s: identical in every zone', (...args) => {
    const outputs = ZONES.map((TZ) => {
      const r = spawnSync(process.execPath, ['bin/monograph.js', ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', TZ } });
      expect([r.status, r.stderr]).toEqual([0, '']);
      return r.stdout;
    });
    expect(outputs[0]).toContain('2026');
    expect(new Set(outputs).size).toBe(1);
  });
});
