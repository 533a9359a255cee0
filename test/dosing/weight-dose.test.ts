/** Doses by weight: every Evrysdi band at and near its edges, and the Zolgensma table's first, middle and last bands and edges. */
import { describe, expect, it } from 'vitest';
import { computeDailyDose } from '../../src/dosing/daily-dose.js';
import { computeDoseVolume } from '../../src/dosing/dose-volume.js';
import { parseAge, parseWeight } from '../../src/dosing/quantity.js';
import { toNumber } from '../../src/dosing/rational.js';
import { UsageError } from '../../src/errors.js';
import { regimen } from './data.js';

const evrysdi = regimen('evrysdi').daily!;
const zolgensma = regimen('zolgensma');

function daily(weight: string, age: string) {
  const r = computeDailyDose(evrysdi, parseWeight(weight), parseAge(age));
  return [r.band.id, toNumber(r.dailyDoseMg), toNumber(r.volumeMl), r.syringe.sizeMl, r.tablet?.applies];
}

describe('Evrysdi: band, mg, mL measured (rounded to the syringe marks), syringe, tablet', () => {
  it.each([
    ['3kg', '0d', 'under-2-months', 0.45, 0.6, 1, false],
    ['4kg', '1m', 'under-2-months', 0.6, 0.8, 1, false],
    ['4kg', '6w', 'under-2-months', 0.6, 0.8, 1, false],
    ['8kg', '45d', 'under-2-months', 1.2, 1.6, 6, false],
    ['8kg', '5mo', '2-months-to-2-years', 1.6, 2.1, 6, false],
    ['25kg', '1y', '2-months-to-2-years', 5, 6.6, 12, false],
    ['4kg', '58d', 'under-2-months', 0.6, 0.8, 1, false],
    ['4kg', '2m', '2-months-to-2-years', 0.8, 1.1, 6, false],
    ['4kg', '9w', '2-months-to-2-years', 0.8, 1.1, 6, false],
    ['3.75kg', '2m', '2-months-to-2-years', 0.75, 1, 1, false],
    ['5kg', '1y11m', '2-months-to-2-years', 1, 1.3, 6, false],
    ['20kg', '1y11m', '2-months-to-2-years', 4, 5.3, 6, false],
    ['16lb', '1y', '2-months-to-2-years', 1.451495584, 1.9, 6, false],
    ['5kg', '2y', '2-years-under-20-kg', 1.25, 1.7, 6, false],
    ['5kg', '105w', '2-years-under-20-kg', 1.25, 1.7, 6, false],
    ['18kg', '3y', '2-years-under-20-kg', 4.5, 6, 6, false],
    ['18.6kg', '3y', '2-years-under-20-kg', 4.65, 6.2, 12, false],
    ['19.9kg', '2y', '2-years-under-20-kg', 4.975, 6.6, 12, false],
    ['19.99kg', '10y', '2-years-under-20-kg', 4.9975, 6.6, 12, false],
    ['20kg', '2y', '2-years-20-kg-or-more', 5, 6.6, 12, true],
    ['70kg', '30y', '2-years-20-kg-or-more', 5, 6.6, 12, true],
    ['44.1lb', '2y', '2-years-20-kg-or-more', 5, 6.6, 12, true],
  ])('%s, %s: %s, %f mg, %f mL with the %i mL syringe, tablet %s', (weight, age, ...expected) => expect(daily(weight, age)).toEqual(expected));

  it.each([
    ['7kg', '60d', /under or over 2 months/],
    ['7kg', '730d', /under or over 2 years/],
    // Issue 9 item 2: a coarse unit that can straddle a band edge is refused with the edges, not read as its lowest value.
    ['8kg', '0y', /age 0y \(from 0 days to under 1 year, given in whole years\) may be under or over 2 months.*bands change at 2 months and 2 years/],
    ['4kg', '8w', /age 8w \(from 8 weeks to under 9 weeks, given in whole weeks\) may be under or over 2 months/],
    ['12kg', '104w', /may be under or over 2 years/],
    // Issue 9 item 3: above the label's maximum (5 mg/day, 13.1) is refused, not capped.
    ['26.4kg', '1y', /the computed dose, 5.28 mg \(0.2 mg\/kg × 26.4 kg.*above the label's maximum of 5 mg\/day/],
    ['25.01kg', '1y11mo', /above the label's maximum of 5 mg\/day/],
    ['18.2kg', '3y', /6.0666… mL, is outside every row of the label's syringe table/],
    ['1kg', '1w', /0.2 mL, is outside every row/],
    ['1.525kg', '1w', /exactly halfway between two 0.01 mL marks/],
  ])('%s, %s is refused: %s', (weight, age, message) => {
    expect(() => daily(weight, age)).toThrow(UsageError);
    expect(() => daily(weight, age)).toThrow(message);
  });

  it('needs an age', () => expect(() => computeDailyDose(evrysdi, parseWeight('7kg'), undefined)).toThrow(/--age is required/));
});

function volume(weight: string, age?: string) {
  const r = computeDoseVolume(zolgensma.doseVolume!, zolgensma.corticosteroid, parseWeight(weight), age ? parseAge(age) : undefined);
  return [r.band.fromKg, r.band.toKg, r.band.volumeMl, toNumber(r.steroidMgPerDay!)];
}

describe('Zolgensma: band, dose volume from the table, prednisolone mg/day', () => {
  it.each([
    ['2.6kg', 2.6, 3, 16.5, 2.6],
    ['2.65kg', 2.6, 3, 16.5, 2.65],
    ['3.0kg', 2.6, 3, 16.5, 3],
    ['3.1kg', 3.1, 3.5, 19.3, 3.1],
    ['7.5kg', 7.1, 7.5, 41.3, 7.5],
    ['16lb', 7.1, 7.5, 41.3, 7.25747792],
    ['11.5kg', 11.1, 11.5, 63.3, 11.5],
    ['11.6kg', 11.6, 12, 66, 11.6],
    ['13.5kg', 13.1, 13.5, 74.3, 13.5],
    ['20.6kg', 20.6, 21, 115.5, 20.6],
    ['21kg', 20.6, 21, 115.5, 21],
  ])('%s: %f to %f kg, %f mL, %f mg/day', (weight, ...expected) => expect(volume(weight)).toEqual(expected));

  it.each([
    ['2.5kg', undefined, /outside the label's dose table \(2.6 to 21.0 kg\)/],
    ['2.59kg', undefined, /outside the label's dose table/],
    ['3.05kg', undefined, /between the label's bands 2.6–3.0 kg and 3.1–3.5 kg/],
    ['6.62lb', undefined, /weight 3.0027814894 kg falls between the label's bands 2.6–3.0 kg and 3.1–3.5 kg/],
    ['21.05kg', undefined, /outside the label's dose table/],
    ['21.1kg', undefined, /outside the label's dose table/],
    ['7kg', '2y', /outside the label's population/],
    ['7kg', '730d', /under or over 2 years/],
    ['12kg', '104w', /age 104w \(from 104 weeks to under 105 weeks, given in whole weeks\) may be under or over 2 years/],
  ])('%s (age %s) is refused: %s', (weight, age, message) => {
    expect(() => volume(weight, age)).toThrow(UsageError);
    expect(() => volume(weight, age)).toThrow(message);
  });

  it('accepts ages inside the population', () => expect(volume('7.5kg', '1y11m')[2]).toBe(41.3));
  it('an age in whole years that cannot straddle the 2-year edge is accepted: 0y and 1y are both under 2 years', () => expect([volume('7.5kg', '0y')[2], volume('7.5kg', '1y')[2]]).toEqual([41.3, 41.3]));

  it('stores the label table as printed: 37 bands of 0.5 kg from 2.6 to 21.0 kg, 5.5 mL per kg of the upper limit', () => {
    const bands = zolgensma.doseVolume!.bands;
    expect(bands).toHaveLength(37);
    expect([bands[0]!.fromKg, bands.at(-1)!.toKg]).toEqual([2.6, 21]);
    bands.forEach((b, i) => {
      expect(Math.round((b.toKg - b.fromKg) * 10)).toBe(4);
      if (i > 0) expect(Math.round((b.fromKg - bands[i - 1]!.toKg) * 10)).toBe(1);
      expect(b.volumeMl).toBe(Math.round(b.toKg * 55) / 10);
    });
  });
});
