/** The work behind `monograph import`, loaded only when the command runs. */
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
  const ctx = contextOf(deps, cmd);
  const folder = opts.out ?? libraryDir(ctx.io.env);
  if (!folder) throw new UsageError('no library folder: set MONOGRAPH_HOME (or HOME), or give --out DIR');
  const view = await importLabels(files, folder, await ctx.catalog(), ctx.io.today());
  await emit(ctx, view, { text: renderImport, markdown: renderImportMarkdown });
  if (view.imported.length === 0 && view.skipped.length > 0) return ExitCode.invalidData;
  return view.skipped.length > 0 ? ExitCode.finding : ExitCode.ok;
}
