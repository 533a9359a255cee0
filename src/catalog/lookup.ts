/** Finding a drug or a section by what a user types: ids, names and aliases, ignoring case, accents and spaces. */
import { byText } from '../text.js';
import { distance } from 'fastest-levenshtein';
import { AmbiguousError, NotFoundError, quote } from '../errors.js';
import type { Monograph, Section } from './schema.js';

/** The form names are compared in: no accents, lower case, single spaces, trimmed. */
export function normalizeName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s_]+/g, ' ').trim();
}

/** Every name a monograph answers to. */
export const namesOf = (m: Monograph): string[] => [m.id, m.brand, m.generic, ...m.aliases];

/** Up to three known names close to `name`, closest first. */
export function suggest(name: string, candidates: readonly string[]): string[] {
  const wanted = normalizeName(name);
  const scored = [...new Set(candidates.map(normalizeName))]
    .map((c) => ({ c, d: distance(wanted, c) - (c.startsWith(wanted) && wanted.length >= 3 ? 2 : 0) }))
    .filter(({ c, d }) => d <= Math.max(2, Math.floor(c.length / 3)))
    .sort((a, b) => a.d - b.d || byText(a.c, b.c));
  return scored.slice(0, 3).map(({ c }) => c);
}

/**
 * Finds the one monograph a name means; never guesses (exit 3 with suggestions, exit 4 when several match).
 * An id means its monograph; a name a reviewed monograph has means that one, never an imported label sharing it.
 */
export function findDrug(monographs: readonly Monograph[], name: string): Monograph {
  const wanted = normalizeName(name);
  const byId = monographs.find((m) => m.id === wanted);
  if (byId) return byId;
  let hits = monographs.filter((m) => namesOf(m).some((n) => normalizeName(n) === wanted));
  const reviewed = hits.filter((m) => !m.imported);
  if (reviewed.length > 0) hits = reviewed;
  if (hits.length === 1) return hits[0]!;
  if (hits.length > 1) {
    throw new AmbiguousError(`${quote(name)} matches ${hits.length} monographs: ${hits.map((m) => m.id).join(', ')}`, [
      'use the id to pick one',
    ]);
  }
  const close = suggest(name, monographs.flatMap(namesOf));
  throw new NotFoundError(`no monograph named ${quote(name)}`, [
    close.length > 0 ? `did you mean: ${close.join(', ')}?` : 'run `monograph list` to see the monographs',
  ]);
}

/** Finds a section by id or alias (dose, dosage and dosing all find the dosing section). */
export function findSection(m: Monograph, name: string): Section {
  const wanted = normalizeName(name).replace(/ /g, '-');
  const hit = m.sections.find((s) => [s.id, ...s.aliases].some((n) => normalizeName(n).replace(/ /g, '-') === wanted));
  if (hit) return hit;
  const close = suggest(wanted, m.sections.flatMap((s) => [s.id, ...s.aliases]));
  throw new NotFoundError(`${m.brand} has no section ${quote(name)}`, [
    ...(close.length > 0 ? [`did you mean: ${close.join(', ')}?`] : []),
    `sections: ${m.sections.map((s) => s.id).join(', ')}`,
  ]);
}
