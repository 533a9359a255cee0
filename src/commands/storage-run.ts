/** The work behind `monograph storage`, loaded only when the command runs. */
import type { Command } from 'commander';
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
import { contextOf } from './shared.js';

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

/** Shows the rules, or checks excursions, a log or a clock against them (exit 1 unless within). */
export async function runStorage(deps: Deps, drug: string, opts: StorageOptions, cmd: Command): Promise<void> {
  const ctx = contextOf(deps, cmd);
  const req = parseStorageOptions(opts, ctx.io.today());
  const m = findDrug((await ctx.catalog()).monographs, drug);
  const state = pickState(storageOf(m), m.brand, req.state);
  const log = req.log ? await readLogFile(req.log) : undefined;
  const check = isCheck(req) ? checkStorage(state, { region: req.region, excursions: req.excursions, clock: req.clock, log }) : null;
  await emit(ctx, storageView(m, { region: req.region, state: req.state && state.id }, check), { text: renderStorage, markdown: renderStorageMarkdown });
  if (check && check.verdict !== 'within') ctx.setExitCode(ExitCode.finding);
}
