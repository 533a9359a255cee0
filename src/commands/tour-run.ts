/** The work behind `monograph tour`, loaded only when the command runs. */
import type { Command } from 'commander';
import type { Context, Deps, GlobalOpts } from '../context.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { tryWholeNumber } from '../numbers.js';
import { emit } from '../output.js';
import { foldLines } from '../render/layout.js';
import { sanitize } from '../render/sanitize.js';
import { loadColor, paint } from '../render/theme.js';
import { readKey } from '../tour/keys.js';
import { renderIntro, renderOutro, renderStep, renderTourMarkdown, renderTourText } from '../render/tour.js';
import { captureTour, runLiveTour } from '../tour/runner.js';
import { TOUR_STEPS } from '../tour/steps.js';
import { contextOf, type ExitClass } from './shared.js';

/** The tour's own options. */
export interface TourOpts {
  pause: boolean;
  step?: string;
}

function parseStep(value: string | undefined): number {
  if (value === undefined) return 0;
  const n = tryWholeNumber(value, 1, TOUR_STEPS.length);
  if (n === undefined) throw new UsageError(`--step must be a step number from 1 to ${TOUR_STEPS.length}, not "${value}"`);
  return n - 1;
}

/** The trainer's extra monographs, carried into every step. */
const dataFlags = (o: GlobalOpts): string[] => (o.data ?? []).flatMap((d) => ['--data', d]);

/** Live steps also keep the trainer's colour and width choices. */
const liveFlags = (o: GlobalOpts): string[] => [
  ...dataFlags(o),
  ...(o.color === false ? ['--no-color'] : typeof o.color === 'string' ? ['--color', o.color] : []),
  ...(o.width ? ['--width', o.width] : []),
];

/** Runs one step in-process with the real program; steps never page and never read stdin. */
async function runStep(deps: Deps, io: Io, argv: readonly string[]): Promise<number> {
  if (!deps.run) throw new Error('the tour needs deps.run to run its steps');
  return deps.run(argv, { ...deps, io: { stdout: io.stdout, stderr: io.stderr, env: io.env, today: io.today } });
}

/** One step with its output captured as plain text. */
async function captured(deps: Deps, argv: readonly string[]): Promise<{ exitCode: number; output: string; errors: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const capture = (chunks: string[]) => ({ write: (s: string) => (chunks.push(s), true), isTTY: false });
  const exitCode = await runStep(deps, { ...deps.io, stdout: capture(out), stderr: capture(err) }, argv);
  return { exitCode, output: out.join(''), errors: err.join('') };
}

/** One step run as on this terminal (same colour and width decisions), its stdout kept for the tour to page. */
async function onTerminal(deps: Deps, io: Io, argv: readonly string[]): Promise<{ exitCode: number; output: string }> {
  const out: string[] = [];
  const { isTTY, columns, rows } = io.stdout;
  const exitCode = await runStep(deps, { ...io, stdout: { write: (s: string) => (out.push(s), true), isTTY, columns, rows } }, argv);
  return { exitCode, output: out.join('') };
}

/** Streams the tour to the terminal, waiting for a key between steps when stdin and stdout are both terminals. */
async function runLive(deps: Deps, ctx: Context, from: number, pause: boolean, flags: string[]): Promise<ExitClass> {
  const { io } = ctx;
  const stdin = io.stdin;
  if (ctx.color) await loadColor();
  const result = await runLiveTour({
    steps: TOUR_STEPS,
    start: from,
    text: { intro: renderIntro(TOUR_STEPS.length, ctx.width), step: (i) => renderStep(TOUR_STEPS[i]!, i, TOUR_STEPS.length, ctx.width), outro: renderOutro(ctx.width) },
    write: (text) => io.stdout.write(paint(sanitize(foldLines(text, ctx.width), true), ctx.color)),
    note: (line) => io.stderr.write(`${sanitize(line)}\n`),
    runStep: (argv) => runStep(deps, io, [...argv, ...flags]),
    ...(pause && io.stdout.isTTY && stdin?.isTTY && stdin.setRawMode ? { readKey: () => readKey(stdin) } : {}),
    ...(io.stdout.rows ? { paging: { rows: io.stdout.rows, runStep: (argv) => onTerminal(deps, io, [...argv, ...flags]), output: (text) => io.stdout.write(text) } } : {}),
  });
  return result.failed[0]?.exitCode;
}

/** Runs the tour live on a terminal, or captures every step for --json, --format yaml and --format markdown. */
export async function runTour(deps: Deps, opts: TourOpts, cmd: Command): Promise<ExitClass> {
  const ctx = contextOf(deps, cmd);
  const from = parseStep(opts.step);
  const global = cmd.optsWithGlobals<GlobalOpts>();
  if (ctx.format === 'text') return runLive(deps, ctx, from, opts.pause, liveFlags(global));
  const flags = [...dataFlags(global), '--color', 'never', '--width', String(ctx.width)];
  const view = await captureTour(TOUR_STEPS, from, (argv) => captured(deps, [...argv, ...flags]));
  await emit(ctx, view, { text: renderTourText, markdown: renderTourMarkdown });
}
