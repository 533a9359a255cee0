/**
 * Structured storage rules (issue 3): each state of the product has a base condition per region, allowances
 * (time it may spend outside the base condition), clocks (limits counted from a dated event) and in-use limits.
 * Every rule names one region and its sources; regions that say the same thing are separate rules with their own citations.
 */
import { z } from 'zod';
import { Region, SourceRefs, Text } from './schema-common.js';

const Id = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lower-case id: letters, digits and dashes, starting with a letter');
const Celsius = z.number().min(-90, 'no colder than -90 °C').max(70, 'no warmer than 70 °C');

/** A length of time as the source states it: 30 h, 14 d, 5 min, 6 wk, 3 mo. */
export const Amount = z.object({ value: z.number().positive(), unit: z.enum(['min', 'h', 'd', 'wk', 'mo']) }).strict();

const cited = {
  region: Region,
  text: Text.describe("the source's own statement of the rule"),
  sources: SourceRefs,
  extracted: z.boolean().optional().describe('true when `monograph import` read the rule from the label text (not reviewed)'),
};

/** The condition the product is kept in: a temperature range in °C and its packaging. */
export const Condition = z
  .object({
    place: z.enum(['refrigerator', 'freezer', 'room']),
    minC: Celsius.optional().describe('lowest °C; absent when the source sets no lower limit'),
    maxC: Celsius.describe('highest °C, inclusive unless maxInclusive is false'),
    minF: z.number().optional().describe("the source's own lowest °F, printed instead of a conversion"),
    maxF: z.number().optional().describe("the source's own highest °F, printed instead of a conversion"),
    maxInclusive: z.boolean().default(true).describe('false when the source says "store below", not "at or below"'),
    container: Text.optional().describe('what it is kept in, e.g. "original carton", "original amber bottle"'),
    inCarton: z.boolean().default(false).describe('true when it must stay in its carton: an out-of-carton period leaves the condition'),
    protectFromLight: z.boolean().default(false),
    doNotFreeze: z.boolean().default(false),
    doNotRefreeze: z.boolean().default(false),
    ...cited,
  })
  .strict()
  .refine((c) => c.minC === undefined || c.minC <= c.maxC, { message: 'minC is above maxC', path: ['minC'] });

/** Time the product may spend outside its base condition, and how that time is counted. */
export const Allowance = z
  .object({
    id: Id,
    name: Text.describe('short name, e.g. "out of the carton"'),
    minC: Celsius.optional().describe('lowest °C it covers; absent: it covers only temperatures above the base condition'),
    maxC: Celsius,
    minF: z.number().optional().describe("the source's own lowest °F, printed instead of a conversion"),
    maxF: z.number().optional().describe("the source's own highest °F, printed instead of a conversion"),
    maxInclusive: z.boolean().default(true).describe('false when the source says "below" rather than "at or below"'),
    duration: Amount.optional().describe('absent when the source states no time limit'),
    assumedLimit: z
      .object({ value: z.number().positive(), unit: z.enum(['min', 'h', 'd']), reason: Text.describe('why this default, and that it is not the source\'s limit') })
      .strict()
      .optional()
      .describe('only without `duration`: time up to this counts as within, longer is indeterminate (never within for any length of time)'),
    counting: z.enum(['cumulative', 'single-period', 'not-stated']).describe('not-stated is counted as cumulative, the stricter reading'),
    packaging: z.enum(['in-carton', 'out-of-carton', 'any']),
    returnToFridge: z
      .enum(['allowed', 'not-allowed', 'not-stated', 'not-applicable'])
      .describe('whether it may go back to the refrigerator afterwards; not-applicable when the base condition is not a refrigerator'),
    returnBelowC: Celsius.optional().describe('return allowed only if it stayed below this temperature'),
    countsAllTimeOut: z
      .boolean()
      .default(false)
      .describe('once used, every period out of the base condition counts toward it and must meet its temperature limit'),
    ...cited,
  })
  .strict()
  .refine((a) => !(a.duration && a.assumedLimit), { message: 'assumedLimit is only for an allowance without a duration', path: ['assumedLimit'] });

