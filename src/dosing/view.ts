/** The views of `monograph dosing` (the JSON contract) and what every one of them shares: drug, region, rules, reminder, sources. */
import type { Monograph, Source } from '../catalog/schema.js';
import type { Region, SourceRef } from '../catalog/schema-common.js';
import type { Monitoring, Phase, Regimen } from '../catalog/schema-dosing.js';
import { sourceName } from '../catalog/cite.js';
import { labelNotices, type LabelApplied, type NewerLabel } from '../catalog/label-notices.js';
import { NotFoundError, UsageError } from '../errors.js';
import type { AgeUnit } from './quantity.js';
import type { DoseRow } from './schedule.js';

/** A label rule the result applied, in the label's words, with its sources. */
export interface RuleRef {
  id: string;
  text: string;
  sources: SourceRef[];
}

/** What every dosing view carries. */
export interface DosingBase {
  drug: { id: string; brand: string; generic: string };
  region: Region;
  regimen: string;
  /** The label versions the answer applies (none for rules read from other sources). */
  labelApplied: LabelApplied[];
  /** A newer version of an applied label exists; its dosing content is not in the data. */
  newerLabel: NewerLabel[];
  /** Patients or regimens the data does not cover, e.g. a newer high-dose regimen. */
  notCovered: { text: string; sources: SourceRef[] }[];
  rules: RuleRef[];
  notes: string[];
  reminder: string;
  sources: Source[];
}

/** A missed-dose rule as shown: the situation and what to do. */
export interface MissedRuleView {
  situation: string;
  action: string;
  sources: SourceRef[];
}

/** Without options: the regimen table, bands or dose table, missed-dose rules, monitoring. */
export interface RegimenView extends DosingBase {
  mode: 'regimen';
  phases: Phase[];
  missedDose: { rules: MissedRuleView[]; unavailable: { text: string; sources: SourceRef[] } | null; reference: { region: Region; rules: MissedRuleView[] } | null };
  monitoring: Monitoring[];
  bands: { label: string; dose: string; sources: SourceRef[] }[];
  doseVolumeTable: { fromKg: number; toKg: number; volumeMl: number }[];
}

/** `--start`: the dated schedule. */
export interface ScheduleView extends DosingBase {
  mode: 'schedule';
  start: string;
  dose: string;
  doses: DoseRow[];
  monitoring: Monitoring[];
}

/** `--last-dose`: the rule that applies and the dated plan. */
export interface MissedDoseView extends DosingBase {
  mode: 'missed-dose';
  lastDose: string;
  today: string;
  lastDoseWas: { kind: 'loading'; n: number; of: number } | { kind: 'maintenance' };
  /** The original schedule as given: a date on it (`--scheduled`) or its first loading dose (`--start`); null when not given. */
  originalSchedule: { from: 'scheduled' | 'start'; date: string } | null;
  daysSinceLastDose: number;
  monthsSinceLastDose: number;
  due: string;
  dueDose: string;
  applies: RuleRef & { situation: string; action: string };
  /** True when the plan ends with its listed doses because the rule leaves the next date open (see `notes`). */
  planStops: boolean;
  dose: string;
  doses: DoseRow[];
  monitoring: Monitoring[];
}

/** `--weight --age` for a daily dose by band (Evrysdi). */
export interface DailyDoseView extends DosingBase {
  mode: 'daily-dose';
  weight: { input: string; kg: number };
  age: { input: string; months: number; days: number; unit: AgeUnit };
  band: { id: string; label: string; mgPerKg: number | null; fixedMg: number | null; weight: { atLeastKg: number | null; belowKg: number | null }; sources: SourceRef[] };
  dailyDoseMg: number;
  concentrationMgPerMl: number;
  exactVolumeMl: number;
  volumeMl: number;
  syringe: { sizeMl: number; incrementMl: number };
  tablet: { applies: boolean; strengthMg: number; text: string; sources: SourceRef[] } | null;
}

/** `--weight` for a one-time dose read from a weight-band table (Zolgensma). */
export interface DoseVolumeView extends DosingBase {
  mode: 'dose-volume';
  weight: { input: string; kg: number };
  age: { input: string; months: number; days: number; unit: AgeUnit } | null;
  dose: string;
  band: { fromKg: number; toKg: number; doseVolumeMl: number };
  doseVolumeMl: number;
  corticosteroid: { drug: string; mgPerKgPerDay: number; dailyDoseMg: number; startDaysBefore: number; days: number; taper: string } | null;
}

