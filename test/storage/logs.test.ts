/** Logger files against the rules: intervals at the warmer reading, gaps, missing readings, unsorted rows, duplicates, °F. */
import { describe, expect, it } from 'vitest';
import { check, fixtureLog, minuteLog, result } from './helpers.js';

const at = (c: number, n: number) => Array<number>(n).fill(c);
const usedMin = async (text: string, extra: Parameters<typeof check>[1] = {}) =>
  result(await check('spinraza', { region: 'US', log: { text }, ...extra }), 'allowance:in-carton')!.used!.value;

describe('a log against the Spinraza label', () => {
  it.each([
    // readings one minute apart; each interval counts at the warmer of its two readings
    ['all in range', [...at(5, 60)], 'within', 0],
    ['one warm reading counts both intervals next to it', [...at(5, 10), 12, ...at(5, 10)], 'within', 2],
    ['an hour at 12 °C', [...at(5, 10), ...at(12, 60), ...at(5, 10)], 'within', 61],
    ['exactly at 8 °C is the base condition', [...at(8, 30)], 'within', 0],
    ['exactly at 30 °C is within the in-carton allowance', [...at(5, 5), ...at(30, 5), ...at(5, 5)], 'within', 6],
    // time above an allowance's limit in its packaging breaks it and counts against it (issue 9 item 8)
    ['above 30 °C is outside', [...at(5, 5), 30.5, ...at(5, 5)], 'outside', 2],
    ['a reading below 2 °C is outside', [...at(5, 5), 1.5, ...at(5, 5)], 'outside', 0],
    ['a blank cell is a missing reading, never 0', [...at(5, 5), null, ...at(5, 5)], 'indeterminate', 0],
    ['outside wins over unknown', [...at(5, 5), null, 31, ...at(5, 5)], 'outside', 1],
  ] as const)('%s → %s, %d min of the in-carton allowance', async (_, temps, verdict, minutes) => {
    const v = await check('spinraza', { region: 'US', log: { text: minuteLog([...temps]) } });
    expect([v.verdict, result(v, 'allowance:in-carton')!.used!.value]).toEqual([verdict, minutes]);
  });

  it('a day with a six-hour fridge failure (; separated, decimal comma, BOM, CRLF) uses 6 h 10 min', async () => {
    const v = await check('spinraza', { region: 'US', log: { text: fixtureLog('fridge-failure.csv') } });
    expect([v.verdict, result(v, 'allowance:in-carton')!.used!.value, v.log!.warmest, v.log!.rows]).toEqual(['within', 370, { c: 22.5, at: '2026-03-02T09:30:00Z' }, 145]);
  });

  it('the same failure out of the carton leaves 23 h 50 min of the 30 h', async () => {
    const v = await check('spinraza', { region: 'US', log: { text: fixtureLog('fridge-failure.csv'), outOfCarton: true } });
    expect(result(v, 'allowance:out-of-carton')!.message).toBe('23 h 50 min of the 30 h out-of-carton allowance remain');
  });

  it('the same failure logged in °F, unsorted and with a duplicate row, gives the same answer', async () => {
    const v = await check('spinraza', { region: 'US', log: { text: fixtureLog('fridge-fahrenheit.csv') } });
    expect([v.verdict, result(v, 'allowance:in-carton')!.used!.value, v.log!.unsorted, v.log!.duplicates, v.log!.unit, v.log!.warmest?.c]).toEqual(['within', 370, true, 1, 'F', 22.5]);
  });

  it('sorting: shuffled rows count exactly as sorted rows', async () => {
    const temps = [...at(5, 20), ...at(14, 30), ...at(5, 20), ...at(20, 10), ...at(5, 20)];
    const lines = minuteLog(temps).split('\n');
    const shuffled = [lines[0]!, ...lines.slice(1).reverse()].join('\n');
    expect(await usedMin(shuffled)).toBe(await usedMin(minuteLog(temps)));
    expect(await usedMin(shuffled)).toBe(31 + 11);
  });

  it('duplicates: a timestamp logged twice counts at its warmer reading, once', async () => {
    const lines = minuteLog(at(5, 10)).split('\n');
    lines.splice(6, 0, lines[5]!.replace(/,5$/, ',12'));
    const v = await check('spinraza', { region: 'US', log: { text: lines.join('\n') } });
    expect([v.log!.duplicates, result(v, 'allowance:in-carton')!.used!.value]).toEqual([1, 2]);
  });

  it('gaps longer than twice the most common interval and missing readings are unknown time, never within', async () => {
    const v = await check('spinraza', { region: 'US', log: { text: fixtureLog('gaps-and-blanks.csv') } });
    expect(v.verdict).toBe('indeterminate');
    expect(v.log).toMatchObject({ medianIntervalMinutes: 5, intervalMinutes: 5, intervalFrom: 'most-common', maxGapMinutes: 10, maxGapFrom: 'most-common', gaps: 1, gapMinutes: 40, missing: 2, missingMinutes: 20, offsets: false });
    expect(result(v, 'limit:unknown')).toMatchObject({ verdict: 'indeterminate', used: { value: 60, unit: 'min' } });
  });

  it('--max-gap lets a longer gap count, but missing readings stay unknown', async () => {
    const v = await check('spinraza', { region: 'US', log: { text: fixtureLog('gaps-and-blanks.csv'), maxGapMs: 45 * 60_000 } });
    expect([v.verdict, v.log!.gaps, v.log!.maxGapFrom, result(v, 'limit:unknown')!.used!.value]).toEqual(['indeterminate', 0, 'option', 20]);
  });

  it('a gap of exactly twice the logger\'s interval still counts, at the warmer reading', async () => {
    const text = minuteLog([5, 5, 5, 5, 5, 12, 5, 5, 5, 5, 5, 5, 5], 10).split('\n').filter((_, i) => i !== 5).join('\n');
    const v = await check('spinraza', { region: 'US', log: { text } });
    expect([v.verdict, v.log!.gaps, result(v, 'allowance:in-carton')!.used!.value]).toEqual(['within', 0, 30]);
  });

  it('a log and typed excursions add up', async () => {
    const text = minuteLog([...at(5, 2), ...at(22, 20 * 60 - 1), ...at(5, 2)]);
    const sum = async (extra: string) => (await check('spinraza', { region: 'US', log: { text, outOfCarton: true }, excursions: [extra] })).verdict;
    expect([await sum('22C:10h:out-of-carton'), await sum('22C:10h1m:out-of-carton')]).toEqual(['within', 'outside']);
  });

  it('a Rystiggo vial that went back into the refrigerator is outside, as its label says it may not', async () => {
    const v = await check('rystiggo', { log: { text: minuteLog([...at(5, 5), ...at(20, 60), ...at(5, 5)]) } });
    expect(result(v, 'allowance:room-temperature')).toMatchObject({ verdict: 'outside', message: 'it went back to the refrigerator after a period under the room-temperature allowance, which the source does not allow' });
  });

  it('lists the periods out of the base condition with their start, length and warmest reading', async () => {
    const v = await check('spinraza', { region: 'US', log: { text: fixtureLog('fridge-failure.csv') } });
    expect(v.evaluations[0]!.periods).toEqual({ count: 1, first: [{ start: '2026-03-02T08:50:00Z', minutes: 370, maxC: 22.5, returned: true }] });
  });

  it('charts the log in fixed buckets with its coldest and warmest per bucket', async () => {
    const chart = (await check('spinraza', { region: 'US', log: { text: fixtureLog('fridge-failure.csv') } })).log!.chart;
    expect([chart.max.length, Math.max(...chart.max.map((x) => x ?? 0)), Math.min(...chart.min.map((x) => x ?? 99)), chart.unknown.some(Boolean)]).toEqual([120, 22.5, 4.5, false]);
  });
});
