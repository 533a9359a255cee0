/** The pieces of a logger export: timestamps, header columns and units, quoted fields, temperature cells. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findColumns, parseCell, parseTimestamp, splitRow, unitOf } from '../../src/storage/csv.js';

const utc = (s: string) => Date.parse(s);

describe('parseTimestamp', () => {
  it.each([
    ['2026-03-02T08:00:00Z', utc('2026-03-02T08:00:00Z'), true],
    ['2026-03-02T08:00:00+01:00', utc('2026-03-02T07:00:00Z'), true],
    ['2026-03-02T08:00:00-0500', utc('2026-03-02T13:00:00Z'), true],
    ['2026-03-02T08:00+01', utc('2026-03-02T07:00:00Z'), true],
    ['2026-03-02 08:00:00', utc('2026-03-02T08:00:00Z'), false],
    ['2026-03-02T08:00', utc('2026-03-02T08:00:00Z'), false],
    ['2026-03-02T08:00:00.250Z', utc('2026-03-02T08:00:00.250Z'), true],
    [' 2026-03-02T08:00:00Z ', utc('2026-03-02T08:00:00Z'), true],
    ['2028-02-29T23:59:59Z', utc('2028-02-29T23:59:59Z'), true],
  ])('%j is %d (offset: %s)', (text, ms, offset) => expect(parseTimestamp(text)).toEqual({ ms, offset }));

  it.each(['2026-02-30T08:00:00Z', '2026-13-01T08:00:00Z', '2026-03-02T24:00:00Z', '2026-03-02T08:60:00Z', '2026-03-02', '02/03/2026 08:00', '2026-03-02T08:00:00+25:00', '2026-03-02T08:00:00 CET', ''])(
    '%j is not a timestamp',
    (text) => expect(parseTimestamp(text)).toBeUndefined(),
  );

  it('reads every toISOString() back to the same instant', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (ms) => {
        expect(parseTimestamp(new Date(ms).toISOString())).toEqual({ ms, offset: true });
      }),
    );
  });

  it('shifts by the offset it is given', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_000_000_000_000 }), fc.integer({ min: -14 * 60, max: 14 * 60 }), (ms, minutes) => {
        const local = new Date(ms + minutes * 60_000).toISOString().slice(0, 19);
        const zone = `${minutes < 0 ? '-' : '+'}${String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0')}:${String(Math.abs(minutes) % 60).padStart(2, '0')}`;
        expect(parseTimestamp(local + zone)?.ms).toBe(Math.floor(ms / 1000) * 1000);
      }),
    );
  });
});

describe('header columns', () => {
  it.each([
    ['Timestamp;Temperature (°C)', ';', { time: 0, temp: 1, unit: 'C' }],
    ['Date/Time,Temp (°F)', ',', { time: 0, temp: 1, unit: 'F' }],
    ['time,temperature_c', ',', { time: 0, temp: 1, unit: 'C' }],
    ['No.,Date Time,Humidity (%RH),Temperature [C]', ',', { time: 1, temp: 3, unit: 'C' }],
    ['Date,Time,Celsius', ',', { time: 0, clock: 1, temp: 2, unit: 'C' }],
    ['Zeitstempel;Temperatur (°C)', ';', { time: 0, temp: 1, unit: 'C' }],
    ['timestamp,temp', ',', { time: 0, temp: 1 }],
    ['"Timestamp","Temperature, degF"', ',', { time: 0, temp: 1, unit: 'F' }],
  ])('%j', (header, sep, expected) => expect(findColumns(splitRow(header, sep)!)).toMatchObject(expected));

  it.each([['logger 42,serial 7'], ['Timestamp;Humidity'], ['Temperature (°C)']])('%j is not a header', (header) => {
    expect(findColumns(splitRow(header, header.includes(';') ? ';' : ',')!)).toBeUndefined();
  });

  it.each([
    ['Temperature (°C)', 'C'],
    ['Temp [F]', 'F'],
    ['temp_f', 'F'],
    ['Fahrenheit', 'F'],
    ['Temperature, degC', 'C'],
    ['Temperature', undefined],
  ])('%j states unit %s', (name, unit) => expect(unitOf(name)).toBe(unit));
});

describe('fields and cells', () => {
  it.each([
    ['a,b,c', ',', ['a', 'b', 'c']],
    ['"a,b",c', ',', ['a,b', 'c']],
    ['"say ""hi""";2', ';', ['say "hi"', '2']],
    ['a;;c', ';', ['a', '', 'c']],
    ['"open,b', ',', undefined],
  ])('%j split on %j', (line, sep, fields) => expect(splitRow(line, sep)).toEqual(fields));

  it.each([
    ['4.5', { value: 4.5 }],
    ['4,5', { value: 4.5 }],
    [' -2.0 ', { value: -2 }],
    ['40.1 °F', { value: 40.1, unit: 'F' }],
    ['5°C', { value: 5, unit: 'C' }],
    ['', 'blank'],
    ['   ', 'blank'],
    ['ERR', undefined],
    ['n/a', undefined],
    ['0x10', undefined],
    ['1e3', undefined],
  ])('cell %j', (text, cell) => expect(parseCell(text)).toEqual(cell));
});
