/** Every command's real `--json` output matches its published schema (docs/schema/), and the schemas are current. */
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { JSON_DOCUMENTS, type JsonDocumentName } from '../../src/json-documents.js';
import { generateJsonSchemas } from '../../scripts/json-schemas-lib.js';
import { runCli } from '../helpers/cli.js';
import { SPINRAZA, tempDir } from '../import/helpers.js';

const ajv = new Ajv({ allErrors: true, strict: true });
const validators = new Map<JsonDocumentName, ValidateFunction>();
const validator = (name: JsonDocumentName): ValidateFunction => {
  let v = validators.get(name);
  if (!v) validators.set(name, (v = ajv.compile(JSON.parse(readFileSync(`docs/schema/${name}.schema.json`, 'utf8')))));
  return v;
};
const problems = (name: JsonDocumentName, doc: unknown): string[] => {
  const v = validator(name);
  return v(doc) ? [] : (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
};

const INVISIBLE = ['--data', 'test/fixtures/invisible'];
const LOG = 'test/fixtures/storage/logs/gaps-and-blanks.csv';
const CASES: [JsonDocumentName, string[]][] = [
  ['list', ['list']],
  ['list', ['list', ...INVISIBLE]],
  ['show', ['show', 'spinraza']],
  ['show', ['show', 'zolgensma', 'storage', 'dosing']],
  ['show', ['show', 'testadrug', ...INVISIBLE]],
  ['sections', ['sections', 'evrysdi']],
  ['search', ['search', 'thrombocytopenia']],
  ['compare', ['compare', 'spinraza', 'zolgensma', 'evrysdi']],
  ['compare', ['compare', 'spinraza', 'evrysdi', '--fields', 'storage,route']],
  ['compare-fields', ['compare', '--fields']],
  ['storage', ['storage', 'spinraza']],
  ['storage', ['storage', 'zolgensma', '--region', 'eu']],
  ['storage', ['storage', 'spinraza', '--excursion', '22C:10h:out-of-carton']],
  ['storage', ['storage', 'spinraza', '--excursion', '25C:10h']],
  ['storage', ['storage', 'spinraza', '--log', LOG]],
  ['storage', ['storage', 'spinraza', '--log', 'test/fixtures/storage/logs/fridge-failure.csv']],
  ['storage', ['storage', 'evrysdi', '--state', 'constituted', '--since', '2026-04-01', '--on', '2026-06-05']],
  ['dosing', ['dosing', 'spinraza']],
  ['dosing', ['dosing', 'zolgensma']],
  ['dosing', ['dosing', 'evrysdi']],
  ['dosing', ['dosing', 'spinraza', '--start', '2026-12-01']],
  ['dosing', ['dosing', 'spinraza', '--last-dose', '2026-03-02']],
  ['dosing', ['dosing', 'spinraza', '--last-dose', '2026-12-15', '--loading-dose', '2', '--today', '2027-01-28', '--count', '4']],
  ['dosing', ['dosing', 'evrysdi', '--weight', '12kg', '--age', '3y']],
  ['dosing', ['dosing', 'zolgensma', '--weight', '5.2kg']],
  ['validate', ['validate', 'test/fixtures/valid']],
  ['validate', ['validate', 'test/fixtures/invisible']],
  ['completion', ['completion', 'bash']],
  ['tour', ['tour']],
];

describe('--json output matches docs/schema/<command>.schema.json', () => {
  it.each(CASES.map(([name, argv]) => [argv.join(' '), name, argv] as const))('%s', async (_, name, argv) => {
    const r = await runCli([...argv, '--json']);
    expect(r.stderr.split('\n').filter((l) => /error|internal/i.test(l))).toEqual([]);
    expect(problems(name, JSON.parse(r.stdout))).toEqual([]);
  });

  it('import and library, with a library folder', async () => {
    const env = { MONOGRAPH_HOME: tempDir() };
    const imported = await runCli(['import', SPINRAZA, '--json'], { env });
    expect(problems('import', JSON.parse(imported.stdout))).toEqual([]);
    const library = await runCli(['library', '--json'], { env });
    expect(problems('library', JSON.parse(library.stdout))).toEqual([]);
    const list = await runCli(['list', '--json'], { env });
    expect(problems('list', JSON.parse(list.stdout))).toEqual([]);
    const show = await runCli(['show', 'spinraza-nda209531', '--json'], { env });
    expect(problems('show', JSON.parse(show.stdout))).toEqual([]);
  });

  it('is strict: a missing required field, a wrong type or an unknown field fails', async () => {
    const doc = JSON.parse((await runCli(['storage', 'spinraza', '--excursion', '25C:10h', '--json'])).stdout);
    expect(problems('storage', doc)).toEqual([]);
    const { verdict: _, ...missing } = doc;
    expect(problems('storage', missing).join('\n')).toMatch(/must have required property 'verdict'/);
    expect(problems('storage', { ...doc, verdict: 'safe' }).join('\n')).toMatch(/\/verdict/);
    expect(problems('storage', { ...doc, schemaVersion: 2 }).join('\n')).toMatch(/\/schemaVersion/);
    expect(problems('storage', { ...doc, extra: 1 }).join('\n')).toMatch(/additional properties/);
    const check = { ...doc.check, excursions: [{ ...doc.check.excursions[0], minutes: '600' }] };
    expect(problems('storage', { ...doc, check }).join('\n')).toMatch(/\/check\/excursions\/0\/minutes must be number/);
  });
});

describe('the published schemas', () => {
  it('cover every command with --json', () => {
    expect(new Set(CASES.map(([n]) => n))).toEqual(new Set(Object.keys(JSON_DOCUMENTS).filter((n) => !['import', 'library'].includes(n))));
  });

  it('are what `npm run json-schemas` generates from the types in src/json-documents.ts', () => {
    for (const [name, text] of generateJsonSchemas(Object.entries(JSON_DOCUMENTS))) {
      expect(readFileSync(`docs/schema/${name}.schema.json`, 'utf8'), `docs/schema/${name}.schema.json is stale: run npm run json-schemas`).toBe(text);
    }
  }, 120_000);
});
