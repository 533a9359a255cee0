/** Storage test helpers: monographs from the fixtures or the bundled data, and checks run without the CLI. */
import { readFileSync } from 'node:fs';
import { located, readMonographFile } from '../../src/catalog/files.js';
import type { Monograph } from '../../src/catalog/schema.js';
import { checkStorage, type CheckView } from '../../src/storage/check.js';
import { readLog } from '../../src/storage/log.js';
import { parseExcursion, pickState } from '../../src/storage/request.js';
import { parseDate } from '../../src/dates/calendar-date.js';
import { storageOf } from '../../src/storage/view.js';

export const FIXTURES = 'test/fixtures/storage';
const DATA = 'data/monographs';
const FIXTURE_IDS = new Set(['kesimpta', 'rystiggo', 'bethkis']);
const cache = new Map<string, Monograph>();

/** A monograph with storage rules: the label fixtures (Kesimpta, Rystiggo, Bethkis) or a bundled one. */
export function monograph(id: string): Monograph {
  const hit = cache.get(id);
  if (hit) return hit;
  const result = readMonographFile(`${FIXTURE_IDS.has(id) ? FIXTURES : DATA}/${id}.yaml`);
  const m = result.monograph;
  if (!m) throw new Error(located(result).join('\n'));
  cache.set(id, m);
  return m;
}

async function* linesOf(text: string) {
  yield* text.split('\n');
}

export interface CheckArgs {
  state?: string;
  region?: 'US' | 'EU' | 'UK';
  excursions?: string[];
  log?: { text: string; unit?: 'C' | 'F'; maxGapMs?: number; outOfCarton?: boolean };
  since?: string;
  on?: string;
}

/** Runs the pure check on drug `id`, the way the command does. */
export async function check(id: string, a: CheckArgs): Promise<CheckView> {
  const m = monograph(id);
  const state = pickState(storageOf(m), m, a.state, true);
  const log = a.log
    ? { name: 'log.csv', readings: await readLog(linesOf(a.log.text), { name: 'log.csv', ...(a.log.unit ? { unit: a.log.unit } : {}) }), outOfCarton: a.log.outOfCarton ?? false, ...(a.log.maxGapMs ? { maxGapMs: a.log.maxGapMs } : {}) }
    : undefined;
  const clock = a.since ? { since: parseDate(a.since, 'since'), on: parseDate(a.on ?? a.since, 'on') } : undefined;
  return checkStorage(state, { region: a.region, excursions: (a.excursions ?? []).map(parseExcursion), log, clock });
}

/** The result of one rule (e.g. `allowance:out-of-carton`) in the first evaluation. */
export const result = (v: CheckView, rule: string) => v.evaluations[0]?.results.find((r) => r.rule === rule);

/** A fixture log's text. */
export const fixtureLog = (name: string): string => readFileSync(`${FIXTURES}/logs/${name}`, 'utf8');

/** A log of one reading per `step` minutes from 2026-03-02T00:00Z, one temperature (°C) per reading; null is a blank cell. */
export function minuteLog(temps: readonly (number | null)[], step = 1): string {
  const t0 = Date.UTC(2026, 2, 2);
  return ['timestamp,temperature (°C)', ...temps.map((c, i) => `${new Date(t0 + i * step * 60_000).toISOString()},${c ?? ''}`)].join('\n');
}
