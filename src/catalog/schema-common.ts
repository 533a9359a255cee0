/** Schema pieces shared by every part of a monograph: text, dates, regions, source citations. */
import { z } from 'zod';
import { REGION_CODES } from '../regions.js';

/** Text shown to readers: trimmed on display, never empty. */
export const Text = z.string().min(1, 'non-empty text');

/** A calendar date written YYYY-MM-DD (YAML 1.2 core keeps it a string). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a date written YYYY-MM-DD');

/** Whose label a fact comes from. */
export const Region = z.enum(REGION_CODES);

/** A citation: the id of a source listed in the monograph, and where in it. */
export const SourceRef = z
  .object({
    source: z.string().min(1).describe('id of an entry in the monograph\'s sources'),
    section: z.string().optional().describe('label section number, e.g. "16.2", or page heading'),
    note: z.string().optional(),
  })
  .strict();

export const SourceRefs = z.array(SourceRef).min(1, 'at least one source');

export type Region = z.infer<typeof Region>;
export type SourceRef = z.infer<typeof SourceRef>;
