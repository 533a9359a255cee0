/** Structured comparison fields, one per row of `monograph compare`. */
import { z } from 'zod';
import { Region, SourceRefs, Text } from './schema-common.js';
import { COMPARE_FIELDS, type CompareField } from './compare-fields.js';

export { COMPARE_FIELDS, type CompareField } from './compare-fields.js';

/** One drug's answer for one comparison row: a short summary, optional detail lines, and sources. */
export const CompareValue = z
  .object({
    summary: Text,
    details: z.array(Text).optional(),
    region: Region.optional(),
    sources: SourceRefs,
  })
  .strict();


export const CompareSchema = z
  .object(Object.fromEntries(COMPARE_FIELDS.map(([k]) => [k, z.array(CompareValue).min(1)])) as Record<CompareField, z.ZodArray<typeof CompareValue>>)
  .strict();
export type CompareData = z.infer<typeof CompareSchema>;
