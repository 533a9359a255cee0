/**
 * Typed excursions against each label's own numbers, one line per case, with the boundaries (exactly 30 h, exactly
 * 25 °C, exactly 14 days), °F input, excursions adding up, single period vs cumulative and return to the refrigerator.
 */
import { describe, expect, it } from 'vitest';
import { check, result } from './helpers.js';

type Case = [drug: string, state: string | undefined, region: 'US' | 'EU' | 'UK' | undefined, excursions: string[], verdict: string];

const cases: Case[] = [
  // Spinraza, US label 16.2: in carton ≤ 30 °C up to 14 days; out of carton ≤ 25 °C, 30 h combined; 2–8 °C, do not freeze.
  ['spinraza', 'vial', 'US', ['22C:30h:out-of-carton'], 'within'],
  ['spinraza', 'vial', 'US', ['22C:30h1m:out-of-carton'], 'outside'],
  ['spinraza', 'vial', 'US', ['25C:10h:out-of-carton'], 'within'],
  ['spinraza', 'vial', 'US', ['25.1C:10h:out-of-carton'], 'outside'],
  ['spinraza', 'vial', 'US', ['77F:30h:out-of-carton'], 'within'],
  ['spinraza', 'vial', 'US', ['77.1F:1h:out-of-carton'], 'outside'],
  ['spinraza', 'vial', 'US', ['30C:14d'], 'within'],
  ['spinraza', 'vial', 'US', ['30C:14d1m'], 'outside'],
  ['spinraza', 'vial', 'US', ['86F:14d'], 'within'],
  ['spinraza', 'vial', 'US', ['30.1C:1h'], 'outside'],
  ['spinraza', 'vial', 'US', ['20C:10h:out-of-carton', '22C:20h:out-of-carton'], 'within'],
  ['spinraza', 'vial', 'US', ['20C:10h:out-of-carton', '22C:20h1m:out-of-carton'], 'outside'],
  ['spinraza', 'vial', 'US', ['28C:7d', '29C:7d'], 'within'],
  ['spinraza', 'vial', 'US', ['28C:7d', '29C:7d1m'], 'outside'],
  ['spinraza', 'vial', 'US', ['24C:29h', '22C:1h:out-of-carton'], 'within'],
  ['spinraza', 'vial', 'US', ['24C:29h', '22C:1h1m:out-of-carton'], 'outside'],
  ['spinraza', 'vial', 'US', ['28C:1h', '22C:1h:out-of-carton'], 'outside'],
  ['spinraza', 'vial', 'US', ['8C:10d'], 'within'],
  ['spinraza', 'vial', 'US', ['2C:3d'], 'within'],
  ['spinraza', 'vial', 'US', ['46.4F:1h', '35.6F:1h'], 'within'],
  ['spinraza', 'vial', 'US', ['1.9C:1h'], 'outside'],
  ['spinraza', 'vial', 'US', ['-2C:1h'], 'outside'],
  ['spinraza', 'vial', 'US', ['5C:2h:out-of-carton'], 'indeterminate'],
  ['spinraza', 'vial', 'EU', ['22C:1h'], 'indeterminate'],
  ['spinraza', undefined, undefined, ['22C:30h:out-of-carton'], 'within'],
  // Evrysdi, US label 16.2 and 2.4: solution 2–8 °C, up to 40 °C for a combined 5 days, back to the refrigerator allowed.
  ['evrysdi', 'constituted', 'US', ['40C:5d'], 'within'],
  ['evrysdi', 'constituted', 'US', ['104F:5d'], 'within'],
  ['evrysdi', 'constituted', 'US', ['40.1C:1m'], 'outside'],
  ['evrysdi', 'constituted', 'US', ['25C:5d1m'], 'outside'],
  ['evrysdi', 'constituted', 'US', ['25C:2d', '30C:3d'], 'within'],
  ['evrysdi', 'constituted', 'US', ['25C:2d', '30C:3d1m'], 'outside'],
  ['evrysdi', 'constituted', 'US', ['0C:1h'], 'outside'],
  // Evrysdi, EU/Swiss text: below 40 °C for a total of at most 5 days, never above 40 °C; return not stated.
  ['evrysdi', 'constituted', 'EU', ['39.9C:5d'], 'within'],
  ['evrysdi', 'constituted', 'EU', ['40C:1h'], 'outside'],
  ['evrysdi', 'constituted', 'EU', ['25C:1d', '25C:1d'], 'indeterminate'],
  ['evrysdi', 'constituted', undefined, ['40C:1h'], 'outside'],
  // Evrysdi powder: US 20–25 °C, excursions 15–30 °C permitted with no time limit stated (USP controlled room
  // temperature: brief excursions): within up to this tool's 24 h default, indeterminate beyond (issue 9 item 6).
  ['evrysdi', 'powder', 'US', ['28C:30d'], 'indeterminate'],
  ['evrysdi', 'powder', 'US', ['30C:24h'], 'within'],
  ['evrysdi', 'powder', 'US', ['30C:24h1m'], 'indeterminate'],
  ['evrysdi', 'powder', 'US', ['15C:12h', '30C:12h'], 'within'],
  ['evrysdi', 'powder', 'US', ['15C:1d', '30C:1d'], 'indeterminate'],
  ['evrysdi', 'powder', 'US', ['14.9C:1h'], 'outside'],
  ['evrysdi', 'powder', 'US', ['30.1C:1h'], 'outside'],
  ['evrysdi', 'powder', 'US', ['22C:1h:out-of-carton'], 'indeterminate'],
  ['evrysdi', 'powder', 'EU', ['25C:100d'], 'within'],
  ['evrysdi', 'powder', 'EU', ['25.1C:1m'], 'outside'],
  ['evrysdi', 'powder', 'EU', ['-5C:1d'], 'within'],
  // Zolgensma, EU-style SmPC text: frozen at −60 °C or colder; after receipt 2–8 °C with no allowance.
  ['zolgensma', 'frozen', undefined, ['-60C:1d'], 'within'],
  ['zolgensma', 'frozen', undefined, ['-59C:1m'], 'outside'],
  // The SmPC's own thaw steps are within (issue 9 item 5): about 12/16 h in the refrigerator, about 4/6 h at 20–25 °C.
  ['zolgensma', 'frozen', undefined, ['5C:12h'], 'within'],
  ['zolgensma', 'frozen', undefined, ['5C:16h'], 'within'],
  ['zolgensma', 'frozen', undefined, ['5C:16h1m'], 'indeterminate'],
  ['zolgensma', 'frozen', undefined, ['22C:4h'], 'within'],
  ['zolgensma', 'frozen', undefined, ['25C:6h'], 'within'],
  ['zolgensma', 'frozen', undefined, ['22C:6h1m'], 'indeterminate'],
  ['zolgensma', 'frozen', undefined, ['15C:1h'], 'outside'],
  ['zolgensma', 'frozen', undefined, ['26C:1h'], 'outside'],
  ['zolgensma', 'frozen', undefined, ['5C:6h', '5C:6h'], 'outside'],
  ['zolgensma', 'refrigerated', undefined, ['5C:12h'], 'within'],
  ['zolgensma', 'refrigerated', undefined, ['8C:1d'], 'within'],
  ['zolgensma', 'refrigerated', undefined, ['9C:1m'], 'outside'],
  ['zolgensma', 'refrigerated', 'US', ['5C:1h'], 'indeterminate'],
  // Kesimpta (fixture, US label 16.2): up to 7 days not above 30 °C; back to the refrigerator only if stored below 30 °C.
  ['kesimpta', undefined, undefined, ['30C:7d'], 'within'],
  ['kesimpta', undefined, undefined, ['30C:7d1m'], 'outside'],
  ['kesimpta', undefined, undefined, ['86F:1d'], 'within'],
  ['kesimpta', undefined, undefined, ['25C:4d', '25C:3d'], 'within'],
  ['kesimpta', undefined, undefined, ['25C:4d', '25C:4d'], 'outside'],
  ['kesimpta', undefined, undefined, ['29.9C:1d', '20C:1d'], 'within'],
  ['kesimpta', undefined, undefined, ['30C:1d', '20C:1d'], 'outside'],
  // Rystiggo (fixture, US label 16.2): a single period of up to 30 days up to 25 °C in the carton, never back in the refrigerator.
  ['rystiggo', undefined, undefined, ['25C:30d'], 'within'],
  ['rystiggo', undefined, undefined, ['77F:30d'], 'within'],
  ['rystiggo', undefined, undefined, ['25C:30d1m'], 'outside'],
  ['rystiggo', undefined, undefined, ['25.1C:1h'], 'outside'],
  ['rystiggo', undefined, undefined, ['20C:1d', '20C:1d'], 'outside'],
  ['rystiggo', undefined, undefined, ['20C:1h:out-of-carton'], 'outside'],
  // Bethkis (fixture, US label 16.2): up to 28 days up to 25 °C; the label does not say whether pouches may go back.
  ['bethkis', undefined, undefined, ['25C:28d'], 'within'],
  ['bethkis', undefined, undefined, ['25C:28d1m'], 'outside'],
  ['bethkis', undefined, undefined, ['20C:1d', '20C:1d'], 'indeterminate'],
  ['bethkis', undefined, undefined, ['1C:1h'], 'outside'],
];