/** Every view `monograph dosing` prints; `mode` tells them apart. */
export type DosingView = RegimenView | ScheduleView | MissedDoseView | DailyDoseView | DoseVolumeView;

/** The drug's regimen for a region; a drug without dosing data is exit 3, a region without a regimen exit 2. */
export function regimenFor(m: Monograph, region: Region): Regimen {
  const regimens = m.dosing?.regimens ?? [];
  if (regimens.length === 0) throw new NotFoundError(`${m.brand} has no structured dosing data`, [`read the dosing section: monograph show ${m.id} dosing`]);
  const hit = regimens.find((r) => r.region === region);
  if (hit) return hit;
  const have = regimens.map((r) => r.region).join(', ');
  throw new UsageError(`${m.brand}: no ${region} regimen is recorded here (only ${have})`, [
    `run with --region ${regimens[0]!.region.toLowerCase()} for the ${regimens[0]!.region} label's regimen, and check the ${region} label itself`,
  ]);
}

/** The shared part of a view; `sources` lists the monograph's sources that `cited` refers to. */
export function baseView(m: Monograph, regimen: Regimen, rules: RuleRef[], notes: string[], cited: unknown): DosingBase {
  const notCovered = regimen.notCovered;
  const { followed, labelApplied, newerLabel, sources } = labelNotices(m, [rules, cited, regimen.sources], notCovered);
  const reminder = `Check this against the current label before acting. It follows: ${followed.map(sourceName).join('; ')}.`;
  const drug = { id: m.id, brand: m.brand, generic: m.generic };
  return { drug, region: regimen.region, regimen: regimen.title, labelApplied, newerLabel, notCovered, rules, notes, reminder, sources };
}

/** A whole view in reading order: what it is, the answer, then the rules, notes, reminder and sources behind it. */
export function assemble<R extends { mode: DosingView['mode'] }>(base: DosingBase, rest: R): DosingBase & R {
  const { labelApplied, newerLabel, notCovered, rules, notes, reminder, sources, ...head } = base;
  const { mode, ...answer } = rest;
  return { mode, ...head, ...answer, labelApplied, newerLabel, notCovered, rules, notes, reminder, sources } as DosingBase & R;
}

/** Which calculator of a regimen a rule belongs to. */
export type RulePart = 'schedule' | 'daily' | 'doseVolume';
type Said = { text: string; sources: SourceRef[] } | undefined;

/** The one table of label rules a regimen is built from, in reading order; each view shows the rows of its calculator. */
const RULES: { id: string; part: RulePart; of: (r: Regimen) => Said }[] = [
  { id: 'schedule', part: 'schedule', of: (r) => r.schedule && { text: r.schedule.rule, sources: r.schedule.sources } },
  { id: 'daily-dose', part: 'daily', of: (r) => r.daily && { text: r.daily.rule, sources: r.daily.sources } },
  { id: 'solution-volume', part: 'daily', of: (r) => r.daily && { text: r.daily.solution.rounding, sources: r.daily.solution.sources } },
  { id: 'tablet', part: 'daily', of: (r) => r.daily?.tablet && { text: r.daily.tablet.text, sources: r.daily.tablet.sources } },
  { id: 'dose-volume', part: 'doseVolume', of: (r) => r.doseVolume && { text: r.doseVolume.rule, sources: r.doseVolume.sources } },
  { id: 'population', part: 'doseVolume', of: (r) => r.doseVolume?.population && { text: `Population: ${r.doseVolume.population.text}.`, sources: r.doseVolume.population.sources } },
  { id: 'corticosteroid', part: 'doseVolume', of: (r) => r.corticosteroid && { text: r.corticosteroid.rule, sources: r.corticosteroid.sources } },
];

/** The regimen's label rules, all of them or those of one calculator. */
export function regimenRules(r: Regimen, part?: RulePart): RuleRef[] {
  return RULES.filter((row) => !part || row.part === part).flatMap(({ id, of }) => {
    const said = of(r);
    return said ? [{ id, text: said.text, sources: said.sources }] : [];
  });
}
