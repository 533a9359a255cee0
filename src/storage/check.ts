/** Checks typed excursions, a log and a clock against a state's rules, region by region, and says which rule decided. */
import type { StorageState } from '../catalog/schema-storage.js';
import type { Region, SourceRef } from '../catalog/schema.js';
import { UsageError } from '../errors.js';
import { formatDate, type CalendarDate } from '../dates/calendar-date.js';
import { ABOVE, BASE, BELOW, OUT_OF_CARTON, UNKNOWN } from './classify.js';
import { tally } from './evaluate.js';
import { formatTime, summarizeLog, type LogInput, type LogSummary } from './log-summary.js';
import { methodLines } from './method.js';
import { allowanceResults, clockResults, limitResults, worst, type RuleResult, type Verdict } from './results.js';
import { ruleGroups, type RuleGroup, type Unchecked } from './rules.js';
import { concatSegments, excursionSegments, type Excursion, type Segments } from './segments.js';
import { cToF } from './units.js';
import { decide, type Decision, type Evaluation } from './decision.js';

/** The check part of the view: the verdict, the input as read, and each region group's results. */
export interface CheckView {
  state: { id: string; name: string };
  verdict: Verdict;
  excursions: { input: string; temperatureC: number; temperatureF: number; minutes: number; outOfCarton: boolean }[];
  log: LogSummary | null;
  clock: { since: string; on: string } | null;
  /** The verdict, the rule that decided it and what remains: what the text leads with. */
  decision: Decision;
  evaluations: Evaluation[];
  unchecked: Unchecked[];
}

/** What to check: typed excursions, a log and a clock, against one region or all. */
export interface CheckInput {
  region?: Region;
  excursions: Excursion[];
  log?: LogInput;
  clock?: { since: CalendarDate; on: CalendarDate };
}

/** Runs the check; a clock asked of a state without one is a usage error. */
export function checkStorage(state: StorageState, input: CheckInput): CheckView {
  if (input.clock && !state.clocks.some((c) => !input.region || c.region === input.region)) {
    throw new UsageError(`the "${state.id}" state has no ${input.region ? `${input.region} ` : ''}clock, so --since does not apply`, ['--since is for limits counted from a date, such as constitution or receipt']);
  }
  const log = input.log ? summarizeLog(input.log) : undefined;
  const segments = concatSegments(log?.segments ?? excursionSegments([]), excursionSegments(input.excursions));
  const { groups, unchecked } = ruleGroups(state, input.region, { temperatures: segments.n > 0, clocks: input.clock !== undefined });
  const evaluations = groups.map((g) => evaluate(g, segments, input, log?.summary));
  if (input.region && unchecked.length > 0) {
    evaluations.push(...unchecked.map((u) => missingRegion(u)));
  }
  const verdict = evaluations.length === 0 ? 'indeterminate' : worst(evaluations.map((e) => e.verdict));
  return {
    state: { id: state.id, name: state.name },
    verdict,
    excursions: input.excursions.map((e) => ({ input: e.input, temperatureC: e.c, temperatureF: cToF(e.c), minutes: e.ms / 60_000, outOfCarton: e.outOfCarton })),
    log: log?.summary ?? null,
    clock: input.clock ? { since: formatDate(input.clock.since), on: formatDate(input.clock.on) } : null,
    decision: decide(evaluations, verdict),
    evaluations,
    unchecked: input.region ? [] : unchecked,
  };
}

function evaluate(g: RuleGroup, s: Segments, input: CheckInput, log: LogSummary | undefined): Evaluation {
  const t = tally(g, s);
  const timed = s.n > 0; // only a clock asked: no time to count against the allowances
  const clocks = input.clock ? clockResults(g, input.clock.since, input.clock.on) : [];
  const results = timed ? [...limitResults(g, t), ...allowanceResults(g, t), ...clocks] : clocks;
  const known = (x: number) => (Number.isFinite(x) ? x : null);
  const band = (code: number, name: string, key: string) => ({ band: key, name, minutes: (t.bandMs.get(code) ?? 0) / 60_000 });
  const bands = [
    band(BASE, 'base condition', 'base'),
    ...g.allowances.map((a, j) => band(j + 1, `${a.name} allowance`, `allowance:${a.id}`)),
    band(ABOVE, 'above the range, not covered', 'above'),
    band(BELOW, 'below the range', 'below'),
    band(OUT_OF_CARTON, 'out of the carton in the base range', 'out-of-carton'),
    band(UNKNOWN, 'unknown temperature', 'unknown'),
  ].filter((b) => timed && (b.minutes > 0 || b.band === 'base' || b.band.startsWith('allowance:')));
  return {
    regions: g.regions,
    verdict: worst(results.map((r) => r.verdict)),
    results,
    bands,
    warmestC: known(t.warmest),
    coldestC: known(t.coldest),
    periods: {
      count: t.periods,
      first: t.firstPeriods.map((p) => ({
        start: Number.isNaN(p.start) ? null : formatTime(p.start, log?.offsets ?? true),
        minutes: p.ms / 60_000,
        maxC: known(p.maxC),
        returned: p.returned,
      })),
    },
    method: methodLines(g, { excursions: input.excursions.length > 0, log, clock: input.clock !== undefined }),
    sources: g.sources,
  };
}

function missingRegion(u: Unchecked): Evaluation {
  const result: RuleResult = { rule: 'condition', kind: 'limit', name: `no ${u.region} rule`, verdict: 'indeterminate', used: null, allowed: null, remaining: null, message: u.reason, sources: [] };
  return { regions: [u.region], verdict: 'indeterminate', results: [result], bands: [], warmestC: null, coldestC: null, periods: { count: 0, first: [] }, method: [], sources: [] };
}
