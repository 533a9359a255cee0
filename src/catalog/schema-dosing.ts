/**
 * Structured dosing regimens (issue 5): one regimen per region with its schedule, missed-dose rules, weight and age
 * bands, dose-volume table, corticosteroid course and monitoring. Every rule carries the label words and its sources;
 * the calculators in src/dosing read only these fields, so a regimen changes by editing data, not code.
 */
import { z } from 'zod';
import { Region, SourceRefs, Text } from './schema-common.js';

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lower-case id: letters, digits and dashes');
const Count = z.number().int().positive();
const Amount = z.number().positive();
const exactlyOne = (keys: string[]) => (o: Record<string, unknown>) => keys.filter((k) => o[k] !== undefined).length === 1;

/** A step between doses: whole calendar days, or whole calendar months (counted from the anchor dose, clamped to month end). */
export const Interval = z
  .object({ days: Count.optional(), months: Count.optional() })
  .strict()
  .refine(exactlyOne(['days', 'months']), 'give either days or months');

/** Ages in whole months: `atLeastMonths` inclusive, `belowMonths` exclusive (24 months = 2 years). */
export const AgeRange = z
  .object({ atLeastMonths: z.number().int().nonnegative().optional(), belowMonths: Count.optional() })
  .strict();

/** Body weights in kg: `atLeastKg` inclusive, `belowKg` exclusive. */
export const WeightRange = z.object({ atLeastKg: Amount.optional(), belowKg: Amount.optional() }).strict();

/** One row of the regimen table, worded as the label words it. */
export const Phase = z.object({ phase: Text, dose: Text, timing: Text, notes: Text.optional(), sources: SourceRefs }).strict();

/** Dated doses: loading dose 1 on day 0, each later loading dose a gap after the one before, then maintenance every interval from the last loading dose. */
export const Schedule = z
  .object({
    dose: Text.describe('the dose as calendar entries show it, e.g. "12 mg (5 mL) intrathecal"'),
    loadingGaps: z.array(Interval).describe('gap from each loading dose to the next: n gaps make n + 1 loading doses'),
    maintenanceEvery: Interval,
    rule: Text.describe('the label rule, in its words'),
    sources: SourceRefs,
  })
  .strict();

/** What follows a missed maintenance dose given now: the original dates, extra doses then maintenance, or a restart of loading. */
const MissedPlan = z
  .object({
    then: z.enum(['original-schedule', 'extra-doses', 'restart']),
    minDaysApart: Count.optional().describe('original-schedule: the least days between the missed dose and the next one'),
    extraDoses: Count.optional().describe('extra-doses: how many further doses follow the missed one'),
    extraGap: Interval.optional().describe('extra-doses: the gap before each extra dose'),
  })
  .strict()
  .refine((p) => (p.then === 'original-schedule') === (p.minDaysApart !== undefined), 'minDaysApart goes with (only) then: original-schedule')
  .refine((p) => (p.then === 'extra-doses') === (p.extraDoses !== undefined && p.extraGap !== undefined), 'extraDoses and extraGap go with (only) then: extra-doses');

/** A row of the missed maintenance dose table, chosen by whole calendar months since the last dose. */
export const MissedMaintenanceRow = z
  .object({
    id: Id,
    situation: Text,
    action: Text,
    fromMonths: z.number().int().nonnegative().describe('inclusive'),
    belowMonths: Count.optional().describe('exclusive; absent for the last row'),
    plan: MissedPlan,
    sources: SourceRefs,
  })
  .strict();

/** A missed-dose rule kept as words only (no calculation is built on it). */
export const MissedRule = z.object({ situation: Text, action: Text, sources: SourceRefs }).strict();

/** A regimen's missed-dose rules: structured rows to calculate with, rules kept as words, or a note that they are not available. */
export const MissedDose = z
  .object({
    rules: z.array(MissedRule).optional().describe('rules shown as words: a missed loading dose, a missed daily dose'),
    loading: MissedRule.optional().describe('a missed loading dose: given as soon as possible, later doses keep their gaps'),
    maintenance: z
      .array(MissedMaintenanceRow)
      .min(1)
      .optional()
      .refine((rows) => !rows || contiguous(rows), 'rows must start at 0 months, follow on without gaps, and only the last may be open-ended'),
    unavailable: z.object({ text: Text, sources: SourceRefs }).strict().optional().describe('the region\'s missed-dose rules are not in this data'),
  })
  .strict();

function contiguous(rows: readonly { fromMonths: number; belowMonths?: number | undefined }[]): boolean {
  return rows.every((r, i) => {
    const last = i === rows.length - 1;
    const startsRight = r.fromMonths === (i === 0 ? 0 : rows[i - 1]!.belowMonths);
    return startsRight && (last ? r.belowMonths === undefined : r.belowMonths !== undefined && r.belowMonths > r.fromMonths);
  });
}

