/** Turns a tally into one result per rule: verdict, used / allowed / remaining in numbers, and one sentence saying why. */
import type { Allowance } from '../catalog/schema-storage.js';
import type { SourceRef } from '../catalog/schema.js';
import { addDays, formatDate, type CalendarDate } from '../dates/calendar-date.js';
import { ABOVE, BELOW, coverageText, fitsMax, OUT_OF_CARTON, rangeText, returnText, UNKNOWN } from './classify.js';
import type { Tally } from './evaluate.js';
import type { RuleGroup } from './rules.js';
import { formatC, formatDuration, styleOf, unitMs } from './units.js';

/** Within or outside the labeled allowance, or indeterminate when the input cannot confirm it; never "safe". */
export type Verdict = 'within' | 'outside' | 'indeterminate';

/** An amount with its unit: minutes for time, days for clocks. */
export interface Quantity {
  value: number;
  unit: 'min' | 'd';
}

/** One rule's result, with its numbers in minutes (time) or days (clocks). */
export interface RuleResult {
  /** `allowance:<id>`, `limit:above`, `limit:below`, `limit:out-of-carton`, `limit:unknown` or `clock:<id>`. */
  rule: string;
  kind: 'allowance' | 'limit' | 'clock';
  name: string;
  verdict: Verdict;
  used: Quantity | null;
  allowed: Quantity | null;
  remaining: Quantity | null;
  /** Allowances: whether `allowed` is the source's limit or this tool's default for a source that states none (then beyond it is indeterminate). */
  limitFrom?: 'source' | 'default' | null;
  /** For clocks: the last day within the limit, YYYY-MM-DD. */
  deadline?: string;
  message: string;
  sources: SourceRef[];
}

const RANK: Record<Verdict, number> = { within: 0, indeterminate: 1, outside: 2 };

/** The worst verdict: outside over indeterminate over within (none: within). */
export const worst = (vs: readonly Verdict[]): Verdict => vs.reduce<Verdict>((a, b) => (RANK[b] > RANK[a] ? b : a), 'within');

const minutes = (ms: number): Quantity => ({ value: Math.round((ms / 60_000) * 100) / 100, unit: 'min' });

