/**
 * Completion as a user gets it: the script installed from a pipe with COLUMNS unset (as in a script or a fresh login
 * shell), then Tab pressed in a real bash, zsh and fish inside tmux. A shell that is not installed is skipped by name.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { binShim, installed, startPane, type Pane } from '../helpers/tmux.js';

const NOISE = /No such file|command not found|parse error|Unknown command|not found|error/i;
let pane: Pane | undefined;

beforeAll(() => {
  if (!existsSync('dist/monograph.js')) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
});
afterEach(() => pane?.close());

/** `monograph completion <shell> > file`, run by sh from a pipe with no COLUMNS in the environment. */
function install(bin: string, shell: string, file: string): string {
  const env = { PATH: `${bin}:${process.env.PATH}`, HOME: tmpdir() };
  const r = spawnSync('sh', ['-c', `monograph completion ${shell} | cat > "${file}"`], { env, encoding: 'utf8' });
  expect(r.status).toBe(0);
  return readFileSync(file, 'utf8');
}

/** Starts `shell` with the script installed where its docs say, and returns the pane and the environment. */
function startShell(shell: string): Pane {
  const bin = binShim();
  const home = mkdtempSync(join(tmpdir(), `monograph-${shell}-home-`));
  const env: Record<string, string> = { PATH: `${bin}:${process.env.PATH}`, HOME: home, LANG: 'C.UTF-8' };
  if (shell === 'bash') {
    install(bin, 'bash', join(home, 'monograph.bash'));
    writeFileSync(join(home, '.bashrc'), `PS1='$ '\nsource ~/monograph.bash\n`);
    return startPane(['bash', '--rcfile', join(home, '.bashrc'), '-i'], env);
  }
  if (shell === 'zsh') {
    mkdirSync(join(home, '.zsh/completions'), { recursive: true });
    install(bin, 'zsh', join(home, '.zsh/completions/_monograph'));
    writeFileSync(join(home, '.zshrc'), `PS1='$ '\nfpath=(~/.zsh/completions $fpath)\nautoload -U compinit && compinit -u\n`);
    return startPane(['zsh', '-i'], { ...env, ZDOTDIR: home });
  }
  mkdirSync(join(home, '.config/fish/completions'), { recursive: true });
  install(bin, 'fish', join(home, '.config/fish/completions/monograph.fish'));
  return startPane(['fish', '-i'], { ...env, XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local/share'), fish_greeting: '' });
}

describe.each(['bash', 'zsh', 'fish'])('Tab in a real %s (script installed from a pipe, COLUMNS unset)', (shell) => {
  const missing = !installed('tmux') ? 'tmux' : !installed(shell) ? shell : '';
  it.skipIf(missing !== '')(`${missing ? `SKIPPED: ${missing} is not installed; ` : ''}completes a drug, then a section, with no errors`, async () => {
    pane = startShell(shell);
    await pane.waitFor(/[$#>] *$/m);
    pane.send('monograph show sp', 'Tab');
    expect(await pane.waitFor(/monograph show spinraza /)).toMatch(/monograph show spinraza /);
    pane.send('dos', 'Tab');
    const screen = await pane.waitFor(/monograph show spinraza dosing /);
    expect(screen).toMatch(/monograph show spinraza dosing /);
    expect(screen).not.toMatch(NOISE);
  });
});
