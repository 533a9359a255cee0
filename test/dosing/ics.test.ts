/** The .ics export parsed back with a small RFC 5545 reader: CRLF, folding at 75 octets, escaping, all-day dates, stable UIDs. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scheduleIcs } from '../../src/render/dosing-ics.js';
import { tryParseDate, type CalendarDate } from '../../src/dates/calendar-date.js';
import { dosingView } from '../../src/dosing/dosing-view.js';
import { escapeText, foldLine, writeIcs } from '../../src/render/ics.js';
import { parseDosingOpts } from '../../src/dosing/request.js';
import type { MissedDoseView, ScheduleView } from '../../src/dosing/view.js';
import { monograph } from './data.js';

interface Prop {
  name: string;
  params: string;
  value: string;
}

/** Unfolds and splits content lines; throws on a bare LF or an over-long line. */
function readIcs(text: string): { events: Record<string, Prop>[]; calendar: Record<string, Prop> } {
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line).not.toContain('\n');
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  }
  const lines = text.slice(0, -2).replace(/\r\n[ \t]/g, '').split('\r\n');
  const unescape = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
  const events: Record<string, Prop>[] = [];
  const calendar: Record<string, Prop> = {};
  let current: Record<string, Prop> | null = null;
  for (const line of lines) {
    const m = /^([A-Z-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    if (!m) throw new Error(`not a content line: ${line}`);
    const [, name, params, raw] = m as unknown as [string, string, string, string];
    if (name === 'BEGIN' && raw === 'VEVENT') current = {};
    else if (name === 'END' && raw === 'VEVENT') (events.push(current!), (current = null));
    else (current ?? calendar)[name] = { name, params, value: unescape(raw) };
  }
  return { events, calendar };
}

const viewFor = (args: Record<string, string>) => dosingView(monograph('spinraza'), parseDosingOpts(args, '2026-11-25')) as ScheduleView | MissedDoseView;
const today = tryParseDate('2026-11-25') as CalendarDate;

describe('a Spinraza schedule as .ics', () => {
  const view = viewFor({ start: '2026-12-01' });
  const ics = scheduleIcs(view, today);
  const { events, calendar } = readIcs(ics);

  it('is a VCALENDAR 2.0 with one all-day event per dose', () => {
    expect(calendar.VERSION?.value).toBe('2.0');
    expect(calendar.PRODID?.value).toMatch(/monograph/);
    expect(events).toHaveLength(view.doses.length);
    expect(events.map((e) => e.DTSTART!.value)).toEqual(view.doses.map((d) => d.date.replace(/-/g, '')));
    expect(events.every((e) => e.DTSTART!.params === ';VALUE=DATE' && e.DTEND!.params === ';VALUE=DATE')).toBe(true);
    expect(events[0]!.DTEND!.value).toBe('20261202');
    expect(events.every((e) => e.DTSTAMP!.value === '20261125T000000Z')).toBe(true);
  });

  it('names the drug, dose, rule, sources and reminder', () => {
    expect(events[0]!.SUMMARY!.value).toBe('Spinraza: loading dose 1 of 4');
    const text = events[3]!.DESCRIPTION!.value;
    expect(text).toContain('Spinraza (nusinersen) 12 mg (5 mL) intrathecal: loading dose 4 of 4 (dose 4, day 58).');
    expect(text).toContain('the 4th loading dose 30 days after the 3rd');
    expect(text).toContain('US label v18 (2023-02-24) §2.1');
    expect(text).toContain('Platelet count');
    expect(text).toContain('Check this against the current label');
  });

  it('has UIDs from drug, start and dose number: the same every time, different per dose', () => {
    const again = readIcs(scheduleIcs(viewFor({ start: '2026-12-01', count: '3' }), tryParseDate('2027-01-05') as CalendarDate)).events;
    expect(events.map((e) => e.UID!.value).slice(0, 3)).toEqual(again.map((e) => e.UID!.value));
    expect(events[0]!.UID!.value).toBe('spinraza-2026-12-01-1@monograph');
    expect(new Set(events.map((e) => e.UID!.value)).size).toBe(events.length);
  });

  it('keys a missed-dose plan on the last dose', () => {
    const plan = readIcs(scheduleIcs(viewFor({ lastDose: '2026-03-02', today: '2026-11-25' }), today)).events;
    expect(plan[0]!.UID!.value).toBe('spinraza-after-2026-03-02-1@monograph');
    expect(plan[1]!.SUMMARY!.value).toBe('Spinraza: additional dose 1 of 1');
  });
});

describe('the writer', () => {
  it.each([
    ['a;b,c\\d', 'a\\;b\\,c\\\\d'],
    ['line one\nline two', 'line one\\nline two'],
    ['crlf\r\nend', 'crlf\\nend'],
    ['bell\u0007 and esc\u001b[31m', 'bell\\\\u{0007} and esc\\\\u{001B}[31m'],
    ['bidi \u202Eevil\u202C and a tag\u{E0041}', 'bidi \\\\u{202E}evil\\\\u{202C} and a tag\\\\u{E0041}'],
  ])('escapes %j as %j', (raw, escaped) => expect(escapeText(raw)).toBe(escaped));

  it('folds at 75 octets without splitting a UTF-8 character, and unfolds back', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'é', '×', '€', '😀', ' ', ';'), maxLength: 400 }), (s) => {
        const folded = foldLine(`DESCRIPTION:${s}`);
        const ok = folded.split('\r\n').every((l, i) => Buffer.byteLength(l, 'utf8') <= 75 && (i === 0 || l.startsWith(' ')) && !l.includes('\uFFFD'));
        return ok && folded.replace(/\r\n /g, '') === `DESCRIPTION:${s}`;
      }),
    );
  });

  it('round-trips awkward text through a whole calendar', () => {
    const description = `12 × 10^14 vg/kg; "quoted", back\\slash\nnew line ${'é'.repeat(80)}`;
    const cal = writeIcs({ name: 'x', stamp: '20261125T000000Z', events: [{ uid: 'u@x', date: tryParseDate('2024-02-29')!, summary: 's', description }] });
    const { events } = readIcs(cal);
    expect(events[0]!.DESCRIPTION!.value).toBe(description);
    expect(events[0]!.DTEND!.value).toBe('20240301');
  });
});
