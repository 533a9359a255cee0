/** Full-text search across monographs, ranked: every word must appear in the section or the drug's names. */
import { normalizeName } from '../text.js';
import type { Block, Monograph } from '../catalog/schema.js';

export interface SearchHit {
  drug: string;
  brand: string;
  section: string;
  sectionTitle: string;
  /** Rank: higher is better (drug-name and section-title matches count most). */
  score: number;
  /** The text around the match, with `match` giving the matched span's offsets within it. */
  snippet: string;
  match: { start: number; end: number };
}

/** Plain texts of a block, for searching. */
export function blockTexts(b: Block): string[] {
  if ('p' in b) return [b.p];
  if ('list' in b) return [...(b.title ? [b.title] : []), ...b.list];
  if ('table' in b) return [...(b.table.caption ? [b.table.caption] : []), ...b.table.rows.map((r) => r.join(' · '))];
  if ('note' in b) return [b.note];
  if ('differs' in b) return b.differs.values.map((v) => `${v.region}: ${v.text}`);
  return [b.q, ...b.a];
}

/** Folds accents and case but keeps string length, so offsets map back to the original text (ASCII needs no NFKD). */
export const fold = (s: string) => {
  if (/^[\u0000-\u007f]*$/.test(s)) return s.toLowerCase().replace(/[\s_]/g, ' ');
  // Per character as the ASCII branch folds it, and per code point beyond ASCII (long labels hold a few such).
  return s.replace(/[A-Z\t\n\v\f\r_]|[^\u0000-\u007f]/gu, foldOne);
};
const foldOne = (ch: string) => (ch >= '\u0080' ? foldChar(ch) : ch >= 'A' && ch <= 'Z' ? ch.toLowerCase() : ' ');
/** One non-ASCII character folded (remembered: normalising each character anew is most of a scan's time). */
const folded = new Map<string, string>();
const foldChar = (ch: string) => {
  let f = folded.get(ch);
  if (f === undefined) folded.set(ch, (f = (normalizeName(ch) || ' ').charAt(0)));
  return f;
};

/** How often `term` occurs in `text`. */
export function occurrences(text: string, term: string): number {
  let n = 0;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) n++;
  return n;
}

/** Points per word: in the drug's names, in the section title, and each time in the text (up to five times). */
export const NAME = 20;
export const TITLE = 10;
export const MAX_TEXT = 5;

/** The words of a query as the matcher compares them: folded, split at spaces. */
export const queryTerms = (words: readonly string[]) => words.flatMap((w) => normalizeName(w).split(' ')).filter(Boolean);

/** The drug's names as one folded text. */
export const foldedNames = (m: Monograph) => fold([m.id, m.brand, m.generic, ...m.aliases].join(' '));

/** A section's texts: its title, then its blocks' texts; the matcher searches them joined by spaces. */
export const sectionTexts = (s: Monograph['sections'][number]) => [s.title, ...s.body.flatMap(blockTexts)];

/** The hit for section `j` of `m` with its score: the snippet shows the first text holding a word. */
export function hitOf(m: Monograph, j: number, terms: readonly string[], score: number, context = 60): SearchHit {
  const s = m.sections[j]!;
  const texts = sectionTexts(s);
  const joined = fold(texts.join(' '));
  const term = terms.find((t) => joined.includes(t));
  const text = (term && texts.find((t) => fold(t).includes(term))) ?? texts[0]!;
  const at = term ? fold(text).indexOf(term) : 0;
  const length = term && at >= 0 ? term.length : 0;
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - context)) + 1);
  const toSpace = text.indexOf(' ', Math.min(text.length, at + length + context));
  const to = toSpace === -1 ? text.length : toSpace;
  const prefix = from > 0 ? '…' : '';
  return {
    drug: m.id,
    brand: m.brand,
    section: s.id,
    sectionTitle: s.title,
    score,
    snippet: `${prefix}${text.slice(from, to)}${to < text.length ? '…' : ''}`,
    match: { start: prefix.length + at - from, end: prefix.length + at - from + length },
  };
}

/** Best first; ties keep catalog order (`order` ascending). */
export const byRank = <T extends { score: number; order: number }>(a: T, b: T) => b.score - a.score || a.order - b.order;

/**
 * The linear scan, the reference the index is tested against: every section of every monograph; every word must
 * appear in the section or in the drug's names. At most one hit per section, ranked best first: name and title
 * matches, then how often the words occur (up to five per word); ties keep catalog order.
 */
export function scoredSections(monographs: readonly Monograph[], terms: readonly string[]): { m: number; j: number; score: number; order: number }[] {
  const out: { m: number; j: number; score: number; order: number }[] = [];
  if (terms.length === 0) return out;
  monographs.forEach((m, i) => {
    const names = foldedNames(m);
    m.sections.forEach((s, j) => {
      const joined = fold(sectionTexts(s).join(' '));
      if (!terms.every((t) => joined.includes(t) || names.includes(t))) return;
      const title = fold(s.title);
      const score = terms.reduce((sum, t) => sum + (names.includes(t) ? NAME : 0) + (title.includes(t) ? TITLE : 0) + Math.min(MAX_TEXT, occurrences(joined, t)), 0);
      out.push({ m: i, j, score, order: out.length });
    });
  });
  return out.sort(byRank);
}

/** Every hit of the linear scan, best first. */
export function searchMonographs(monographs: readonly Monograph[], words: readonly string[], context = 60): SearchHit[] {
  const terms = queryTerms(words);
  return scoredSections(monographs, terms).map((h) => hitOf(monographs[h.m]!, h.j, terms, h.score, context));
}

export interface SearchView {
  query: string[];
  /** Every match found; `hits` holds the best `limit` of them, best first. */
  total: number;
  limit: number;
  hits: SearchHit[];
}

/** The best `limit` hits for `words`, and how many there are in all. */
export function searchView(monographs: readonly Monograph[], words: string[], limit: number): SearchView {
  const hits = searchMonographs(monographs, words);
  return { query: words, total: hits.length, limit, hits: hits.slice(0, limit) };
}
