/** Runs the tour live: each step's words, its command, then the command itself; on a terminal it waits between steps. */
import { keyAction } from './keys.js';
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
    t.write(t.text.step(i));
    const exitCode = await t.runStep(step.argv);
    if (exitCode >= 2) {
      t.note(`monograph tour: step ${i + 1} (${commandLine(step.argv)}) failed with exit code ${exitCode}; going on`);
      result.failed.push({ step: i + 1, exitCode });
    }
    if (!t.readKey || i === total - 1) {
      i++;
      continue;
    }
    const next = await waitForMove(t.readKey, i, total, t.note);
    if (next === undefined) {
      result.quitAfter = i + 1;
      t.note(`Tour stopped after step ${i + 1} of ${total}; \`monograph tour --step ${i + 2}\` picks it up again.`);
      return result;
    }
    i = next;
  }
  t.write(t.text.outro);
  return result;
}

/** The index of the step to run next, or undefined to quit. */
async function waitForMove(readKey: () => Promise<string>, i: number, total: number, note: (line: string) => void): Promise<number | undefined> {
  note(`── Enter or →: step ${i + 2} of ${total} · b or ←: back · 1-${Math.min(9, total)}: jump · q: quit`);
  for (;;) {
    const action = keyAction(await readKey(), total);
    if (action.kind === 'next') return i + 1;
    if (action.kind === 'back') return Math.max(0, i - 1);
    if (action.kind === 'jump') return action.to;
    if (action.kind === 'quit') return undefined;
  }
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
