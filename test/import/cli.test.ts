import { existsSync, lstatSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { recordOf, SPINRAZA, tempDir, writeJson } from './helpers.js';

const home = () => ({ MONOGRAPH_HOME: tempDir() });

describe('monograph import: one label into the library folder', () => {
  it('writes a schema-valid monograph that the next run reads, without shadowing the bundled Spinraza', async () => {
    const env = home();
    const r = await runCli(['import', SPINRAZA, '--json'], { env });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.imported).toHaveLength(1);
    const row = out.imported[0];
    expect(row).toMatchObject({ id: 'spinraza-nda209531', brand: 'Spinraza', generic: 'NUSINERSEN', setId: 'dd70cd5f-b0fc-4ba4-a5ea-89a34778bd94', version: '18', effectiveDate: '2023-02-24', action: 'written' });
    expect(row.file).toBe(join(env.MONOGRAPH_HOME, 'spinraza-nda209531.yaml'));
    expect(row.warnings.some((w: string) => w.includes('"Spinraza" already names another monograph'))).toBe(true);
    expect(out.skipped).toEqual([]);
    expect((await runCli(['validate', env.MONOGRAPH_HOME], { env })).code).toBe(0);
    // `show spinraza` still means the reviewed monograph; the import answers to its id and application number.
    expect((await runCli(['show', 'spinraza'], { env })).stdout).toMatch(/^Spinraza \(nusinersen\)/);
    expect((await runCli(['show', 'nda209531', 'storage'], { env })).stdout).toContain('§16.2');
    const list = JSON.parse((await runCli(['list', '--source', '--json'], { env })).stdout);
    expect(list.monographs.find((m: { id: string }) => m.id === 'spinraza-nda209531').source).toBe('library');
    expect(list.monographs.find((m: { id: string }) => m.id === 'spinraza').source).toBe('bundled');
  });

  it('writes into --out DIR instead, creating it', async () => {
    const out = join(tempDir(), 'new', 'labels');
    const r = await runCli(['import', SPINRAZA, '--out', out], { env: {} });
    expect(r.code).toBe(0);
    expect(readdirSync(out)).toEqual(['spinraza-nda209531.yaml']);
  });

  it('needs a folder: no MONOGRAPH_HOME, XDG_DATA_HOME or HOME and no --out is a usage error', async () => {
    const r = await runCli(['import', SPINRAZA], { env: {} });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no library folder');
  });

  it('re-importing the same version leaves the file alone; a higher version replaces it and says so', async () => {
    const env = home();
    await runCli(['import', SPINRAZA], { env });
    const again = JSON.parse((await runCli(['import', SPINRAZA, '--json'], { env })).stdout);
    expect(again.imported[0]).toMatchObject({ id: 'spinraza-nda209531', action: 'unchanged' });
    const dir = tempDir();
    const v19 = writeJson(dir, 'v19.json', { ...recordOf(SPINRAZA), version: '19' });
    const newer = JSON.parse((await runCli(['import', v19, '--json'], { env })).stdout);
    expect(newer.imported[0]).toMatchObject({ id: 'spinraza-nda209531', action: 'replaced', version: '19' });
    expect(newer.imported[0].warnings).toContain('replaced version 18 with version 19');
    const older = JSON.parse((await runCli(['import', SPINRAZA, '--json'], { env })).stdout);
    expect(older.imported[0]).toMatchObject({ action: 'kept-newer' });
    expect(readFileSync(join(env.MONOGRAPH_HOME, 'spinraza-nda209531.yaml'), 'utf8')).toContain('version 19');
  });

  it('never touches a file it did not write, nor a link: the label takes another id', async () => {
    const env = home();
    await runCli(['import', SPINRAZA, '--out', env.MONOGRAPH_HOME], { env: {} });
    const mine = join(env.MONOGRAPH_HOME, 'spinraza-nda209531.yaml');
    const text = readFileSync(mine, 'utf8');
    writeFileSync(mine, text.replace(/^# monograph import.*\n/, '# my own notes\n'));
    const target = join(tempDir(), 'elsewhere.yaml');
    writeFileSync(target, 'not mine');
    symlinkSync(target, join(env.MONOGRAPH_HOME, 'spinraza-nda209531-dd70cd5f.yaml'));
    const r = JSON.parse((await runCli(['import', SPINRAZA, '--json', '--out', env.MONOGRAPH_HOME], { env: {} })).stdout);
    expect(r.imported[0].id).toBe('spinraza-nda209531-dd70cd5f-2');
    expect(readFileSync(mine, 'utf8').startsWith('# my own notes')).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('not mine');
    expect(lstatSync(join(env.MONOGRAPH_HOME, 'spinraza-nda209531-dd70cd5f.yaml')).isSymbolicLink()).toBe(true);
    expect(readdirSync(env.MONOGRAPH_HOME).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('skips what it cannot read with a reason: exit 1 if some were skipped, 5 if none could be read', async () => {
    const dir = tempDir();
    const bad = writeJson(dir, 'bad.json', '{"set_id": ');
    const none = writeJson(dir, 'none.json', { meta: {}, results: [{ openfda: {} }] });
    const env = home();
    const some = await runCli(['import', SPINRAZA, bad, '--json'], { env });
    expect(some.code).toBe(1);
    expect(JSON.parse(some.stdout).skipped).toEqual([{ input: bad, reason: expect.stringContaining('not valid JSON') }]);
    const nothing = await runCli(['import', bad, none, join(dir, 'missing.json'), '--json'], { env: home() });
    expect(nothing.code).toBe(5);
    expect(JSON.parse(nothing.stdout).skipped.map((s: { reason: string }) => s.reason)).toEqual([
      expect.stringContaining('not valid JSON'),
      'no set_id: not an openFDA label record',
      'no such file',
    ]);
    expect(existsSync(join(env.MONOGRAPH_HOME, 'spinraza-nda209531.yaml'))).toBe(true);
  });
});

describe('monograph library', () => {
  it('names the folder and where each monograph was read from', async () => {
    const env = home();
    await runCli(['import', SPINRAZA], { env });
    const v = JSON.parse((await runCli(['library', '--json'], { env })).stdout);
    expect(v.folder).toBe(env.MONOGRAPH_HOME);
    expect(v.monographs.map((m: { id: string; source: string }) => `${m.source}:${m.id}`)).toEqual(['bundled:evrysdi', 'bundled:spinraza', 'bundled:zolgensma', 'library:spinraza-nda209531']);
    expect(v.monographs[3]).toMatchObject({ setId: 'dd70cd5f-b0fc-4ba4-a5ea-89a34778bd94', version: '18', importedOn: '2026-11-25', reviewed: false });
  });

  it('uses the XDG data folder when MONOGRAPH_HOME is not set', async () => {
    const v = JSON.parse((await runCli(['library', '--json'], { env: { HOME: '/home/someone' } })).stdout);
    expect(v.folder).toBe('/home/someone/.local/share/monograph/labels');
    const x = JSON.parse((await runCli(['library', '--json'], { env: { HOME: '/home/someone', XDG_DATA_HOME: '/data' } })).stdout);
    expect(x.folder).toBe('/data/monograph/labels');
  });
});

describe('show of imported labels at 80 columns (goldens)', () => {
  it.each([
    ['kesimpta', 'openfda/BLA125326.json'],
    ['amoxapine', 'openfda-corpus/ANDA072691.json'],
  ])('%s', async (id, file) => {
    const env = home();
    const { REFERENCE } = await import('./helpers.js');
    await runCli(['import', join(REFERENCE, file)], { env, today: '2026-12-01' });
    const r = await runCli(['show', id, '--width', '80'], { env });
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot(`../golden/import/show-${id}.txt`);
  });
});
