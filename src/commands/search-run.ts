/** The work behind `monograph search`, loaded only when the command runs. */
import type { Command } from 'commander';
import type { Deps } from '../context.js';
import { wholeNumber } from '../numbers.js';
import { emit } from '../output.js';
import { renderSearch, renderSearchMarkdown } from '../render/search.js';
import { searchView } from '../search/search.js';
import { searchIndexed } from '../search/search-index.js';
import { contextOf } from './shared.js';

/** Prints the best `--limit` hits (default 20) and how many there are in all. */
export async function runSearch(deps: Deps, words: string[], opts: { limit?: string }, cmd: Command): Promise<void> {
  const ctx = contextOf(deps, cmd);
  const limit = opts.limit === undefined ? 20 : wholeNumber(opts.limit, '--limit', 1);
  const catalog = await ctx.catalog();
  // Through the index cache, the search index; with --no-cache, the linear scan (the reference it is tested against).
  const found = ctx.indexRoot ? searchIndexed(ctx.indexRoot, catalog.entries, words, limit) : undefined;
  const view = found ? { query: words, total: found.total, limit, hits: found.hits } : searchView(catalog.monographs, words, limit);
  await emit(ctx, view, { text: renderSearch, markdown: renderSearchMarkdown });
}
