import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/catalog.js';
import { readMonographDir } from '../../src/catalog/files.js';
import { findDrug, findSection } from '../../src/catalog/lookup.js';
import { normalizeName, suggest } from '../../src/text.js';
import { AmbiguousError, DataError, NotFoundError } from '../../src/errors.js';

const fixtures = readMonographDir('test/fixtures/valid').monographs;
const monographs = fixtures.map((e) => e.monograph);
const testa = monographs.find((m) => m.id === 'testadrug')!;

describe('normalizeName', () => {
  it.each([
    ['Spinraza', 'spinraza'],
    ['  SPINRAZA  ', 'spinraza'],
    ['Spínràza', 'spinraza'],
    ['nusinersen   sodium', 'nusinersen sodium'],
  ])('%j -> %j', (input, expected) => expect(normalizeName(input)).toBe(expected));
});

describe('findDrug', () => {
  it.each(['testadrug', 'Testadrug', 'TESTAGEN', ' testa ', 'Téstadrug'])('finds %j by id, brand, generic or alias', (name) => {
    expect(findDrug(monographs, name).id).toBe('testadrug');
  });

  it('never picks the nearest match: an unknown name is not found, with suggestions', () => {
    const e = (() => {
      try {
        findDrug(monographs, 'testadrig');
      } catch (err) {
        return err as NotFoundError;
      }
    })();
    expect(e).toBeInstanceOf(NotFoundError);
    expect(e?.message).toBe('no monograph named "testadrig"');
    expect(e?.hints[0]).toBe('did you mean: testadrug?');
  });

  it('reports a name shared by several monographs as ambiguous', () => {
    expect(() => findDrug(monographs, 'shared-alias')).toThrow(AmbiguousError);
  });

  it.each(['constructor', '__proto__', '../../etc/passwd', 'toString', ''])('treats %j as an unknown name', (name) => {
    expect(() => findDrug(monographs, name)).toThrow(NotFoundError);
  });
});

describe('findSection', () => {
  it.each([
    ['dosing', 'dosing'],
    ['dose', 'dosing'],
    ['DOSAGE', 'dosing'],
    ['about', 'overview'],
  ])('%j finds %j', (name, id) => expect(findSection(testa, name).id).toBe(id));

  it('lists the sections when a section is unknown', () => {
    try {
      findSection(testa, 'storage');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(NotFoundError);
      expect((e as NotFoundError).hints.at(-1)).toBe('sections: overview, dosing, interactions');
    }
  });
});

describe('suggest', () => {
  it('offers at most three close names, closest first', () => {
    expect(suggest('spinrasa', ['spinraza', 'evrysdi', 'zolgensma'])).toEqual(['spinraza']);
    expect(suggest('xyz', ['spinraza'])).toEqual([]);
  });
});

describe('buildCatalog', () => {
  it('refuses two monographs with the same id, naming both files', () => {
    const a = fixtures.find((e) => e.monograph.id === 'testadrug')!;
    expect(() => buildCatalog([a, { ...a, file: 'elsewhere/testadrug.yaml' }])).toThrow(DataError);
    expect(() => buildCatalog([a, { ...a, file: 'elsewhere/testadrug.yaml' }])).toThrow(
      'monograph name "testadrug" is used by both test/fixtures/valid/testadrug.yaml and elsewhere/testadrug.yaml',
    );
  });
});
