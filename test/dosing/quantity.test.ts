/** Exact decimals, weights and ages as typed, and ages near a band's month boundary. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageBelow, parseAge, parseWeight } from '../../src/dosing/quantity.js';
import { cmp, div, fromNumber, mul, parseDecimal, ratio, roundToStep, sub, toDecimal, toNumber } from '../../src/dosing/rational.js';
import { UsageError } from '../../src/errors.js';

const dec = (s: string) => parseDecimal(s)!;

describe('exact decimals', () => {
  it.each([
    ['0.15', '7', '1.05'],
    ['0.2', '7.25747792', '1.451495584'],
    ['0.25', '19.9', '4.975'],
    ['0.1', '0.2', '0.02'],
  ])('%s x %s = %s exactly', (a, b, product) => expect(toDecimal(mul(dec(a), dec(b))).text).toBe(product));

  it.each([
    ['1.1e14', '110000000000000'],
    ['.5', '0.5'],
    ['3.0', '3'],
    ['1e-7', '0.0000001'],
  ])('parses %s as %s', (text, out) => expect(toDecimal(dec(text)).text).toBe(out));

  it.each(['', '.', 'abc', '1.2.3', '1e', '--1'])('%j is not a decimal', (text) => expect(parseDecimal(text)).toBeUndefined());

  it.each([
    ['2', '0.1', '2', false],
    ['0.605', '0.01', '0.61', true],
    ['6.6666', '0.2', '6.6', false],
    ['6.7', '0.2', '6.8', true],
    ['1.94', '0.1', '1.9', false],
    ['1.96', '0.1', '2', false],
  ])('%s rounded to steps of %s is %s (tie: %s)', (x, step, out, tie) => {
    const r = roundToStep(dec(x), dec(step));
    expect(toDecimal(r.value).text).toBe(out);
    expect(r.tie).toBe(tie);
  });

  it('a repeating decimal is cut and flagged, not rounded', () => {
    expect(toDecimal(div(dec('5'), dec('0.75')), 4)).toEqual({ text: '6.6666', exact: false });
    expect(toNumber(div(dec('1.5'), dec('0.75')))).toBe(2);
  });

  it('rounding lands on a step no more than half a step away', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.constantFrom('0.01', '0.1', '0.2'), (n, step) => {
        const x = ratio(BigInt(n), 100_000n);
        const { value } = roundToStep(x, dec(step));
        const diff = sub(value, x);
        const half = div(dec(step), fromNumber(2));
        return cmp(diff.n < 0n ? ratio(-diff.n, diff.d) : diff, half) <= 0 && div(value, dec(step)).d === 1n;
      }),
    );
  });
});

describe('weights', () => {
  it.each([
    ['7kg', '7'],
    ['7.5 kg', '7.5'],
    ['7.5 KG', '7.5'],
    ['16lb', '7.25747792'],
    ['16 lbs', '7.25747792'],
    ['1 pound', '0.45359237'],
    ['.5kg', '0.5'],
  ])('%j is %s kg', (text, kg) => expect(toDecimal(parseWeight(text).kg).text).toBe(kg));

  it.each(['7', '7 stone', '-7kg', '0kg', '301kg', 'seven kg', '7,5kg', '7kg 3lb', ''])('%j is refused', (text) => expect(() => parseWeight(text)).toThrow(UsageError));
});

describe('ages', () => {
  it.each([
    ['6w', 0, 42],
    ['3m', 3, 0],
    ['2y', 24, 0],
    ['1y6m', 18, 0],
    ['1 year 6 months', 18, 0],
    ['10d', 0, 10],
    ['0d', 0, 0],
    ['1m2w', 1, 14],
    ['2y 3w 2d', 24, 23],
  ])('%j is %i months and %i days', (text, months, days) => expect(parseAge(text)).toMatchObject({ months, days }));

  it.each(['1.5y', '6', 'm3', '6m1y', '2 fortnights', '3m3m', '', '131y', '99999999999999999999d', '1000000d', '47500d', '1y 1y'])('%j is refused', (text) => expect(() => parseAge(text)).toThrow(UsageError));

  it.each([
    ['6m1y', /units must go from largest to smallest/],
    ['3mo3m', /gives months twice/],
    ['99999999999999999999d', /more than 130 years/],
    ['1.5y', /whole units/],
    ['2 fortnights', /"fortnights" is not an age unit/],
  ])('%j: the message says why, with a valid example', (text, why) => {
    expect(() => parseAge(text)).toThrow(why);
    try {
      parseAge(text);
    } catch (e) {
      expect((e as UsageError).hints.join(' ')).toMatch(/e\.g\. --age 45d, --age 5mo or --age 1y6mo/);
    }
  });

  it.each([
    ['5mo', 'mo', false],
    ['5m', 'mo', true],
    ['5 months', 'mo', false],
    ['1y', 'y', false],
    ['8w', 'w', false],
    ['1y2w3d', 'd', false],
  ])('%j: finest unit %s, bare "m" %s', (text, unit, bareM) => expect(parseAge(text)).toMatchObject({ unit, bareM }));

  it('any age in whole days up to 130 years parses, and its span is one day', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 47_000 }), (n) => parseAge(`${n}d`).days === n));
  });

  it.each([
    ['1m', 2, true],
    ['2m', 2, false],
    ['8w', 2, 'unknown'],
    ['6w', 2, true],
    ['0y', 2, 'unknown'],
    ['0y', 24, true],
    ['1y', 2, false],
    ['1y', 24, true],
    ['2y', 24, false],
    ['0m', 2, true],
    ['1m', 24, true],
    ['58d', 2, true],
    ['59d', 2, 'unknown'],
    ['61d', 2, 'unknown'],
    ['62d', 2, false],
    ['9w', 2, false],
    ['1y11m', 24, true],
    ['104w', 24, 'unknown'],
    ['103w', 24, true],
    ['105w', 24, false],
    ['729d', 24, true],
    ['730d', 24, 'unknown'],
    ['731d', 24, false],
    ['1y11m27d', 24, true],
    ['1y11m28d', 24, 'unknown'],
    ['1y11m31d', 24, false],
  ])('%j below %i months: %s', (text, months, below) => expect(ageBelow(parseAge(text), months)).toBe(below));
});
