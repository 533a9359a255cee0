/** `--format yaml` for every command parses back to the same value as its `--json`, in the yaml package and in PyYAML. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const INVISIBLE = ['--data', 'test/fixtures/invisible'];
const LOG = 'test/fixtures/storage/logs/gaps-and-blanks.csv';
const COMMANDS: string[][] = [
  ['list'],
  ['list', ...INVISIBLE],
  ['show', 'spinraza'],
  ['show', 'testadrug', ...INVISIBLE],
  ['show', 'zolgensma', 'storage', 'dosing'],
  ['sections', 'evrysdi'],
  ['search', 'thrombocytopenia'],
  ['search', 'zebrafish', ...INVISIBLE],
  ['compare', 'spinraza', 'zolgensma', 'evrysdi'],
  ['storage', 'spinraza'],
  ['storage', 'spinraza', '--excursion', '22C:10h:out-of-carton'],
  ['storage', 'spinraza', '--log', LOG],
  ['storage', 'evrysdi', '--state', 'constituted', '--since', '2026-04-01', '--on', '2026-06-05'],
  ['dosing', 'spinraza'],
  ['dosing', 'spinraza', '--start', '2026-12-01'],
  ['dosing', 'evrysdi', '--weight', '12kg', '--age', '3y'],
  ['validate', 'test/fixtures/valid'],
  ['validate', 'test/fixtures/invisible'],
  ['completion', 'bash'],
  ['tour'],
];

const both = async (argv: string[]) => {
  const json = await runCli([...argv, '--json']);
  const yaml = await runCli([...argv, '--format', 'yaml']);
  expect([yaml.code, yaml.stderr]).toEqual([json.code, json.stderr]);
  return { json: json.stdout, yaml: yaml.stdout };
};

describe('--format yaml against --json', () => {
  it.each(COMMANDS.map((c) => [c.join(' '), c] as const))('%s', async (_, argv) => {
    const { json, yaml } = await both(argv);
    expect(json).not.toBe('');
    expect(parse(yaml)).toEqual(JSON.parse(json));
    expect(yaml).not.toMatch(/(?!\n)[\p{Cc}\p{Cf}]/u);
  });
});

const python = spawnSync('python3', ['-c', 'import yaml'], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'monograph-yaml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(python.status !== 0)("--format yaml in Python's yaml.safe_load", () => {
  it('every command parses to the same value as its JSON', async () => {
    const pairs: string[] = [];
    for (const [i, argv] of COMMANDS.entries()) {
      const { json, yaml } = await both(argv);
      writeFileSync(join(dir, `${i}.json`), json);
      writeFileSync(join(dir, `${i}.yaml`), yaml);
      pairs.push(String(i));
    }
    const script = `import json, sys, yaml
bad = []
for i in sys.argv[2:]:
    a = yaml.safe_load(open(f"{sys.argv[1]}/{i}.yaml", encoding="utf-8"))
    b = json.load(open(f"{sys.argv[1]}/{i}.json", encoding="utf-8"))
    if a != b: bad.append(i)
print(",".join(bad))`;
    const r = spawnSync('python3', ['-c', script, dir, ...pairs], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split(',').filter(Boolean).map((i) => COMMANDS[Number(i)]!.join(' '))).toEqual([]);
  });
});