/** A limit counted in calendar days from a dated event (the event day is day 0). */
export const Clock = z
  .object({
    id: Id,
    event: z.enum(['constitution', 'receipt', 'removal-from-refrigerator', 'return-to-refrigerator', 'thawing', 'opening', 'dispensing']),
    action: z.enum(['discard', 'use', 'start-treatment']).describe('discard N days after, use within N days, start treatment within N days'),
    days: z.number().int().positive(),
    dayZero: z
      .enum(['source', 'assumed'])
      .default('source')
      .describe('whether the source itself counts the event day as day 0, or this data assumes it (the source does not say)'),
    ...cited,
  })
  .strict();

/** A time limit once a dose is prepared (shown, not checked). */
export const InUse = z
  .object({
    id: Id,
    state: Id.optional().describe('the state the dose is prepared from'),
    after: Text.describe('the event the limit runs from, e.g. "removal from the vial"'),
    limit: Amount,
    ...cited,
  })
  .strict();

/** One state of the product (vial, powder, constituted solution, frozen kit) and its rules. */
export const StorageState = z
  .object({
    id: Id,
    name: Text,
    conditions: z.array(Condition).min(1).describe('the base condition, one per region'),
    allowances: z.array(Allowance).default([]),
    clocks: z.array(Clock).default([]),
  })
  .strict();

const Remark = z.object({ text: Text, region: Region.optional(), sources: SourceRefs }).strict();

/** The `storage:` block of a monograph; ids and references are checked beyond the shape. */
export const StorageSchema = z
  .object({
    states: z.array(StorageState).default([]).describe('at least one, unless the label\'s storage sentences were not understood (unread)'),
    inUse: z.array(InUse).default([]),
    advice: z.array(Remark).default([]).describe('what the sources say to do when storage was outside the allowance'),
    notes: z.array(Remark).default([]).describe('what the rules leave out, e.g. an unconfirmed label text'),
    unread: z
      .array(Remark)
      .default([])
      .describe('storage sentences of an imported label that no rule was read from: a check is never "within" while any are listed'),
  })
  .strict()
  .superRefine((s, ctx) => {
    const problem = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (s.states.length === 0 && s.unread.length === 0) problem(['states'], 'at least one state (or the unread label sentences)');
    const stateIds = new Set<string>();
    s.states.forEach((st, i) => {
      if (stateIds.has(st.id)) problem(['states', i, 'id'], `state "${st.id}" is listed twice`);
      stateIds.add(st.id);
      const once = (kind: 'conditions' | 'allowances' | 'clocks', key: (r: { region: string; id?: string }) => string) => {
        const seen = new Set<string>();
        st[kind].forEach((r, j) => {
          if (seen.has(key(r))) problem(['states', i, kind, j], `${kind} has ${key(r)} twice`);
          seen.add(key(r));
        });
      };
      once('conditions', (r) => `a ${r.region} condition`);
      once('allowances', (r) => `"${r.id}" for ${r.region}`);
      once('clocks', (r) => `"${r.id}" for ${r.region}`);
    });
    s.inUse.forEach((u, i) => {
      if (u.state && !stateIds.has(u.state)) problem(['inUse', i, 'state'], `no state "${u.state}" (states: ${[...stateIds].join(', ')})`);
    });
  });

/** The types the schema gives. */
export type StorageData = z.infer<typeof StorageSchema>;
export type StorageState = z.infer<typeof StorageState>;
export type Condition = z.infer<typeof Condition>;
export type Allowance = z.infer<typeof Allowance>;
export type Clock = z.infer<typeof Clock>;
export type InUse = z.infer<typeof InUse>;
export type Amount = z.infer<typeof Amount>;
