/** `monograph tour`: straight through when not on a terminal, key by key on one, and as a handout. */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { InStream } from '../../src/io.js';
import { keyAction } from '../../src/tour/keys.js';
import { TOUR_STEPS } from '../../src/tour/steps.js';
import { runCli } from '../helpers/cli.js';
import { COMMANDS } from '../helpers/commands.js';

const total = TOUR_STEPS.length;
const header = (n: number) => `Step ${n} of ${total}: ${TOUR_STEPS[n - 1]!.title}`;

/** A terminal's stdin that answers each wait for a key with the next of `keys`. */
function keyboard(keys: string[]) {
  const setRawMode = vi.fn();
  const stdin: InStream = {
    isTTY: true,
    setRawMode,
    on: (_event, listener) => setTimeout(() => listener(keys.shift() ?? 'q'), 0),
    off: () => {},
    resume: () => {},
    pause: () => {},
  };
  return { stdin, setRawMode };
}

describe('monograph tour --no-pause', () => {
  it('runs every step: its title, its words, the exact command, then the real output', async () => {
    const r = await runCli(['tour', '--no-pause']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    TOUR_STEPS.forEach((step, i) => {
      expect(r.stdout).toContain(header(i + 1));
      expect(r.stdout).toContain(`$ monograph ${step.argv.join(' ')}\n`);
    });
    expect(r.stdout).toContain('│ spinraza  │ Spinraza'); // list
    expect(r.stdout).toContain('BOXED WARNING: US: Serious liver injury'); // show zolgensma boxed-warning
    expect(r.stdout).toContain('2 matches for "thrombocytopenia"'); // search
    expect(r.stdout).toContain('"schemaVersion": 1'); // list --json
    expect(r.stdout).toMatch(/That's the tour\./);
  });

  it('is described step by step in docs/shell.md', () => {
    const doc = readFileSync('docs/shell.md', 'utf8');
    for (const step of TOUR_STEPS) expect(doc).toContain(`\`monograph ${step.argv.join(' ')}\``);
  });

  it('only names commands that exist', () => {
    for (const step of TOUR_STEPS) expect(COMMANDS, `monograph ${step.argv[0]}`).toContain(step.argv[0]);
  });

  it('goes on after a failing step, says so on stderr and exits with its code', async () => {
    const r = await runCli(['tour', '--no-pause', '--data', 'no/such/folder']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('monograph: no such folder: no/such/folder\n');
    expect(r.stderr).toContain(`monograph tour: step ${total} (monograph list --json) failed with exit code 3; going on\n`);
    expect(r.stdout).toContain(header(total));
  });

  it('does not wait when stdout is a terminal but stdin is not', async () => {
    const r = await runCli(['tour', '--step', String(total)], { isTTY: true, env: { NO_COLOR: '1' }, stdin: { isTTY: false, on: () => {} } });
    expect(r.stdout).toContain(header(total));
    expect(r.code).toBe(0);
  });
});

describe('monograph tour --step N', () => {
  it('starts at step N', async () => {
    const r = await runCli(['tour', '--step', String(total)]);
    expect(r.stdout).not.toContain(header(total - 1));
    expect(r.stdout).toContain(header(total));
    expect(r.code).toBe(0);
  });

  it.each(['0', String(total + 1), 'two', '1.5'])('rejects --step %s with exit 2', async (n) => {
    const r = await runCli(['tour', '--step', n]);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `monograph: --step must be a step number from 1 to ${total}, not "${n}"\n` });
  });
});

describe('monograph tour on a terminal', () => {
  it('waits for a key between steps: Enter goes on, b goes back, q quits', async () => {
    const { stdin, setRawMode } = keyboard(['\r', 'b', 'q']);
    const r = await runCli(['tour'], { isTTY: true, env: { NO_COLOR: '1' }, stdin });
    const order = [...r.stdout.matchAll(/Step (\d) of/g)].map((m) => Number(m[1]));
    expect(order).toEqual([1, 2, 1]);
    expect(r.stderr).toContain(`── Enter or →: step 2 of ${total} · b or ←: back · 1-${Math.min(9, total)}: jump · q: quit\n`);
    expect(r.stderr).toContain(`Tour stopped after step 1 of ${total}; \`monograph tour --step 2\` picks it up again.\n`);
    expect(r.stdout).not.toMatch(/That's the tour/);
    expect(setRawMode.mock.calls).toEqual([[true], [false], [true], [false], [true], [false]]);
    expect(r.code).toBe(0);
  });

  it('jumps with a digit and ends after the last step without waiting', async () => {
    const { stdin } = keyboard([String(total)]);
    const r = await runCli(['tour', '--step', String(total - 1)], { isTTY: true, env: { NO_COLOR: '1' }, stdin });
    expect([...r.stdout.matchAll(/Step (\d) of/g)].map((m) => Number(m[1]))).toEqual([total - 1, total]);
    expect(r.stdout).toMatch(/That's the tour\./);
  });

  it.each([
    ['\r', 'next'], [' ', 'next'], ['\u001b[C', 'next'], ['\u001b[6~', 'next'],
    ['b', 'back'], ['\u001b[D', 'back'], ['\u001b[5~', 'back'],
    ['q', 'quit'], ['\u0003', 'quit'], ['\u001b', 'quit'],
    ['x', 'ignore'], ['9', 'ignore'],
  ])('key %j means %s', (key, kind) => {
    expect(keyAction(key, total).kind).toBe(kind);
  });
});

describe('monograph tour as data and as a handout', () => {
  it('--json: each step with its command, exit code and plain-text output', async () => {
    const r = await runCli(['tour', '--json', '--step', String(total)]);
    const doc = JSON.parse(r.stdout);
    expect(doc.steps).toHaveLength(1);
    expect(doc.steps[0]).toMatchObject({ step: total, title: 'JSON for scripts', command: 'monograph list --json', argv: ['list', '--json'], exitCode: 0, errors: '' });
    expect(JSON.parse(doc.steps[0].output).monographs.length).toBeGreaterThanOrEqual(3);
  });

  it('--format markdown: a handout with each command and its output in a console block', async () => {
    const r = await runCli(['tour', '--format', 'markdown', '--step', String(total)]);
    expect(r.stdout).toMatch(/^# monograph tour\n/);
    expect(r.stdout).toContain(`## Step ${total}: JSON for scripts\n\nAdd --json to any command`);
    expect(r.stdout).toContain('`monograph list --json | jq -r ".monographs[].id"`');
    expect(r.stdout).toContain('```console\n$ monograph list --json\n{\n  "schemaVersion": 1,');
    expect(r.stdout).not.toMatch(/\u001b/);
  });
});
