/**
 * Reads one storage sentence (normalised) into what it says: a base condition, an allowance, a return rule, a clock,
 * a modifier (light, freezing, carton), a harmless note, or not understood. A reading is only given when every
 * temperature and duration in the sentence is accounted for.
 */
import { durations, temperatures, type Duration, type Temp } from './storage-words.js';

type Place = 'refrigerator' | 'freezer' | 'room';
type Event = 'constitution' | 'receipt' | 'removal-from-refrigerator' | 'return-to-refrigerator' | 'thawing' | 'opening' | 'dispensing';
type Amount = { value: number; unit: Duration['unit'] };

export interface AllowanceData {
  name: string;
  temp: Omit<Temp, 'start' | 'end' | 'single'>;
  coversBelow: boolean;
  maxInclusive: boolean;
  duration: Amount | undefined;
  counting: 'cumulative' | 'single-period' | 'not-stated';
  packaging: 'in-carton' | 'out-of-carton' | 'any';
  returnToFridge?: 'allowed' | 'not-allowed';
  countsAllTimeOut: boolean;
}

/** The figures of the rules read so far in a state, for recognising a sentence that only repeats them. */
export interface Known {
  temps?: { minC?: number | undefined; maxC: number }[];
  durations?: Amount[];
}

export type Reading = { state?: string | undefined } & (
  | { kind: 'irrelevant' }
  | { kind: 'note' }
  | { kind: 'unread' }
  | { kind: 'modifier'; light: boolean; freeze: boolean; carton: boolean; container: string | undefined }
  | { kind: 'base'; place: Place; temp: Omit<Temp, 'start' | 'end' | 'single'>; maxInclusive: boolean; container: string | undefined; carton: boolean; light: boolean; freeze: boolean; excursion?: AllowanceData }
  | ({ kind: 'allowance' } & AllowanceData)
  | { kind: 'return'; allowed: boolean; belowC?: number; clock?: { event: Event; action: 'use' | 'discard'; days: number } }
  | { kind: 'total'; duration: Amount }
  | { kind: 'clock'; event: Event; action: 'use' | 'discard'; days: number }
  | { kind: 'in-use'; after: string; limit: Amount }
  | { kind: 'restatement'; matches: (known: Known) => boolean }
);

const RELEVANT = /\b(stor(e|ed|age|ing)|(use|used|consumed) within|refrigerat\w*|fridge|freez\w*|frozen|thaw\w*|room temperature|excursions?|discard\w*|temperatures?|heat|expos\w*|shelf[- ]life)\b|°[CF]|\bprotect\w* from\b|\b(keep|kept)\b.*\b(carton|package|pouch|bottle|container|blister)\b/i;
/** Sentences about storage that set no temperature or time rule: understood, and no rule is needed. */
const NOTES_ALWAYS = [
  /\bwrite (down )?the (date|discard date|date removed)\b|\brecord the date\b/i,
  /\bdispensed? (it |them )?(only )?in\b/i,
  /\b(do not use|should not be used|must not be used) (beyond|after) the expiration date\b/i,
  /\b(refer to|see) [^.]*\bfor (more )?(information|instructions|details)\b/i,
  /\b(protect from|avoid) (excessive )?heat\b/i,
  /\bdiscard (each|the) [\w-]+ after (each )?use\b/i,
  /\bin accordance with (local|federal|state|national)\b/i,
  /^\W*see usp controlled room temperature\W*$/i,
  /\bdo not shake\b|\bavoid (vigorous )?shaking\b|\bto avoid foaming\b/i,
  /\bnot made with natural rubber latex\b/i,
  /\bmay darken\b|\bcolou?r change\b|\bdiscolou?r\w*/i,
];
const NOTES = [
  /\bnot shake\b/i,
  /\b(keep|store) (the )?(bottles?|containers?|vials?) tightly closed\b|\bkeep tightly closed\b/i,
  /\bkeep (this and all (drugs|medications) )?out of (the )?reach of children\b/i,
  /\bwrite the (date|discard date)\b|\brecord the date\b/i,
  /\bdiscard (any )?unused portion\b/i,
  /\b(store|stored|keep) (the )?(vials?|cartons?)? ?(in an )?upright( position)?\b/i,
  /\bnot made with natural rubber latex\b/i,
  /\bprotect from moisture\b|\bin a dry place\b/i,
];
const LIGHT = /\bprotect(ed|ion)? (it |them )?from (\w+ (and|or) )?(direct |sun|intense )?light\b|\blight[- ]sensitive\b|\bnot be exposed to (intense |direct )?light\b|\baway from (direct )?light\b|\bprotect the \w+ from light\b/i;
const FREEZE = /\bdo not freeze\b|\bavoid freezing\b|\b(must|should) not be frozen\b|\bprotect from freezing\b|\bnot (be )?(frozen|freeze)\b|\bdo not (store in|place in) (the |a )?freezer\b|\bdiscard if (it has been )?frozen\b/i;
const CONTAINER = /\b(?:in|within|inside) (?:the |its |their )?(original (?:amber |foil |outer )?(?:carton|package|packaging|container|bottle|pouch|box|blister|tube)|(?:outer )?carton|foil pouch|amber bottle|blister(?: pack| card)?)\b/i;
const STATES: [RegExp, string][] = [
  [/\bunopened\b(?! or)|\bdry powder\b|\blyophili[sz]ed\b|\b(before|prior to) (re)?constitution\b|\bintact vials?\b/i, 'as-supplied'],
  [/\b(re)?constituted\b|\bafter (re)?constitution\b|\bafter mixing\b|\bmixed (suspension|solution)\b/i, 'constituted'],
  [/\bdiluted\b|\binfusion (bag|solution)s?\b|\badmixtures?\b|\bprepared (infusion|solution|syringe|dose)s?\b/i, 'diluted'],
  [/\bafter (the )?first (use|puncture|dose|needle entry)\b|\bmultiple needle entries\b|\bafter (first )?opening\b|\bonce opened\b|\b(?<!un)opened (bottles?|vials?|pens?|containers?)\b|\bin[- ]use\b/i, 'opened'],
  [/\bafter dispensing\b|\bonce dispensed\b/i, 'dispensed'],
];
const EVENTS: [RegExp, Event][] = [
  [/\b(re)?constitut\w*|\bmix(ing|ed)\b/i, 'constitution'],
  [/\bthaw\w*/i, 'thawing'],
  [/\b(first )?open(ing|ed)\b/i, 'opening'],
  [/\bdispens\w*/i, 'dispensing'],
  [/\b(removal|removed|taken out|taking it out) (of [\w ]+ )?(from|of) (the )?refrigerat\w*/i, 'removal-from-refrigerator'],
  [/\breceipt\b|\breceived\b/i, 'receipt'],
];
/** Events an in-use limit (hours) may run from, beyond the clock events: "consumed within 24 hours of dilution". */
const IN_USE_EVENTS: [RegExp, string][] = [
  [/\bdilut\w*/i, 'dilution'],
  [/\bprepar\w*/i, 'preparation'],
  [/\b(drawn|withdrawn) into (the |a )?syringe\b/i, 'drawing into the syringe'],
];

