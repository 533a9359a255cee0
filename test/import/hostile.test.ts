// Hostile inputs to `monograph import`: none may write outside the folder, fill memory, reach a prototype or paint the terminal.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { recordOf, SPINRAZA, tempDir, writeJson } from './helpers.js';
import { zip } from './zip.js';

const spinraza = () => recordOf(SPINRAZA);
const run = async (files: string[]) => {
  const out = tempDir();
  const r = await runCli(['import', ...files, '--out', out, '--json'], { env: {} });
  return { ...r, out, doc: JSON.parse(r.stdout || '{}') };
};

describe('hostile inputs', () => {
  it('a zip entry named ../../x is skipped with its reason, the good entry still imports, nothing lands outside', async () => {
    const dir = tempDir();
    const file = join(dir, 'labels.zip');
    writeFileSync(file, zip([{ name: '../../x.json', data: JSON.stringify(spinraza()) }, { name: 'ok.json', data: JSON.stringify(spinraza()) }]));
    const r = await run([file]);
    expect(r.code).toBe(1);
    expect(r.doc.skipped).toEqual([{ input: `${file}:../../x.json`, reason: 'skipped: an entry name that climbs out of its folder (..)' }]);
    expect(r.doc.imported.map((i: { id: string }) => i.id)).toEqual(['spinraza-nda209531']);
    expect(readdirSync(dir)).toEqual(['labels.zip']);
  });

  it('a zip bomb is refused by its claimed size, and by what it really expands to when the header lies', async () => {
    const dir = tempDir();
    const zeros = Buffer.alloc(50 * 1024 * 1024, 0x20); // 50 MB of spaces deflates to about 50 KB
    const honest = join(dir, 'bomb.zip');
    writeFileSync(honest, zip([{ name: 'bomb.json', data: zeros }]));
    const lying = join(dir, 'liar.zip');
    writeFileSync(lying, zip([{ name: 'liar.json', data: zeros, claimSize: 100 }]));
    const r = await run([honest, lying]);
    expect(r.code).toBe(5);
    expect(r.doc.skipped[0].reason).toMatch(/^claims 52428800 bytes from \d+ compressed: over the size cap .*refused as a possible zip bomb$/);
    expect(r.doc.skipped[1].reason).toMatch(/not valid JSON|too many bytes|size cap/);
  });

  it('a zip entry that claims 2 GB is refused before it is read', async () => {
    const file = join(tempDir(), 'big.zip');
    writeFileSync(file, zip([{ name: 'big.json', data: JSON.stringify(spinraza()), claimSize: 2 * 1024 ** 3 }]));
    const r = await run([file]);
    expect(r.code).toBe(5);
    expect(r.doc.skipped).toEqual([{ input: `${file}:big.json`, reason: expect.stringMatching(/^claims 2147483648 bytes from \d+ compressed: over the size cap/) }]);
  });

  it('escape sequences in label text never reach the terminal', async () => {
    const dir = tempDir();
    const rec = spinraza();
    rec.indications_and_usage = ['1 INDICATIONS AND USAGE \u001b[2J\u001b]0;pwned\u0007Treats SMA.'];
    (rec.openfda as Record<string, unknown>).brand_name = ['Evil\u001b[31mRed'];
    const env = { MONOGRAPH_HOME: join(dir, 'lib') };
    const imported = await runCli(['import', writeJson(dir, 'esc.json', rec)], { env });
    expect(imported.code).toBe(0);
    expect(imported.stdout).not.toContain('\u001b');
    const id = JSON.parse((await runCli(['library', '--json'], { env })).stdout).monographs.find((m: { source: string }) => m.source === 'library').id;
    expect(id).toMatch(/^evil-/);
    const shown = await runCli(['show', id, 'indications'], { env });
    expect(shown.code).toBe(0);
    expect(shown.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(shown.stdout).toContain('Treats SMA.');
  });

  it('duplicate set ids in one run: the first is written, the repeat is reported, not written twice', async () => {
    const dir = tempDir();
    const a = writeJson(dir, 'a.json', { meta: {}, results: [spinraza(), spinraza(), { ...spinraza(), version: '19' }] });
    const r = await run([a]);
    expect(r.code).toBe(0);
    expect(r.doc.imported.map((i: { action: string; version: string }) => `${i.action} v${i.version}`)).toEqual(['written v18', 'unchanged v18', 'replaced v19']);
    expect(readdirSync(r.out)).toEqual(['spinraza-nda209531.yaml']);
  });

  it('__proto__ keys are dropped and reported; no object gains a prototype from the file', async () => {
    const dir = tempDir();
    const text = JSON.stringify(spinraza()).replace(/^\{/, '{"__proto__":{"polluted":true},"constructor":{"x":1},').replace('"openfda":{', '"openfda":{"__proto__":{"brand_name":["Hijacked"]},');
    const r = await run([writeJson(dir, 'proto.json', text)]);
    expect(r.code).toBe(0);
    expect(r.doc.imported[0].brand).toBe('Spinraza');
    expect(r.doc.imported[0].warnings).toContain('ignored keys "__proto__", "constructor"');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(readFileSync(join(r.out, 'spinraza-nda209531.yaml'), 'utf8')).not.toContain('polluted');
  });

  it('a truncated bulk file imports the records before the break and reports the rest', async () => {
    const dir = tempDir();
    const whole = JSON.stringify({ meta: {}, results: [spinraza(), spinraza()] });
    const r = await run([writeJson(dir, 'cut.json', whole.slice(0, whole.length - 5000))]);
    expect(r.code).toBe(1);
    expect(r.doc.imported).toHaveLength(1);
    expect(r.doc.skipped[0].input).toBe(`${join(dir, 'cut.json')}#2`);
  });
});
