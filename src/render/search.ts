/** The renderers of `monograph search`: each hit's drug, section and snippet, the match marked. */
import type { SearchHit, SearchView } from '../search/search.js';
import { heading, wrap } from './layout.js';
import { mdText } from './markdown.js';
import type { RenderOpts } from './renderers.js';
import { sanitize } from './sanitize.js';
import { mark } from './theme.js';

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

export function renderSearch(v: SearchView, { width }: RenderOpts): string {
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

export const renderSearchMarkdown = (v: SearchView) =>
  `# Search: ${mdText(v.query.join(' '))}\n\n${v.hits.map((h) => `- **${mdText(h.brand)} › ${mdText(h.sectionTitle)}**: ${mdText(marked(h, '', ''))}`).join('\n') || 'No matches.'}\n`;
