/** `monograph storage` end to end, in-process: goldens for what a pharmacist reads, JSON for scripts, exit codes for errors. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const W = ['--width', '100'];
const LOGS = 'test/fixtures/storage/logs';
const FIXTURES = ['--data', 'test/fixtures/storage'];

describe('monograph storage: text', () => {
  it.each([
    ['spinraza-rules', ['storage', 'spinraza'], 0],
    ['evrysdi-rules-us', ['storage', 'evrysdi', '--region', 'us'], 0],
    ['zolgensma-rules', ['storage', 'zolgensma'], 0],
    ['kesimpta-rules', ['storage', 'kesimpta', ...FIXTURES], 0],
    ['spinraza-within', ['storage', 'spinraza', '--excursion', '22C:11h:out-of-carton'], 0],
    ['spinraza-outside', ['storage', 'spinraza', '--excursion', '28C:3d', '--excursion', '71.6F:2h:out-of-carton'], 1],
    ['spinraza-log', ['storage', 'spinraza', '--log', `${LOGS}/fridge-failure.csv`], 0],
    ['spinraza-log-gaps', ['storage', 'spinraza', '--region', 'us', '--log', `${LOGS}/gaps-and-blanks.csv`], 1],
    ['evrysdi-clock', ['storage', 'evrysdi', '--state', 'constituted', '--since', '2026-04-01', '--on', '2026-06-05'], 1],
    ['evrysdi-regions-differ', ['storage', 'evrysdi', '--state', 'constituted', '--excursion', '40C:1h'], 1],
    ['rystiggo-back-in-fridge', ['storage', 'rystiggo', ...FIXTURES, '--excursion', '20C:1d', '--excursion', '20C:1d'], 1],
  ] as const)('%s', async (name, argv, code) => {
    const r = await runCli([...argv, ...W]);
    expect([r.code, r.stderr]).toEqual([code, '']);
    await expect(r.stdout).toMatchFileSnapshot(`../golden/storage/${name}.txt`);
  });

  it('says what remains of the allowance in words', async () => {
    const r = await runCli(['storage', 'spinraza', '--excursion', '22C:11h:out-of-carton', ...W]);
    expect(r.stdout).toContain('19 h of the 30 h out-of-carton allowance remain');
    expect(r.stdout).toContain('Verdict: WITHIN the labeled allowance');
    expect(r.stdout).not.toMatch(/\bsafe\b/i);
  });

  it('--state without a check shows only that state', async () => {
    const r = await runCli(['storage', 'evrysdi', '--state', 'powder', ...W]);
    expect(r.stdout).toContain('Dry powder (before constitution) (state: powder)');
    expect(r.stdout).not.toContain('(state: constituted)');
  });

  it('markdown carries the same verdict', async () => {
    const r = await runCli(['storage', 'spinraza', '--excursion', '22C:31h:out-of-carton', '--format', 'markdown', ...W]);
    expect([r.code, r.stdout.split('\n').slice(0, 3)]).toEqual([1, ['# Spinraza (nusinersen): storage', '', '- **Verdict:** OUTSIDE the labeled allowance']]);
  });
});

describe('monograph storage: JSON', () => {
  it('a Rystiggo vial put back in the refrigerator', async () => {
    const r = await runCli(['storage', 'rystiggo', ...FIXTURES, '--excursion', '20C:1d', '--excursion', '77F:2d', '--json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.verdict).toBe('outside');
    expect(doc.check).toEqual({
      state: { id: 'vial', name: 'Vial' },
      verdict: 'outside',
      excursions: [
        { input: '20C:1d', temperatureC: 20, temperatureF: 68, minutes: 1440, outOfCarton: false },
        { input: '77F:2d', temperatureC: 25, temperatureF: 77, minutes: 2880, outOfCarton: false },
      ],
      log: null,
      clock: null,
      decision: {
        verdict: 'outside',
        regions: ['US'],
        rule: 'allowance:room-temperature',
        ruleName: 'room-temperature allowance',
        used: { value: 2880, unit: 'min' },
        allowed: { value: 43200, unit: 'min' },
        remaining: { value: 40320, unit: 'min' },
        message: 'it went back to the refrigerator after a period under the room-temperature allowance, which the source does not allow',
        sources: [{ source: 'us-label', section: '16.2' }],
      },
      evaluations: [
        {
          regions: ['US'],
          verdict: 'outside',
          results: [
            {
              rule: 'allowance:room-temperature',
              kind: 'allowance',
              name: 'room-temperature',
              verdict: 'outside',
              used: { value: 2880, unit: 'min' },
              allowed: { value: 43200, unit: 'min' },
              remaining: { value: 40320, unit: 'min' },
              limitFrom: 'source',
              message: 'it went back to the refrigerator after a period under the room-temperature allowance, which the source does not allow',
              sources: [{ source: 'us-label', section: '16.2' }],
            },
          ],
          bands: [
            { band: 'base', name: 'base condition', minutes: 0 },
            { band: 'allowance:room-temperature', name: 'room-temperature allowance', minutes: 4320 },
          ],
          warmestC: 25,
          coldestC: 20,
          periods: {
            count: 2,
            first: [
              { start: null, minutes: 1440, maxC: 20, returned: true },
              { start: null, minutes: 2880, maxC: 25, returned: false },
            ],
          },
          method: [
            'Base condition: 2–8 °C (in a refrigerator), in the original carton, protected from light, do not freeze. Time in it uses no allowance.',
            'The room-temperature allowance covers above 8 °C up to 25 °C, in the original carton: at most 30 d, one single period; it may not go back to the refrigerator.',
          "A period in an allowance's packaging that goes above its temperature limit breaks that allowance (exceeded) and its time counts against it.",
            'A temperature exactly at a limit is within it. Time above every limit is outside.',
            'Below 2 °C is outside: the source gives the range 2–8 °C and says do not freeze.',
            'Each --excursion is one period at the temperature given (give the warmest reached); between two of them the product was back in its base condition. Without :out-of-carton it was in the original carton.',
          ],
          sources: [{ source: 'us-label', section: '16.2' }],
        },
      ],
      unchecked: [],
    });
  });

  it('one °C range reads as one °F range: the EU 2–8 °C row prints 36–46 °F marked converted, exact in JSON (issue 9 item 9)', async () => {
    const text = (await runCli(['storage', 'evrysdi', '--width', '200'])).stdout;
    expect(text).toMatch(/\(36–46 °F\) /);
    expect(text).toMatch(/\(36–46 °F, converted\)/);
    expect(text).not.toMatch(/35\.6|46\.4/);
    const doc = JSON.parse((await runCli(['storage', 'evrysdi', '--region', 'eu', '--json'])).stdout);
    const eu = doc.states.find((s: { id: string }) => s.id === 'constituted').conditions[0];
    expect([eu.minF, eu.maxF, eu.fahrenheit]).toEqual([35.6, 46.4, 'converted']);
  });

  it('the rules alone: verdict null, every state with °F beside °C', async () => {
    const doc = JSON.parse((await runCli(['storage', 'spinraza', '--region', 'us', '--json'])).stdout);
    expect(Object.keys(doc)).toEqual(['schemaVersion', 'drug', 'region', 'verdict', 'states', 'stateIds', 'inUse', 'advice', 'notes', 'unread', 'check', 'labelApplied', 'newerLabel', 'sources']);
    // Issue 9 item 4: the label version applied, and the newer label whose content is not in the data.
    expect(doc.labelApplied).toEqual([{ source: 'us-label', region: 'US', setId: 'dd70cd5f-b0fc-4ba4-a5ea-89a34778bd94', version: '18', effective: '2023-02-24' }]);
    expect(doc.newerLabel).toEqual([{ source: 'us-label', text: expect.stringMatching(/^A newer US label exists.*03\/2026/), sources: expect.any(Array) }]);
    expect([doc.verdict, doc.check, doc.region]).toEqual([null, null, 'US']);
    expect(doc.states[0].allowances.map((a: { id: string; maxC: number; maxF: number; duration: unknown; counting: string; returnToFridge: string }) => [a.id, a.maxC, a.maxF, a.duration, a.counting, a.returnToFridge])).toEqual([
      ['in-carton', 30, 86, { value: 14, unit: 'd' }, 'not-stated', 'allowed'],
      ['out-of-carton', 25, 77, { value: 30, unit: 'h' }, 'cumulative', 'allowed'],
    ]);
    expect(doc.inUse.map((u: { region: string; limit: unknown }) => [u.region, u.limit])).toEqual([['US', { value: 4, unit: 'h' }]]);
    expect(doc.sources.map((s: { id: string; setId?: string; version?: string; effective?: string }) => [s.id, s.setId, s.version, s.effective])).toEqual([
      ['us-label', 'dd70cd5f-b0fc-4ba4-a5ea-89a34778bd94', '18', '2023-02-24'],
      ['openfda-label-search', undefined, undefined, undefined],
    ]);
  });

  it('a log check reports the log, its chart and the per-rule numbers', async () => {
    const r = await runCli(['storage', 'spinraza', '--region', 'us', '--log', `${LOGS}/fridge-fahrenheit.csv`, '--json']);
    const doc = JSON.parse(r.stdout);
    const { chart, ...log } = doc.check.log;
    expect([r.code, doc.verdict]).toEqual([0, 'within']);
    expect(log).toEqual({
      file: `${LOGS}/fridge-fahrenheit.csv`,
      columns: { time: 'Date/Time', temp: 'Temp (°F)' },
      separator: ',',
      unit: 'F',
      unitFrom: 'header',
      rows: 146,
      missing: 0,
      duplicates: 1,
      unsorted: true,
      offsets: true,
      outOfCarton: false,
      from: '2026-03-02T08:00:00Z',
      to: '2026-03-03T08:00:00Z',
      medianIntervalMinutes: 10,
      intervalMinutes: 10,
      intervalFrom: 'most-common',
      maxGapMinutes: 20,
      maxGapFrom: 'most-common',
      gaps: 0,
      gapMinutes: 0,
      missingMinutes: 0,
      warmest: { c: 22.5, at: '2026-03-02T10:30:00Z' },
      coldest: { c: 4.5, at: '2026-03-02T08:00:00Z' },
    });
    expect(chart.max).toHaveLength(120);
    expect(doc.check.evaluations[0].results.map((x: { rule: string; used: unknown }) => [x.rule, x.used])).toEqual([
      ['allowance:in-carton', { value: 370, unit: 'min' }],
      ['allowance:out-of-carton', { value: 0, unit: 'min' }],
    ]);
  });
});

describe('monograph storage: defaults and signs', () => {
  it('--on defaults to today', async () => {
    const r = await runCli(['storage', 'evrysdi', '--state', 'constituted', '--since', '2026-11-01', '--json'], { today: '2026-11-25' });
    expect([r.code, JSON.parse(r.stdout).check.clock]).toEqual([0, { since: '2026-11-01', on: '2026-11-25' }]);
  });

  it('reads a negative temperature after --excursion', async () => {
    const r = await runCli(['storage', 'spinraza', '--excursion', '-2C:1h', '--json']);
    expect([r.code, JSON.parse(r.stdout).check.excursions[0].temperatureC]).toEqual([1, -2]);
  });
});

describe('monograph storage: bad input', () => {
  it.each([
    [['storage', 'spinraza', '--excursion', '22K:1h'], 2, 'monograph: unknown temperature unit "K" in "22K"'],
    [['storage', 'spinraza', '--excursion', '22C:0h'], 2, 'monograph: the duration "0h" is zero'],
    [['storage', 'spinraza', '--excursion', '22C:-3h'], 2, 'monograph: the duration "-3h" is negative'],
    [['storage', 'spinraza', '--excursion', '25C:2h3h'], 2, 'monograph: cannot read the duration "2h3h"\nwrite it like 90m, 20h, 3d or 1d12h: units d, h and m, largest first, each once'],
    [['storage', 'spinraza', '--excursion', `22C:1${'0'.repeat(400)}h`], 2, 'monograph: cannot read the duration "1000000000'],
    [['storage', 'spinraza', '--excursion', '-91C:1h'], 2, 'monograph: the temperature "-91C" is not a possible storage temperature (from −90 °C to 70 °C)'],
    [['storage', 'spinraza', '--excursion', '71C:1h'], 2, 'monograph: the temperature "71C" is not a possible storage temperature (from −90 °C to 70 °C)'],
    [['storage', 'spinraza', '--excursion', 'hot'], 2, 'monograph: cannot read the excursion "hot"'],
    [['storage', 'spinraza', '--excursion', '22C:1h:in-a-bag'], 2, 'monograph: unknown packaging "in-a-bag" in the excursion "22C:1h:in-a-bag"'],
    [['storage', 'spinraza', '--state', 'powder', '--excursion', '22C:1h'], 2, 'monograph: Spinraza has no storage state "powder"'],
    [['storage', 'spinraza', '--region', 'mars'], 2, "monograph: option '--region <region>' argument 'mars' is invalid. Allowed choices are us, eu, uk."],
    [['storage', 'spinraza', '--unit', 'C'], 2, 'monograph: --unit applies to a log: add --log <file.csv>'],
    [['storage', 'spinraza', '--today', '2026-01-01'], 2, 'monograph: --today needs --since <DATE>, the date the clock starts from'],
    [['storage', 'spinraza', '--on', '2026-01-01'], 2, 'monograph: --today needs --since <DATE>, the date the clock starts from'],
    [['storage', 'evrysdi', '--state', 'constituted', '--since', '2026-04-01', '--today', '2026-06-01', '--on', '2026-06-02'], 2, 'monograph: --on is another name for --today: give one date, not both 2026-06-01 and 2026-06-02'],
    [['storage', 'spinraza', '--since', '2026-04-01'], 2, 'monograph: the "vial" state has no clock, so --since does not apply'],
    [['storage', 'evrysdi', '--state', 'constituted', '--since', '2026-04-01', '--today', '2026-03-01'], 2, 'monograph: --today 2026-03-01 is before --since 2026-04-01'],
    [['storage', 'evrysdi', '--state', 'constituted', '--since', '1 April'], 2, 'monograph: --since "1 April" is not a date in the form YYYY-MM-DD'],
    [['storage', 'spinraza', '--log', `${LOGS}/fridge-failure.csv`, '--unit', 'K'], 2, 'monograph: unknown unit "K" for --unit'],
    [['storage', 'spinraza', '--log', `${LOGS}/no-unit.csv`], 2, `monograph: ${LOGS}/no-unit.csv: the header does not say whether temperatures are in °C or °F ("value temp")`],
    [['storage', 'spinraza', '--log', `${LOGS}/malformed.csv`], 2, `monograph: ${LOGS}/malformed.csv, line 4: cannot read the time "yesterday"`],
    [['storage', 'spinraza', '--log', `${LOGS}/fridge-failure.csv`, '--unit', 'F'], 2, 'monograph: --unit F does not match the log\'s header, which says °C'],
    [['storage', 'spinraza', '--log', LOGS], 2, `monograph: --log ${LOGS} is a folder, not a regular file`],
    [['storage', 'spinraza', '--log', 'no-such-log.csv'], 3, 'monograph: --log no-such-log.csv: no such file or folder'],
    [['storage', 'spinrasa'], 3, 'monograph: no monograph named "spinrasa"'],
  ] as const)('%j → exit %d', async (argv, code, message) => {
    const r = await runCli([...argv]);
    expect([r.code, r.stdout, r.stderr.slice(0, message.length)]).toEqual([code, '', message]);
  });

  it('asks for --unit when the log does not say', async () => {
    const r = await runCli(['storage', 'spinraza', '--log', `${LOGS}/no-unit.csv`]);
    expect(r.stderr.split('\n')[1]).toBe('add --unit C or --unit F');
  });

  it('a log whose unit is given reads', async () => {
    const r = await runCli(['storage', 'spinraza', '--log', `${LOGS}/no-unit.csv`, '--unit', 'c', '--json']);
    expect([r.code, JSON.parse(r.stdout).check.log.unitFrom]).toEqual([0, 'option']);
  });
});
