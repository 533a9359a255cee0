/** `monograph dosing` options: which combinations make sense, and every bad value is exit 2 with a reason. */
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/dates/calendar-date.js';
import { parseDosingOpts, type DosingOpts } from '../../src/dosing/request.js';
import { UsageError } from '../../src/errors.js';

const parse = (o: DosingOpts) => parseDosingOpts(o, '2026-11-25');

describe('valid requests', () => {
  it.each([
    [{}, 'regimen', 'US'],
    [{ region: 'EU' }, 'regimen', 'EU'],
    [{ region: 'us', start: '2026-12-01' }, 'schedule', 'US'],
    [{ start: '2026-12-01', count: '3' }, 'schedule', 'US'],
    [{ start: '2026-12-01', until: '2026-12-01' }, 'schedule', 'US'],
    [{ lastDose: '2026-03-01' }, 'missed-dose', 'US'],
    [{ lastDose: '2026-03-01', loadingDose: '2', today: '2026-04-01' }, 'missed-dose', 'US'],
    [{ lastDose: '2026-03-01', scheduled: '2026-01-15' }, 'missed-dose', 'US'],
    [{ lastDose: '2026-03-01', start: '2025-06-01' }, 'missed-dose', 'US'],
    [{ weight: '7kg' }, 'weight', 'US'],
    [{ weight: '7kg', age: '3m' }, 'weight', 'US'],
    [{ start: '2026-12-01', ics: 'a.ics', force: true }, 'schedule', 'US'],
  ] as [DosingOpts, string, string][])('%j is a %s request (%s)', (o, mode, region) => {
    const r = parse(o);
    expect([r.mode, r.region]).toEqual([mode, region]);
  });

  it('today comes from the run unless --today says otherwise', () => {
    expect(formatDate(parse({ lastDose: '2026-03-01' }).today)).toBe('2026-11-25');
    expect(formatDate(parse({ lastDose: '2026-03-01', today: '2026-05-01' }).today)).toBe('2026-05-01');
  });

  it('the default limit is two years of maintenance', () => {
    const r = parse({ start: '2026-12-01' });
    expect(r.mode === 'schedule' && r.limit).toEqual({ years: 2 });
  });
});

describe('refused with exit 2', () => {
  it.each([
    [{ start: '2026-12-01', lastDose: '2026-03-01' }, /--start 2026-12-01 is after --last-dose 2026-03-01/],
    [{ start: '2025-12-01', scheduled: '2026-01-01', lastDose: '2026-03-01' }, /--scheduled and --start cannot be used together/],
    [{ scheduled: '2026-01-01' }, /--scheduled needs --last-dose/],
    [{ lastDose: '2026-03-01', scheduled: '2026-02-30' }, /--scheduled/],
    [{ start: '2026-12-01', lastDose: '2026-03-01', weight: '7kg' }, /--last-dose and --weight cannot be used together/],
    [{ start: '2026-12-01', weight: '7kg' }, /--start and --weight cannot be used together/],
    [{ age: '3m' }, /--age needs --weight/],
    [{ count: '3' }, /--count needs --start or --last-dose/],
    [{ until: '2027-01-01' }, /--until needs --start or --last-dose/],
    [{ start: '2026-12-01', count: '3', until: '2027-01-01' }, /--count and --until cannot be used together/],
    [{ start: '2026-12-01', count: '0' }, /--count must be a whole number from 1 to 1000/],
    [{ start: '2026-12-01', count: '1001' }, /--count must be a whole number from 1 to 1000/],
    [{ start: '2026-12-01', count: '2.5' }, /--count must be a whole number/],
    [{ start: '2026-12-01', until: '2026-11-30' }, /--until 2026-11-30 is before --start 2026-12-01/],
    [{ loadingDose: '2' }, /--loading-dose needs --last-dose/],
    [{ lastDose: '2026-03-01', loadingDose: 'two' }, /--loading-dose must be a whole number/],
    [{ today: '2026-11-25' }, /--today needs --last-dose or --ics/],
    [{ ics: 'a.ics' }, /--ics needs --start or --last-dose/],
    [{ weight: '7kg', ics: 'a.ics' }, /--ics needs --start or --last-dose/],
    [{ start: '2026-12-01', force: true }, /--force needs --ics/],
    [{ start: '2026-12-01', ics: '' }, /--ics needs a file name/],
    [{ start: '2026-02-30' }, /--start "2026-02-30" is not a day of the calendar/],
    [{ start: '05/03/2026' }, /--start "05\/03\/2026" is not a date in the form YYYY-MM-DD/],
    [{ start: '2026-13-01' }, /--start "2026-13-01" is not a day of the calendar/],
    [{ lastDose: '2026-03-01', today: 'today' }, /--today "today" is not a date/],
  ] as [DosingOpts, RegExp][])('%j: %s', (o, message) => {
    expect(() => parse(o)).toThrow(UsageError);
    expect(() => parse(o)).toThrow(message);
  });
});
