/** Reading a logger export line by line: separators, BOM, CRLF, units, blank cells, and the errors a user must see. */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { readLog } from '../../src/storage/log.js';

async function* linesOf(text: string) {
  for (const line of text.split('\n')) yield line;
}

const read = (text: string, unit?: 'C' | 'F') => readLog(linesOf(text), { name: 'log.csv', ...(unit ? { unit } : {}) });
const temps = async (text: string, unit?: 'C' | 'F') => {
  const r = await read(text, unit);
  return [...r.c.subarray(0, r.n)];
};

describe('readLog', () => {
  it.each([
    ['comma, °C header', 'Timestamp,Temperature (°C)\n2026-03-02T08:00Z,4.5\n2026-03-02T08:10Z,5', undefined, [4.5, 5]],
    ['semicolon and decimal comma', 'Timestamp;Temperature (°C)\n2026-03-02T08:00Z;4,5\n2026-03-02T08:10Z;5,0', undefined, [4.5, 5]],
    ['BOM and CRLF', '\uFEFFTimestamp;Temperature (°C)\r\n2026-03-02T08:00Z;4,5\r\n2026-03-02T08:10Z;5,0\r\n', undefined, [4.5, 5]],
    ['°F header', 'Date/Time,Temp (°F)\n2026-03-02T08:00Z,41\n2026-03-02T08:10Z,77', undefined, [5, 25]],
    ['--unit F', 'timestamp,temp\n2026-03-02T08:00Z,46.4', 'F', [8]],
    ['--unit C matching the header', 'timestamp,temp (°C)\n2026-03-02T08:00Z,8', 'C', [8]],
    ['tab separated', 'timestamp\ttemp °C\n2026-03-02T08:00Z\t3', undefined, [3]],
    ['quoted fields', '"Timestamp","Temperature (°C)"\n"2026-03-02T08:00Z","4.5"', undefined, [4.5]],
    ['blank cells are missing, never 0', 'timestamp,temp C\n2026-03-02T08:00Z,\n2026-03-02T08:10Z,  \n2026-03-02T08:20Z,0', undefined, [NaN, NaN, 0]],
    ['metadata lines above the header', 'Logger: fridge 2\nSerial: 1234\n\ntimestamp,temp C\n2026-03-02T08:00Z,4', undefined, [4]],
    ['separate date and time columns', 'Date;Time;Celsius\n2026-03-02;08:00;4,5\n2026-03-02;08:10;5', undefined, [4.5, 5]],
    ['a unit written in the cell', 'timestamp,temperature (°C)\n2026-03-02T08:00Z,4.5 °C', undefined, [4.5]],
  ] as const)('%s', async (_, text, unit, expected) => expect(await temps(text, unit)).toEqual(expected));

  it('keeps the file order, counts missing readings, and notes offsets and columns', async () => {
    const r = await read('Zeitstempel;Temperatur (°C)\n2026-03-02T09:00:00+01:00;5\n2026-03-02T08:50:00+01:00;\n');
    expect({ n: r.n, t: [...r.t.subarray(0, r.n)], missing: r.missing, offsets: r.offsets, columns: r.columns, unit: r.unit, unitFrom: r.unitFrom, separator: r.separator }).toEqual({
      n: 2,
      t: [Date.parse('2026-03-02T08:00:00Z'), Date.parse('2026-03-02T07:50:00Z')],
      missing: 1,
      offsets: true,
      columns: { time: 'Zeitstempel', temp: 'Temperatur (°C)' },
      unit: 'C',
      unitFrom: 'header',
      separator: ';',
    });
  });

  it('holds many rows in growing typed arrays', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `${new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()},${i % 10}`);
    const r = await read(`timestamp,temp C\n${rows.join('\n')}`);
    expect(r.n).toBe(10_000);
    expect(r.c[9_999]).toBe(9);
    expect(r.t[9_999]).toBe(Date.UTC(2026, 0, 1) + 9_999 * 60_000);
  });

  it.each([
    ['no unit anywhere', 'timestamp,temp\n2026-03-02T08:00Z,5', undefined, 'log.csv: the header does not say whether temperatures are in °C or °F ("temp")'],
    ['--unit against the header', 'timestamp,temp (°C)\n2026-03-02T08:00Z,5', 'F', '--unit F does not match the log\'s header, which says °C ("temp (°C)", line 1)'],
    ['a malformed time, with its line', 'timestamp,temp C\n2026-03-02T08:00Z,5\nyesterday,5', undefined, 'log.csv, line 3: cannot read the time "yesterday"'],
    ['too few fields', 'timestamp;temp C;humidity\n2026-03-02T08:00Z;5;40\n2026-03-02T08:10Z', undefined, 'log.csv, line 3: 1 fields separated by ";", but the header has 3'],
    ['an open quote', 'timestamp,temp C\n"2026-03-02T08:00Z,5', undefined, 'log.csv, line 2: the quotes are broken'],
    ['an impossible reading', 'timestamp,temp C\n2026-03-02T08:00Z,5\n2026-03-02T08:10Z,999', undefined, 'log.csv, line 3: the reading "999" is not a possible storage temperature (from −90 °C to 70 °C)'],
    ['°F readings in a °C log', 'timestamp,temperature (°C)\n2026-03-02T08:00Z,41 °F', undefined, 'log.csv, line 2: the temperature "41 °F" is in °F but the log is read in °C'],
    ['mixed offsets', 'timestamp,temp C\n2026-03-02T08:00Z,5\n2026-03-02T08:10,5', undefined, 'log.csv, line 3: some times have a UTC offset and some do not'],
    ['no header', 'a,b\n1,2', undefined, 'log.csv: no header line with a time column and a temperature column'],
  ] as const)('%s is a usage error', async (_, text, unit, message) => {
    await expect(read(text, unit)).rejects.toThrow(UsageError);
    await expect(read(text, unit)).rejects.toThrow(message);
  });
});
