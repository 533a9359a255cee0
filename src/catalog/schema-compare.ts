/** Structured comparison fields, one per row of `monograph compare`. */
import { z } from 'zod';
import { Region, SourceRefs, Text } from './schema-common.js';

/** One drug's answer for one comparison row: a short summary, optional detail lines, and sources. */
export const CompareValue = z
  .object({
    summary: Text,
    details: z.array(Text).optional(),
    region: Region.optional(),
    sources: SourceRefs,
  })
  .strict();

/** The comparison rows, in the order the reference page asks them (its five points first). */
export const COMPARE_FIELDS = [
  ['population', 'Approved population'],
  ['frequency', 'How often it is given'],
  ['treatmentType', 'Type of treatment'],
  ['mechanism', 'How it works'],
  ['efficacy', 'How well it works'],
  ['route', 'Route'],
  ['setting', 'Care setting'],
  ['fdaApproval', 'FDA approval'],
  ['manufacturer', 'Manufacturer'],
  ['storage', 'Storage'],
  ['monitoring', 'Monitoring'],
  ['warnings', 'Key warnings'],
] as const;

export type CompareField = (typeof COMPARE_FIELDS)[number][0];

export const CompareSchema = z
  .object(Object.fromEntries(COMPARE_FIELDS.map(([k]) => [k, z.array(CompareValue).min(1)])) as Record<CompareField, z.ZodArray<typeof CompareValue>>)
  .strict();
export type CompareData = z.infer<typeof CompareSchema>;