describe('excursions against the labels', () => {
  it.each(cases)('%s %s %s %j → %s', async (drug, state, region, excursions, verdict) => {
    expect((await check(drug, { state, region, excursions })).verdict).toBe(verdict);
  });
});

describe('what each allowance used and has left', () => {
  it.each([
    ['spinraza', ['22C:11h:out-of-carton'], 'allowance:out-of-carton', 660, 1800, 1140, '19 h of the 30 h out-of-carton allowance remain'],
    ['spinraza', ['22C:30h:out-of-carton'], 'allowance:out-of-carton', 1800, 1800, 0, 'the whole 30 h out-of-carton allowance is used: exactly at its limit, which is within'],
    ['spinraza', ['28C:3d', '22C:2h:out-of-carton'], 'allowance:out-of-carton', 4440, 1800, 0, '74 h used of the 30 h out-of-carton allowance: 44 h over; once out-of-carton, all time out of the refrigerator must stay at or below 25 °C, and 28 °C was reached'],
    ['spinraza', ['28C:3d'], 'allowance:in-carton', 4320, 20160, 15840, '11 d of the 14 d in-carton allowance remain'],
    // Issue 9 item 8: a period out of the carton above 25 °C broke the out-of-carton allowance; its row never reads within.
    ['spinraza', ['28C:40h:out-of-carton'], 'allowance:out-of-carton', 2400, 1800, 0, 'exceeded (temperature): 40 h out of the carton at up to 28 °C, above the out-of-carton allowance\'s limit (up to 25 °C); 40 h used of the 30 h out-of-carton allowance: 10 h over'],
    ['spinraza', ['26C:1h:out-of-carton'], 'allowance:out-of-carton', 60, 1800, 1740, 'exceeded (temperature): 1 h out of the carton at up to 26 °C, above the out-of-carton allowance\'s limit (up to 25 °C)'],
    ['spinraza', ['31C:2h'], 'allowance:in-carton', 120, 20160, 20040, 'exceeded (temperature): 2 h in the carton at up to 31 °C, above the in-carton allowance\'s limit (up to 30 °C)'],
    ['evrysdi', ['25C:2d', '30C:1d12h'], 'allowance:room-temperature', 5040, 7200, 2160, '1 d 12 h of the 5 d room-temperature allowance remain'],
    ['rystiggo', ['20C:3d'], 'allowance:room-temperature', 4320, 43200, 38880, '27 d of the 30 d room-temperature allowance remain (longest single period: 3 d); it may not go back to the refrigerator'],
    ['kesimpta', ['30C:1d'], 'allowance:room-temperature', 1440, 10080, 8640, '6 d of the 7 d room-temperature allowance remain; it reached 30 °C, so it may not go back to the refrigerator (only below 30 °C)'],
  ] as const)('%s %j: %s used %d of %d min, %d left', async (drug, excursions, rule, used, allowed, remaining, message) => {
    const state = drug === 'evrysdi' ? 'constituted' : undefined;
    const r = result(await check(drug, { state, region: drug === 'kesimpta' || drug === 'rystiggo' ? undefined : 'US', excursions: [...excursions] }), rule);
    expect(r).toMatchObject({ used: { value: used, unit: 'min' }, allowed: { value: allowed, unit: 'min' }, remaining: { value: remaining, unit: 'min' }, message });
  });

  it('says which rule made it outside, and by how much', async () => {
    const v = await check('spinraza', { region: 'US', excursions: ['31C:1h', '1C:2h'] });
    expect(v.evaluations[0]!.results.filter((r) => r.verdict !== 'within').map((r) => [r.rule, r.message])).toEqual([
      ['limit:above', '1 h at up to 31 °C, above the storage condition (2–8 °C), and no allowance covers it (in-carton: above 8 °C up to 30 °C, in the original carton; out-of-carton: above 8 °C up to 25 °C, out of the carton)'],
      ['limit:below', '2 h down to 1 °C, below the storage condition (2–8 °C, do not freeze); no allowance covers colder temperatures'],
      ['allowance:in-carton', "exceeded (temperature): 1 h in the carton at up to 31 °C, above the in-carton allowance's limit (up to 30 °C)"],
    ]);
  });

  it('no row reads within when the period it describes broke it (issue 9 item 8)', async () => {
    const v = await check('spinraza', { region: 'US', excursions: ['28C:40h:out-of-carton'] });
    expect(v.evaluations[0]!.results.map((r) => [r.rule, r.verdict])).toEqual([
      ['limit:above', 'outside'],
      ['allowance:in-carton', 'within'],
      ['allowance:out-of-carton', 'outside'],
    ]);
  });

  it('an allowance without a stated time limit says its default is the tool\'s, and why (issue 9 item 6)', async () => {
    const r = result(await check('evrysdi', { state: 'powder', region: 'US', excursions: ['28C:30d'] }), 'allowance:excursion');
    expect(r).toMatchObject({ verdict: 'indeterminate', allowed: { value: 1440, unit: 'min' }, limitFrom: 'default' });
    expect(r!.message).toMatch(/longer than the 24 h this tool counts as within \(no time limit in the source; the label gives no time limit.*USP controlled room temperature.*mean kinetic temperature/);
  });

  it('a product with several states needs --state for a check (issue 9 item 5)', async () => {
    await expect(check('zolgensma', { excursions: ['5C:12h'] })).rejects.toThrow(/Zolgensma has 2 storage states and a check must use the one the product is in: add --state frozen or --state refrigerated/);
    await expect(check('evrysdi', { excursions: ['25C:1h'] })).rejects.toThrow(/add --state powder or --state constituted/);
  });

  it('checks regions that say the same thing once, and says which regions it could not check', async () => {
    const v = await check('evrysdi', { state: 'constituted', excursions: ['40C:1h'] });
    expect(v.evaluations.map((e) => [e.regions, e.verdict])).toEqual([
      [['US'], 'within'],
      [['EU'], 'outside'],
    ]);
    const s = await check('spinraza', { excursions: ['22C:1h'] });
    expect(s.evaluations.map((e) => e.regions)).toEqual([['US']]);
    expect(s.unchecked).toEqual([{ region: 'UK', reason: "the monograph's sources give no UK storage condition for this state" }]);
  });
});
