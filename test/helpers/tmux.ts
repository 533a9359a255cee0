/** A real interactive shell in a private tmux server, for pressing Tab the way a user does. */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** True when `command` can be run (a shell, or tmux itself). */
export const installed = (command: string): boolean => spawnSync(command, ['-c', 'exit 0']).status === 0 || spawnSync(command, ['-V']).status === 0;

/** A folder holding a `monograph` that runs this checkout's built binary. */
export function binShim(): string {
  const dir = mkdtempSync(join(tmpdir(), 'monograph-bin-'));
  const file = join(dir, 'monograph');
  writeFileSync(file, `#!/bin/sh\nexec "${process.execPath}" "${resolve('bin/monograph.js')}" "$@"\n`);
  chmodSync(file, 0o755);
  return dir;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Pane {
  /** Types `keys` (tmux key names such as `Tab` and `Enter` are pressed, not typed). */
  send: (...keys: string[]) => void;
  /** The visible screen. */
  screen: () => string;
  /** Waits until the screen matches `pattern` (or about 10 s pass) and returns the screen. */
  waitFor: (pattern: RegExp) => Promise<string>;
  close: () => void;
}

/** Starts `argv` in a detached 80×30 tmux pane with exactly `env` (COLUMNS is not set unless `env` sets it). */
export function startPane(argv: string[], env: Record<string, string>): Pane {
  const socket = `monograph-test-${process.pid}-${Math.random().toString(36).slice(2)}`;
  const tmux = (...args: string[]) => spawnSync('tmux', ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8', env: { ...env, TERM: 'xterm-256color' } });
  const envArgs = Object.entries(env).flatMap(([k, v]) => ['-e', `${k}=${v}`]);
  const started = tmux('new-session', '-d', '-x', '80', '-y', '30', '-c', env.HOME ?? tmpdir(), ...envArgs, '--', ...argv);
  if (started.status !== 0) throw new Error(`tmux did not start: ${started.stderr}`);
  const screen = () => tmux('capture-pane', '-p', '-J').stdout;
  return {
    send: (...keys) => {
      for (const k of keys) tmux('send-keys', ...(/^(Tab|Enter|C-[a-z])$/.test(k) ? [k] : ['-l', k]));
    },
    screen,
    waitFor: async (pattern) => {
      for (let i = 0; i < 100; i++) {
        const s = screen();
        if (pattern.test(s)) return s;
        await sleep(100);
      }
      return screen();
    },
    close: () => void tmux('kill-server'),
  };
}