const stateOf = (s: string) => STATES.find(([re]) => re.test(s))?.[1];
const containerOf = (s: string) => CONTAINER.exec(s)?.[1]?.toLowerCase().replace(/^outer /, '');
const isCarton = (c: string | undefined) => !!c && /carton|package|box|packaging/.test(c);
const strip = ({ start: _s, end: _e, single: _g, ...t }: Temp) => t;
const amount = (d: Duration): Amount => ({ value: d.value, unit: d.unit });
/** Words before a single figure that make it an upper limit, inclusive ("at or below", "not to exceed") or not ("below"). */
const UP_TO = /\b(at or below|or below|not (above|exceeding|to exceed|more than|warmer than|higher than)|(does|do|should|must|will) not exceed|up to|no (higher|warmer|more) than|do not store above|not store above|maximum( of)?|max\.?)\s*$/i;
const BELOW = /(?<!\bor )\b(below|under|less than|lower than|colder than)\s*$/i;
const OR_BELOW_AFTER = /^\s*(or (below|lower|colder|less))\b/i;

/** Reads one normalised sentence. */
export function readSentence(s: string): Reading {
  const temps = temperatures(s);
  const times = durations(s);
  const state = stateOf(s);
  const numbers = temps.length + times.length;
  if (!RELEVANT.test(s) && temps.length === 0) return { kind: 'irrelevant' };
  if (numbers === 0 && NOTES_ALWAYS.some((re) => re.test(s))) return { kind: 'note' };
  if (numbers === 0 && NOTES.some((re) => re.test(s)) && !/\b(refrigerat|room temperature|freez|light|carton)\w*/i.test(s.replace(/\bdo not shake\b/i, ''))) return { kind: 'note' };
  const light = LIGHT.test(s);
  const freeze = FREEZE.test(s);
  const container = containerOf(s);
  const returns = /\b(can|may|could) be (removed from,? and )?returned,? to,? (the |a )?refrigerat\w*|\b(can|may) (then )?be (put|placed) back in(to)? (the |a )?refrigerat\w*/i.test(s);
  const noReturn = /\b(should|must|do|can|may) not (be )?(returned|return\w*|put back|placed back|re-?refrigerated?)\b|\bcannot be returned\b|\bdo not re-?refrigerate\b|\bnot (be )?return(ed)? to (the )?refrigerat/i.test(s);
  const excursion = /\bexcursions?\b/i.test(s);
  const allowanceCue = /\b(may|can|could) (also )?be (stored|kept|held|left)\b|\bif (needed|necessary|required)\b|\bif (no )?refrigeration is (not |un)?available\b|\bupon removal\b|\bout of (the )?refrigerat\w*|\bremoved from (the )?refrigerat\w*|\bwithout refrigeration\b|\bfor (up to|a (single )?period|no (more|longer) than)\b/i.test(s);

  if (numbers === 0) {
    if (returns || noReturn) return { state, kind: 'return', allowed: returns && !noReturn };
    if ((light || freeze || container) && !allowanceCue && !/\bif\b|\bunless\b|\bmay\b/i.test(s)) return { state, kind: 'modifier', light, freeze, carton: isCarton(container), container };
    return { kind: 'unread' };
  }
  // "The total combined time out of refrigeration should not exceed 5 days."
  if (temps.length === 0 && times.length === 1 && /\btotal (combined )?time out of refrigeration\b/i.test(s)) return { state, kind: 'total', duration: amount(times[0]!) };
  if ((returns || noReturn) && temps.length <= 1 && times.length <= 2) return readReturn(s, temps, times, state, returns && !noReturn);
  const clockCue = /\bdiscard\w*|\b(use|used|consumed|administer\w*) within\b|\bexpires?\b|\bbeyond\b/i.test(s);
  if (clockCue && temps.length === 0) return readClock(s, times, state);
  if (temps.length === 0) return { kind: 'unread' };
  const again = restated(s, temps, times, state);
  if (excursion && temps.length === 2) return readBase(s, temps, times, state, { light, freeze, container }) ?? again;
  if ((allowanceCue || excursion) && !/^\s*(store|keep|maintain)\b/i.test(s.replace(/^[A-Z][\w -]*?\b(should|must) be (stored|kept)\b/, 'store'))) {
    const a = readAllowance(s, temps, times, excursion);
    return a ? { state, kind: 'allowance', ...a } : again;
  }
  if (/\b(store|stored|storage|keep|kept|maintain\w*|refrigerat\w*)\b/i.test(s)) return readBase(s, temps, times, state, { light, freeze, container }) ?? again;
  return again;
}