/** One result per allowance of the group. */
export function allowanceResults(g: RuleGroup, t: Tally): RuleResult[] {
  const place = g.condition.place;
  return g.allowances.map((a, j) => {
    const single = a.counting === 'single-period';
    const exceeded = t.exceededMs[j]!;
    // A period whose packaging matched but whose temperature broke the allowance counts against its clock too.
    const own = t.cumulativeMs[j]! + exceeded;
    const used = single ? t.longestMs[j]! : a.countsAllTimeOut && own > 0 ? t.outMs : own;
    const limit = a.duration ? a.duration.value * unitMs(a.duration.unit) : undefined;
    const assumed = a.assumedLimit ? a.assumedLimit.value * unitMs(a.assumedLimit.unit) : undefined;
    const unit = a.duration?.unit ?? a.assumedLimit?.unit;
    const fmt = (ms: number) => formatDuration(ms, unit ? styleOf(unit) : 'auto');
    const problems: [Verdict, string][] = [];
    if (exceeded > 0) {
      const where = a.packaging === 'out-of-carton' ? ' out of the carton' : a.packaging === 'in-carton' ? ' in the carton' : '';
      problems.push(['outside', `exceeded (temperature): ${fmt(exceeded)}${where} at up to ${formatC(t.exceededHot[j]!)}, above the ${a.name} allowance's limit (${a.maxInclusive ? 'up to' : 'below'} ${formatC(a.maxC)})`]);
    }
    if (limit !== undefined && used > limit) {
      problems.push(['outside', `${fmt(used)}${single ? ' in one period' : ''} used of the ${fmt(limit)} ${a.name} allowance: ${fmt(used - limit)} over`]);
    }
    if (a.countsAllTimeOut && own > 0 && !fitsMax(a, t.outHot) && exceeded === 0) {
      problems.push(['outside', `once ${a.name}, all time out of the ${place} must stay ${a.maxInclusive ? 'at or below' : 'below'} ${formatC(a.maxC)}, and ${formatC(t.outHot)} was reached`]);
    }
    if (limit === undefined && assumed !== undefined && used > assumed) {
      problems.push(['indeterminate', `${fmt(used)} in the ${a.name} allowance, longer than the ${fmt(assumed)} this tool counts as within (no time limit in the source; ${a.assumedLimit!.reason})`]);
    }
    problems.push(...returnProblems(a, t.returns[j]!, t.returnedHot[j]!, place));
    const verdict = worst(problems.map(([v]) => v));
    let message: string;
    if (problems.length > 0) message = problems.map(([, p]) => p).join('; ');
    else if (limit === undefined && assumed !== undefined && used === 0) message = `not used (no time limit in the source; this tool counts up to ${fmt(assumed)} as within)`;
    else if (limit === undefined && assumed !== undefined) message = `${fmt(assumed - used)} of the ${fmt(assumed)} this tool counts as within remain (no time limit in the source; ${a.assumedLimit!.reason})`;
    else if (limit === undefined) message = `${formatDuration(used)} in the ${a.name} allowance, which has no time limit in the source`;
    else if (used === limit) message = `the whole ${fmt(limit)} ${a.name} allowance is used: exactly at its limit, which is within`;
    else message = `${fmt(limit - used)} of the ${fmt(limit)} ${a.name} allowance remain${single && used > 0 ? ` (longest single period: ${fmt(used)})` : ''}`;
    if (verdict === 'within' && used > 0) message += returnCaution(a, t.bandHot.get(j + 1) ?? Number.NEGATIVE_INFINITY, place);
    const cap = limit ?? assumed;
    return {
      rule: `allowance:${a.id}`,
      kind: 'allowance' as const,
      name: a.name,
      verdict,
      used: minutes(used),
      allowed: cap === undefined ? null : minutes(cap),
      remaining: cap === undefined ? null : minutes(Math.max(0, cap - used)),
      limitFrom: limit !== undefined ? ('source' as const) : assumed !== undefined ? ('default' as const) : null,
      message,
      sources: a.sources,
    };
  });
}

/** What a pharmacist must know before putting it back: said even when nothing has gone back yet. */
function returnCaution(a: Allowance, hot: number, place: Place): string {
  if (a.returnToFridge === 'not-allowed') return `; it may not go back to the ${PLACE_WORD[place]}`;
  if (a.returnToFridge === 'not-stated') return `; ${returnText(a, place)}`;
  if (a.returnBelowC !== undefined && hot >= a.returnBelowC) return `; it reached ${formatC(hot)}, so it may not go back to the refrigerator (only below ${formatC(a.returnBelowC)})`;
  return '';
}

type Place = RuleGroup['condition']['place'];
const PLACE_WORD = { refrigerator: 'refrigerator', freezer: 'freezer (it must not be refrozen)', room: 'room-temperature storage' } as const;

function returnProblems(a: Allowance, returns: number, hot: number, place: Place): [Verdict, string][] {
  if (returns === 0) return [];
  const back = `it went back to the ${PLACE_WORD[place]} after a period under the ${a.name} allowance${returns > 1 ? ` (${returns} times)` : ''}`;
  if (a.returnToFridge === 'not-allowed') return [['outside', `${back}, which the source does not allow`]];
  if (a.returnToFridge === 'not-stated') return [['indeterminate', `${back}, and the source does not say whether it may`]];
  if (a.returnBelowC !== undefined && hot >= a.returnBelowC) {
    return [['outside', `${back}, having reached ${formatC(hot)}; the source allows a return only below ${formatC(a.returnBelowC)}`]];
  }
  return [];
}

