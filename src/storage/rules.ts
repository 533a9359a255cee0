/** The rules a check applies: one group per region, and regions whose rules say the same thing checked once together. */
import type { Allowance, Clock, Condition, StorageState } from '../catalog/schema-storage.js';
import type { Region, SourceRef } from '../catalog/schema.js';
import { REGION_CODES } from '../regions.js';

/** The rules of one or more regions that give the same numbers. */
export interface RuleGroup {
  regions: Region[];
  condition: Condition;
  allowances: Allowance[];
  clocks: Clock[];
  sources: SourceRef[];
}

/** Regions that could not be checked, and why. */
export interface Unchecked {
  region: Region;
  reason: string;
}

const meaning = ({ region: _r, text: _t, sources: _s, ...rest }: { region: Region; text: string; sources: SourceRef[] }) => rest;

/** Regions with any rule for this state, in US, EU, UK order. */
export const regionsOf = (state: StorageState): Region[] =>
  REGION_CODES.filter((r) => [...state.conditions, ...state.allowances, ...state.clocks].some((x) => x.region === r));

/** Groups the state's rules by region (only `region` when given), keeping only the kinds of rule being checked. */
export function ruleGroups(state: StorageState, region: Region | undefined, use: { temperatures: boolean; clocks: boolean }): { groups: RuleGroup[]; unchecked: Unchecked[] } {
  const groups = new Map<string, RuleGroup>();
  const unchecked: Unchecked[] = [];
  for (const r of region ? [region] : regionsOf(state)) {
    const condition = state.conditions.find((c) => c.region === r);
    if (!condition) {
      unchecked.push({ region: r, reason: `the monograph's sources give no ${r} storage condition for this state` });
      continue;
    }
    const allowances = state.allowances.filter((a) => a.region === r);
    const clocks = use.clocks ? state.clocks.filter((c) => c.region === r) : [];
    const temperatureRules = use.temperatures ? [condition, ...allowances] : [];
    const key = JSON.stringify([temperatureRules.map(meaning), clocks.map(meaning)]);
    const sources = [...temperatureRules, ...clocks].flatMap((x) => x.sources);
    const same = groups.get(key);
    if (same) {
      same.regions.push(r);
      same.sources.push(...sources);
    } else groups.set(key, { regions: [r], condition, allowances, clocks, sources });
  }
  for (const g of groups.values()) g.sources = dedupeRefs(g.sources);
  return { groups: [...groups.values()], unchecked };
}

/** Citations without repeats, in first-seen order. */
export const dedupeRefs = (refs: readonly SourceRef[]): SourceRef[] => [...new Map(refs.map((r) => [JSON.stringify(r), r])).values()];
