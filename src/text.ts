/** Small text helpers shared across layers: ordering, and matching what a user types against known names. */
import { distance } from 'fastest-levenshtein';

/** Orders strings by code unit: stable across machines and locales, and free of ICU's slow first-use start-up. */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The form names are compared in: no accents, lower case, single spaces, trimmed. */
export function normalizeName(name: string): string {
  // Printable ASCII has no accents to take off (NFKD leaves it as it is): the ids and names of 10,000 monographs.
  if (/^[\x20-\x7e]*$/.test(name)) return name.toLowerCase().replace(/[\s_]+/g, ' ').trim();
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s_]+/g, ' ').trim();
}

/** Up to three known names close to `name`, closest first. */
export function suggest(name: string, candidates: readonly string[]): string[] {
  const wanted = normalizeName(name);
  const scored = [...new Set(candidates.map(normalizeName))]
    .map((c) => ({ c, d: distance(wanted, c) - (c.startsWith(wanted) && wanted.length >= 3 ? 2 : 0) }))
    .filter(({ c, d }) => d <= Math.max(2, Math.floor(c.length / 3)))
    .sort((a, b) => a.d - b.d || byText(a.c, b.c));
  return scored.slice(0, 3).map(({ c }) => c);
}
