/** Dated schedules from the label's regimen: US day 58 and EU day 63 loading, then maintenance every 4 months without drift. */
import { describe, expect, it } from 'vitest';
import { tryParseDate, type CalendarDate } from '../../src/dates/calendar-date.js';
import { expandPlan, MAX_ROWS, regimenPlan } from '../../src/dosing/schedule.js';
import { UsageError } from '../../src/errors.js';
import { regimen } from './data.js';

const d = (iso: string) => tryParseDate(iso) as CalendarDate;
const scheduleOf = (region: 'US' | 'EU') => regimen('spinraza', region).schedule!;

describe('loading and maintenance dates (one line per start date and region)', () => {
  it.each([
    ['US', '2026-12-01', ['2026-12-01', '2026-12-15', '2026-12-29', '2027-01-28'], ['2027-05-28', '2027-09-28', '2028-01-28']],
    ['EU', '2026-12-01', ['2026-12-01', '2026-12-15', '2026-12-29', '2027-02-02'], ['2027-06-02', '2027-10-02', '2028-02-02']],
    ['US', '2026-01-31', ['2026-01-31', '2026-02-14', '2026-02-28', '2026-03-30'], ['2026-07-30', '2026-11-30', '2027-03-30']],
    ['EU', '2026-01-31', ['2026-01-31', '2026-02-14', '2026-02-28', '2026-04-04'], ['2026-08-04', '2026-12-04', '2027-04-04']],
    ['US', '2024-02-29', ['2024-02-29', '2024-03-14', '2024-03-28', '2024-04-27'], ['2024-08-27', '2024-12-27', '2025-04-27']],
    ['EU', '2024-02-29', ['2024-02-29', '2024-03-14', '2024-03-28', '2024-05-02'], ['2024-09-02', '2025-01-02', '2025-05-02']],
    ['US', '2025-12-31', ['2025-12-31', '2026-01-14', '2026-01-28', '2026-02-27'], ['2026-06-27', '2026-10-27', '2027-02-27']],
    ['EU', '2025-12-31', ['2025-12-31', '2026-01-14', '2026-01-28', '2026-03-04'], ['2026-07-04', '2026-11-04', '2027-03-04']],
    ['US', '2026-12-18', ['2026-12-18', '2027-01-01', '2027-01-15', '2027-02-14'], ['2027-06-14', '2027-10-14', '2028-02-14']],
    ['EU', '2026-12-18', ['2026-12-18', '2027-01-01', '2027-01-15', '2027-02-19'], ['2027-06-19', '2027-10-19', '2028-02-19']],
    ['US', '2027-11-03', ['2027-11-03', '2027-11-17', '2027-12-01', '2027-12-31'], ['2028-04-30', '2028-08-31', '2028-12-31']],
    ['EU', '2027-11-03', ['2027-11-03', '2027-11-17', '2027-12-01', '2028-01-05'], ['2028-05-05', '2028-09-05', '2029-01-05']],
  ] as const)('%s from %s', (region, start, loading, maintenance) => {
    const rows = expandPlan(regimenPlan(scheduleOf(region), d(start)), { count: 7 });
    expect(rows.map((r) => r.date)).toEqual([...loading, ...maintenance]);
    expect(rows.map((r) => r.kind)).toEqual(['loading', 'loading', 'loading', 'loading', 'maintenance', 'maintenance', 'maintenance']);
    expect(rows.slice(0, 4).map((r) => r.day)).toEqual(region === 'US' ? [0, 14, 28, 58] : [0, 14, 28, 63]);
  });
});

describe('how many rows', () => {
  const plan = () => regimenPlan(scheduleOf('US'), d('2026-12-01'));

  it('by default: the 4 loading doses and two years of maintenance (6 doses)', () => {
    const rows = expandPlan(plan(), { years: 2 });
    expect(rows).toHaveLength(10);
    expect(rows.at(-1)).toEqual({ n: 10, date: '2029-01-28', weekday: 'Sun', kind: 'maintenance', day: 789, label: 'maintenance dose' });
  });

  it.each([
    [{ count: 1 }, 1, '2026-12-01'],
    [{ count: 5 }, 5, '2027-05-28'],
    [{ until: '2027-05-27' }, 4, '2027-01-28'],
    [{ until: '2027-05-28' }, 5, '2027-05-28'],
    [{ until: '2026-12-01' }, 1, '2026-12-01'],
    [{ count: MAX_ROWS }, MAX_ROWS, '2359-01-28'],
  ])('%j gives %i rows, the last on %s', (limit, n, last) => {
    const rows = expandPlan(plan(), 'until' in limit ? { until: d(limit.until) } : limit);
    expect(rows).toHaveLength(n);
    expect(rows.at(-1)!.date).toBe(last);
  });

  it('more than 1,000 rows up to a date is a usage error (a fortnightly regimen reaches it)', () => {
    const fortnightly = regimenPlan({ ...scheduleOf('US'), maintenanceEvery: { days: 14 } }, d('2026-12-01'));
    expect(expandPlan(fortnightly, { until: d('2065-01-01') })).toHaveLength(993);
    expect(() => expandPlan(fortnightly, { until: d('2199-12-31') })).toThrow(UsageError);
    expect(() => expandPlan(fortnightly, { until: d('2199-12-31') })).toThrow(/more than 1000 doses/);
  });
});
