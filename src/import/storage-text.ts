/** Storage rules read from a label's storage sentences (placeholder: every sentence is listed as not understood). */
import type { StorageSchema } from '../catalog/schema-storage.js';
import type { z } from 'zod';
import type { LabelPiece } from './label-text.js';

export interface Extracted {
  data: z.input<typeof StorageSchema> | undefined;
  rules: number;
  unread: string[];
}

/** The storage sentences of `pieces`, read into rules; what is not understood is kept, word for word, as unread. */
export function extractStorage(pieces: readonly LabelPiece[], source: string): Extracted {
  const unread = pieces.flatMap((p) => (/\b(store|refrigerat|freez|°|room temperature)/i.test(p.text) ? [{ text: p.text, region: 'US' as const, sources: [{ source, ...(p.section ? { section: p.section } : {}) }] }] : []));
  return { data: unread.length > 0 ? { states: [], unread } : undefined, rules: 0, unread: unread.map((u) => u.text) };
}
