import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMonograph, type ParseResult } from '../../src/catalog/parse.js';

const valid = readFileSync('test/fixtures/valid/testadrug.yaml', 'utf8');
const problems = (r: ParseResult) => (r.ok ? [] : r.problems);
const first = (text: string) => problems(parseMonograph(text))[0];
/** 1-based line of the first occurrence of `needle`. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('parseMonograph', () => {
  it('accepts a valid monograph and applies defaults', () => {
    const r = parseMonograph(valid);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.monograph.id).toBe('testadrug');
    expect(r.monograph.sections.map((s) => s.applies)).toEqual([true, true, false]);
  });

  it('reports an unknown key with line, column and key path', () => {
    const text = valid.replace('summary: A fictional', 'sumary: typo\nsummary: A fictional');
    const p = problems(parseMonograph(text));
    expect(p).toContainEqual({ line: lineOf(text, 'sumary'), column: 1, path: '', message: 'unknown key "sumary"' });
  });

  it('reports a wrong type deep inside a section with the path', () => {
    const text = valid.replace('      - list: [first item, second item]', '      - list: not-a-list');
    const p = first(text);
    expect(p?.path).toBe('sections[0].body[1].list');
    expect(p?.line).toBe(lineOf(text, 'not-a-list'));
    expect(p?.column).toBe(15);
    expect(p?.message).toMatch(/expected array/);
  });

  it('reports a citation of a source that is not listed', () => {
    const text = valid.replace("sources: [{ source: fixture, section: \"2\" }]", "sources: [{ source: nowhere, section: \"2\" }]");
    expect(first(text)).toMatchObject({ path: 'sections[1].sources[0].source', line: lineOf(text, 'nowhere') });
  });

  it('parses YAML 1.2 core even when the file asks for YAML 1.1 (no yes/no booleans, no octal 014)', () => {
    const text = `%YAML 1.1\n---\n${valid.replace('summary: A fictional monograph used by the test suite.', 'summary: yes')}`;
    const r = parseMonograph(text);
    expect(r.ok && r.monograph.summary).toBe('yes');
  });

  it.each([
    ['an empty file', '', 'file is empty'],
    ['only whitespace', '  \n\n', 'file is empty'],
    ['duplicate keys', valid.replace('brand: Testadrug', 'brand: Testadrug\nbrand: Again'), 'Map keys must be unique'],
    ['a custom tag', valid.replace('brand: Testadrug', 'brand: !shout Testadrug'), 'tags are not allowed'],
    ['a standard tag', valid.replace('brand: Testadrug', 'brand: !!binary aGVsbG8='), 'tags are not allowed'],
    ['a __proto__ key', valid.replace('brand: Testadrug', 'brand: Testadrug\n__proto__: { polluted: true }'), 'key "__proto__" is not allowed'],
    ['a nested constructor key', valid.replace('  form: {', '  constructor: { value: x }\n  form: {'), 'key "constructor" is not allowed'],
    ['a replacement character (invalid UTF-8 decoded loosely)', valid.replace('Testadrug is', 'Testa\uFFFDdrug is'), 'not valid UTF-8'],
    ['a scalar document', 'just text', 'expected object'],
  ])('rejects %s', (_, text, message) => {
    expect(first(text)?.message).toContain(message);
  });

  it('rejects an alias bomb before expanding it', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const p = first(bomb.join('\n'));
    expect(p?.message).toMatch(/alias/i);
  });

  it('rejects a self-referencing alias', () => {
    expect(first('a: &a [*a]\n')?.message).toMatch(/refers to itself/);
  });

  it('does not pollute Object.prototype', () => {
    parseMonograph(valid.replace('brand: Testadrug', 'brand: Testadrug\n__proto__: { polluted: true }'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a file over the size cap', () => {
    expect(first(`${valid}\n# ${'x'.repeat(1024 * 1024)}`)?.message).toMatch(/larger than 1024 KiB/);
  });

  it('rejects two sections answering to the same alias', () => {
    const text = valid.replace('aliases: [dose, dosage]', 'aliases: [dose, about]');
    expect(first(text)?.message).toMatch(/section name "about" is already used by sections\[0\]/);
  });
});

describe('parseMonograph on large files (the timing lives in bench/yaml.mjs)', () => {
  const manyKeys = (n: number, extra = '') => `${valid}extra:\n${Array.from({ length: n }, (_, i) => `  k${i}: v\n`).join('')}${extra}`;

  it('finds the one repeated key among 20,000 at its line and column', () => {
    const text = manyKeys(20_000, '  k17: again\n');
    expect(problems(parseMonograph(text))).toEqual([{ line: text.split('\n').length - 1, column: 3, path: '', message: 'Map keys must be unique' }]);
  });

  it('reads 20,000 distinct keys as one unknown key of the monograph', () => {
    expect(problems(parseMonograph(manyKeys(20_000)))).toEqual([{ line: lineOf(manyKeys(1), 'extra:'), column: 1, path: '', message: 'unknown key "extra"' }]);
  });

  it.each([
    ['a flow mapping', 'a: 1\nb: {x: 1, y: 2, x: 3}\n', [[2, 17]]],
    ['a mapping inside a sequence', 'a: [ {p: 1, p: 2} ]\n', [[1, 13]]],
    ['explicit keys', 'a: 1\n? b\n: 2\n? b\n: 3\n', [[4, 3]]],
    ['a key after an anchor', 'a: &x 1\nb: *x\n&y b: 2\n', [[3, 4]]],
    ['null written two ways', 'a: null\n~: 1\nnull: 2\n', [[3, 1]]],
    ['each repeat of a key', 'a: 1\na: 2\nb: 1\na: 3\n', [[2, 1], [4, 1]]],
  ])('reports a repeated key in %s where the YAML library did', (_, text, at) => {
    expect(problems(parseMonograph(text)).map((p) => [p.line, p.column, p.message])).toEqual(at.map(([l, c]) => [l, c, 'Map keys must be unique']));
  });

  it('keeps the number 1 and the string "1" apart, as the YAML library does', () => {
    expect(problems(parseMonograph('1: x\n"1": y\n')).map((p) => p.message)).not.toContain('Map keys must be unique');
  });

  it('places a repeated key among the other YAML errors by position', () => {
    expect(problems(parseMonograph('a: 1\na: 2\nb: [unclosed\n')).map((p) => p.line)).toEqual([2, 4]);
  });

  it('tells an alias inside its own anchor from one of 10,000 aliases to an earlier anchor', () => {
    expect(problems(parseMonograph('a: &a {b: [*a]}\n'))).toEqual([{ line: 1, column: 12, path: '', message: 'alias *a refers to itself' }]);
    expect(problems(parseMonograph('a: &a [1]\nb: &a [*a]\nc: *a\n'))).toEqual([{ line: 2, column: 8, path: '', message: 'alias *a refers to itself' }]);
    const many = `a: &a [x]\nb:\n${Array.from({ length: 10_000 }, (_, i) => `  k${i}: *a\n`).join('')}`;
    expect(problems(parseMonograph(many))[0]?.message).toMatch(/cannot expand aliases/);
  });
});
