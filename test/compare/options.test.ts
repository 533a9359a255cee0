import { describe, expect, it } from 'vitest';
import { readMonographDir } from '../../src/catalog/files.js';
import { ALL_FIELDS } from '../../src/compare/compare.js';
import { fieldsView, parseFields, pickDrugs } from '../../src/compare/options.js';
import { NotFoundError, UsageError } from '../../src/errors.js';

const monographs = readMonographDir('test/fixtures/compare').monographs.map((e) => e.monograph);
const thrown = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e as UsageError;
  }
  throw new Error('did not throw');
};

describe('pickDrugs', () => {
  it('finds each drug by any of its names, in the order named', () => {
    expect(pickDrugs(monographs, ['plainoxetine', 'Fixturol']).map((m) => m.id)).toEqual(['plainol', 'fixturol']);
  });

  it.each([
    [[], 'compare needs at least 2 drugs, got 0'],
    [['fixturol'], 'compare needs at least 2 drugs, got 1'],
    [Array(7).fill('fixturol'), 'compare takes at most 6 drugs, got 7'],
    [['fixturol', 'fixturol'], '"fixturol" is named twice'],
    [['fixturol', 'plainol', 'fixtura'], '"fixturol" and "fixtura" are the same drug (fixturol)'],
  ])('%j is a usage error: %s', (names, message) => {
    const e = thrown(() => pickDrugs(monographs, names));
    expect(e).toBeInstanceOf(UsageError);
    expect(e.message).toBe(message);
  });

  it('leaves an unknown name to findDrug (exit 3 with suggestions)', () => {
    const e = thrown(() => pickDrugs(monographs, ['fixturol', 'plainoll']));
    expect(e).toBeInstanceOf(NotFoundError);
    expect(e.hints).toEqual(['did you mean: plainol?']);
  });
});

describe('parseFields', () => {
  it.each([
    [undefined, ALL_FIELDS],
    [true, 'list'],
    ['efficacy', ['efficacy']],
    ['efficacy,population', ['efficacy', 'population']],
    [' population , efficacy ,population', ['population', 'efficacy']],
    ['treatment-type,TREATMENTTYPE,treatment_type', ['treatmentType']],
    ['fdaApproval', ['fdaApproval']],
  ] as const)('%j -> %j', (value, expected) => expect(parseFields(value)).toEqual(expected));

  it('rejects an unknown field, suggesting the close one and listing them all', () => {
    const e = thrown(() => parseFields('population,eficacy'));
    expect(e).toBeInstanceOf(UsageError);
    expect(e.message).toBe('unknown field "eficacy"');
    expect(e.hints).toEqual(['did you mean: efficacy?', `fields: ${ALL_FIELDS.join(', ')}`]);
  });

  it('rejects an empty list', () => expect(thrown(() => parseFields(' , ')).message).toBe('--fields needs at least one field name'));

  it('lists every field with its label', () => expect(fieldsView().fields.map((f) => f.field)).toEqual(ALL_FIELDS));
});
