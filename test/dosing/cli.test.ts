/** `monograph dosing` through the CLI: goldens for people, JSON for scripts, exit 2 for what the label cannot answer. */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dosing = (...args: string[]) => runCli(['dosing', ...args, '--width', '100']);
const json = async (...args: string[]) => {
  const r = await runCli(['dosing', ...args, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
};

describe('human output (goldens at 100 columns)', () => {
  it.each([
    ['regimen-spinraza-us', ['spinraza']],
    ['regimen-spinraza-eu', ['spinraza', '--region', 'eu']],
    ['regimen-evrysdi', ['evrysdi']],
    ['regimen-zolgensma', ['zolgensma']],
    ['schedule-spinraza-us', ['spinraza', '--start', '2026-12-01']],
    ['schedule-spinraza-eu-leap-day', ['nusinersen', '--region', 'eu', '--start', '2024-02-29', '--count', '6']],
    ['missed-maintenance-8-to-16-months', ['spinraza', '--last-dose', '2026-03-02']],
    ['missed-maintenance-under-8-months-close', ['spinraza', '--last-dose', '2026-07-20', '--today', '2027-03-10', '--scheduled', '2026-07-20']],
    ['missed-loading-third-30-days-late', ['spinraza', '--last-dose', '2026-12-15', '--loading-dose', '2', '--today', '2027-01-28', '--count', '4']],
    ['missed-maintenance-late-last-dose-unknown-schedule', ['spinraza', '--last-dose', '2025-06-20', '--today', '2025-11-01']],
    ['missed-maintenance-late-last-dose-scheduled', ['spinraza', '--last-dose', '2025-06-20', '--today', '2025-11-01', '--scheduled', '2025-09-15', '--count', '4']],
    ['missed-loading-years-late', ['spinraza', '--last-dose', '2020-01-01', '--loading-dose', '2', '--today', '2025-02-20']],
    ['weight-evrysdi-7.5kg-5m', ['evrysdi', '--weight', '7.5kg', '--age', '5m']],
    ['weight-evrysdi-8kg-5mo', ['evrysdi', '--weight', '8kg', '--age', '5mo']],
    ['weight-evrysdi-20kg-2y', ['evrysdi', '--weight', '20 kg', '--age', '2y']],
    ['weight-zolgensma-16lb', ['zolgensma', '--weight', '16lb', '--age', '6w']],
    ['weight-zolgensma-40lb', ['zolgensma', '--weight', '40lb']],
    ['weight-evrysdi-44.09lb-3y', ['evrysdi', '--weight', '44.09lb', '--age', '3y']],
  ])('%s', async (name, args) => {
    const r = await dosing(...args);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot(`../golden/dosing/${name}.txt`);
  });
});

describe('JSON', () => {
  it('a schedule: doses as { n, date, weekday, kind, day, label }', async () => {
    const doc = await json('spinraza', '--start', '2026-01-31', '--count', '6');
    expect(doc.mode).toBe('schedule');
    expect(doc.doses).toEqual([
      { n: 1, date: '2026-01-31', weekday: 'Sat', kind: 'loading', day: 0, label: 'loading dose 1 of 4' },
      { n: 2, date: '2026-02-14', weekday: 'Sat', kind: 'loading', day: 14, label: 'loading dose 2 of 4' },
      { n: 3, date: '2026-02-28', weekday: 'Sat', kind: 'loading', day: 28, label: 'loading dose 3 of 4' },
      { n: 4, date: '2026-03-30', weekday: 'Mon', kind: 'loading', day: 58, label: 'loading dose 4 of 4' },
      { n: 5, date: '2026-07-30', weekday: 'Thu', kind: 'maintenance', day: 180, label: 'maintenance dose' },
      { n: 6, date: '2026-11-30', weekday: 'Mon', kind: 'maintenance', day: 303, label: 'maintenance dose' },
    ]);
    expect(doc.rules).toEqual([{ id: 'schedule', text: expect.stringContaining('30 days after the 3rd'), sources: [{ source: 'us-label', section: '2.1' }] }]);
    expect((doc.sources as { id: string }[]).map((s) => s.id)).toEqual(['us-label', 'openfda-label-search']);
    expect(doc.reminder).toMatch(/^Check this against the current label/);
    expect(doc.reminder).toMatch(/It follows: US label v18 \(2023-02-24\)\.$/);
  });

  it.each([
    ['regimen', ['spinraza']],
    ['schedule', ['spinraza', '--start', '2026-01-31']],
    ['missed dose', ['spinraza', '--last-dose', '2026-03-02', '--today', '2026-11-25']],
  ])('Spinraza %s: the label version applied, the newer 03/2026 label, and the high-dose regimen not covered (issue 9 item 4)', async (_what, args) => {
    const doc = await json(...args);
    expect(doc.labelApplied).toEqual([{ source: 'us-label', region: 'US', setId: 'dd70cd5f-b0fc-4ba4-a5ea-89a34778bd94', version: '18', effective: '2023-02-24' }]);
    expect((doc.newerLabel as { text: string }[]).map((n) => n.text)).toEqual([expect.stringMatching(/newer US label exists.*03\/2026.*2\.1, 2\.2, 2\.3, 2\.5.*5\.1/)]);
    expect((doc.notCovered as { text: string }[]).map((n) => n.text)).toEqual([expect.stringMatching(/high-dose regimen/)]);
  });

  it('Evrysdi dose by weight: version 16 applied, the 2026-02-10 change to 2.1 and 2.2 named, and nothing of it invented', async () => {
    const doc = await json('evrysdi', '--weight', '8kg', '--age', '5mo');
    expect((doc.labelApplied as { version: string }[]).map((l) => l.version)).toEqual(['16']);
    expect((doc.newerLabel as { text: string }[])[0]!.text).toMatch(/2026-02-10.*2\.1 and\s+2\.2.*not confirmed/);
  });

  it('pounds: 0.1 kg and "converted" in text (issue 9 item 9), exact kg and mg in JSON', async () => {
    const r = await dosing('zolgensma', '--weight', '40lb');
    expect(r.stdout).toMatch(/Weight: +≈ 18\.1 kg \(40lb, converted at 1 lb = 0\.45359237 kg; exact value in --json\)/);
    expect(r.stdout).toMatch(/prednisolone \(or equivalent\) ≈ 18\.14 mg\/day/);
    expect(r.stdout).not.toMatch(/18\.1436948/);
    const doc = await json('zolgensma', '--weight', '40lb');
    expect([(doc.weight as { kg: number }).kg, (doc.corticosteroid as { dailyDoseMg: number }).dailyDoseMg]).toEqual([18.1436948, 18.1436948]);
  });

  it('a converted weight just under a band edge is not shown as the edge', async () => {
    const r = await dosing('evrysdi', '--weight', '44.09lb', '--age', '3y');
    expect(r.stdout).toMatch(/Weight: +19\.9989… kg/);
    expect(r.stdout).toMatch(/weighing less than 20 kg/);
  });

  it('Zolgensma: no label record, so no version is claimed', async () => {
    const doc = await json('zolgensma', '--weight', '7kg');
    expect([doc.labelApplied, doc.newerLabel]).toEqual([[], []]);
  });

  it('a missed-dose plan names the row that applies', async () => {
    const doc = await json('spinraza', '--last-dose', '2026-03-02', '--today', '2026-11-25', '--count', '3');
    expect([doc.lastDose, doc.today, doc.due, doc.monthsSinceLastDose, doc.daysSinceLastDose]).toEqual(['2026-03-02', '2026-11-25', '2026-07-02', 8, 268]);
    expect(doc.lastDoseWas).toEqual({ kind: 'maintenance' });
    expect((doc.applies as { id: string }).id).toBe('8-to-16-months');
    expect((doc.doses as { date: string; kind: string }[]).map((d) => [d.date, d.kind])).toEqual([
      ['2026-11-25', 'maintenance'],
      ['2026-12-09', 'additional'],
      ['2027-04-09', 'maintenance'],
    ]);
  });

  it('Evrysdi by weight: numbers stay numbers', async () => {
    const doc = await json('evrysdi', '--weight', '16lb', '--age', '1y');
    expect(doc).toMatchObject({ mode: 'daily-dose', region: 'US', weight: { input: '16lb', kg: 7.25747792 }, age: { input: '1y', months: 12, days: 0 } });
    expect([doc.dailyDoseMg, doc.volumeMl, doc.exactVolumeMl, doc.concentrationMgPerMl]).toEqual([1.451495584, 1.9, 1.9353274453333333, 0.75]);
    expect(doc.band).toEqual({ id: '2-months-to-2-years', label: '2 months to less than 2 years of age', mgPerKg: 0.2, fixedMg: null, weight: { atLeastKg: null, belowKg: null }, sources: [{ source: 'us-label', section: '2.2' }] });
    expect(doc.syringe).toEqual({ sizeMl: 6, incrementMl: 0.1 });
    expect((doc.tablet as { applies: boolean }).applies).toBe(false);
    expect((doc.rules as { id: string }[]).map((r) => r.id)).toEqual(['daily-dose', 'solution-volume', 'tablet']);
  });

  it('Zolgensma by weight: band, doseVolumeMl and the steroid dose', async () => {
    const doc = await json('zolgensma', '--weight', '7.5kg');
    expect([doc.band, doc.doseVolumeMl]).toEqual([{ fromKg: 7.1, toKg: 7.5, doseVolumeMl: 41.3 }, 41.3]);
    expect(doc.corticosteroid).toMatchObject({ mgPerKgPerDay: 1, dailyDoseMg: 7.5, startDaysBefore: 1, days: 30 });
    expect(doc.age).toBeNull();
  });
});

describe('refusals: exit 2 (or 3), one message on stderr, nothing on stdout', () => {
  it.each([
    [['spinraza', '--start', '2026-02-30'], 2, 'monograph: --start "2026-02-30" is not a day of the calendar\nwrite dates as YYYY-MM-DD, e.g. --start 2026-12-01\n'],
    [['spinraza', '--start', '05/03/2026'], 2, 'monograph: --start "05/03/2026" is not a date in the form YYYY-MM-DD\nwrite dates as YYYY-MM-DD, e.g. --start 2026-12-01\n'],
    [['spinraza', '--last-dose', '2026-13-01'], 2, 'monograph: --last-dose "2026-13-01" is not a day of the calendar\nwrite dates as YYYY-MM-DD, e.g. --last-dose 2026-12-01\n'],
    [['spinraza', '--start', '2026-12-01', '--count', '1001'], 2, 'monograph: --count must be a whole number from 1 to 1000, not "1001"\n'],
    [['spinraza', '--region', 'eu', '--last-dose', '2026-03-01'], 2, /Table 3\) is not available here[\s\S]*run with --region us/],
    [['spinraza', '--weight', '7kg'], 2, /Spinraza's dose does not depend on weight: 12 mg \(5 mL\) intrathecal/],
    [['evrysdi', '--start', '2026-12-01'], 2, /Evrysdi has no repeating schedule/],
    [['evrysdi', '--region', 'eu'], 2, /Evrysdi: no EU regimen is recorded here \(only US\)/],
    [['evrysdi', '--weight', '7kg'], 2, /--age is required/],
    [['evrysdi', '--weight', '18.2kg', '--age', '3y'], 2, /outside every row of the label's syringe table/],
    [['zolgensma', '--weight', '2.5kg'], 2, /weight 2.5 kg is outside the label's dose table \(2.6 to 21.0 kg\)/],
    [['zolgensma', '--weight', '21.1kg'], 2, /outside the label's dose table/],
    [['zolgensma', '--weight', '3.05kg'], 2, /falls between the label's bands 2.6–3.0 kg and 3.1–3.5 kg/],
    [['zolgensma', '--weight', '7kg', '--age', '2y'], 2, /outside the label's population/],
    [['zolgensma', '--weight', '7'], 2, /is not a weight with a unit/],
    [['spinrasa'], 3, /no monograph named "spinrasa"/],
  ])('%j exits %i', async (args, code, stderr) => {
    const r = await dosing(...(args as string[]));
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    if (typeof stderr === 'string') expect(r.stderr).toBe(stderr);
    else expect(r.stderr).toMatch(stderr);
  });
});

describe('--ics writes one new file, never over another', () => {
  const dir = mkdtempSync(join(tmpdir(), 'monograph-ics-'));
  const args = (file: string, ...more: string[]) => ['spinraza', '--start', '2026-12-01', '--count', '2', '--ics', file, ...more];

  it('writes the file, says so on stderr, and prints the schedule as usual', async () => {
    const file = join(dir, 'new.ics');
    const r = await dosing(...args(file));
    expect([r.code, r.stderr]).toEqual([0, `monograph: wrote 2 events to ${file}\n`]);
    expect(r.stdout).toContain('loading dose 2 of 4');
    expect(readFileSync(file, 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*UID:spinraza-2026-12-01-2@monograph\r\n[\s\S]*END:VCALENDAR\r\n$/);
  });

  it('refuses an existing file without --force (exit 2, file untouched), replaces it with --force', async () => {
    const file = join(dir, 'existing.ics');
    writeFileSync(file, 'keep me');
    const refused = await dosing(...args(file));
    expect([refused.code, refused.stdout]).toEqual([2, '']);
    expect(refused.stderr).toBe(`monograph: --ics ${file} already exists; not overwriting it\nadd --force to replace it, or choose another file name\n`);
    expect(readFileSync(file, 'utf8')).toBe('keep me');
    expect((await dosing(...args(file, '--force'))).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^BEGIN:VCALENDAR/);
  });

  it('never follows a link: a dangling one is "exists", and --force will not replace one', async () => {
    const target = join(dir, 'target.txt');
    writeFileSync(target, 'target');
    const link = join(dir, 'link.ics');
    symlinkSync(target, link);
    const dangling = join(dir, 'dangling.ics');
    symlinkSync(join(dir, 'nowhere'), dangling);
    expect((await dosing(...args(dangling))).code).toBe(2);
    const forced = await dosing(...args(link, '--force'));
    expect([forced.code, forced.stdout]).toEqual([2, '']);
    expect(forced.stderr).toMatch(/is not a regular file; not replacing it, even with --force/);
    expect(readFileSync(target, 'utf8')).toBe('target');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('a plan with no dates is refused with --ics (exit 2, nothing on stdout, no file), and printed without it', async () => {
    const file = join(dir, 'no-dates.ics');
    const plan = ['spinraza', '--last-dose', '2020-03-02', '--loading-dose', '3', '--today', '2026-11-25'];
    const r = await dosing(...plan, '--ics', file);
    expect([r.code, r.stdout, existsSync(file)]).toEqual([2, '', false]);
    expect(r.stderr).toBe(`monograph: --ics ${file}: the plan has no dates to write; no file written\nrun without --ics to see the plan and why it has no dates\n`);
    const without = await dosing(...plan);
    expect([without.code, without.stdout]).toEqual([0, expect.stringContaining('no dates are planned')]);
  });

  it('a missing folder is exit 3', async () => {
    const r = await dosing(...args(join(dir, 'no', 'such', 'x.ics')));
    expect([r.code, r.stdout]).toEqual([3, '']);
  });

  it('an existing folder is refused as a folder, with or without --force (exit 2, not "add --force")', async () => {
    for (const more of [[], ['--force']]) {
      const r = await dosing(...args(dir, ...more));
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `monograph: --ics ${dir} is a folder; give a file name\n`]);
    }
  });

  it('OS errors about the path are usage errors with the reason in words, and leave no temporary file', async () => {
    const long = join(dir, `${'x'.repeat(300)}.ics`);
    const r = await dosing(...args(long));
    expect([r.code, r.stdout, r.stderr.split('\n')[0]]).toEqual([2, '', `monograph: --ics ${join(dir, 'x'.repeat(80 - dir.length - 2))}…: name too long`]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.skipIf(process.getuid?.() === 0)(`${process.getuid?.() === 0 ? 'SKIPPED: running as root, who may write anything (test/cli/os-errors.test.ts covers the mapping); ' : ''}an unwritable folder is exit 2, "permission denied"`, async () => {
    const locked = join(dir, 'locked');
    mkdirSync(locked, { mode: 0o500 });
    const r = await dosing(...args(join(locked, 'x.ics')));
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([2, `monograph: cannot write --ics ${join(locked, 'x.ics')}: permission denied`]);
  });
});
