/** `monograph storage <drug>`: the storage rules, or a check of excursions, a logger file or a clock against them. */
import { Command } from 'commander';
import { open } from 'node:fs/promises';
import { findDrug } from '../catalog/lookup.js';
import type { Deps } from '../context.js';
import { DataError, ExitCode, NotFoundError, UsageError } from '../errors.js';
import { emit } from '../output.js';
import { renderStorage, renderStorageMarkdown } from '../render/storage.js';
import { checkStorage } from '../storage/check.js';
import type { LogInput } from '../storage/log-summary.js';
import { readLog } from '../storage/log.js';
import { isCheck, parseStorageOptions, pickState, type StorageOptions, type StorageRequest } from '../storage/request.js';
import { storageOf, storageView } from '../storage/view.js';
import { contextOf, examples } from './shared.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Opens the user's log read-only and streams it line by line into the pure reader. */
async function readLogFile(log: NonNullable<StorageRequest['log']>): Promise<LogInput> {
  let fh;
  try {
    fh = await open(log.path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new NotFoundError(`no such file: ${log.path}`);
    throw new DataError(`cannot read ${log.path}: ${code ?? (e as Error).message}`);
  }
  try {
    if (!(await fh.stat()).isFile()) throw new UsageError(`${log.path} is not a file`, ['give the CSV file the data logger exported']);
    const readings = await readLog(fh.readLines({ encoding: 'utf8' }), { name: log.path, ...(log.unit ? { unit: log.unit } : {}) });
    return { name: log.path, readings, outOfCarton: log.outOfCarton, ...(log.maxGapMs ? { maxGapMs: log.maxGapMs } : {}) };
  } finally {
    await fh.close().catch(() => {});
  }
}

/** `monograph storage <drug>`: the definition, help examples and a short action. */
export const storageCommand = (deps: Deps) =>
  new Command('storage')
    .summary('storage rules; check an excursion, a logger file or a discard date')
    .description(
      'Show the storage rules from the label (a table per state: condition, allowances, clocks, in-use limits), or check ' +
        'excursions, a data-logger CSV or a clock against them. A check answers within, outside or indeterminate (exit 0, 1, 1).',
    )
    .argument('<drug>', 'id, brand, generic name or alias')
    .option('--region <region>', 'only the rules of one region: us, eu or uk')
    .option('--state <id>', "the product's state, e.g. vial, constituted (default: its first)")
    .option('--excursion <TEMP:DURATION[:out-of-carton]>', 'a period out of the base condition, e.g. 22C:10h or 71.6F:90m:out-of-carton (repeatable; they add up)', collect)
    .option('--log <file.csv>', 'a data-logger export with a time column and a temperature column')
    .option('--unit <C|F>', "the log's unit when its header does not say")
    .option('--max-gap <DURATION>', 'longest interval between readings still counted (default: twice the median interval)')
    .option('--out-of-carton', 'the logged product was out of its carton whenever it was out of the base condition')
    .option('--since <DATE>', 'check a clock from this date (constitution, receipt): YYYY-MM-DD')
    .option('--on <DATE>', 'the day to check the clock on (default: today)')
    .addHelpText(
      'after',
      examples(
        'monograph storage spinraza',
        'monograph storage spinraza --excursion 22C:10h:out-of-carton --excursion 28C:3d',
        'monograph storage spinraza --log fridge.csv --unit C',
        'monograph storage evrysdi --state constituted --since 2026-04-01 --on 2026-06-01',
        'monograph storage evrysdi --region us --json',
      ),
    )
    .action(async (drug: string, opts: StorageOptions, cmd: Command) => {
      const ctx = contextOf(deps, cmd);
      const req = parseStorageOptions(opts, ctx.io.today());
      const m = findDrug((await ctx.catalog()).monographs, drug);
      const state = pickState(storageOf(m), m.brand, req.state);
      const log = req.log ? await readLogFile(req.log) : undefined;
      const check = isCheck(req) ? checkStorage(state, { region: req.region, excursions: req.excursions, clock: req.clock, log }) : null;
      await emit(ctx, storageView(m, { region: req.region, state: req.state && state.id }, check), { text: renderStorage, markdown: renderStorageMarkdown });
      if (check && check.verdict !== 'within') ctx.setExitCode(ExitCode.finding);
    });
