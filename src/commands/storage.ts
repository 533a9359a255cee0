/** `monograph storage <drug>`: the storage rules, or a check of excursions, a logger file or a clock against them. */
import { Command } from 'commander';
import type { Deps } from '../context.js';
import { withExamples } from '../help.js';
import { lazy, onAlias, regionOption, todayOption } from './shared.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** `monograph storage <drug>`: the definition and help examples; the work is in storage-run.ts. */
export const storageCommand = (deps: Deps) =>
  withExamples(
  new Command('storage')
    .summary('storage rules; check an excursion, a logger file or a discard date')
    .description(
      'Show the storage rules from the label (a table per state: condition, allowances, clocks, in-use limits), or check ' +
        'excursions, a data-logger CSV or a clock against them. A check answers within, outside or indeterminate (exit 0, 1, 1).',
    )
    .argument('<drug>', 'id, brand, generic name or alias')
    .addOption(regionOption('only the rules of one region'))
    .option('--state <id>', "the product's state, e.g. vial, constituted; a check needs it when there are several")
    .option('--excursion <TEMP:DURATION[:out-of-carton]>', 'a period out of the base condition, e.g. 22C:10h or 71.6F:90m:out-of-carton (repeatable; they add up)', collect)
    .option('--log <file.csv>', 'a data-logger export with a time column and a temperature column')
    .option('--unit <C|F>', "the log's unit when its header does not say")
    .option('--max-gap <DURATION>', "longest interval between readings still counted (default: twice the logger's interval)")
    .option('--out-of-carton', 'the logged product was out of its carton whenever it was out of the base condition')
    .option('--since <DATE>', 'check a clock from this date (constitution, receipt): YYYY-MM-DD')
    .addOption(todayOption('with --since: the day to check the clock on, YYYY-MM-DD (default: today)'))
    .addOption(onAlias())
    .option('--brief', 'with a check: only the verdict, the rule that decided it and its source')
    .action(lazy(deps, async () => (await import('./storage-run.js')).runStorage)),
  [
        'monograph storage spinraza',
        'monograph storage spinraza --excursion 22C:10h:out-of-carton --excursion 28C:3d',
        'monograph storage evrysdi --state constituted --since 2026-04-01 --today 2026-06-01',
  ],
  );
