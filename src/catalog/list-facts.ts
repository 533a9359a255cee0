/** The header facts a `list` row shows: read from the monograph, or known beforehand (the index cache keeps them). */
import type { Fact, Monograph } from './schema.js';

export interface ListFacts {
  drugClass: string;
  form: string;
  strength: string;
  manufacturer: string;
}

/** A header fact for tables; an imported label may not state it. */
const short = (f: Fact | undefined) => (f ? (f.short ?? f.value) : 'not stated');

/** The same facts for monographs whose header is not loaded (read through the index cache), set by the reader. */
export const knownListFacts = new WeakMap<object, ListFacts>();

/** The facts of `m`'s list row; taken from its header unless the index cache already holds them. */
export function listFacts(m: Monograph): ListFacts {
  const known = knownListFacts.get(m);
  if (known) return known;
  const h = m.header;
  return { drugClass: short(h.drugClass), form: short(h.form), strength: short(h.strength), manufacturer: short(h.manufacturer) };
}
