/** Decides, for one label, its id and whether it is written, replaces an older import, or leaves a newer one alone. */
import { normalizeName } from '../text.js';
import { slug as fullSlug } from './ids.js';
import type { Label } from './label.js';

/** A monograph file `monograph import` wrote earlier in the output folder. */
export interface OwnFile {
  id: string;
  file: string;
  setId: string;
  version: number;
}

export type Action = 'written' | 'replaced' | 'unchanged' | 'kept-newer';

export interface Plan {
  action: Action;
  id: string;
  /** The version replaced, or the newer one kept. */
  previous?: number;
  /** The label's names that another monograph already answers to. */
  clashes: string[];
}

/** What the output folder and the catalog already hold. */
export interface Taken {
  /** Our own earlier imports, by set id. */
  own: Map<string, OwnFile>;
  /** Ids no new label may take: every file name in the folder and every monograph id or name in the catalog. */
  ids: Set<string>;
  /** Names (normalised) of every monograph in the catalog, and the set id that owns each imported one. */
  names: Map<string, string | undefined>;
}

/** A slug cut to 48 characters, so a long brand still makes a short file name. */
const slug = (s: string) => fullSlug(s).slice(0, 48).replace(/-+$/, '');

/** A readable id: the brand as a slug; on a clash the application number is added, then the set id's start. */
function chooseId(label: Label, taken: Taken): string {
  let base = slug(label.brand) || slug(label.generic) || 'label';
  if (!/^[a-z]/.test(base)) base = `label-${base}`;
  const app = label.applicationNumber ? slug(label.applicationNumber) : '';
  const set8 = slug(label.setId).slice(0, 8);
  const last = `${base}${app ? `-${app}` : ''}-${set8}`;
  const candidates = [base, app && `${base}-${app}`, last].filter(Boolean);
  for (let n = 2; n < 10_000; n++) candidates.push(`${last}-${n}`);
  return candidates.find((c) => !taken.ids.has(c) && !taken.names.has(c)) ?? `${last}-${Date.now()}`;
}

/** The plan for `label`; the caller records the id as taken before planning the next label. */
export function planLabel(label: Label, taken: Taken): Plan {
  const clashes = [label.brand, label.generic].filter((n, i, all) => all.indexOf(n) === i).filter((n) => {
    const owner = taken.names.get(normalizeName(n));
    return taken.names.has(normalizeName(n)) && owner !== label.setId;
  });
  const own = taken.own.get(label.setId);
  if (own) {
    const v = Number(label.version);
    if (v > own.version) return { action: 'replaced', id: own.id, previous: own.version, clashes };
    return { action: v === own.version ? 'unchanged' : 'kept-newer', id: own.id, previous: own.version, clashes };
  }
  return { action: 'written', id: chooseId(label, taken), clashes };
}
