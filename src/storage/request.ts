/** The `monograph storage` options, checked and turned into a request; every mistake is a one-line usage error. */
import type { StorageData, StorageState } from '../catalog/schema-storage.js';
import type { Region } from '../catalog/schema.js';
import { quote, UsageError } from '../errors.js';
import { regionCode } from '../regions.js';
import { todayGiven } from '../today.js';
import { parseDate, type CalendarDate } from '../dates/calendar-date.js';
import type { Excursion } from './segments.js';
import { parseDuration, parseTemperature } from './units.js';

/** The options as commander hands them over. */
export interface StorageOptions {
  region?: string;
  state?: string;
  excursion?: string[];
  log?: string;
  unit?: string;
  maxGap?: string;
  outOfCarton?: boolean;
  since?: string;
  today?: string;
  /** The hidden alias of --today. */
  on?: string;
  brief?: boolean;
}

/** What to show or check. */
export interface StorageRequest {
  region?: Region;
  state?: string;
  excursions: Excursion[];
  log?: { path: string; unit?: 'C' | 'F'; maxGapMs?: number; outOfCarton: boolean };
  clock?: { since: CalendarDate; on: CalendarDate };
}

/** Parses `22C:10h` or `22C:10h:out-of-carton` (also `:in-carton`). */
export function parseExcursion(text: string): Excursion {
  const [temp = '', duration, where, ...rest] = text.split(':');
  if (duration === undefined || rest.length > 0) {
    throw new UsageError(`cannot read the excursion ${quote(text)}`, ['write it as TEMP:DURATION[:out-of-carton], e.g. 22C:10h or 22C:10h:out-of-carton']);
  }
  if (where !== undefined && where !== 'out-of-carton' && where !== 'in-carton') {
    throw new UsageError(`unknown packaging ${quote(where)} in the excursion ${quote(text)}`, ['use out-of-carton or in-carton, or leave it out (in the carton)']);
  }
  return { input: text, c: parseTemperature(temp), ms: parseDuration(duration), outOfCarton: where === 'out-of-carton' };
}

/** Checks the options against each other; `today` (YYYY-MM-DD) is the default for --on. */
export function parseStorageOptions(o: StorageOptions, today: string): StorageRequest {
  const req: StorageRequest = { excursions: (o.excursion ?? []).map(parseExcursion) };
  if (o.region !== undefined) req.region = regionCode(o.region); // commander checked it against the choices
  if (o.state !== undefined) req.state = o.state;
  if (!o.log) {
    for (const [flag, given] of [['--unit', o.unit], ['--max-gap', o.maxGap], ['--out-of-carton', o.outOfCarton]] as const) {
      if (given !== undefined) throw new UsageError(`${flag} applies to a log: add --log <file.csv>`, ['for a typed excursion write :out-of-carton after it, e.g. 22C:10h:out-of-carton']);
    }
  } else {
    const unit = o.unit?.replace(/^°/, '').toUpperCase();
    if (unit !== undefined && unit !== 'C' && unit !== 'F') throw new UsageError(`unknown unit ${quote(o.unit ?? '')} for --unit`, ['use C or F']);
    req.log = { path: o.log, outOfCarton: o.outOfCarton === true, ...(unit ? { unit } : {}), ...(o.maxGap ? { maxGapMs: parseDuration(o.maxGap) } : {}) };
  }
  const given = todayGiven(o);
  if (given !== undefined && o.since === undefined) throw new UsageError('--today needs --since <DATE>, the date the clock starts from');
  if (o.since !== undefined) {
    const since = parseDate(o.since, '--since');
    const on = parseDate(given ?? today, '--today');
    if (on < since) throw new UsageError(`--today ${given ?? today} is before --since ${o.since}`);
    req.clock = { since, on };
  }
  return req;
}

/** Whether the request checks anything (else it only shows the rules). */
export const isCheck = (r: StorageRequest): boolean => r.excursions.length > 0 || r.log !== undefined || r.clock !== undefined;

/**
 * The state a check applies to: the one named, or the only one. A product with several states has no safe default
 * (a frozen kit thawing in the refrigerator is outside its frozen condition), so a check must name it.
 */
export function pickState(storage: StorageData, drug: { id: string; brand: string }, id: string | undefined, checking: boolean): StorageState {
  const list = storage.states.map((s) => `${s.id} (${s.name})`).join(', ');
  if (id === undefined) {
    if (!checking || storage.states.length === 1) return storage.states[0]!;
    const first = storage.states[0]!.id;
    throw new UsageError(`${drug.brand} has ${storage.states.length} storage states and a check must use the one the product is in: add --state ${storage.states.map((s) => s.id).join(' or --state ')}`, [
      `states: ${list}; e.g. monograph storage ${drug.id} --state ${first} --excursion ...`,
    ]);
  }
  const hit = storage.states.find((s) => s.id === id.toLowerCase());
  if (hit) return hit;
  throw new UsageError(`${drug.brand} has no storage state ${quote(id)}`, [`states: ${list}`]);
}
