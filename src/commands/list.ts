/** `monograph list`: the monographs as a table. */
import { Command } from 'commander';
import type { Deps } from '../context.js';
import { emit } from '../output.js';
import { listView, renderList, renderListMarkdown } from '../render/list.js';
import { contextOf, examples } from './shared.js';

export const listCommand = (deps: Deps) =>
  new Command('list')
    .summary('list the monographs')
    .description('List every monograph: id, brand, generic name, class, form and manufacturer.')
    .option('--source', 'also say where each monograph was read from: bundled, library or data')
    .addHelpText('after', examples('monograph list', 'monograph list --json | jq -r ".monographs[].id"', 'monograph list --source --data ./my-monographs'))
    .action(async (opts: { source?: boolean }, cmd: Command) => {
      const ctx = contextOf(deps, cmd);
      const { monographs, entries } = await ctx.catalog();
      const origins = opts.source ? new Map(entries.map((e) => [e.monograph.id, { source: e.origin ?? 'bundled', file: e.file }] as const)) : undefined;
      await emit(ctx, listView(monographs, origins), { text: renderList, markdown: renderListMarkdown });
    });
