/** Logs written to fool the reader (issue 10): malformed rows, blanks at repeated times, holes the gap rule cannot see. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { declaredInterval } from '../../src/storage/interval.js';
import { readLog } from '../../src/storage/log.js';
import { runCli } from '../helpers/cli.js';
import { check, minuteLog, result } from './helpers.js';

const read = (text: string) => readLog(text.split('\n'), { name: 'log.csv' });
const at = (c: number, n: number) => Array<number>(n).fill(c);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19);
const T0 = Date.UTC(2026, 2, 2);

describe('a row whose field count differs from the header is malformed (item 1)', () => {
  it.each([
    ['an unquoted decimal comma', 'timestamp,temperature (°C)\n2026-03-02T08:00:00Z,5\n2026-03-02T08:01:00Z,25,9', 'log.csv, line 3: 3 fields separated by ",", but the header has 2'],
    ['; file with an extra field', 'timestamp;temperature (°C)\n2026-03-02T08:00:00Z;5\n2026-03-02T08:01:00Z;25;9', 'log.csv, line 3: 3 fields separated by ";", but the header has 2'],
    ['tab file with an extra field', 'timestamp\ttemperature (°C)\n2026-03-02T08:00:00Z\t5\n2026-03-02T08:01:00Z\t25\t9', 'log.csv, line 3: 3 fields separated by "\t", but the header has 2'],
    ['a trailing separator', 'timestamp,temperature (°C)\n2026-03-02T08:00:00Z,5,', 'log.csv, line 2: 3 fields'],
    ['text after a closing quote', 'timestamp,temperature (°C)\n2026-03-02T08:00:00Z,"4"."5"', 'log.csv, line 2: the quotes are broken'],
    ['a quote inside a field', 'timestamp,temperature (°C)\n2026-03-02T08:00:00Z,4"5', 'log.csv, line 2: the quotes are broken'],
  ])('%s: exit 2 naming the line', async (_, text, message) => {
    await expect(read(text)).rejects.toThrow(UsageError);
    await expect(read(text)).rejects.toThrow(message);
  });

  it('spinraza --out-of-carton with "…,25,9" (25.9 °C, over the 25 °C limit) is exit 2, never WITHIN', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'monograph-log-')), 'f.csv');
    writeFileSync(file, ['timestamp,temperature (°C)', ...Array.from({ length: 20 }, (_, i) => `${iso(T0 + i * 60_000)}Z,${i === 10 ? '25,9' : '5'}`)].join('\n'));
    const r = await runCli(['storage', 'spinraza', '--log', file, '--out-of-carton']);
    expect([r.code, r.stdout, r.stderr.split('\n')[0]]).toEqual([2, '', `monograph: ${file}, line 12: 3 fields separated by ",", but the header has 2`]);
  });
});

describe('a cell that is not a plain decimal number is malformed (item 8)', () => {
  it.each(['1e309', 'NaN', 'Infinity', '0x19', '1e20', 'ERR', '25.', '.5', '--5', '5 5', '٥', '25,9'])('%j', async (cell) => {
    const text = `timestamp,temperature (°C)\n2026-03-02T08:00:00Z,5\n2026-03-02T08:01:00Z,"${cell}"`;
    await expect(read(text)).rejects.toThrow(/^log\.csv, line 3: cannot read the temperature/);
  });

  it('a decimal comma is read in a ; file', async () => {
    const r = await read('timestamp;temperature (°C)\n2026-03-02T08:00:00Z;25,9');
    expect(r.c[0]).toBe(25.9);
  });

  it('a number too large for a double is out of range, quoted as written and cut', async () => {
    const huge = `1${'0'.repeat(400)}`;
    await expect(read(`timestamp,temperature (°C)\n2026-03-02T08:00:00Z,${huge}`)).rejects.toThrow(/^log\.csv, line 2: the reading "10{78}…" is not a possible storage temperature \(from −90 °C to 70 °C\)$/);
  });

  it('70.0000001 is refused the same way in a log and in an excursion, without contradicting itself (item 16)', async () => {
    await expect(read('timestamp,temperature (°C)\n2026-03-02T08:00:00Z,70.0000001')).rejects.toThrow('the reading "70.0000001" is not a possible storage temperature (from −90 °C to 70 °C)');
    const r = await runCli(['storage', 'spinraza', '--excursion', '70.0000001C:1h']);
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([2, 'monograph: the temperature "70.0000001C" is not a possible storage temperature (from −90 °C to 70 °C)']);
  });

  it('a UTC offset of +05:99 is not a time (item 16)', async () => {
    await expect(read('timestamp,temperature (°C)\n2026-03-02T08:00:00+05:99,5')).rejects.toThrow('log.csv, line 2: cannot read the time "2026-03-02T08:00:00+05:99"');
  });
});

describe('a blank reading is never merged away (item 2)', () => {
  it('a blank at a repeated timestamp leaves that time unknown', async () => {
    const lines = minuteLog(at(5, 20)).split('\n');
    lines.splice(11, 0, lines[10]!.replace(/,5$/, ','));
    const v = await check('spinraza', { region: 'US', log: { text: lines.join('\n') } });
    expect([v.verdict, v.log!.missing, v.log!.duplicates, v.log!.missingMinutes]).toEqual(['indeterminate', 1, 1, 2]);
  });

  it('whatever the order of the repeated rows', async () => {
    const lines = minuteLog(at(5, 20)).split('\n');
    lines.splice(10, 0, lines[10]!.replace(/,5$/, ','));
    const v = await check('spinraza', { region: 'US', log: { text: lines.join('\n') } });
    expect([v.verdict, v.log!.missingMinutes]).toEqual(['indeterminate', 2]);
  });
});

describe('the gap rule does not depend on the hole (item 3)', () => {
  const log = (times: number[], c = 5) => ['timestamp,temperature (°C)', ...times.map((t) => `${iso(t)}Z,${c}`)].join('\n');

  it('two readings ten thousand years apart… or as far apart as ISO 8601 allows: indeterminate', async () => {
    const v = await check('spinraza', { region: 'US', log: { text: 'timestamp,temperature (°C)\n0001-01-01T00:00:00Z,5\n9999-12-31T23:59:00Z,5' } });
    expect([v.verdict, v.log!.gaps, v.log!.maxGapFrom, v.log!.intervalMinutes]).toEqual(['indeterminate', 1, 'none', null]);
  });

  it('00:00, 00:01 and nine days later: the nine days are unknown, not refrigerated', async () => {
    const v = await check('spinraza', { region: 'US', log: { text: log([T0, T0 + 60_000, T0 + 9 * 86_400_000]) } });
    expect([v.verdict, v.log!.gaps, result(v, 'limit:unknown')!.used!.value]).toEqual(['indeterminate', 2, 9 * 1440]);
  });

  it('--max-gap decides for a short log', async () => {
    const v = await check('spinraza', { region: 'US', log: { text: log([T0, T0 + 60_000, T0 + 9 * 86_400_000]), maxGapMs: 120_000 } });
    expect([v.verdict, v.log!.gaps, v.log!.maxGapFrom, result(v, 'limit:unknown')!.used!.value]).toEqual(['indeterminate', 1, 'option', 9 * 1440 - 1]);
    const short = await check('spinraza', { region: 'US', log: { text: log([T0, T0 + 60_000, T0 + 120_000]), maxGapMs: 120_000 } });
    expect(short.verdict).toBe('within');
  });

  it('with enough readings, the most common interval sets the rule: holes stay holes however many', async () => {
    const times = [...Array.from({ length: 12 }, (_, i) => T0 + i * 60_000), T0 + 9 * 86_400_000, T0 + 18 * 86_400_000];
    const v = await check('spinraza', { region: 'US', log: { text: log(times) } });
    expect([v.verdict, v.log!.intervalMinutes, v.log!.intervalFrom, v.log!.maxGapMinutes, v.log!.gaps]).toEqual(['indeterminate', 1, 'most-common', 2, 2]);
  });

  it('the interval a logger declares above its header wins over the readings', async () => {
    const text = `Logging interval: 5 min\n${log(Array.from({ length: 4 }, (_, i) => T0 + i * 600_000))}`;
    const v = await check('spinraza', { region: 'US', log: { text } });
    expect([v.verdict, v.log!.intervalMinutes, v.log!.intervalFrom, v.log!.maxGapMinutes, v.log!.gaps]).toEqual(['within', 5, 'declared', 10, 0]);
  });

  it.each([
    ['Logging interval: 5 min', 300_000],
    ['Interval;00:05:00', 300_000],
    ['"Sample rate","30 s"', 30_000],
    ['Messintervall: 1 h', 3_600_000],
    ['Alarm interval: 5 min', undefined],
    ['Baud rate: 9600', undefined],
    ['Interval: 5', undefined],
    ['Interval: 0 min', undefined],
  ])('declaredInterval(%j) is %s', (line, ms) => expect(declaredInterval(line)).toBe(ms));
});

describe('property: a log with a malformed row never answers WITHIN', () => {
  const ts = (i: number) => `${iso(T0 + i * 60_000)}Z`;
  const badCell = fc.oneof(
    fc.constantFrom('1e309', 'NaN', 'Infinity', '-Infinity', '0x19', '1e3', '25.', '.5', '--5', '+-5', '5 5', 'ERR', 'n/a', '5,,', '٥', '５', '5°K', '5 °C °C', '1_0'),
    fc.tuple(fc.integer({ min: -9, max: 9 }), fc.constantFrom('e', 'E', 'x', '..', '#', ' ', '/', ':'), fc.nat(99)).map(([a, s, b]) => `${a}${s}${b}`),
    fc.string({ minLength: 1, maxLength: 8 }).filter((s) => /[^\d\s.+\-−°cCfF]/.test(s) && !/[",\r\n]/.test(s)),
  );
  const badTime = fc.oneof(
    fc.constantFrom('2026-03-02T08:00:00+05:99', '2026-02-30T08:00:00Z', '2026-03-02T24:00:00Z', '2026-03-02T08:00:00.Z', '02/03/2026 08:00', 'yesterday', ''),
    fc.nat(19).map((i) => `${ts(i)}junk`),
  );
  const malformed = fc.oneof(
    fc.tuple(fc.integer({ min: 20, max: 69 }), fc.nat(9)).map(([i, f]) => (i_: number) => `${ts(i_)},${i},${f}`), // unquoted decimal comma
    fc.constant((i: number) => ts(i)), // a field missing
    badCell.map((c) => (i: number) => `${ts(i)},"${c.replace(/"/g, '""')}"`),
    badTime.map((t) => () => `${t},5`),
    fc.constantFrom((i: number) => `"${ts(i)},5`, (i: number) => `${ts(i)},"5"x`, (i: number) => `${ts(i)},5"`),
    fc.constant((i: number) => `${ts(i)},${'5'.repeat(70_000)}`), // longer than a line may be
  );

  it('for any malformed row anywhere in an otherwise WITHIN log, the reader refuses it (exit 2)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 12, max: 40 }), fc.nat(), malformed, fc.constantFrom(false, true), async (n, where, row, outOfCarton) => {
        const lines = Array.from({ length: n }, (_, i) => `${ts(i)},5`);
        const k = where % n;
        lines[k] = row(k);
        const text = ['timestamp,temperature (°C)', ...lines].join('\n');
        let verdict: string | undefined;
        try {
          verdict = (await check('spinraza', { region: 'US', log: { text, outOfCarton } })).verdict;
        } catch (e) {
          expect(e).toBeInstanceOf(UsageError);
          expect((e as Error).message).toMatch(new RegExp(`^log\\.csv, line ${k + 2}: `));
          return;
        }
        expect(verdict).not.toBe('within');
      }),
      { numRuns: 300 },
    );
  });
});
