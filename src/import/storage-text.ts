/**
 * Storage rules read from a label's storage sentences, for the patterns real labels use (refrigerate at 2–8 °C;
 * store at 20–25 °C with excursions permitted to 15–30 °C; at or below 25 °C; may be kept at room temperature up to
 * N °C for N days, once or cumulatively; do not freeze; protect from light; keep in the carton; discard N days after
 * opening). Every rule keeps its sentences and is marked extracted. A sentence that bears on storage but is not
 * understood, or whose numbers are not all accounted for, makes no rule and is listed as unread, so no check of
 * that label can come out "within". No allowance is ever added that the text does not state (USP's 40 °C spikes).
 */
import type { StorageSchema } from '../catalog/schema-storage.js';
import type { z } from 'zod';
import { freeId } from './ids.js';
import type { LabelPiece } from './label-text.js';
import { sentencesOf, type Sentence } from './storage-sentences.js';
import { readSentence, type Known, type Reading } from './storage-read.js';

type Input = z.input<typeof StorageSchema>;
type StateIn = NonNullable<Input['states']>[number];
type ConditionIn = StateIn['conditions'][number];
type AllowanceIn = NonNullable<StateIn['allowances']>[number];
type ClockIn = NonNullable<StateIn['clocks']>[number];
type Ref = { source: string; section?: string };

export interface Extracted {
  data: Input | undefined;
  rules: number;
  unread: string[];
}

const STATE_NAMES: Record<string, string> = { 'as-supplied': 'As supplied', constituted: 'Constituted', diluted: 'Diluted', opened: 'After opening', dispensed: 'After dispensing' };

interface Draft {
  id: string;
  base?: { reading: Extract<Reading, { kind: 'base' }>; texts: string[]; refs: Ref[] };
  mods: { light: boolean; freeze: boolean; carton: boolean; container?: string; texts: string[]; refs: Ref[] };
  allowances: AllowanceIn[];
  clocks: ClockIn[];
  /** Sentences whose rules need the base condition; unread if the state never gets one. */
  pending: Sentence[];
  /** What the label says about going back to the refrigerator, for every allowance of the state. */
  back?: { allowed: boolean; belowC?: number };
  /** Return sentences read before any allowance: joined to the first one, else to the base condition. */
  backTexts: Sentence[];
}

const newDraft = (id: string): Draft => ({ id, mods: { light: false, freeze: false, carton: false, texts: [], refs: [] }, allowances: [], clocks: [], pending: [], backTexts: [] });

/** Reads the storage sentences of `pieces` into rules; `source` is the label's source id. */
export function extractStorage(pieces: readonly LabelPiece[], source: string): Extracted {
  const sentences = sentencesOf(pieces);
  const unread: Sentence[] = [];
  const states: Draft[] = [];
  const inUse: NonNullable<Input['inUse']> = [];
  let current: Draft | undefined;
  const stateFor = (id: string | undefined) => {
    if (!id && current) return current;
    const want = id ?? 'as-supplied';
    current = states.find((s) => s.id === want) ?? (states.push(newDraft(want)), states.at(-1)!);
    return current;
  };
  for (const s of sentences) {
    const ref: Ref = { source, ...(s.section ? { section: s.section } : {}) };
    const r = readSentence(s.norm);
    if (r.kind === 'irrelevant' || r.kind === 'note') continue;
    if (r.kind === 'unread') {
      unread.push(s);
      continue;
    }
    const st = stateFor(r.state);
    if (r.kind === 'modifier') {
      st.mods.light ||= r.light;
      st.mods.freeze ||= r.freeze;
      st.mods.carton ||= r.carton;
      st.mods.container ??= r.container;
      st.mods.texts.push(s.text);
      st.mods.refs.push(ref);
    } else if (r.kind === 'base') {
      if (!st.base) st.base = { reading: r, texts: [s.text], refs: [ref] };
      else if (JSON.stringify(st.base.reading) === JSON.stringify(r)) st.base.texts.push(s.text);
      else unread.push(s); // a second, different condition for the same state: not guessed
      if (r.excursion) addAllowance(st, { ...r.excursion, text: s.text, ref });
    } else if (r.kind === 'allowance') {
      addAllowance(st, { ...r, text: s.text, ref });
      st.pending.push(s);
    } else if (r.kind === 'return') {
      if (st.back && st.back.allowed !== r.allowed) {
        unread.push(s);
        continue;
      }
      st.back = { allowed: r.allowed, ...(r.belowC !== undefined ? { belowC: r.belowC } : {}) };
      const last = st.allowances.at(-1);
      if (last) last.text = `${last.text} ${s.text}`;
      else st.backTexts.push(s);
      if (r.clock) st.clocks.push(clock(st, { ...r.clock, text: s.text, ref }));
    } else if (r.kind === 'total') {
      const same = st.allowances.find((a) => a.duration && a.duration.value === r.duration.value && a.duration.unit === r.duration.unit);
      if (!same) {
        unread.push(s);
        continue;
      }
      same.counting = 'cumulative';
      same.countsAllTimeOut = true;
      same.text = `${same.text} ${s.text}`;
    } else if (r.kind === 'clock') {
      st.clocks.push(clock(st, { ...r, text: s.text, ref }));
      st.pending.push(s);
    } else if (r.kind === 'in-use') {
      inUse.push({ id: `in-use-${inUse.length + 1}`, region: 'US', after: r.after, limit: r.limit, text: s.text, sources: [ref], extracted: true });
    } else if (r.kind === 'restatement') {
      if (!r.matches(known(st))) {
        unread.push(s);
        continue;
      }
      const target = st.allowances.at(-1) ?? st.clocks.at(-1);
      if (target) target.text = `${target.text} ${s.text}`;
      else if (st.base) st.base.texts.push(s.text);
      else unread.push(s);
    }
  }
  const built: StateIn[] = [];
  for (const st of states) {
    if (!st.base) {
      unread.push(...st.pending);
      continue;
    }
    const first = st.allowances[0];
    if (first) first.text = [...st.backTexts.map((b) => b.text), first.text].join(' ');
    else st.base.texts.push(...st.backTexts.map((b) => b.text));
    built.push({ id: st.id, name: STATE_NAMES[st.id] ?? st.id, conditions: [condition(st)], allowances: st.allowances.map(finish(st)), clocks: st.clocks });
  }
  const unreadRemarks = unread
    .sort((a, b) => sentences.indexOf(a) - sentences.indexOf(b))
    .map((s) => ({ text: s.text, region: 'US' as const, sources: [{ source, ...(s.section ? { section: s.section } : {}) }] }));
  const rules = built.reduce((n, s) => n + 1 + (s.allowances?.length ?? 0) + (s.clocks?.length ?? 0), 0) + inUse.length;
  const data = built.length > 0 || unreadRemarks.length > 0 || inUse.length > 0 ? { states: built, inUse, unread: unreadRemarks } : undefined;
  return { data, rules, unread: unreadRemarks.map((u) => u.text) };
}

