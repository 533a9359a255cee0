/** One name per idea (`--today`, with `--on` a hidden alias), and messages that name the real problem. */
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const CLOCK = ['storage', 'evrysdi', '--state', 'constituted', '--since', '2026-04-01'];
const MISSED = ['dosing', 'spinraza', '--last-dose', '2026-03-02'];

describe('--today is the one name; --on is its hidden alias', () => {
  it.each([
    [CLOCK, '2026-06-01'],
    [MISSED, '2026-11-25'],
  ])('%j: --on gives the same answer as --today', async (argv, date) => {
    const today = await runCli([...argv, '--today', date, '--json'], { today: '2030-01-01' });
    expect(today.code).not.toBe(2);
    expect(await runCli([...argv, '--on', date, '--json'], { today: '2030-01-01' })).toEqual(today);
  });

  it.each(['storage', 'dosing'])('%s --help shows --today and hides --on', async (command) => {
    const help = (await runCli([command, '--help'])).stdout;
    expect(help).toMatch(/--today <date>/);
    expect(help).not.toMatch(/--on\b/);
  });
});

describe('messages', () => {
  it('a negative weight is refused for its sign', async () => {
    const r = await runCli(['dosing', 'evrysdi', '--weight', '-3kg', '--age', '5mo']);
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([2, 'monograph: --weight "-3kg" is negative; a weight must be more than zero']);
  });

  it('completion for another shell names the shells there are, and guesses nothing', async () => {
    expect(await runCli(['completion', 'tcsh'])).toEqual({ code: 2, stdout: '', stderr: 'monograph: no completion for shell "tcsh"\nmonograph completes bash, zsh, fish only\n' });
  });

  it.each([
    [['help', 'nosuch'], 'monograph: unknown command \'nosuch\'\nrun `monograph --help` for usage\n'],
    [['help', 'shwo'], 'monograph: unknown command \'shwo\'\ndid you mean: show?\nrun `monograph --help` for usage\n'],
  ])('%j is a usage error (exit 2) with an empty stdout', async (argv, stderr) => {
    expect(await runCli(argv)).toEqual({ code: 2, stdout: '', stderr });
  });

  it('help of a real command still exits 0', async () => {
    expect((await runCli(['help', 'show'])).code).toBe(0);
  });
});

describe('--log - reads the log from stdin', () => {
  const log = (name: string) => readFileSync(`test/fixtures/storage/logs/${name}`, 'utf8');
  it('gives the same check as the file', async () => {
    const file = await runCli(['storage', 'spinraza', '--log', 'test/fixtures/storage/logs/fridge-failure.csv', '--json']);
    const piped = await runCli(['storage', 'spinraza', '--log', '-', '--json'], { stdin: Readable.from([log('fridge-failure.csv')]) });
    const strip = (s: string) => JSON.stringify(JSON.parse(s), (k, v) => (k === 'name' || k === 'file' ? undefined : v));
    expect(piped.code).toBe(file.code);
    expect(strip(piped.stdout)).toBe(strip(file.stdout));
  });

  it('names stdin in a malformed row message (exit 2)', async () => {
    const r = await runCli(['storage', 'spinraza', '--log', '-'], { stdin: Readable.from([log('malformed.csv')]) });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/^monograph: stdin, line \d+: /);
  });
});

describe('the README exit-code table says which bad input is 2 and which is 5', () => {
  const readme = readFileSync('README.md', 'utf8');
  const row = (code: number) => new RegExp(`^\\| ${code} \\| (.*) \\|$`, 'm').exec(readme)?.[1] ?? '';
  it('2 covers a logger file that cannot be read as readings; 5 covers monograph files', async () => {
    expect(row(2)).toMatch(/--log.*(malformed|header|unit)/);
    expect(row(5)).toMatch(/monograph file/);
    expect(row(5)).not.toMatch(/input file/);
    expect((await runCli(['storage', 'spinraza', '--log', 'test/fixtures/storage/logs/malformed.csv'])).code).toBe(2);
  });
});