/** Tests before a dose (or before and after a one-time dose). */
export const Monitoring = z.object({ when: Text, tests: z.array(Text).min(1), sources: SourceRefs }).strict();

/** A daily-dose band by age and weight: either mg per kg or a fixed mg dose. */
export const DailyBand = z
  .object({ id: Id, label: Text, age: AgeRange, weight: WeightRange.optional(), mgPerKg: Amount.optional(), fixedMg: Amount.optional(), sources: SourceRefs })
  .strict()
  .refine(exactlyOne(['mgPerKg', 'fixedMg']), 'give either mgPerKg or fixedMg');

/** An oral syringe from the label's table: the dose volumes it is used for (rounded, inclusive) and its marks. */
export const Syringe = z.object({ sizeMl: Amount, fromMl: Amount, toMl: Amount, incrementMl: Amount }).strict();

/** A once-daily dose chosen by age and weight (Evrysdi), with the oral solution and tablet that deliver it. */
export const DailyDose = z
  .object({
    rule: Text,
    bands: z.array(DailyBand).min(1),
    solution: z.object({ mgPerMl: Amount, syringes: z.array(Syringe).min(1), rounding: Text, sources: SourceRefs }).strict(),
    tablet: z.object({ strengthMg: Amount, age: AgeRange, weight: WeightRange, text: Text, sources: SourceRefs }).strict().optional(),
    maximum: z
      .object({ mgPerDay: Amount, text: Text.describe("the label's own statement of the maximum"), sources: SourceRefs })
      .strict()
      .optional()
      .describe('the most the label allows a day: a computed dose above it is refused, never capped, unless the label says to cap'),
    sources: SourceRefs,
  })
  .strict();

/** One row of a dose-volume table: weights from `fromKg` to `toKg`, both inclusive, as the label prints them. */
export const VolumeBand = z.object({ fromKg: Amount, toKg: Amount, volumeMl: Amount }).strict();

/** A one-time dose per kg whose volume is read from the label's weight-band table (Zolgensma); never computed. */
export const DoseVolume = z
  .object({
    dose: Text.describe('e.g. "1.1 × 10^14 vector genomes (vg) per kg"'),
    vgPerKg: Amount,
    population: z.object({ age: AgeRange, text: Text, sources: SourceRefs }).strict().optional(),
    bands: z.array(VolumeBand).min(1).refine((b) => b.every((x, i) => x.toKg >= x.fromKg && (i === 0 || x.fromKg > b[i - 1]!.toKg)), 'bands ascend without overlap'),
    rule: Text,
    sources: SourceRefs,
  })
  .strict();

/** A weight-based steroid course around a one-time dose. */
export const Corticosteroid = z
  .object({ drug: Text, mgPerKgPerDay: Amount, startDaysBefore: z.number().int().nonnegative(), days: Count, taper: Text, rule: Text, sources: SourceRefs })
  .strict();

/** One region's regimen. */
export const Regimen = z
  .object({
    region: Region,
    title: Text,
    phases: z.array(Phase).min(1),
    schedule: Schedule.optional(),
    missedDose: MissedDose.optional(),
    monitoring: z.array(Monitoring).optional(),
    daily: DailyDose.optional(),
    doseVolume: DoseVolume.optional(),
    corticosteroid: Corticosteroid.optional(),
    notCovered: z
      .array(z.object({ text: Text, sources: SourceRefs }).strict())
      .default([])
      .describe('patients or regimens this data does not cover (e.g. a newer high-dose regimen); said beside every answer'),
    sources: SourceRefs,
  })
  .strict();

/** The `dosing:` key of a monograph: one regimen per region. */
export const DosingSchema = z
  .object({ regimens: z.array(Regimen).min(1).refine((rs) => new Set(rs.map((r) => r.region)).size === rs.length, 'one regimen per region') })
  .strict();

export type Interval = z.infer<typeof Interval>;
export type Phase = z.infer<typeof Phase>;
export type AgeRange = z.infer<typeof AgeRange>;
export type WeightRange = z.infer<typeof WeightRange>;
export type Schedule = z.infer<typeof Schedule>;
export type MissedDose = z.infer<typeof MissedDose>;
export type MissedMaintenanceRow = z.infer<typeof MissedMaintenanceRow>;
export type MissedRule = z.infer<typeof MissedRule>;
export type Monitoring = z.infer<typeof Monitoring>;
export type DailyDose = z.infer<typeof DailyDose>;
export type DailyBand = z.infer<typeof DailyBand>;
export type Syringe = z.infer<typeof Syringe>;
export type DoseVolume = z.infer<typeof DoseVolume>;
export type Corticosteroid = z.infer<typeof Corticosteroid>;
export type Regimen = z.infer<typeof Regimen>;
export type DosingData = z.infer<typeof DosingSchema>;