function condition(st: Draft): ConditionIn {
  const b = st.base!;
  const r = b.reading;
  const container = r.container ?? st.mods.container;
  const texts = [...b.texts, ...st.mods.texts];
  return {
    region: 'US',
    place: r.place,
    ...(r.temp.minC !== undefined ? { minC: r.temp.minC } : {}),
    maxC: r.temp.maxC,
    ...(r.temp.minF !== undefined ? { minF: r.temp.minF } : {}),
    ...(r.temp.maxF !== undefined ? { maxF: r.temp.maxF } : {}),
    ...(r.maxInclusive ? {} : { maxInclusive: false }),
    ...(container ? { container } : {}),
    inCarton: r.carton || st.mods.carton,
    protectFromLight: r.light || st.mods.light,
    doNotFreeze: r.freeze || st.mods.freeze,
    text: texts.join(' '),
    sources: dedupe([...b.refs, ...st.mods.refs]),
    extracted: true,
  };
}

type AllowanceReading = Extract<Reading, { kind: 'allowance' }>;

function addAllowance(st: Draft, a: Omit<AllowanceReading, 'kind' | 'state'> & { text: string; ref: Ref }) {
  st.allowances.push({
    id: freeId(a.name, (id) => st.allowances.some((x) => x.id === id)),
    region: 'US',
    name: a.name,
    ...(a.temp.minC !== undefined && a.coversBelow ? { minC: a.temp.minC } : {}),
    maxC: a.temp.maxC,
    ...(a.temp.minF !== undefined && a.coversBelow ? { minF: a.temp.minF } : {}),
    ...(a.temp.maxF !== undefined ? { maxF: a.temp.maxF } : {}),
    ...(a.maxInclusive ? {} : { maxInclusive: false }),
    ...(a.duration ? { duration: { value: a.duration.value, unit: a.duration.unit } } : {}),
    counting: a.counting,
    packaging: a.packaging,
    returnToFridge: a.returnToFridge ?? 'not-stated',
    ...(a.countsAllTimeOut ? { countsAllTimeOut: true } : {}),
    text: a.text,
    sources: [a.ref],
    extracted: true,
  });
}

/** Once the base condition is known: what the state's return sentence says, and a room-temperature base has nothing to go back to. */
const finish = (st: Draft) => (a: AllowanceIn): AllowanceIn => {
  if (st.base!.reading.place === 'room') return { ...a, returnToFridge: 'not-applicable' };
  if (a.returnToFridge !== 'not-stated' || !st.back) return a;
  return { ...a, returnToFridge: st.back.allowed ? 'allowed' : 'not-allowed', ...(st.back.belowC !== undefined ? { returnBelowC: st.back.belowC } : {}) };
};

/** The figures of the state's rules so far. */
function known(st: Draft): Known {
  const temps = [...(st.base ? [st.base.reading.temp] : []), ...st.allowances.map((a) => ({ minC: a.minC, maxC: a.maxC }))];
  const durations = [...st.allowances.flatMap((a) => (a.duration ? [a.duration] : [])), ...st.clocks.map((c) => ({ value: c.days, unit: 'd' as const }))];
  return { temps, durations };
}

function clock(st: Draft, c: Omit<Extract<Reading, { kind: 'clock' }>, 'kind' | 'state'> & { text: string; ref: Ref }): ClockIn {
  const id = freeId(`${c.action}-after-${c.event}`, (x) => st.clocks.some((y) => y.id === x));
  return { id, region: 'US', event: c.event, action: c.action, days: c.days, text: c.text, sources: [c.ref], extracted: true };
}

const dedupe = (refs: Ref[]) => [...new Map(refs.map((r) => [JSON.stringify(r), r])).values()];
