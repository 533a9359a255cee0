/** `monograph dosing <drug>`: the regimen, a dated schedule, a missed-dose plan, or a dose by weight; optionally an .ics file. */
import { randomBytes } from 'node:crypto';
import { lstatSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Command, Option } from 'commander';
import { findDrug } from '../catalog/lookup.js';
import type { Deps } from '../context.js';
import { scheduleIcs } from '../dosing/calendar-export.js';
import { dosingView } from '../dosing/dosing-view.js';
import { parseDosingOpts, type DosingOpts } from '../dosing/request.js';
import { CliError, ExitCode, NotFoundError, UsageError } from '../errors.js';
import { emit } from '../output.js';
import { renderDosing, renderDosingMarkdown } from '../render/dosing.js';
import { sanitize } from '../render/sanitize.js';
import { contextOf, examples } from './shared.js';

/** `monograph dosing <drug>` with its options and help examples. */
export const dosingCommand = (deps: Deps) =>
  new Command('dosing')
    .summary('regimen, dated schedule, missed-dose plan, dose by weight; .ics export')
    .description('Print a drug\'s regimen as its label states it, or calculate from it: a dated schedule from a first dose, the plan after a late or missed dose, or the dose for a weight and age. Every result names the label rule it applied.')
    .argument('<drug>', 'id, brand, generic name or alias')
    .addOption(new Option('--region <region>', 'whose label: us (default) or eu'))
    .option('--start <date>', 'first dose on YYYY-MM-DD: print the dated schedule')
    .option('--count <n>', 'with --start or --last-dose: this many doses (at most 1000)')
    .option('--until <date>', 'with --start or --last-dose: every dose up to YYYY-MM-DD')
    .option('--last-dose <date>', 'last dose given on YYYY-MM-DD: which missed-dose rule applies, and the plan')
    .option('--loading-dose <n>', 'with --last-dose: that dose was loading dose N (default: a maintenance dose)')
    .option('--today <date>', 'with --last-dose or --ics: take today to be YYYY-MM-DD')
    .option('--weight <weight>', 'body weight: 7kg, 7.5 kg, 16lb')
    .option('--age <age>', 'with --weight: age as 6w, 3m, 2y, 1y6m')
    .option('--ics <file>', 'with --start or --last-dose: also write the dates to an iCalendar file')
    .option('--force', 'with --ics: replace an existing file')
    .addHelpText(
      'after',
      examples(
        'monograph dosing spinraza',
        'monograph dosing spinraza --region eu --start 2026-12-01',
        'monograph dosing spinraza --last-dose 2026-03-02 --today 2026-11-25',
        'monograph dosing spinraza --last-dose 2026-01-29 --loading-dose 2',
        'monograph dosing evrysdi --weight 7.5kg --age 5m',
        'monograph dosing zolgensma --weight 16lb --json',
        'monograph dosing spinraza --start 2026-12-01 --ics spinraza.ics',
      ) +
        '\nDates are calendar dates (YYYY-MM-DD). "Every 4 months" counts months from the\nanchor dose and falls on the last day of a shorter month. Check every result\nagainst the current label.\n',
    )
    .action(async (drug: string, opts: DosingOpts, cmd: Command) => {
      const ctx = contextOf(deps, cmd);
      const req = parseDosingOpts(opts, ctx.io.today());
      const view = dosingView(findDrug((await ctx.catalog()).monographs, drug), req);
      if (req.ics && (view.mode === 'schedule' || view.mode === 'missed-dose')) {
        writeNewFile(req.ics.file, scheduleIcs(view, req.today), req.ics.force);
        ctx.io.stderr.write(sanitize(`monograph: wrote ${view.doses.length} events to ${req.ics.file}\n`));
      }
      await emit(ctx, view, { text: renderDosing, markdown: renderDosingMarkdown });
    });

/**
 * Writes `text` to a new file (flag `wx`: fails if anything, even a dangling link, is there). With `force`, replaces
 * only a regular file, through a new temporary file renamed over it, so a link is never followed.
 */
function writeNewFile(file: string, text: string, force: boolean): void {
  try {
    if (!force) return writeFileSync(file, text, { flag: 'wx', mode: 0o644 });
    const existing = lstatOrNull(file);
    if (existing && !existing.isFile()) throw new UsageError(`--ics ${file} exists and is not a regular file; not replacing it, even with --force`);
    const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
    writeFileSync(temp, text, { flag: 'wx', mode: 0o644 });
    try {
      renameSync(temp, file);
    } catch (e) {
      rmSync(temp, { force: true });
      throw e;
    }
  } catch (e) {
    throw writeError(e, file);
  }
}

function lstatOrNull(file: string) {
  try {
    return lstatSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

function writeError(e: unknown, file: string): Error {
  if (e instanceof CliError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EEXIST') return new UsageError(`--ics ${file} already exists; not overwriting it`, ['add --force to replace it, or choose another file name']);
  if (code === 'ENOENT') return new NotFoundError(`--ics ${file}: the folder ${dirname(file)} does not exist`);
  if (code === 'EISDIR') return new UsageError(`--ics ${file} is a folder; give a file name`);
  return new CliError(`cannot write --ics ${file}: ${(e as Error).message}`, ExitCode.internal);
}
