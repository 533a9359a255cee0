/** `monograph compare <drug> <drug> [drug...]`: 2 to 6 drugs side by side, one row per comparison field. */
import { Command } from 'commander';
import type { Deps } from '../context.js';
import { withExamples } from '../help.js';
import { lazy } from './shared.js';

export const compareCommand = (deps: Deps) =>
  withExamples(
    new Command('compare')
      .summary('compare 2 to 6 drugs side by side')
      .description(
        'Compare drugs side by side, one column per drug and one row per field: who it is approved for, how often it is given, the type of treatment, how it works and how well, then route, setting, approval, manufacturer, storage, monitoring and warnings. Narrow terminals get one block per field instead of columns.',
      )
      .argument('[drugs...]', '2 to 6 ids, brand or generic names')
      .option('--fields [list]', 'comma-separated fields to show, in that order; alone, list the fields')
      .action(lazy(deps, async () => (await import('./compare-run.js')).runCompare)),
    ['monograph compare spinraza zolgensma evrysdi', 'monograph compare spinraza evrysdi --fields population,frequency,efficacy', 'monograph compare --fields'],
  );
