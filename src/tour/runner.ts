/** Runs the tour live: each step's words, its command, then the command itself; on a terminal it waits between steps. */
import { keyAction } from './keys.js';
import { renderIntro, renderOutro, renderStep, commandLine } from './render.js';
import type { TourStep } from './steps.js';

export interface LiveTour {
  steps: readonly TourStep[];
  /** Index of the first step to run. */
  start: number;
  width: number;
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
  t.write(renderIntro(total, t.width));
  let i = t.start;
  while (i < total) {
    const step = t.steps[i]!;
    t.write(renderStep(step, i, total, t.width));
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
  t.write(renderOutro(t.width));
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
