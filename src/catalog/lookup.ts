/** Finding a drug or a section by what a user types: ids, names and aliases, ignoring case, accents and spaces. */
import { normalizeName, suggest } from '../text.js';
import { AmbiguousError, NotFoundError, quote } from '../errors.js';
import type { Monograph, Section } from './schema.js';

/** What a drug answers to: a monograph, or completion's light copy of one. */
export interface Named {
  id: string;
  brand: string;
  generic: string;
  aliases: readonly string[];
  imported?: unknown;
}

/** Every name a drug answers to. */
export const namesOf = (m: Named): string[] => [m.id, m.brand, m.generic, ...m.aliases];

/** The one matcher of drug names: the drug with that id, else those with that name (reviewed ones before imported labels sharing it). */
export function drugsNamed<T extends Named>(all: readonly T[], name: string): T[] {
  const wanted = normalizeName(name);
  const byId = all.find((m) => m.id === wanted);
  if (byId) return [byId];
  const hits = all.filter((m) => namesOf(m).some((n) => normalizeName(n) === wanted));
  const reviewed = hits.filter((m) => !m.imported);
  return reviewed.length > 0 ? reviewed : hits;
}

/**
 * Finds the one monograph a name means; never guesses (exit 3 with suggestions, exit 4 when several match).
 * An id means its monograph; a name a reviewed monograph has means that one, never an imported label sharing it.
 */
export function findDrug(monographs: readonly Monograph[], name: string): Monograph {
  const hits = drugsNamed(monographs, name);
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
