/** `monograph search <words...>`: full-text search across all monographs. */
import { Command } from 'commander';
import type { Deps } from '../context.js';
import { emit } from '../output.js';
import type { RenderOpts } from '../render/renderers.js';
import { heading, wrap } from '../render/layout.js';
import { mdText } from '../render/markdown.js';
import { sanitize } from '../render/sanitize.js';
import { mark } from '../render/theme.js';
import { searchMonographs, type SearchHit } from '../search/search.js';
import { UsageError } from '../errors.js';
import { contextOf, examples } from './shared.js';

export interface SearchView {
  query: string[];
  /** Every match found; `hits` holds the best `limit` of them, best first. */
  total: number;
  limit: number;
  hits: SearchHit[];
}

/** `--limit N`: a whole number from 1; default 20. */
function parseLimit(value: string | undefined): number {
  if (value === undefined) return 20;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1) throw new UsageError(`--limit must be a whole number from 1, not "${value}"`);
  return n;
}

/** The snippet with its match between » « (and marked for colour), so the match shows without colour too. */
const marked = (h: SearchHit, open: string, close: string) =>
  `${h.snippet.slice(0, h.match.start)}${open}${h.snippet.slice(h.match.start, h.match.end)}${close}${h.snippet.slice(h.match.end)}`;

/** Marks the span between the match's own » and the next « for colour (data may hold » « of its own). */
function highlight(wrapped: string, h: SearchHit): string {
  const before = (h.snippet.slice(0, h.match.start).match(/»/g) ?? []).length;
  let open = -1;
  for (let i = 0; i <= before; i++) open = wrapped.indexOf('»', open + 1);
  const close = wrapped.indexOf('«', open + 1);
  if (open < 0 || close < 0) return wrapped;
  return `${wrapped.slice(0, open + 1)}${mark('match', wrapped.slice(open + 1, close))}${wrapped.slice(close)}`;
}

function renderSearch(v: SearchView, { width }: RenderOpts): string {
  if (v.hits.length === 0) return `No matches for "${sanitize(v.query.join(' '))}".\n`;
  const shown = v.total > v.hits.length ? `, the best ${v.hits.length} shown` : '';
  const out = [heading(`${v.total} match${v.total === 1 ? '' : 'es'} for "${v.query.join(' ')}"${shown}`)];
  for (const h of v.hits) {
    out.push('', mark('subheading', sanitize(`${h.brand} › ${h.sectionTitle}`)) + sanitize(`  (monograph show ${h.drug} ${h.section})`));
    out.push(highlight(wrap(marked(h, '»', '«'), width, '  ', '  ').join('\n'), h));
  }
  const rest = v.total - v.hits.length;
  if (rest > 0) out.push('', mark('muted', `${rest} more match${rest === 1 ? '' : 'es'}: use --limit ${v.total} to see them all`));
  return `${out.join('\n')}\n`;
}

const renderSearchMarkdown = (v: SearchView) =>
  `# Search: ${mdText(v.query.join(' '))}\n\n${v.hits.map((h) => `- **${mdText(h.brand)} › ${mdText(h.sectionTitle)}**: ${mdText(marked(h, '', ''))}`).join('\n') || 'No matches.'}\n`;

export const searchCommand = (deps: Deps) =>
  new Command('search')
    .summary('search every monograph')
    .description(
      "Search all monographs; every word must appear in a section or the drug's names. Hits are ranked (drug name and section title first) and each names the drug, the section and a snippet.",
    )
    .argument('<words...>', 'words to find (case and accents ignored)')
    .option('--limit <n>', 'show at most N hits, best first (default 20)')
    .addHelpText('after', examples('monograph search thrombocytopenia', 'monograph search platelet count', 'monograph search refrigerator --json'))
    .action(async (words: string[], opts: { limit?: string }, cmd: Command) => {
      const ctx = contextOf(deps, cmd);
      const limit = parseLimit(opts.limit);
      const hits = searchMonographs((await ctx.catalog()).monographs, words);
      await emit(ctx, { query: words, total: hits.length, limit, hits: hits.slice(0, limit) }, { text: renderSearch, markdown: renderSearchMarkdown });
    });