/** Results for time no allowance covers: above every limit, below the range, out of its carton, unknown. */
export function limitResults(g: RuleGroup, t: Tally): RuleResult[] {
  const c = g.condition;
  const limits = g.allowances.map((a) => `${a.name}: ${coverageText(a, c)}`).join('; ');
  const out: RuleResult[] = [];
  const add = (band: number, rule: string, name: string, verdict: Verdict, why: (ms: number) => string) => {
    const ms = t.bandMs.get(band) ?? 0;
    if (ms > 0) out.push({ rule: `limit:${rule}`, kind: 'limit', name, verdict, used: minutes(ms), allowed: null, remaining: null, message: why(ms), sources: [...c.sources, ...g.allowances.flatMap((a) => a.sources)] });
  };
  add(ABOVE, 'above', 'not covered', 'outside', (ms) =>
    `${formatDuration(ms)} at up to ${formatC(t.bandHot.get(ABOVE)!)}, above the storage condition (${rangeText(c.minC, c.maxC, c.maxInclusive)}), ${limits ? `and no allowance covers it (${limits})` : 'and the source gives no allowance'}`);
  add(BELOW, 'below', 'below the range', 'outside', (ms) =>
    `${formatDuration(ms)} down to ${formatC(t.bandCold.get(BELOW)!)}, below the storage condition (${rangeText(c.minC, c.maxC, c.maxInclusive)}${c.doNotFreeze ? ', do not freeze' : ''}); no allowance covers colder temperatures`);
  add(OUT_OF_CARTON, 'out-of-carton', 'out of the carton in the base range', 'indeterminate', (ms) =>
    `${formatDuration(ms)} out of the carton at ${rangeText(c.minC, c.maxC, c.maxInclusive)}: the source asks for the ${c.container ?? 'carton'}${c.protectFromLight ? ' to protect from light' : ''} and sets no allowance for this`);
  add(UNKNOWN, 'unknown', 'unknown temperature', 'indeterminate', (ms) =>
    `${formatDuration(ms)} of unknown temperature (a gap in the log or a missing reading), which can never count as within`);
  return out;
}

const ACTION = { discard: 'discard after', use: 'use by', 'start-treatment': 'start treatment by' } as const;
const EVENT = {
  constitution: 'constitution',
  receipt: 'receipt',
  'removal-from-refrigerator': 'removal from the refrigerator',
  'return-to-refrigerator': 'return to the refrigerator',
  thawing: 'thawing',
  opening: 'first opening',
  dispensing: 'dispensing',
} as const;

/** One result per clock: the deadline counted from `since` (day 0) and where `on` falls. */
export function clockResults(g: RuleGroup, since: CalendarDate, on: CalendarDate): RuleResult[] {
  return g.clocks.map((c) => {
    const deadline = addDays(since, c.days);
    const within = on <= deadline;
    const dayZero = c.dayZero === 'assumed' ? 'counted with that day as day 0, an assumption: the source does not say how to count' : 'that day is day 0';
    const what = `${c.days} days after ${EVENT[c.event]} on ${formatDate(since)} (${dayZero})`;
    const message = within
      ? `${ACTION[c.action]} ${formatDate(deadline)}, ${what}: ${deadline - on} day${deadline - on === 1 ? '' : 's'} left on ${formatDate(on)}`
      : `the limit of ${what} ended on ${formatDate(deadline)}; ${formatDate(on)} is ${on - deadline} day${on - deadline === 1 ? '' : 's'} later`;
    return {
      rule: `clock:${c.id}`,
      kind: 'clock' as const,
      name: `${c.days} days after ${EVENT[c.event]}`,
      verdict: within ? ('within' as const) : ('outside' as const),
      used: { value: on - since, unit: 'd' as const },
      allowed: { value: c.days, unit: 'd' as const },
      remaining: { value: Math.max(0, deadline - on), unit: 'd' as const },
      deadline: formatDate(deadline),
      message,
      sources: c.sources,
    };
  });
}
