/** Which label versions an answer applies, and what the data knows of newer ones (issue 9 item 4). */
import type { Region, SourceRef } from './schema-common.js';
import { citedSources } from './cite.js';
import type { Monograph, Source } from './schema.js';

/** A label version an answer was computed from. */
export interface LabelApplied {
  source: string;
  region: Region | null;
  setId: string | null;
  version: string | null;
  effective: string | null;
}

/** A newer version of an applied label exists; its content is not in the data. */
export interface NewerLabel {
  source: string;
  text: string;
  sources: SourceRef[];
}

/**
 * The sources an answer follows (those cited anywhere in `followed`), the notices for the labels among them, and the
 * sources to list: those followed plus those the notices and `alsoCited` cite, each in the monograph's order.
 */
export function labelNotices(m: Pick<Monograph, 'sources'>, followed: unknown, alsoCited: unknown = []): { followed: Source[]; labelApplied: LabelApplied[]; newerLabel: NewerLabel[]; sources: Source[] } {
  const follows = citedSources(m, followed);
  const labels = follows.filter((s) => s.kind === 'label');
  const labelApplied = labels.map((s) => ({ source: s.id, region: s.region ?? null, setId: s.setId ?? null, version: s.version ?? null, effective: s.effective ?? null }));
  const newerLabel = labels.flatMap((s) => (s.newer ? [{ source: s.id, text: s.newer.text, sources: s.newer.sources }] : []));
  const listed = new Set([...follows, ...citedSources(m, newerLabel, alsoCited)]);
  const sources = m.sources.filter((s) => listed.has(s));
  return { followed: follows, labelApplied, newerLabel, sources };
}

/** "US label v18 (2023-02-24)" for each applied label, or a sentence saying no label version applies. */
export function labelAppliedText(applied: readonly LabelApplied[]): string {
  if (applied.length === 0) return 'Label version applied: none. No label record in this data holds these rules; they follow the sources cited.';
  const one = (l: LabelApplied) => `${l.region ? `${l.region} ` : ''}label${l.version ? ` version ${l.version}` : ''}${l.effective ? `, effective ${l.effective}` : ''}${l.setId ? ` (set id ${l.setId})` : ''}`;
  return `Label version applied: ${applied.map(one).join('; ')}.`;
}
