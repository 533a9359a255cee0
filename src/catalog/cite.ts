/** Citations: which sources a piece of data cites, and how a citation reads (short in footers, full in the sources list). */
import type { Monograph, Source, SourceRef } from './schema.js';

const host = (url: string) => (url.replace(/^https?:\/\//, '').replace(/^www\./, '').split('/')[0] ?? url).replace(/:\d+$/, '');

/** "US label v18 (2023-02-24)", "drugs.com (reviewed 2025-05-20)", "sps.nhs.uk". */
export function sourceName(s: Source): string {
  if (s.kind === 'label') return `${s.region ? `${s.region} ` : ''}label${s.version ? ` v${s.version}` : ''}${s.effective ? ` (${s.effective})` : ''}`;
  const where = s.url ? host(s.url) : s.title;
  return `${where}${s.reviewed ? ` (reviewed ${s.reviewed})` : ''}`;
}

/** Full line for the sources list: name, set id, address, file. */
export function sourceLine(s: Source): string {
  const parts = [`${s.title}`];
  if (s.setId) parts.push(`set id ${s.setId}`);
  if (s.version) parts.push(`version ${s.version}`);
  if (s.effective) parts.push(`effective ${s.effective}`);
  if (s.reviewed) parts.push(`reviewed ${s.reviewed}`);
  if (s.url) parts.push(s.url);
  return parts.join(', ');
}

/** One citation: "US label v18 (2023-02-24) §16.2". */
export function cite(m: Pick<Monograph, 'sources'>, ref: SourceRef): string {
  const s = m.sources.find((x) => x.id === ref.source);
  const name = s ? sourceName(s) : ref.source;
  const where = ref.section ? (/^\d/.test(ref.section) ? ` §${ref.section}` : ` "${ref.section}"`) : '';
  return `${name}${where}${ref.note ? ` (${ref.note})` : ''}`;
}

/** Several citations, grouped by source in first-seen order: "US label v18 (2023-02-24) §2.1, §2.2; drugs.com". */
export function citeAll(m: Pick<Monograph, 'sources'>, refs: readonly SourceRef[] = []): string {
  const groups = new Map<string, Set<string>>();
  for (const ref of refs) {
    const s = m.sources.find((x) => x.id === ref.source);
    const name = s ? sourceName(s) : ref.source;
    const where = cite(m, ref).slice(name.length).trim();
    const set = groups.get(name) ?? new Set<string>();
    if (where) set.add(where);
    groups.set(name, set);
  }
  return [...groups].map(([name, wheres]) => (wheres.size > 0 ? `${name} ${[...wheres].join(', ')}` : name)).join('; ');
}

/** The monograph's sources that any `{ source }` reference anywhere inside `values` names, in the monograph's order. */
export function citedSources(m: Pick<Monograph, 'sources'>, ...values: unknown[]): Source[] {
  const ids = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) for (const v of value) walk(v);
    else if (value && typeof value === 'object') {
      const rec = value as Record<string, unknown>;
      if (typeof rec.source === 'string') ids.add(rec.source);
      for (const v of Object.values(rec)) walk(v);
    }
  };
  walk(values);
  return m.sources.filter((s) => ids.has(s.id));
}
