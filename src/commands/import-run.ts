/** The work behind `monograph import`, loaded only when the command runs. */
import { setFlagsFromString } from 'node:v8';
import type { Command } from 'commander';
import { libraryDir } from '../catalog/library.js';
import type { Deps } from '../context.js';
import { ExitCode, UsageError } from '../errors.js';
import { importLabels } from '../import/run.js';
import { emit } from '../output.js';
import { renderImport, renderImportMarkdown } from '../render/import.js';
import { contextOf, type ExitClass } from './shared.js';

/** Imports, prints the summary, and sets exit 1 if anything was skipped, 5 if nothing could be read. */
export async function runImport(deps: Deps, files: string[], opts: { out?: string }, cmd: Command): Promise<ExitClass> {
  // What still grew with a bulk file's size was not held records (the live heap after a full GC stays about 25-28 MiB)
  // but V8 letting garbage pile up in old space before collecting it: 200 MB bulk peak 264 MiB, 20 MB 163. Asking
  // V8 to favour size over speed keeps it to 126 and 109 MiB (docs/performance.md).
  setFlagsFromString('--optimize-for-size');
  const ctx = contextOf(deps, cmd);
  const folder = opts.out ?? libraryDir(ctx.io.env);
  if (!folder) throw new UsageError('no library folder: set MONOGRAPH_HOME (or HOME), or give --out DIR');
  const view = await importLabels(files, folder, await ctx.catalog(), ctx.io.today());
  await emit(ctx, view, { text: renderImport, markdown: renderImportMarkdown });
  if (view.imported.length === 0 && view.skipped.length > 0) return ExitCode.invalidData;
  return view.skipped.length > 0 ? ExitCode.finding : ExitCode.ok;
}