/** A sentence whose every figure repeats a rule already read ("not … beyond 28 days when stored at room temperature"). */
function restated(s: string, temps: Temp[], times: Duration[], state: string | undefined): Reading {
  if (/\b(may|can|could|if|unless|except|only)\b/i.test(s) && times.length === 0) return { kind: 'unread' };
  return {
    state,
    kind: 'restatement',
    matches: (r) =>
      temps.every((t) => r.temps?.some((x) => x.maxC === t.maxC && (t.minC === undefined || x.minC === t.minC))) &&
      times.every((d) => r.durations?.some((x) => x.value === d.value && x.unit === d.unit) || (daysOf(d) !== undefined && r.durations?.some((x) => daysOf(x as Duration) === daysOf(d)))),
  };
}

function readBase(s: string, temps: Temp[], times: Duration[], state: string | undefined, mods: { light: boolean; freeze: boolean; container: string | undefined }): Reading | undefined {
  if (times.length > 0) return undefined;
  const [t, second] = temps;
  if (!t) return undefined;
  let excursionData: AllowanceData | undefined;
  if (second) {
    if (temps.length > 2 || !/\bexcursions?\b/i.test(s.slice(t.end, second.start + 1))) return undefined;
    excursionData = excursionOf(s, second);
  }
  const before = s.slice(0, t.start);
  const below = BELOW.test(before);
  const upTo = UP_TO.test(before) || OR_BELOW_AFTER.test(s.slice(t.end));
  if (t.single && !below && !upTo && !/\b(at|to)\s*$|\btemperatures?,?( of)?\s*$/i.test(before)) return undefined;
  const frozen = /\b(store[ds]?|kept|keep) (frozen|in a freezer)\b|\bfreezer\b/i.test(s) && t.maxC <= 0;
  const cold = /\brefrigerat\w*|\bfridge\b/i.test(s) || (t.minC !== undefined && t.minC >= 0 && t.maxC <= 8);
  const place: Place = frozen ? 'freezer' : cold && t.maxC <= 8 ? 'refrigerator' : 'room';
  const temp = t.single && !below && !upTo ? { ...strip(t), minC: t.maxC, ...(t.maxF !== undefined ? { minF: t.maxF } : {}) } : strip(t);
  return { state, kind: 'base', place, temp, maxInclusive: !below, container: mods.container, carton: isCarton(mods.container), light: mods.light, freeze: mods.freeze, ...(excursionData ? { excursion: excursionData } : {}) };
}

