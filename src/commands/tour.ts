/** `monograph tour`: a guided walk through the main commands, each one run for real on the bundled monographs. */
import { Command } from 'commander';
import type { Deps } from '../context.js';
import { withExamples } from '../help.js';
import { lazy } from './shared.js';

export const tourCommand = (deps: Deps) =>
  withExamples(
    new Command('tour')
      .summary('a guided walk through the main commands')
      .description('Walk through list, show, search, storage and excursion checks, compare, dosing and JSON on the bundled monographs. Each step says what it shows, prints the command, then runs it. On a terminal it waits for Enter between steps (q quits).')
      .option('--no-pause', 'run every step straight through')
      .option('--step <n>', 'start at step N')
      .action(lazy(deps, async () => (await import('./tour-run.js')).runTour)),
    ['monograph tour', 'monograph tour --step 5', 'monograph tour --no-pause --format markdown > tour-handout.md'],
  );
