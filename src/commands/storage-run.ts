/** The work behind `monograph storage`, loaded only when the command runs. */
import type { Command } from 'commander';
import { closeSync } from 'node:fs';
import { findDrug } from '../catalog/lookup.js';
import type { Deps } from '../context.js';
import type { Io } from '../io.js';
import { cut, ExitCode, UsageError } from '../errors.js';
import { eachLine, openRegularFile } from '../files/read-lines.js';
import { emit } from '../output.js';
import { renderStorage, renderStorageMarkdown } from '../render/storage.js';
import { renderCheckBrief } from '../render/storage-check.js';
import { checkStorage } from '../storage/check.js';
import type { LogInput } from '../storage/log-summary.js';
import { LogReader, MAX_LINE_CHARS } from '../storage/log.js';
import { isCheck, parseStorageOptions, pickState, type StorageOptions, type StorageRequest } from '../storage/request.js';
import { NO_RULES_STATE, withUnread } from '../storage/unread.js';
import { storageOf, storageView } from '../storage/view.js';
import { contextOf, type ExitClass } from './shared.js';

/** `--log -` reads the log from stdin, as Unix tools do; messages call it "stdin". */
async function readLogStdin(log: NonNullable<StorageRequest['log']>, stdin: Io['stdin']): Promise<LogInput> {
  if (!stdin) throw new UsageError('--log -: there is no standard input to read');
  const reader = new LogReader({ name: 'stdin', ...(log.unit ? { unit: log.unit } : {}) });
  const decoder = new TextDecoder('utf-8');
  let rest = '';
  for await (const chunk of stdin as unknown as AsyncIterable<Buffer | string>) {
    const lines = (rest + (typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }))).split('\n');
    rest = lines.pop()!;
    if (rest.length > MAX_LINE_CHARS) reader.tooLong();
    for (const line of lines) reader.line(line);
  }
  rest += decoder.decode();
  if (rest !== '') reader.line(rest);
  return { name: 'stdin', readings: reader.end(), outOfCarton: log.outOfCarton, ...(log.maxGapMs ? { maxGapMs: log.maxGapMs } : {}) };
}

/** Opens the user's log (a regular file only) and streams it line by line into the pure reader. */
function readLogFile(log: NonNullable<StorageRequest['log']>): LogInput {
  const what = `--log ${cut(log.path)}`;
  const fd = openRegularFile(log.path, what);
  try {
    const reader = new LogReader({ name: cut(log.path), ...(log.unit ? { unit: log.unit } : {}) });
    eachLine(fd, what, MAX_LINE_CHARS, (line) => reader.line(line), () => reader.tooLong());
    return { name: log.path, readings: reader.end(), outOfCarton: log.outOfCarton, ...(log.maxGapMs ? { maxGapMs: log.maxGapMs } : {}) };
  } finally {
    closeSync(fd);
  }
}

/** Shows the rules, or checks excursions, a log or a clock against them (exit 1 unless within). */
export async function runStorage(deps: Deps, drug: string, opts: StorageOptions, cmd: Command): Promise<ExitClass> {
  const ctx = contextOf(deps, cmd);
  const req = parseStorageOptions(opts, ctx.io.today());
  const m = findDrug((await ctx.catalog()).monographs, drug);
  const storage = storageOf(m);
  const state = storage.states.length === 0 ? NO_RULES_STATE : pickState(storage, m, req.state, isCheck(req));
  const log = !req.log ? undefined : req.log.path === '-' ? await readLogStdin(req.log, ctx.io.stdin) : readLogFile(req.log);
  if (opts.brief && !isCheck(req)) throw new UsageError('--brief needs a check: --excursion, --log or --since', ['without a check, storage prints the rules table']);
  const checked = isCheck(req) ? checkStorage(state, { region: req.region, excursions: req.excursions, clock: req.clock, log }) : null;
  const check = checked && withUnread(checked, storage);
  const view = storageView(m, { region: req.region, state: req.state && state.id }, check);
  await emit(ctx, view, opts.brief ? { text: renderCheckBrief } : { text: renderStorage, markdown: renderStorageMarkdown });
  return check && check.verdict !== 'within' ? ExitCode.finding : ExitCode.ok;
}
