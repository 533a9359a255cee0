/** The tour on a short terminal: a step taller than the pane is shown a pane at a time, its title always in view. */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import type { InStream, Io } from '../../src/io.js';
import { TOUR_STEPS } from '../../src/tour/steps.js';
import { bundledMonographs, runCli } from '../helpers/cli.js';

const total = TOUR_STEPS.length;
const STORAGE = TOUR_STEPS.findIndex((s) => s.argv.join(' ') === 'storage spinraza') + 1;
const title = `Step ${STORAGE} of ${total}: ${TOUR_STEPS[STORAGE - 1]!.title}`;

/**
 * A terminal `rows` high: stdout and stderr land on one screen, and each wait for a key records what the screen shows
 * then (its last `rows` rows) before pressing the next of `keys`.
 */
async function onTerminal(argv: string[], keys: string[], rows = 30) {
  const screen: string[] = [];
  const views: string[][] = [];
  const tty = { write: (s: string) => (screen.push(s), true), isTTY: true, columns: 80, rows };
  const stdin: InStream = {
    isTTY: true,
    setRawMode: () => {},
    on: (_event, listener) => {
      views.push(screen.join('').split('\n').slice(0, -1).slice(-(rows - 1)));
      setTimeout(() => listener(keys.shift() ?? 'q'), 0);
    },
    off: () => {},
  };
  const io: Io = { stdout: tty, stderr: { ...tty }, env: { NO_COLOR: '1' }, today: () => '2026-11-25', stdin };
  const code = await run(argv, { io, bundled: bundledMonographs });
  return { code, views, transcript: screen.join('') };
}

describe('monograph tour on a 30-row terminal', () => {
  it('shows the storage step a pane at a time, its title in view at every wait, and all of its output', async () => {
    const whole = (await runCli(['storage', 'spinraza'], { columns: 80, env: { COLUMNS: '80' } })).stdout;
    expect(whole.split('\n').length).toBeGreaterThan(60);
    const r = await onTerminal(['tour', '--step', String(STORAGE)], ['\r', '\r', '\r', '\r', '\r', 'q']);
    const waits = r.views.filter((v) => !v.some((l) => l.includes(`Step ${STORAGE + 1} of`)));
    expect(waits.length).toBeGreaterThan(2);
    for (const view of waits) expect(view.some((l) => l.includes(title)), view.join('\n')).toBe(true);
    for (const view of r.views) expect(view.length).toBeLessThanOrEqual(29);
    const shown = r.transcript.split('\n').filter((l) => !l.startsWith(`── ${title} (continued`) && !l.startsWith('── lines '));
    expect(shown.join('\n')).toContain(whole.trimEnd());
    const lines = whole.split('\n').length - 1;
    expect(r.transcript).toContain(`\n── lines 1–21 of ${lines}: Enter or → for more · b or ←: back · 1-8: jump · q: quit\n── ${title} (continued: lines 22–48 of ${lines}) ──\n`);
  });

  it('q while paging stops the tour; b goes back a step', async () => {
    const quit = await onTerminal(['tour', '--step', String(STORAGE)], ['q']);
    expect(quit.transcript).toContain(`Tour stopped after step ${STORAGE} of ${total}`);
    expect(quit.transcript).not.toContain(`Step ${STORAGE + 1} of`);
    const back = await onTerminal(['tour', '--step', String(STORAGE)], ['b', 'q']);
    expect([...back.transcript.matchAll(/── Step (\d) of/g)].map((m) => Number(m[1]))).toEqual([STORAGE, STORAGE - 1]);
  });

  it('leaves a step that fits as it was: one pane, then the step prompt', async () => {
    const r = await onTerminal(['tour', '--step', '1'], ['q']);
    expect(r.transcript).not.toContain('continued');
    expect(r.transcript).toContain(`── Enter or →: step 2 of ${total}`);
  });

  it('keeps every step whole with --no-pause, and when stdin is not a terminal', async () => {
    const whole = (await runCli(['storage', 'spinraza'], { columns: 80, env: { COLUMNS: '80' } })).stdout;
    for (const opts of [{ argv: ['tour', '--no-pause', '--step', String(STORAGE)] }, { argv: ['tour', '--step', String(STORAGE)], stdin: { isTTY: false, on: () => {} } }]) {
      const r = await runCli(opts.argv, { isTTY: true, rows: 30, columns: 80, env: { NO_COLOR: '1', COLUMNS: '80' }, ...(opts.stdin ? { stdin: opts.stdin } : {}) });
      expect(r.stdout).toContain(whole);
      expect(r.stdout).not.toContain('continued');
    }
  });
});
