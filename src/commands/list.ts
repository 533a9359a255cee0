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
    .addHelpText('after', examples('monograph list', 'monograph list --json | jq -r ".monographs[].id"', 'monograph list --data ./my-monographs'))
    .action(async (_opts: object, cmd: Command) => {
      const ctx = contextOf(deps, cmd);
      const { monographs } = await ctx.catalog();
      await emit(ctx, listView(monographs), { text: renderList, markdown: renderListMarkdown });
    });
