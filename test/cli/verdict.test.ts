/** A one-line question gets its answer in the first lines: a verdict block, then the detail; `--brief` is the block alone. */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const W = ['--width', '80'];
const lines = (s: string) => s.trimEnd().split('\n');

describe('storage checks lead with the verdict, the deciding rule and what remains', () => {
  it('spinraza --excursion 25C:10h: the first three lines after the title answer it', async () => {
    const r = await runCli(['storage', 'spinraza', '--excursion', '25C:10h', ...W]);
    expect(lines(r.stdout).slice(2, 5)).toEqual([
      'Verdict: WITHIN the labeled allowance',
      'Rule:    US in-carton allowance: 10 h used of 14 d',
      'Remains: 13 d 14 h of the 14 d in-carton allowance remain',
    ]);
  });

  it('--brief prints the verdict, the deciding rule and its source only', async () => {
    const r = await runCli(['storage', 'spinraza', '--excursion', '25C:10h', '--brief', ...W]);
    expect(r).toEqual({
      code: 0,
      stderr: '',
      stdout: 'Verdict: WITHIN the labeled allowance\nRule:    US in-carton allowance: 10 h used of 14 d\nRemains: 13 d 14 h of the 14 d in-carton allowance remain\nSource:  US label v18 (2023-02-24) §16.2\n',
    });
  });

  it('an outside verdict names what decided it and keeps exit 1', async () => {
    const r = await runCli(['storage', 'spinraza', '--excursion', '28C:10h:out-of-carton', '--brief', ...W]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Verdict: OUTSIDE the labeled allowance\nRule:    US storage condition \(not covered\): 10 h at up to 28 °C/);
  });

  it('JSON carries the decision with everything else', async () => {
    const doc = JSON.parse((await runCli(['storage', 'spinraza', '--excursion', '25C:10h', '--json', '--brief'])).stdout);
    expect(doc.check.decision).toMatchObject({ verdict: 'within', rule: 'allowance:in-carton', remaining: { value: 19560, unit: 'min' } });
    expect(doc.check.evaluations).toHaveLength(1);
  });

  it('--brief without a check is a usage error', async () => {
    expect((await runCli(['storage', 'spinraza', '--brief'])).code).toBe(2);
  });
});

describe('dosing answers lead with the answer, the rule and what comes next', () => {
  it.each([
    [['spinraza', '--start', '2026-12-01', '--count', '3'], 'Answer: 3 doses of 12 mg (5 mL) intrathecal, the first on 2026-12-01'],
    [['spinraza', '--last-dose', '2026-03-02', '--today', '2026-11-25'], 'Answer: missed maintenance dose, as soon as possible: 2026-11-25'],
    [['evrysdi', '--weight', '7.5kg', '--age', '5mo'], 'Answer: 1.5 mg once daily: 2 mL of the 0.75 mg/mL oral solution'],
  ])('%j', async (argv, answer) => {
    const full = await runCli(['dosing', ...argv, ...W]);
    expect(lines(full.stdout)[2]).toBe(answer);
    const brief = await runCli(['dosing', ...argv, '--brief', ...W]);
    expect(lines(brief.stdout)[0]).toBe(answer);
    expect(lines(brief.stdout).filter((l) => !l.startsWith(' ')).map((l) => l.split(':')[0])).toEqual(['Answer', 'Rule', 'Next', 'Source']);
    expect(JSON.parse((await runCli(['dosing', ...argv, '--json'])).stdout).answer.answer).toBe(answer.replace('Answer: ', ''));
  });

  it('--brief with the regimen alone is a usage error', async () => {
    expect((await runCli(['dosing', 'spinraza', '--brief'])).code).toBe(2);
  });
});
