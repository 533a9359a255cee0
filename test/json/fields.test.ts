/** `--json=field,field` keeps those top-level fields; `--json=` lists them; a bare `--json` is unchanged. */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli.js';
import { JSON_FIELDS, splitJsonFields } from '../../src/json-fields.js';
import { manPage } from '../../scripts/man-page.js';
import { bundledMonographs, collector, runCli } from '../helpers/cli.js';
import { COMMANDS } from '../helpers/commands.js';
import { SPINRAZA } from '../import/helpers.js';

/** The top-level fields a published schema declares (for dosing, those of the alternative whose mode matches). */
function schemaFields(name: string, mode?: string): string[] {
  const schema = JSON.parse(readFileSync(`docs/schema/${name}.schema.json`, 'utf8'));
  const alt = mode ? schema.anyOf.find((a: { properties: { mode: { const: string } } }) => a.properties.mode.const === mode) : schema;
  return Object.keys(alt.properties).filter((k) => k !== 'schemaVersion');
}

describe('--json=field,field', () => {
  it('keeps schemaVersion and the fields named, in the document order, with the drug still read after a bare --json', async () => {
    const r = await runCli(['show', '--json=partial,drug', 'spinraza']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['schemaVersion', 'drug', 'partial']);
    expect(doc.drug.id).toBe('spinraza');
    expect(JSON.parse((await runCli(['show', '--json', 'spinraza'])).stdout).sections.length).toBeGreaterThan(5);
  });

  it('gives the same values as the whole document', async () => {
    const whole = JSON.parse((await runCli(['storage', 'spinraza', '--excursion', '25C:10h', '--json'])).stdout);
    const some = await runCli(['storage', 'spinraza', '--excursion', '25C:10h', '--json=verdict,check']);
    expect(JSON.parse(some.stdout)).toEqual({ schemaVersion: 1, verdict: whole.verdict, check: whole.check });
    expect(some.code).toBe((await runCli(['storage', 'spinraza', '--excursion', '25C:10h', '--json'])).code);
  });

  it('adds up repeated --json= and accepts spaces around the names', async () => {
    const r = await runCli(['dosing', 'spinraza', '--start', '2026-12-01', '--json=mode', '--json= answer ,doses']);
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(['schemaVersion', 'mode', 'doses', 'answer']);
  });

  it('an unknown field is exit 2 with nothing on stdout, listing the fields there are', async () => {
    const r = await runCli(['list', '--json=monograph,ids']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr.split('\n')).toEqual([
      'monograph: --json: no field "monograph", "ids" in this command\'s JSON',
      'available fields: monographs',
      'did you mean: monographs?',
      '',
    ]);
  });

  it('an unknown field is refused before any work: no .ics written, no label imported', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'monograph-json-fields-'));
    const ics = join(dir, 'out.ics');
    for (const fields of ['--json=nosuchfield', '--json=mode,nosuchfield']) {
      const r = await runCli(['dosing', 'spinraza', '--start', '2026-12-01', '--ics', ics, fields]);
      expect([r.code, r.stdout, existsSync(ics)]).toEqual([2, '', false]);
      expect(r.stderr).toMatch(/^monograph: --json: no field "nosuchfield" in this command's JSON\n/);
    }
    const out = join(dir, 'labels');
    const imported = await runCli(['import', SPINRAZA, '--out', out, '--json=imported,nosuchfield']);
    expect([imported.code, imported.stdout, existsSync(out) ? readdirSync(out) : []]).toEqual([2, '', []]);
  });

  it('a field of another dosing mode is refused before the .ics is written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'monograph-json-fields-'));
    const ics = join(dir, 'out.ics');
    const r = await runCli(['dosing', 'spinraza', '--start', '2026-12-01', '--ics', ics, '--json=doses,bands']);
    expect([r.code, r.stdout, existsSync(ics)]).toEqual([2, '', false]);
    expect(r.stderr).toMatch(/^monograph: --json: no field "bands" in this command's JSON\n/);
    const ok = await runCli(['dosing', 'spinraza', '--start', '2026-12-01', '--ics', ics, '--json=doses']);
    expect([ok.code, Object.keys(JSON.parse(ok.stdout)), existsSync(ics)]).toEqual([0, ['schemaVersion', 'doses'], true]);
  });

  it('the fields checked before a command runs are those its published schemas declare', () => {
    const documents: Record<string, string[]> = { compare: ['compare', 'compare-fields'] };
    for (const command of COMMANDS) {
      const declared = (documents[command] ?? [command]).flatMap((name) => {
        const schema = JSON.parse(readFileSync(`docs/schema/${name}.schema.json`, 'utf8'));
        return (schema.anyOf ?? [schema]).flatMap((alt: { properties: object }) => Object.keys(alt.properties));
      });
      expect([...(JSON_FIELDS[command] ?? [])].sort(), command).toEqual([...new Set(declared)].filter((k) => k !== 'schemaVersion').sort());
    }
  });

  it('--json= alone lists the fields, one a line: the ones the published schema declares', async () => {
    const cases: [string[], string, string?][] = [
      [['list'], 'list'],
      [['show', 'spinraza'], 'show'],
      [['storage', 'spinraza', '--log', 'test/fixtures/storage/logs/gaps-and-blanks.csv'], 'storage'],
      [['compare', 'spinraza', 'evrysdi'], 'compare'],
      [['dosing', 'evrysdi', '--weight', '12kg', '--age', '3y'], 'dosing', 'daily-dose'],
      [['dosing', 'spinraza', '--last-dose', '2026-03-02'], 'dosing', 'missed-dose'],
    ];
    for (const [argv, name, mode] of cases) {
      const r = await runCli([...argv, '--json=']);
      expect(r.stderr).toBe('');
      expect(r.stdout.trimEnd().split('\n').sort()).toEqual(schemaFields(name, mode).sort());
    }
  });

  it('only before `--`; with --format yaml it is the same conflict as --json', async () => {
    expect(splitJsonFields(['show', 'x', '--', '--json=a'])).toEqual({ argv: ['show', 'x', '--', '--json=a'], fields: undefined });
    expect(splitJsonFields(['list', '--json=a,,b', '--json=a'])).toEqual({ argv: ['list', '--json', '--json'], fields: ['a', 'b'] });
    expect(splitJsonFields(['list', '--json=', '--width', '40'])).toEqual({ argv: ['list', '--json', '--width', '40'], fields: [] });
    const r = await runCli(['list', '--json=monographs', '--format', 'yaml']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toContain('--json conflicts with --format yaml');
  });

  it('is in the help, the man page and the completion descriptions', async () => {
    expect((await runCli(['--help'])).stdout.replace(/\s+/g, ' ')).toContain('--json=FIELD,... keeps only those top-level fields, --json= lists them');
    const program = buildProgram({ io: { stdout: collector(), stderr: collector(), env: {}, today: () => '2026-11-25' }, bundled: bundledMonographs });
    expect(manPage(program, '0.1.0', '2026-11-25')).toContain('\\-\\-json=FIELD,... keeps only those top\\-level fields');
    expect((await runCli(['__complete', 'list', '--j'])).stdout).toContain('--json=FIELD,...');
  });
});
