/**
 * An iCalendar (RFC 5545) writer for dated schedules: all-day VALUE=DATE events, CRLF line ends, lines folded at
 * 75 octets without splitting a UTF-8 character, TEXT escaping, and UIDs that stay the same when the same schedule is
 * written again, so a calendar that re-imports the file updates its events instead of adding copies.
 */
import { addDays, formatBasicDate, type CalendarDate } from '../dates/calendar-date.js';
import { sanitize } from './sanitize.js';

/** One all-day event. */
export interface IcsEvent {
  uid: string;
  date: CalendarDate;
  summary: string;
  description: string;
}

/** A calendar: its name, the stamp every event carries, and the events. */
export interface IcsCalendar {
  /** The calendar's name, shown by clients that support X-WR-CALNAME. */
  name: string;
  /** DTSTAMP for every event: a UTC date-time, YYYYMMDDTHHMMSSZ. */
  stamp: string;
  events: readonly IcsEvent[];
}

const PRODID = '-//monograph//dosing schedule 1.0//EN';
const MAX_OCTETS = 75;

/**
 * Escapes a TEXT value: backslash, semicolon, comma and newline. Controls, bidi and other invisible characters are
 * first made visible by the sanitiser (`\u{202E}`), as everywhere else data is printed.
 */
export function escapeText(value: string): string {
  return sanitize(value)
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/** Folds one content line: each physical line at most 75 octets, continuation lines starting with one space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Octets(ch.codePointAt(0)!);
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

const utf8Octets = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/** The whole calendar as text with CRLF line ends. */
export function writeIcs(cal: IcsCalendar): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(cal.name)}`];
  for (const e of cal.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(e.uid)}`,
      `DTSTAMP:${cal.stamp}`,
      `DTSTART;VALUE=DATE:${formatBasicDate(e.date)}`,
      `DTEND;VALUE=DATE:${formatBasicDate(addDays(e.date, 1))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A UID from what identifies a dose: the drug, the schedule's anchor date and the dose number. */
export const doseUid = (drug: string, anchor: string, n: number): string => `${drug}-${anchor}-${n}@monograph`;
