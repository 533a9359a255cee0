/** The work behind `monograph search`, loaded only when the command runs. */
import type { Command } from 'commander';
import type { Deps } from '../context.js';
import { wholeNumber } from '../numbers.js';
import { emit } from '../output.js';
import { renderSearch, renderSearchMarkdown } from '../render/search.js';
import { searchView } from '../search/search.js';
import { contextOf } from './shared.js';

/** Prints the best `--limit` hits (default 20) and how many there are in all. */
export async function runSearch(deps: Deps, words: string[], opts: { limit?: string }, cmd: Command): Promise<void> {
  const ctx = contextOf(deps, cmd);
  const limit = opts.limit === undefined ? 20 : wholeNumber(opts.limit, '--limit', 1);
  await emit(ctx, searchView((await ctx.catalog()).monographs, words, limit), { text: renderSearch, markdown: renderSearchMarkdown });
}
