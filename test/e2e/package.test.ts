/**
 * The package as users get it: `npm pack`, then a global install of the tarball into a temporary prefix. It must run
 * no build (dist/ ships built), and `monograph`, `man monograph` and completion must work from the install alone.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { installed, startPane } from '../helpers/tmux.js';

const work = mkdtempSync(join(tmpdir(), 'monograph-pack-'));
const prefix = join(work, 'prefix');
const bin = join(prefix, 'bin');
const env = { PATH: `${bin}:${process.env.PATH}`, HOME: work, MANPATH: join(prefix, 'share/man'), MANPAGER: 'cat', PAGER: 'cat' };
let install = { status: 0 as number | null, stderr: '', stdout: '' };

beforeAll(() => {
  if (!existsSync('dist/monograph.1')) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  // --ignore-scripts: `npm test` has just built dist/, and prepack must not rebuild it under the other tests.
  const packed = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], { encoding: 'utf8' }).trim().split('\n').at(-1)!;
  const r = spawnSync('npm', ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', '--foreground-scripts', join(work, packed)], { encoding: 'utf8', cwd: work, env: { ...process.env, HOME: work, npm_config_cache: join(process.env.HOME ?? work, '.npm') } });
  install = { status: r.status, stderr: r.stderr, stdout: r.stdout };
}, 120_000);

const run = (command: string, args: string[]) => spawnSync(command, args, { encoding: 'utf8', cwd: work, env });

describe('the packed tarball, installed globally', () => {
  it('installs without running a build or warning about one', () => {
    expect(install.status).toBe(0);
    expect(`${install.stdout}${install.stderr}`).not.toMatch(/prepare|esbuild|build\.mjs/);
    const pkg = JSON.parse(readFileSync(join(prefix, 'lib/node_modules/monograph/package.json'), 'utf8'));
    expect(pkg.scripts.prepare).toBeUndefined();
  });

  it('ships the licence, the docs the README and help link to, and the built bundle', () => {
    for (const file of ['LICENSE', 'README.md', 'docs/shell.md', 'docs/json.md', 'dist/monograph.js', 'dist/monograph.1']) {
      expect(existsSync(join(prefix, 'lib/node_modules/monograph', file)), file).toBe(true);
    }
    expect(readFileSync(join(prefix, 'lib/node_modules/monograph/LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });

  it.each([
    [['list'], /evrysdi[\s\S]*spinraza[\s\S]*zolgensma/],
    [['show', 'spinraza'], /^Spinraza \(nusinersen\)/],
    [['storage', 'spinraza', '--excursion', '25C:10h', '--brief'], /^Verdict: WITHIN/],
  ])('monograph %j runs from the install', (args, pattern) => {
    const r = run('monograph', args);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(pattern);
  });

  it.skipIf(!installed('man'))(`${installed('man') ? '' : 'SKIPPED: man is not installed; '}man monograph finds the page`, () => {
    const r = run('man', ['monograph']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/MONOGRAPH\(1\)/);
    expect(r.stdout).toMatch(/EXIT STATUS/);
  });

  const bash = installed('tmux') && installed('bash');
  it.skipIf(!bash)(`${bash ? '' : 'SKIPPED: tmux or bash is not installed; '}completion from the install: Tab in bash`, async () => {
    mkdirSync(join(work, 'home'), { recursive: true });
    const script = run('monograph', ['completion', 'bash']);
    writeFileSync(join(work, 'home/.bashrc'), `PS1='$ '\n${script.stdout}`);
    const pane = startPane(['bash', '--rcfile', join(work, 'home/.bashrc'), '-i'], { PATH: env.PATH, HOME: join(work, 'home'), LANG: 'C.UTF-8' });
    try {
      await pane.waitFor(/[$#] *$/m);
      pane.send('monograph show zol', 'Tab');
      expect(await pane.waitFor(/monograph show zolgensma /)).toMatch(/monograph show zolgensma /);
    } finally {
      pane.close();
    }
  });
});
