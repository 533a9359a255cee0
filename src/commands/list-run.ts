/** The work behind `monograph list`, loaded only when the command runs. */
import type { Command } from 'commander';
import { listView } from '../catalog/views.js';
import type { Deps } from '../context.js';
import { emit } from '../output.js';
import { renderList, renderListMarkdown } from '../render/list.js';
import { contextOf } from './shared.js';

/** Lists the monographs; with --source, where each was read from. */
export async function runList(deps: Deps, opts: { source?: boolean }, cmd: Command): Promise<void> {
  const ctx = contextOf(deps, cmd);
  const { monographs, entries } = await ctx.catalog();
  const origins = opts.source ? new Map(entries.map((e) => [e.monograph.id, { source: e.origin ?? 'bundled', file: e.file }] as const)) : undefined;
  await emit(ctx, listView(monographs, origins), { text: renderList, markdown: renderListMarkdown });
}