/** "excursions permitted to 15–30 °C": the range the label allows, with no time limit unless it states one. */
function excursionOf(s: string, t: Temp): AllowanceData | undefined {
  if (!/\bexcursions? (are |is )?(permitted|allowed)\b/i.test(s)) return undefined;
  const below = BELOW.test(s.slice(0, t.start));
  return { name: 'excursions', temp: strip(t), coversBelow: t.minC !== undefined, maxInclusive: !below, duration: undefined, counting: 'not-stated', packaging: 'any', countsAllTimeOut: false };
}

function readAllowance(s: string, temps: Temp[], times: Duration[], excursion: boolean): AllowanceData | undefined {
  if (temps.length !== 1 || times.length > 1) return undefined;
  const t = temps[0]!;
  if (excursion && times.length === 0) return excursionOf(s, t);
  const d = times[0];
  if (!d) return undefined;
  const before = s.slice(0, t.start);
  const below = BELOW.test(before);
  if (t.single && !below && !UP_TO.test(before) && !/\bat\s*$/i.test(before) && !OR_BELOW_AFTER.test(s.slice(t.end))) return undefined;
  const counting = /\bsingle\b|\bone time\b|\bonce\b|\bone period\b/i.test(s) ? 'single-period' : /\bcumulative\w*|\bcombined\b|\bin total\b|\btotal of\b/i.test(s) ? 'cumulative' : 'not-stated';
  const out = /\b(removed|taken out|out) (from|of) (the |its )?(original )?carton\b|\boutside (of )?(the |its )?carton\b/i.test(s);
  const inCarton = !out && /\b(in|within) (the |its )?(original )?(carton|package)\b/i.test(s);
  const packaging = out ? 'out-of-carton' : inCarton ? 'in-carton' : 'any';
  const countsAllTimeOut = /\btotal (combined )?time out of refrigeration\b/i.test(s);
  return {
    name: packaging === 'any' ? 'room-temperature' : packaging,
    temp: strip(t),
    coversBelow: t.minC !== undefined,
    maxInclusive: !below,
    duration: amount(d),
    counting: countsAllTimeOut ? 'cumulative' : counting,
    packaging,
    countsAllTimeOut,
  };
}

function readReturn(s: string, temps: Temp[], times: Duration[], state: string | undefined, allowed: boolean): Reading {
  let belowC: number | undefined;
  if (temps.length === 1) {
    const t = temps[0]!;
    if (!t.single || !/\bif (it was |it has been )?(stored|kept) (at or )?below\s*$/i.test(s.slice(0, t.start))) return { kind: 'unread' };
    belowC = t.maxC;
  }
  let clock: { event: Event; action: 'use' | 'discard'; days: number } | undefined;
  if (times.length > 0) {
    const days = times.map(daysOf);
    if (days.some((d) => d === undefined) || new Set(days).size !== 1 || !/\bwithin the next\b/i.test(s)) return { kind: 'unread' };
    clock = { event: 'return-to-refrigerator', action: 'use', days: days[0]! };
  }
  return { state, kind: 'return', allowed, ...(belowC !== undefined ? { belowC } : {}), ...(clock ? { clock } : {}) };
}

const daysOf = (d: Duration) => (d.unit === 'd' ? d.value : d.unit === 'wk' ? d.value * 7 : undefined);

function readClock(s: string, times: Duration[], state: string | undefined): Reading {
  if (times.length !== 1) return times.length > 1 && new Set(times.map((t) => `${t.value}${t.unit}`)).size === 1 ? restatement(times[0]!, state) : { kind: 'unread' };
  const d = times[0]!;
  const event = EVENTS.find(([re]) => re.test(s))?.[1];
  const action = /\bdiscard\w*/i.test(s) ? 'discard' : 'use';
  const days = daysOf(d);
  if (event && days !== undefined && Number.isInteger(days)) return { state, kind: 'clock', event, action, days };
  // Months are calendar months of unknown length: shown as an in-use limit, never counted as a clock.
  if (event && d.unit === 'mo') return { state, kind: 'in-use', after: event.replace(/-/g, ' '), limit: amount(d) };
  const after = event?.replace(/-/g, ' ') ?? IN_USE_EVENTS.find(([re]) => re.test(s))?.[1];
  if (after && (d.unit === 'h' || d.unit === 'min') && /\b(use|used|consumed|administer\w*|discard\w*) within\b/i.test(s)) return { state, kind: 'in-use', after, limit: amount(d) };
  return restatement(d, state);
}

/** A sentence that repeats a limit already read ("Discard … if not used within 30 days"): joined to that rule, else unread. */
function restatement(d: Duration, state: string | undefined): Reading {
  const days = daysOf(d);
  return { state, kind: 'restatement', matches: (r) => !!r.durations?.some((x) => (x.value === d.value && x.unit === d.unit) || (days !== undefined && daysOf(x as Duration) === days)) };
}
