/** The bundled monographs: valid, fully cited, and the published JSON Schema matches the zod definition. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { monographJsonSchema } from '../../src/catalog/json-schema.js';
import { readMonographDir } from '../../src/catalog/files.js';

const { monographs, problems } = readMonographDir('data/monographs');

describe('bundled monographs', () => {
  it('are all valid', () => {
    expect(problems).toEqual([]);
    expect(monographs.map((e) => e.monograph.id)).toEqual(expect.arrayContaining(['spinraza']));
  });

  it.each(monographs.map((e) => [e.monograph.id, e] as const))('%s: file name is its id and it points editors at the schema', (id, e) => {
    expect(e.file).toBe(`data/monographs/${id}.yaml`);
    expect(readFileSync(e.file, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../monograph.schema.json');
  });

  it.each(monographs.map((e) => [e.monograph.id, e.monograph] as const))('%s: every label source has a set id, version and date', (_, m) => {
    for (const s of m.sources.filter((x) => x.kind === 'label' && x.file)) {
      expect(s.setId && s.version && s.effective, s.id).toBeTruthy();
    }
  });

  it('Spinraza covers every part of the reference page', () => {
    const spinraza = monographs.find((e) => e.monograph.id === 'spinraza')!.monograph;
    expect(spinraza.sections.map((s) => s.id)).toEqual(
      expect.arrayContaining(['overview', 'side-effects', 'warnings', 'before-receiving', 'pregnancy', 'breastfeeding', 'administration', 'dosing', 'preparation', 'interactions', 'storage', 'ingredients', 'how-supplied', 'manufacturer', 'faq', 'reporting', 'disclaimer']),
    );
    expect(spinraza.sections.find((s) => s.id === 'interactions')?.applies).toBe(false);
  });
});

describe('data/monograph.schema.json', () => {
  it('is the one generated from the zod schema (run `npm run schema` after changing it)', () => {
    expect(JSON.parse(readFileSync('data/monograph.schema.json', 'utf8'))).toEqual(monographJsonSchema());
  });
});
