/** The work behind `monograph dosing`, loaded only when the command runs. */
import type { Command } from 'commander';
import { randomBytes } from 'node:crypto';
import { lstatSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { findDrug } from '../catalog/lookup.js';
import type { Deps } from '../context.js';
import { scheduleIcs } from '../dosing/calendar-export.js';
import { dosingView } from '../dosing/dosing-view.js';
import { parseDosingOpts, type DosingOpts } from '../dosing/request.js';
import { CliError, ExitCode, NotFoundError, UsageError } from '../errors.js';
import { emit } from '../output.js';
import { renderDosing, renderDosingMarkdown } from '../render/dosing.js';
import { sanitize } from '../render/sanitize.js';
import { contextOf } from './shared.js';

/** Prints the regimen or a calculation from it; writes the .ics file when asked. */
export async function runDosing(deps: Deps, drug: string, opts: DosingOpts, cmd: Command): Promise<void> {
  const ctx = contextOf(deps, cmd);
  const req = parseDosingOpts(opts, ctx.io.today());
  const view = dosingView(findDrug((await ctx.catalog()).monographs, drug), req);
  if (req.ics && (view.mode === 'schedule' || view.mode === 'missed-dose')) {
    writeNewFile(req.ics.file, scheduleIcs(view, req.today), req.ics.force);
    ctx.io.stderr.write(sanitize(`monograph: wrote ${view.doses.length} events to ${req.ics.file}\n`));
  }
  await emit(ctx, view, { text: renderDosing, markdown: renderDosingMarkdown });
}

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
