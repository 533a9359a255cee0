/** The `monograph storage` view: the rules (filtered by region), and the check when one was asked for. */
import type { Allowance, Clock, Condition, InUse, StorageData, StorageState } from '../catalog/schema-storage.js';
import type { Monograph, Region, Source } from '../catalog/schema.js';
import { labelNotices, type LabelApplied, type NewerLabel } from '../catalog/label-notices.js';
import { NotFoundError } from '../errors.js';
import type { CheckView } from './check.js';
import type { Verdict } from './results.js';
import { cToF } from './units.js';

/** A base condition with its limits also in °F. */
/** °F shown beside °C: the source's own figure when it prints one, else converted. */
export type Fahrenheit = { minF: number | null; maxF: number; fahrenheit: 'source' | 'converted' };
export type ConditionView = Omit<Condition, 'minF' | 'maxF'> & Fahrenheit;
/** An allowance with its limits also in °F. */
export type AllowanceView = Omit<Allowance, 'minF' | 'maxF'> & Fahrenheit;

/** One state's rules, filtered by region. */
export interface StateView {
  id: string;
  name: string;
  conditions: ConditionView[];
  allowances: AllowanceView[];
  clocks: Clock[];
}

type Remark = StorageData['notes'][number];

/** The whole `monograph storage` document: rules, and the check when one was asked for. */
export interface StorageView {
  drug: { id: string; brand: string; generic: string };
  /** The --region filter, or null for every region. */
  region: Region | null;
  /** within, outside or indeterminate when something was checked; null when only the rules are shown. */
  verdict: Verdict | null;
  states: StateView[];
  /** Every state of the product, shown or not. */
  stateIds: string[];
  inUse: InUse[];
  advice: Remark[];
  notes: Remark[];
  /** Storage sentences of an imported label that no rule was read from. */
  unread: Remark[];
  check: CheckView | null;
  /** The label versions the rules shown (or checked) come from. */
  labelApplied: LabelApplied[];
  /** A newer version of an applied label exists; its content is not in the data. */
  newerLabel: NewerLabel[];
  /** Every source the storage rules cite. */
  sources: Source[];
}

/** The monograph's storage rules, or exit 3 when it has none. */
export function storageOf(m: Monograph): StorageData {
  if (m.storage) return m.storage;
  throw new NotFoundError(`${m.brand} has no structured storage rules`, [`read its storage section: monograph show ${m.id} storage`]);
}

const f = (c: number | undefined) => (c === undefined ? null : cToF(c));

/** The source's own °F figures when the data gives them (the label prints 36–46 °F, not 35.6–46.4), else conversions. */
function fahrenheit(r: { minC?: number | undefined; maxC: number; minF?: number | undefined; maxF?: number | undefined }): Fahrenheit {
  if (r.maxF !== undefined) return { minF: r.minC === undefined ? null : (r.minF ?? f(r.minC)), maxF: r.maxF, fahrenheit: 'source' };
  return { minF: f(r.minC), maxF: cToF(r.maxC), fahrenheit: 'converted' };
}
const inRegion = (region: Region | undefined) => (x: { region?: Region | undefined }) => !region || !x.region || x.region === region;

function stateView(s: StorageState, region: Region | undefined): StateView {
  const keep = inRegion(region);
  return {
    id: s.id,
    name: s.name,
    conditions: s.conditions.filter(keep).map((c) => ({ ...c, ...fahrenheit(c) })),
    allowances: s.allowances.filter(keep).map((a) => ({ ...a, ...fahrenheit(a) })),
    clocks: s.clocks.filter(keep),
  };
}

/** Builds the view of every state, or of `state` alone; `check` is the result of checkStorage when one was asked for. */
export function storageView(m: Monograph, filter: { region?: Region | undefined; state?: string | undefined }, check: CheckView | null): StorageView {
  const storage = storageOf(m);
  const { region } = filter;
  const keep = inRegion(region);
  const only = check?.state.id ?? filter.state;
  const states = storage.states.filter((s) => !only || s.id === only).map((s) => stateView(s, region));
  const inUse = check ? [] : storage.inUse.filter((u) => keep(u) && (!only || !u.state || u.state === only));
  const advice = storage.advice.filter(keep);
  const notes = storage.notes.filter(keep);
  const { labelApplied, newerLabel, sources } = labelNotices(m, [states, inUse, advice, notes, storage.unread, check?.evaluations.map((e) => e.sources)]);
  return {
    drug: { id: m.id, brand: m.brand, generic: m.generic },
    region: region ?? null,
    verdict: check?.verdict ?? null,
    states,
    stateIds: storage.states.map((s) => s.id),
    inUse,
    advice,
    notes,
    unread: storage.unread,
    check,
    labelApplied,
    newerLabel,
    sources,
  };
}
