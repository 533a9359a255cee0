/** `monograph dosing` options as typed, checked requests: which calculation, with what inputs. Bad input is exit 2. */
import type { Region } from '../catalog/schema-common.js';
import { regionCode } from '../regions.js';
import { todayGiven } from '../today.js';
import { UsageError } from '../errors.js';
import { parseDate, type CalendarDate } from '../dates/calendar-date.js';
import type { OriginalSchedule } from './missed-dose.js';
import { parseAge, parseWeight, type Age, type Weight } from './quantity.js';
import { MAX_ROWS, type Limit } from './schedule.js';
import { wholeNumber } from '../numbers.js';

/** The options as commander hands them over (strings and flags). */
export interface DosingOpts {
  region?: string;
  start?: string;
  count?: string;
  until?: string;
  lastDose?: string;
  scheduled?: string;
  loadingDose?: string;
  today?: string;
  /** The hidden alias of --today. */
  on?: string;
  brief?: boolean;
  weight?: string;
  age?: string;
  ics?: string;
  force?: boolean;
}

/** One checked request: the mode and its inputs, the region, today, and the .ics target if any. */
export type DosingRequest = { region: Region; today: CalendarDate; ics: { file: string; force: boolean } | null } & (
  | { mode: 'regimen' }
  | { mode: 'schedule'; start: CalendarDate; limit: Limit }
  | { mode: 'missed-dose'; lastDose: CalendarDate; loadingDose?: number; original?: OriginalSchedule; limit: Limit }
  | { mode: 'weight'; weight: Weight; age?: Age }
);

/** Checks the options together and parses each value; `today` is the run's local date (YYYY-MM-DD). */
export function parseDosingOpts(o: DosingOpts, today: string): DosingRequest {
  // --start beside --last-dose names the original schedule of a missed maintenance dose.
  const given = (['start', 'lastDose', 'weight'] as const).filter((k) => o[k] !== undefined && !(k === 'start' && o.lastDose !== undefined));
  if (given.length > 1) throw new UsageError(`${given.map(flag).join(' and ')} cannot be used together`, ['use --start for a schedule, --last-dose for a missed dose, --weight for a dose by weight']);
  if (o.scheduled !== undefined && o.start !== undefined) throw new UsageError('--scheduled and --start cannot be used together', ['name the original schedule once: a date on it (--scheduled) or its first loading dose (--start)']);
  const dated = o.start !== undefined || o.lastDose !== undefined;
  requireWith(o.scheduled, '--scheduled', o.lastDose !== undefined, '--last-dose');
  requireWith(o.age, '--age', o.weight !== undefined, '--weight');
  requireWith(o.count, '--count', dated, '--start or --last-dose');
  requireWith(o.until, '--until', dated, '--start or --last-dose');
  requireWith(o.loadingDose, '--loading-dose', o.lastDose !== undefined, '--last-dose');
  const todayFlag = todayGiven(o);
  requireWith(todayFlag, '--today', o.lastDose !== undefined || o.ics !== undefined, '--last-dose or --ics');
  requireWith(o.ics, '--ics', dated, '--start or --last-dose');
  requireWith(o.force || undefined, '--force', o.ics !== undefined, '--ics');
  if (o.count !== undefined && o.until !== undefined) throw new UsageError('--count and --until cannot be used together', ['use one of them']);
  const base = {
    region: parseRegion(o.region),
    today: parseDate(todayFlag ?? today, '--today'),
    ics: o.ics === undefined ? null : { file: parseFile(o.ics), force: o.force === true },
  };
  if (o.weight !== undefined) return { ...base, mode: 'weight', weight: parseWeight(o.weight), ...(o.age !== undefined ? { age: parseAge(o.age) } : {}) };
  if (o.start !== undefined && o.lastDose === undefined) {
    const start = parseDate(o.start, '--start');
    return { ...base, mode: 'schedule', start, limit: parseLimit(o, start, '--start') };
  }
  if (o.lastDose !== undefined) {
    const lastDose = parseDate(o.lastDose, '--last-dose');
    const loadingDose = o.loadingDose === undefined ? undefined : wholeNumber(o.loadingDose, '--loading-dose', 1, 99);
    const original = originalOf(o, lastDose);
    return { ...base, mode: 'missed-dose', lastDose, ...(loadingDose !== undefined ? { loadingDose } : {}), ...(original ? { original } : {}), limit: parseLimit(o, lastDose, '--last-dose') };
  }
  return { ...base, mode: 'regimen' };
}

const flag = (key: string) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

function requireWith(value: unknown, name: string, ok: boolean, needs: string): void {
  if (value !== undefined && !ok) throw new UsageError(`${name} needs ${needs}`, ['see `monograph dosing --help`']);
}

function originalOf(o: DosingOpts, lastDose: CalendarDate): OriginalSchedule | undefined {
  if (o.scheduled !== undefined) return { from: 'scheduled', date: parseDate(o.scheduled, '--scheduled') };
  if (o.start === undefined) return undefined;
  const date = parseDate(o.start, '--start');
  if (date > lastDose) throw new UsageError(`--start ${o.start} is after --last-dose ${o.lastDose}`, ['with --last-dose, --start is the first loading dose of the original schedule']);
  return { from: 'start', date };
}

/** Commander has checked `--region` against the choices; a region without a regimen is refused by `regimenFor`. */
const parseRegion = (value: string | undefined): Region => regionCode(value ?? 'us');

function parseLimit(o: DosingOpts, from: CalendarDate, fromFlag: string): Limit {
  if (o.count !== undefined) return { count: wholeNumber(o.count, '--count', 1, MAX_ROWS) };
  if (o.until === undefined) return { years: 2 };
  const until = parseDate(o.until, '--until');
  if (until < from) throw new UsageError(`--until ${o.until} is before ${fromFlag} ${fromFlag === '--start' ? o.start : o.lastDose}`);
  return { until };
}

function parseFile(file: string): string {
  if (file.trim() === '' || file === '-') throw new UsageError('--ics needs a file name, e.g. --ics spinraza.ics');
  return file;
}
