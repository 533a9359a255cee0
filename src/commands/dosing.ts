/** `monograph dosing <drug>`: the regimen, a dated schedule, a missed-dose plan, or a dose by weight; optionally an .ics file. */
import { Command } from 'commander';
import type { Deps } from '../context.js';
import { withExamples } from '../help.js';
import { lazy, onAlias, regionOption, todayOption } from './shared.js';

/** `monograph dosing <drug>` with its options and help examples. */
export const dosingCommand = (deps: Deps) =>
  withExamples(
  new Command('dosing')
    .summary('regimen, dated schedule, missed-dose plan, dose by weight; .ics export')
    .description('Print a drug\'s regimen as its label states it, or calculate from it: a dated schedule from a first dose, the plan after a late or missed dose, or the dose for a weight and age. Every result names the label rule it applied.')
    .argument('<drug>', 'id, brand, generic name or alias')
    .addOption(regionOption('whose label (default: us)'))
    .option('--start <date>', 'first dose on YYYY-MM-DD: print the dated schedule (with --last-dose: the original schedule)')
    .option('--count <n>', 'with --start or --last-dose: this many doses (at most 1000)')
    .option('--until <date>', 'with --start or --last-dose: every dose up to YYYY-MM-DD')
    .option('--last-dose <date>', 'last dose given on YYYY-MM-DD: which missed-dose rule applies, and the plan')
    .option('--scheduled <date>', 'with --last-dose: a date of the original maintenance schedule (e.g. when the missed dose was due)')
    .option('--loading-dose <n>', 'with --last-dose: that dose was loading dose N (default: a maintenance dose)')
    .addOption(todayOption('with --last-dose or --ics: take today to be YYYY-MM-DD'))
    .addOption(onAlias())
    .option('--brief', 'with --start, --last-dose or --weight: only the answer, the rule that gave it and its source')
    .option('--weight <weight>', 'body weight: 7kg, 7.5 kg, 16lb')
    .option('--age <age>', 'with --weight: age as 45d, 6w, 5mo, 2y, 1y6mo (largest unit first)')
    .option('--ics <file>', 'with --start or --last-dose: also write the dates to an iCalendar file')
    .option('--force', 'with --ics: replace an existing file')
    .action(lazy(deps, async () => (await import('./dosing-run.js')).runDosing)),
  [
        'monograph dosing spinraza --start 2026-12-01 --ics spinraza.ics',
        'monograph dosing spinraza --last-dose 2026-03-02 --today 2026-11-25',
        'monograph dosing evrysdi --weight 7.5kg --age 5mo',
  ],
  'Dates are calendar dates (YYYY-MM-DD). "Every 4 months" counts months from the\nanchor dose and falls on the last day of a shorter month. Check every result\nagainst the current label.',
  );
