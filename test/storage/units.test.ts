/** Temperatures and durations as typed on the command line: the label's own numbers, the boundaries, and properties. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { cToF, formatDuration, fToC, parseDuration, parseTemperature } from '../../src/storage/units.js';

describe('parseTemperature', () => {
  it.each([
    ['22C', 22],
    ['22°C', 22],
    ['22 °C', 22],
    ['22ºC', 22],
    ['22c', 22],
    ['+5C', 5],
    ['-2C', -2],
    ['−2C', -2],
    ['22,5C', 22.5],
    ['71.6F', 22],
    ['77F', 25],
    ['86°F', 30],
    ['104F', 40],
    ['46.4F', 8],
    ['35.6F', 2],
    ['-90C', -90],
    ['70C', 70],
  ])('%s is %d °C', (text, c) => expect(parseTemperature(text)).toBe(c));

  it.each([
    ['22', 'has no unit'],
    ['22K', 'unknown temperature unit "K"'],
    ['22 kelvin', 'unknown temperature unit'],
    ['-91C', 'not a possible storage temperature'],
    ['70.1C', 'not a possible storage temperature'],
    ['159F', 'not a possible storage temperature'],
    ['warm', 'cannot read the temperature'],
    ['', 'cannot read the temperature'],
    ['22CC', 'unknown temperature unit'],
    ['70.0000001C', 'the temperature "70.0000001C" is not a possible storage temperature (from −90 °C to 70 °C)'],
    [`1${'0'.repeat(400)}C`, 'cannot read the temperature'],
  ])('%j is a usage error: %s', (text, message) => {
    expect(() => parseTemperature(text)).toThrow(UsageError);
    expect(() => parseTemperature(text)).toThrow(message);
  });

  it('reads any tenth of a degree from -90 °C to 70 °C back exactly, in °C and in °F', () => {
    fc.assert(
      fc.property(fc.integer({ min: -900, max: 700 }), (tenths) => {
        const c = tenths / 10;
        expect(parseTemperature(`${c}C`)).toBe(c);
        expect(parseTemperature(`${cToF(c)}F`)).toBe(c);
      }),
    );
  });

  it('either returns a possible temperature or throws a usage error, for any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          const c = parseTemperature(text);
          expect(c).toBeGreaterThanOrEqual(-90);
          expect(c).toBeLessThanOrEqual(70);
        } catch (e) {
          expect(e).toBeInstanceOf(UsageError);
        }
      }),
    );
  });

  it('converts °F to °C and back', () => {
    fc.assert(
      fc.property(fc.integer({ min: -9000, max: 7000 }), (hundredths) => {
        expect(fToC(cToF(hundredths / 100))).toBe(hundredths / 100);
      }),
    );
  });
});

describe('parseDuration', () => {
  const h = 3_600_000;
  it.each([
    ['90m', 1.5 * h],
    ['90min', 1.5 * h],
    ['20h', 20 * h],
    ['30h', 30 * h],
    ['3d', 72 * h],
    ['14d', 14 * 24 * h],
    ['1d12h', 36 * h],
    ['1d 12h 30m', 36.5 * h],
    ['1.5h', 1.5 * h],
    ['14d1m', 14 * 24 * h + 60_000],
    ['30H', 30 * h],
  ])('%s is %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each([
    ['0h', 'is zero'],
    ['0d0h', 'is zero'],
    ['-5h', 'is negative'],
    ['−5h', 'is negative'],
    ['10', 'cannot read the duration'],
    ['5s', 'cannot read the duration'],
    ['h', 'cannot read the duration'],
    ['', 'cannot read the duration'],
    ['1w', 'cannot read the duration'],
    // one strict grammar (issue 10, item 14): each unit once, largest first, a finite range
    ['2h3h', 'cannot read the duration "2h3h"'],
    ['1h1h1h', 'cannot read the duration'],
    ['1m1d', 'cannot read the duration'],
    ['0.0000001m', 'cannot read the duration'],
    ['0.5m', 'is shorter than a minute'],
    [`1${'0'.repeat(400)}h`, `cannot read the duration "1${'0'.repeat(78)}…"`],
    ['3651d', 'is longer than 3650 days'],
  ])('%j is a usage error: %s', (text, message) => {
    expect(() => parseDuration(text)).toThrow(UsageError);
    expect(() => parseDuration(text)).toThrow(message);
  });

  it('adds up days, hours and minutes', () => {
    fc.assert(
      fc.property(fc.nat(400), fc.nat(100), fc.nat(1000), (d, hh, m) => {
        fc.pre(d + hh + m > 0);
        expect(parseDuration(`${d}d${hh}h${m}m`)).toBe(d * 24 * h + hh * h + m * 60_000);
      }),
    );
  });

  it('reads its own formatting back, in hours or in days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3650 * 1440 }), fc.constantFrom('h' as const, 'd' as const, 'auto' as const), (minutes, style) => {
        expect(parseDuration(formatDuration(minutes * 60_000, style))).toBe(minutes * 60_000);
      }),
    );
  });

  it('either returns a positive whole number of ms or throws a usage error, for any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          const ms = parseDuration(text);
          expect(ms).toBeGreaterThan(0);
          expect(Number.isInteger(ms)).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(UsageError);
        }
      }),
    );
  });
});

describe('formatDuration', () => {
  it.each([
    [30 * 3_600_000, 'h', '30 h'],
    [19.5 * 3_600_000, 'h', '19 h 30 min'],
    [30 * 3_600_000, 'd', '1 d 6 h'],
    [(13 * 24 + 14) * 3_600_000, 'd', '13 d 14 h'],
    [0, 'h', '0 h'],
    [0, 'd', '0 d'],
    [61_000, 'h', '1 min 1 s'],
    [3 * 86_400_000, 'auto', '3 d'],
    [36 * 3_600_000, 'auto', '36 h'],
  ] as const)('%d ms in style %s is %s', (ms, style, text) => expect(formatDuration(ms, style)).toBe(text));
});
