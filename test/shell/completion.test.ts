/** `monograph completion <shell>` scripts, checked by their shells, and the candidates `__complete` gives them. */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { REGION_CHOICES } from '../../src/regions.js';

const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;
const values = (stdout: string) => stdout.split('\n').filter(Boolean).map((l) => l.split('\t')[0]);
const complete = async (words: string[], env: Record<string, string> = {}) => values((await runCli(['__complete', '--', ...words], { env })).stdout);

describe('monograph completion <shell>', () => {
  it.each(['bash', 'zsh', 'fish'])('%s: prints a script that calls back `monograph __complete`, and nothing on stderr', async (shell) => {
    const r = await runCli(['completion', shell]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('monograph __complete -- ');
    expect(r.stdout).not.toContain('\t');
  });

  for (const shell of ['bash', 'zsh', 'fish']) {
    it.skipIf(!has(shell))(`${has(shell) ? '' : `SKIPPED: ${shell} is not installed; `}${shell}: the script passes \`${shell} -n\``, async () => {
      const file = join(mkdtempSync(join(tmpdir(), 'monograph-completion-')), `monograph.${shell}`);
      writeFileSync(file, (await runCli(['completion', shell])).stdout);
      const r = spawnSync(shell, ['-n', file], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    });
  }

  it.each(['bash', 'zsh', 'fish'])('%s: the script is never wrapped, whatever the width (machine-readable output)', async (shell) => {
    const wide = (await runCli(['completion', shell, '--width', '1000'])).stdout;
    expect((await runCli(['completion', shell], { env: { COLUMNS: undefined } })).stdout).toBe(wide);
    expect((await runCli(['completion', shell, '--width', '20'])).stdout).toBe(wide);
    expect(wide.split('\n').some((l) => l.length > 80)).toBe(true);
  });

  it('rejects an unknown shell with exit 2 and a suggestion', async () => {
    const r = await runCli(['completion', 'zssh']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'monograph: no completion for shell "zssh"\ndid you mean: zsh?\n' });
  });

  it('is a usage error without a shell', async () => {
    expect((await runCli(['completion'])).code).toBe(2);
  });
});

describe('monograph __complete', () => {
  it.each([
    [['sh'], ['show']],
    [['show', 'sp'], ['spinraza']],
    [['show', ''], ['evrysdi', 'spinraza', 'zolgensma']],
    [['show', 'nus'], ['nusinersen', 'nusinersen sodium']],
    [['show', 'spinraza', 'd'], ['dosing', 'disclaimer']],
    [['show', 'spinraza', 'dose'], ['dose']],
    [['show', 'spinraza', 'dosing', 'do'], []],
    [['sections', 'Z'], ['zolgensma']],
    [['list', '--format', ''], ['text', 'json', 'yaml', 'markdown']],
    [['--format', 'm'], ['markdown']],
    [['list', '--format=j'], ['--format=json']],
    [['list', '--format', '=', 'y'], ['yaml']],
    [['--color', ''], ['always', 'never', 'auto']],
    [['compare', 'spinraza', ''], ['evrysdi', 'zolgensma']],
    [['completion', ''], ['bash', 'zsh', 'fish']],
    [['help', 'se'], ['sections', 'search']],
    [['validate', ''], [':files']],
    [['--data', ''], [':dirs']],
    [['--data', 'test/fixtures/valid', 'show', 'te'], ['testadrug']],
    [['bogus', ''], []],
  ])('%j → %j', async (words, expected) => {
    expect(await complete(words)).toEqual(expected);
  });

  it('offers every visible command, and not itself', async () => {
    const commands = await complete(['']);
    expect(commands).toEqual(expect.arrayContaining(['list', 'show', 'sections', 'search', 'tour', 'completion', 'validate', 'help']));
    expect(commands).not.toContain('__complete');
  });

  it('offers the options of the command and the global ones, each once', async () => {
    const options = await complete(['show', 'spinraza', '--json', '--']);
    expect(options).toEqual(expect.arrayContaining(['--help', '--format', '--width', '--data', '--no-pager']));
    expect(options).not.toContain('--json');
    expect(options).not.toContain('--version');
    expect(await complete(['tour', '--'])).toEqual(expect.arrayContaining(['--no-pause', '--step', '--format']));
  });

  it('describes each candidate after a tab', async () => {
    expect((await runCli(['__complete', '--', 'show', 'sp'])).stdout).toBe('spinraza\tSpinraza (nusinersen)\n');
  });

  it('completes the monographs of MONOGRAPH_PATH folders', async () => {
    expect(await complete(['show', 'oth'], { MONOGRAPH_PATH: 'test/fixtures/valid' })).toEqual(['othadrug']);
  });

  it('still offers the bundled monographs when a --data folder is missing, and prints nothing on stderr', async () => {
    const r = await runCli(['__complete', '--', '--data', 'no/such/folder', 'show', 'zo']);
    expect(r).toEqual({ code: 0, stdout: 'zolgensma\tZolgensma (onasemnogene abeparvovec-xioi)\n', stderr: '' });
  });

  it.each(['storage', 'dosing'])('offers every region after %s --region, from the one list in src/regions.ts', async (command) => {
    expect(await complete([command, 'spinraza', '--region', ''])).toEqual([...REGION_CHOICES]);
    expect(REGION_CHOICES).toEqual(['us', 'eu', 'uk']);
  });

  it('offers today after dosing --start', async () => {
    expect(await complete(['dosing', 'spinraza', '--start', ''])).toEqual(['2026-11-25']);
  });
});

/** A `monograph` on PATH that runs this checkout's built binary, for the shells to call. */
function shim(): string {
  const dir = mkdtempSync(join(tmpdir(), 'monograph-bin-'));
  const file = join(dir, 'monograph');
  writeFileSync(file, `#!/bin/sh\nexec "${process.execPath}" "${resolve('bin/monograph.js')}" "$@"\n`);
  chmodSync(file, 0o755);
  return dir;
}

describe('the scripts in their shells (calling the built binary)', () => {
  beforeAll(() => {
    if (!existsSync('dist/monograph.js')) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  });

  it.skipIf(!has('bash'))(`${has('bash') ? '' : 'SKIPPED: bash is not installed; '}bash: completes drug names (quoting spaces) and sections`, async () => {
    const dir = shim();
    writeFileSync(join(dir, 'monograph.bash'), (await runCli(['completion', 'bash'])).stdout);
    const probe = (words: string) =>
      `COMP_WORDS=(${words}); COMP_CWORD=$(( \${#COMP_WORDS[@]} - 1 )); _monograph; printf '%s|' "\${COMPREPLY[@]}"; echo`;
    const script = [`source ${dir}/monograph.bash`, probe('monograph show sp'), probe('monograph show onasemnogene\\ a'), probe('monograph show spinraza d'), probe('monograph --format = j')].join('\n');
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { ...process.env, PATH: `${dir}:${process.env.PATH}` } });
    expect(r.stdout.split('\n')).toEqual(['spinraza|', 'onasemnogene\\ abeparvovec-xioi|onasemnogene\\ abeparvovec|', 'dosing|disclaimer|', 'json|', '']);
  });

  it.skipIf(!has('fish'))(`${has('fish') ? '' : 'SKIPPED: fish is not installed; '}fish: completes drug names and sections, with descriptions`, async () => {
    const dir = shim();
    writeFileSync(join(dir, 'monograph.fish'), (await runCli(['completion', 'fish'])).stdout);
    const script = `source ${dir}/monograph.fish; complete -C 'monograph show sp'; complete -C 'monograph show spinraza do'`;
    const r = spawnSync('fish', ['-c', script], { encoding: 'utf8', env: { ...process.env, PATH: `${dir}:${process.env.PATH}` } });
    expect(r.stdout).toBe('spinraza\tSpinraza (nusinersen)\ndosing\tDosing\n');
  });
});

describe('--region, defined once', () => {
  it.each(['storage', 'dosing'])('%s --help lists the same choices completion offers', async (command) => {
    expect((await runCli([command, '--help'])).stdout.replace(/\s+/g, ' ')).toContain('(choices: "us", "eu", "uk")');
  });

  it.each([
    [['storage', 'spinraza', '--region', 'UK'], 0],
    [['dosing', 'spinraza', '--region', 'EU'], 0],
  ])('%j accepts any case', async (argv, code) => {
    expect((await runCli(argv)).code).toBe(code);
  });

  it('refuses a region outside the list with exit 2, naming the choices', async () => {
    const r = await runCli(['storage', 'spinraza', '--region', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('us, eu, uk');
  });

  it('dosing --region uk says no UK regimen is recorded (exit 2), rather than that uk is not a region', async () => {
    const r = await runCli(['dosing', 'spinraza', '--region', 'uk']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no UK regimen is recorded here/);
  });
});
