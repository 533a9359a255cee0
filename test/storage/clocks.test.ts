/** Clocks counted from a date: Evrysdi's 64 days after constitution (the label's own example), Zolgensma's 14 days after receipt. */
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { check, result } from './helpers.js';

describe('clocks', () => {
  it.each([
    ['evrysdi', 'constituted', 'US', '2026-04-01', '2026-06-04', 'within', '2026-06-04', 0],
    ['evrysdi', 'constituted', 'US', '2026-04-01', '2026-06-05', 'outside', '2026-06-04', 0],
    ['evrysdi', 'constituted', 'US', '2026-04-01', '2026-04-01', 'within', '2026-06-04', 64],
    ['evrysdi', 'constituted', 'EU', '2026-04-01', '2026-06-04', 'within', '2026-06-04', 0],
    ['zolgensma', 'refrigerated', undefined, '2026-01-01', '2026-01-15', 'within', '2026-01-15', 0],
    ['zolgensma', 'refrigerated', undefined, '2026-01-01', '2026-01-16', 'outside', '2026-01-15', 0],
    ['rystiggo', 'vial', undefined, '2026-01-31', '2026-03-02', 'within', '2026-03-02', 0],
    ['rystiggo', 'vial', undefined, '2028-02-01', '2028-03-03', 'outside', '2028-03-02', 0],
  ] as const)('%s %s %s from %s on %s → %s (deadline %s, %d days left)', async (drug, state, region, since, on, verdict, deadline, left) => {
    const v = await check(drug, { state, region, since, on });
    const clock = v.evaluations[0]!.results.find((r) => r.kind === 'clock')!;
    expect([v.verdict, clock.deadline, clock.remaining]).toEqual([verdict, deadline, { value: left, unit: 'd' }]);
  });

  it('says the deadline and the counting in words', async () => {
    const v = await check('evrysdi', { state: 'constituted', region: 'US', since: '2026-04-01', on: '2026-06-01' });
    expect(result(v, 'clock:discard')!.message).toBe('discard after 2026-06-04, 64 days after constitution on 2026-04-01 (that day is day 0): 3 days left on 2026-06-01');
  });

  it('Zolgensma\'s 14 days borrow the day-0 counting without a source: the message says it is an assumption (issue 9 item 10)', async () => {
    const v = await check('zolgensma', { state: 'refrigerated', since: '2026-01-01', on: '2026-01-10' });
    expect(result(v, 'clock:start-by')!.message).toBe(
      'start treatment by 2026-01-15, 14 days after receipt on 2026-01-01 (counted with that day as day 0, an assumption: the source does not say how to count): 5 days left on 2026-01-10',
    );
  });

  it('a clock and an excursion both count', async () => {
    const v = await check('evrysdi', { state: 'constituted', region: 'US', since: '2026-04-01', on: '2026-06-01', excursions: ['30C:5d1m'] });
    expect(v.evaluations[0]!.results.map((r) => [r.rule, r.verdict])).toEqual([
      ['allowance:room-temperature', 'outside'],
      ['clock:discard', 'within'],
    ]);
  });

  it('a state without a clock refuses --since', async () => {
    await expect(check('spinraza', { since: '2026-04-01' })).rejects.toThrow(UsageError);
    await expect(check('spinraza', { since: '2026-04-01' })).rejects.toThrow('the "vial" state has no clock, so --since does not apply');
  });
});
