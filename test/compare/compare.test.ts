import { describe, expect, it } from 'vitest';
import { readMonographDir } from '../../src/catalog/files.js';
import { COMPARE_FIELDS } from '../../src/catalog/schema-compare.js';
import { ALL_FIELDS, compareView } from '../../src/compare/compare.js';

const fixtures = readMonographDir('test/fixtures/compare').monographs.map((e) => e.monograph);
const fixturol = fixtures.find((m) => m.id === 'fixturol')!;
const plainol = fixtures.find((m) => m.id === 'plainol')!;

describe('compareView', () => {
  it('has every field, in the order of COMPARE_FIELDS, by default', () => {
    const v = compareView([fixturol, plainol]);
    expect(v.rows.map((r) => [r.field, r.label])).toEqual(COMPARE_FIELDS.map(([f, l]) => [f, l]));
    expect(ALL_FIELDS.slice(0, 5)).toEqual(['population', 'frequency', 'treatmentType', 'mechanism', 'efficacy']);
  });

  it('keeps the drugs in the order asked and names each one', () => {
    const v = compareView([plainol, fixturol]);
    expect(v.drugs).toEqual(['plainol', 'fixturol']);
    expect(v.monographs).toEqual({
      plainol: { brand: 'Plainol', generic: 'plainoxetine', hasCompareData: false },
      fixturol: { brand: 'Fixturol', generic: 'fixturamab', hasCompareData: true },
    });
  });

  it("copies each monograph's compare values as they are, and [] for a monograph without compare data", () => {
    const v = compareView([fixturol, plainol], ['population', 'setting']);
    expect(v.rows).toEqual([
      { field: 'population', label: 'Approved population', values: { fixturol: fixturol.compare!.population, plainol: [] } },
      { field: 'setting', label: 'Care setting', values: { fixturol: fixturol.compare!.setting, plainol: [] } },
    ]);
  });

  it('lists, per drug, only the sources the shown values cite, in the monograph order', () => {
    expect(compareView([fixturol, plainol]).sources).toEqual({ fixturol: fixturol.sources.filter((s) => s.id !== 'unused'), plainol: [] });
    expect(compareView([fixturol, plainol], ['frequency']).sources.fixturol!.map((s) => s.id)).toEqual(['label']);
  });
});
