/** `--help` for the program and every command: usage, then examples, then arguments and options. Pinned at 100 columns. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli.js';
import { commandGroups } from '../../src/commands/index.js';
import { collector, runCli } from '../helpers/cli.js';
import { COMMANDS } from '../helpers/commands.js';

/** The commands the program lists in its help (the hidden `__complete` is left out; `help` is commander's own). */
function listedCommands(): string[] {
  const program = buildProgram({ io: { stdout: collector(), stderr: collector(), env: {}, today: () => '2026-11-25' }, bundled: () => [] });
  return program.createHelp().visibleCommands(program).map((c) => c.name()).filter((n) => n !== 'help');
}

describe('monograph --help', () => {
  it('lists the commands by use, then the options, and ends with the exit codes', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    await expect(r.stdout).toMatchFileSnapshot('../golden/help/monograph.txt');
    const at = (heading: string) => r.stdout.indexOf(`\n${heading}\n`);
    const groups = commandGroups.filter(([, commands]) => commands.length > 0).map(([group]) => group);
    const order = ['Examples:', ...groups, 'Options (for every command):', 'Exit codes:'].map(at);
    expect(order.every((i, n) => i > 0 && (n === 0 || i > order[n - 1]!))).toBe(true);
    expect(r.stdout).toMatch(/\n {2}70 {2}internal error, or output could not be written at all\n$/);
    expect(r.stdout).not.toContain('__complete');
  });
});

describe('the commands', () => {
  it('are exactly the ones these tests walk through, in help order', () => {
    expect(listedCommands()).toEqual(COMMANDS);
  });

  it('each have a help golden, and no golden is left over from a renamed command', () => {
    expect(readdirSync('test/golden/help').sort()).toEqual(['monograph', ...COMMANDS].map((n) => `${n}.txt`).sort());
  });
});

describe.each(COMMANDS)('monograph %s --help', (name) => {
  it('shows the usage, then two or more real examples, then the options', async () => {
    const r = await runCli([name, '--help']);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot(`../golden/help/${name}.txt`);
    expect(r.stdout.startsWith(`Usage: monograph ${name} `)).toBe(true);
    const examples = r.stdout.indexOf('\nExamples:\n');
    const options = r.stdout.indexOf('\nOptions:\n');
    expect(examples).toBeGreaterThan(0);
    expect(options).toBeGreaterThan(examples);
    const args = r.stdout.indexOf('\nArguments:\n');
    if (args >= 0) expect(args).toBeGreaterThan(examples);
    const lines = r.stdout.slice(examples).split('\n').filter((l) => l.startsWith('  $ '));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line.startsWith(`  $ monograph ${name}`)).toBe(true);
    expect(r.stdout).toContain('Global options (see `monograph --help`): --json, --format');
  });

  it('is what `monograph help <command>` prints', async () => {
    expect((await runCli(['help', name])).stdout).toBe((await runCli([name, '--help'])).stdout);
  });
});

describe('suggestions for a mistyped command or option', () => {
  it.each([
    [['shwo'], "monograph: unknown command 'shwo'", 'did you mean: show?'],
    [['tuor'], "monograph: unknown command 'tuor'", 'did you mean: tour?'],
    [['complete'], "monograph: unknown command 'complete'", 'did you mean: compare, completion?'],
    [['list', '--jsno'], "monograph: unknown option '--jsno'", 'did you mean: --json?'],
    [['tour', '--no-pase'], "monograph: unknown option '--no-pase'", 'did you mean: --no-pause?'],
    [['show', 'spinraza', '--fromat', 'json'], "monograph: unknown option '--fromat'", 'did you mean: --format?'],
  ])('%j: the closest one on the second stderr line, exit 2', async (argv, first, second) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').slice(0, 2)).toEqual([first, second]);
  });
});
