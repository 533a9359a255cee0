/** Hostile input (issue 10), in-process: echoes cut, forged lines made visible, one folder loaded once, sections once. */
import { chmodSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const LONG = 'x'.repeat(120_000);

/** The places that echo what was typed back in an error: a drug, a section, an excursion, its duration, a log file. */
const echoedAs = (input: string): [string[]][] => [
  [['show', input]],
  [['show', 'spinraza', input]],
  [['storage', 'spinraza', '--excursion', input]],
  [['storage', 'spinraza', '--excursion', `22C:${input}`]],
  [['storage', 'spinraza', '--log', input]],
];

describe('echoed input is cut at about 80 characters (item 9)', () => {
  it.each([
    ...echoedAs(LONG),
    [['show', 'spinraza', '--width', LONG]],
    [['show', 'spinraza', `--${LONG}`]],
    [[LONG]],
    [['dosing', 'spinraza', '--start', LONG]],
  ])('%#: every stderr line is short, with an ellipsis', async (argv) => {
    const r = await runCli(argv);
    expect(r.code).toBeGreaterThanOrEqual(2);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(400);
    expect(r.stderr).toContain('…');
  });

  it('the drug name is quoted cut to 80 characters', async () => {
    const r = await runCli(['show', LONG]);
    expect(r.stderr.split('\n')[0]).toBe(`monograph: no monograph named "${'x'.repeat(79)}…"`);
  });
});

describe('a line break in anything echoed cannot forge a line (item 11)', () => {
  const forged = 'xx\nmonograph: everything is fine\r';
  it.each([
    ...echoedAs(forged),
    [['storage', 'spinraza', '--data', forged]],
    [['validate', forged]],
  ])('%j', async (argv) => {
    const r = await runCli(argv);
    expect(r.code).toBeGreaterThanOrEqual(2);
    expect(r.stderr).not.toMatch(/^monograph: everything is fine/m);
    expect(r.stderr).toContain('xx\\u{000A}monograph');
  });

  it('a data file name with a newline, in --data errors and in validate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'monograph-forge-'));
    writeFileSync(join(dir, 'bad\nmonograph: ok.yaml'), 'id: [');
    const data = await runCli(['list', '--data', dir]);
    expect([data.code, data.stderr]).not.toContain(expect.stringMatching(/^monograph: ok/m));
    expect(data.stderr).toContain('bad\\u{000A}monograph: ok.yaml');
    const validate = await runCli(['validate', dir]);
    expect(validate.stdout).toContain('bad\\u{000A}monograph: ok.yaml');
    expect(validate.stdout).not.toMatch(/^monograph: ok/m);
  });
});

describe('the same folder twice is loaded once (item 15)', () => {
  const dir = 'test/fixtures/valid';
  it.each([
    [['list', '--data', dir], { MONOGRAPH_PATH: dir }],
    [['list'], { MONOGRAPH_PATH: `${dir}:${dir}` }],
    [['list'], { MONOGRAPH_PATH: `${dir}:./${dir}/` }],
    [['list', '--data', dir, '--data', `${process.cwd()}/${dir}`], {}],
  ])('%j with %j', async (argv, env) => {
    const r = await runCli([...argv, '--json'], { env });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(JSON.parse(r.stdout).monographs.filter((m: { id: string }) => m.id === 'testadrug')).toHaveLength(1);
  });

  it('a link to the folder is the same folder', async () => {
    const link = join(mkdtempSync(join(tmpdir(), 'monograph-link-')), 'dd');
    symlinkSync(join(process.cwd(), dir), link);
    const r = await runCli(['list', '--data', dir, '--data', link, '--json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
  });
});

describe('repeated section names print the section once (item 16)', () => {
  it('dose dosing dosage is one dosing section', async () => {
    const once = await runCli(['show', 'spinraza', 'dosing', '--json']);
    const thrice = await runCli(['show', 'spinraza', 'dose', 'dosing', 'dosage', '--json']);
    expect(JSON.parse(thrice.stdout).sections.map((s: { id: string }) => s.id)).toEqual(['dosing']);
    expect(thrice.stdout).toBe(once.stdout);
  });

  it('thousands of repeats are one lookup each name, one section', async () => {
    const r = await runCli(['show', 'spinraza', ...Array<string>(5000).fill('dose'), 'storage', '--json']);
    expect(JSON.parse(r.stdout).sections.map((s: { id: string }) => s.id)).toEqual(['dosing', 'storage']);
  });
});

describe('OS errors about a user path are usage or not-found errors with the reason in words (item 7)', () => {
  it('a log path too long is exit 2, "name too long"', async () => {
    const r = await runCli(['storage', 'spinraza', '--log', `${'y'.repeat(300)}.csv`]);
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([2, `monograph: --log ${'y'.repeat(79)}…: name too long`]);
  });

  it.skipIf(process.getuid?.() === 0)(`${process.getuid?.() === 0 ? 'SKIPPED: running as root, who may read anything (test/cli/os-errors.test.ts covers the mapping); ' : ''}an unreadable log is exit 2, "permission denied"`, async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'monograph-perm-')), 'locked.csv');
    writeFileSync(file, 'timestamp,temp C\n');
    chmodSync(file, 0o000);
    const r = await runCli(['storage', 'spinraza', '--log', file]);
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([2, `monograph: --log ${file}: permission denied`]);
  });

  it('a --data path that is a file is exit 2', async () => {
    const r = await runCli(['list', '--data', 'README.md']);
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([2, 'monograph: not a folder: README.md']);
  });
});
