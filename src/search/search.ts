/** Full-text search across monographs: every word must appear in the block; the snippet marks the first match. */
import { normalizeName } from '../catalog/lookup.js';
import type { Block, Monograph } from '../catalog/schema.js';

export interface SearchHit {
  drug: string;
  brand: string;
  section: string;
  sectionTitle: string;
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

/** Folds accents and case but keeps string length, so offsets map back to the original text. */
const fold = (s: string) => [...s].map((ch) => (normalizeName(ch) || ' ').charAt(0)).join('');

/** Searches every section of every monograph; at most one hit per section (its first matching text). */
export function searchMonographs(monographs: readonly Monograph[], words: readonly string[], context = 60): SearchHit[] {
  const terms = words.flatMap((w) => normalizeName(w).split(' ')).filter(Boolean);
  if (terms.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const m of monographs) {
    for (const s of m.sections) {
      const texts = [s.title, ...s.body.flatMap(blockTexts)];
      const joined = fold(texts.join(' '));
      if (!terms.every((t) => joined.includes(t))) continue;
      const text = texts.find((t) => fold(t).includes(terms[0]!)) ?? texts[0]!;
      const at = fold(text).indexOf(terms[0]!);
      const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - context)) + 1);
      const toSpace = text.indexOf(' ', Math.min(text.length, at + terms[0]!.length + context));
      const to = toSpace === -1 ? text.length : toSpace;
      const prefix = from > 0 ? '…' : '';
      hits.push({
        drug: m.id,
        brand: m.brand,
        section: s.id,
        sectionTitle: s.title,
        snippet: `${prefix}${text.slice(from, to)}${to < text.length ? '…' : ''}`,
        match: { start: prefix.length + at - from, end: prefix.length + at - from + terms[0]!.length },
      });
    }
  }
  return hits;
}
