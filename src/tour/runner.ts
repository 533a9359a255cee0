/** Runs the tour live: each step's words, its command, then the command itself; on a terminal it waits between steps. */
import { keyAction, type KeyAction } from './keys.js';
import { continuedTitle, morePrompt, paneOutput } from './paging.js';
import { commandLine, type TourStep, type TourView } from './steps.js';

export interface LiveTour {
  steps: readonly TourStep[];
  /** Index of the first step to run. */
  start: number;
  /** The tour's own words: before the first step, before step i, after the last. */
  text: { intro: string; step: (i: number) => string; outro: string };
  /** Writes the tour's own (marked) text to stdout. */
  write: (text: string) => void;
  /** Writes a hint or a step's failure to stderr. */
  note: (line: string) => void;
  /** Runs one step's command in-process and resolves to its exit code; it writes its own output and errors. */
  runStep: (argv: readonly string[]) => Promise<number>;
  /** Present on a terminal: waits for the next key press. Absent: the steps run straight through. */
  readKey?: () => Promise<string>;
  /**
   * Present with readKey when the terminal's height is known: a step taller than the pane is shown a pane at a time,
   * each later pane under the step's title again. `runStep` captures the step's stdout; `output` writes it as it is.
   */
  paging?: { rows: number; runStep: (argv: readonly string[]) => Promise<{ exitCode: number; output: string }>; output: (text: string) => void };
}

export interface TourResult {
  /** Steps whose command failed (exit code 2 or more; 1 is a finding, which a step may show on purpose). */
  failed: { step: number; exitCode: number }[];
  /** The step the user quit after, 1-based. */
  quitAfter?: number;
}

export async function runLiveTour(t: LiveTour): Promise<TourResult> {
  const total = t.steps.length;
  const result: TourResult = { failed: [] };
  t.write(t.text.intro);
  let i = t.start;
  while (i < total) {
    const step = t.steps[i]!;
    const header = t.text.step(i);
    t.write(header);
    const paged = t.paging && t.readKey ? await runPaged(t, t.paging, t.readKey, i, header) : undefined;
    const exitCode = paged ? paged.exitCode : await t.runStep(step.argv);
    if (exitCode >= 2) {
      t.note(`monograph tour: step ${i + 1} (${commandLine(step.argv)}) failed with exit code ${exitCode}; going on`);
      result.failed.push({ step: i + 1, exitCode });
    }
    if (paged && paged.move !== 'end') {
      if (paged.move === undefined) return stopped(t, result, i, total);
      i = paged.move;
      continue;
    }
    if (!t.readKey || i === total - 1) {
      i++;
      continue;
    }
    const next = await waitForMove(t.readKey, i, total, t.note);
    if (next === undefined) return stopped(t, result, i, total);
    i = next;
  }
  t.write(t.text.outro);
  return result;
}

function stopped(t: LiveTour, result: TourResult, i: number, total: number): TourResult {
  result.quitAfter = i + 1;
  t.note(`Tour stopped after step ${i + 1} of ${total}; \`monograph tour --step ${i + 2}\` picks it up again.`);
  return result;
}

/**
 * Runs step `i` with its output captured and shows it a pane at a time. `move` is 'end' when all of it was shown,
 * else where a key asked to go instead (a step index, or undefined to quit).
 */
async function runPaged(t: LiveTour, p: NonNullable<LiveTour['paging']>, readKey: () => Promise<string>, i: number, header: string) {
  const { exitCode, output } = await p.runStep(t.steps[i]!.argv);
  const total = t.steps.length;
  const { panes, total: lines } = paneOutput(output, p.rows, header.split('\n').length - 1);
  const title = `Step ${i + 1} of ${total}: ${t.steps[i]!.title}`;
  let shown = 0;
  for (const [n, pane] of panes.entries()) {
    if (n > 0) t.write(`${continuedTitle(title, shown + 1, shown + pane.length, lines)}\n`);
    if (pane.length > 0) p.output(`${pane.join('\n')}\n`);
    shown += pane.length;
    if (n === panes.length - 1) break;
    t.note(morePrompt(shown, lines, total));
    const action = await nextAction(readKey, total);
    if (action.kind !== 'next') return { exitCode, move: moveFrom(action, i) };
  }
  return { exitCode, move: 'end' as const };
}

/** The next key that means something. */
async function nextAction(readKey: () => Promise<string>, total: number) {
  for (;;) {
    const action = keyAction(await readKey(), total);
    if (action.kind !== 'ignore') return action;
  }
}

/** Where a key other than "next" goes from step `i`: back one, a step jumped to, or undefined to quit. */
const moveFrom = (action: Exclude<KeyAction, { kind: 'next' | 'ignore' }>, i: number): number | undefined =>
  action.kind === 'quit' ? undefined : action.kind === 'back' ? Math.max(0, i - 1) : action.to;

/** The index of the step to run next, or undefined to quit. */
async function waitForMove(readKey: () => Promise<string>, i: number, total: number, note: (line: string) => void): Promise<number | undefined> {
  note(`── Enter or →: step ${i + 2} of ${total} · b or ←: back · 1-${Math.min(9, total)}: jump · q: quit`);
  const action = await nextAction(readKey, total);
  return action.kind === 'next' ? i + 1 : moveFrom(action, i);
}

/** Each step from `from` run with its output captured: the view behind --json, --format yaml and --format markdown. */
export async function captureTour(steps: readonly TourStep[], from: number, run: (argv: readonly string[]) => Promise<{ exitCode: number; output: string; errors: string }>): Promise<TourView> {
  const shown: TourView['steps'] = [];
  for (const [i, step] of steps.entries()) {
    if (i < from) continue;
    const r = await run(step.argv);
    shown.push({ step: i + 1, ...step, command: commandLine(step.argv), exitCode: r.exitCode, output: r.output, errors: r.errors });
  }
  return { steps: shown };
}
