/** Structured storage rules (states, allowances, clocks). Owned by the storage feature; see issue 3. */
import { z } from 'zod';

export const StorageSchema = z.object({}).strict();
export type StorageData = z.infer<typeof StorageSchema>;
