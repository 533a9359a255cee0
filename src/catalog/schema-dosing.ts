/** Structured dosing regimens. Owned by the dosing feature; see issue 5. */
import { z } from 'zod';

export const DosingSchema = z.object({}).strict();
export type DosingData = z.infer<typeof DosingSchema>;
