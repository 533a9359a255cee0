/** js-yaml's first reading gives the `yaml` library's value, or declines: on every file we have and on generated YAML. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { readPlainYaml } from '../../src/catalog/plain-yaml.js';
import { parseMonograph } from '../../src/catalog/parse.js';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { sources, writeLibrary } from '../../bench/library.mjs';

/** The `yaml` library's value with the loader's options, or undefined when it reports any error or warning. */
function reference(text: string): unknown {
  const doc = parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: true, merge: false, customTags: [], strict: true, prettyErrors: false });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  return doc.toJS({ maxAliasCount: 50 });
}

const files = (dir: string) => readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).map((n) => join(dir, n));
const fixtures = readdirSync('test/fixtures').flatMap((d) => files(join('test/fixtures', d)));

describe('the js-yaml first reading', () => {
  it('reads every bundled, fixture and generated monograph to the same value as the yaml library', () => {
    const dir = mkdtempSync(join(tmpdir(), 'monograph-plain-'));
    writeLibrary(dir, 9, sources());
    for (const file of ['data/monographs/spinraza.yaml', 'data/monographs/evrysdi.yaml', 'data/monographs/zolgensma.yaml', ...fixtures, ...files(dir)]) {
      const text = readFileSync(file, 'utf8');
      const value = readPlainYaml(text);
      expect(value, file).toBeDefined();
      expect(value, file).toEqual(reference(text));
    }
  });

  it.each([
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a local tag', 'a: !thing 1\n'],
    ['a merge key', 'base: &b {x: 1}\nc:\n  <<: *b\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['no document', '# nothing\n'],
    ['broken YAML', 'a: [1, 2\n'],
  ])('declines %s (the yaml library reads it, with its own messages)', (_, text) => {
    expect(readPlainYaml(text)).toBeUndefined();
  });

  it.each([
    ['numbers of the core schema', 'a: [1, -2, +3, 0o17, 0x1F, 1.5, -.5, 1e3, .inf, -.Inf, 1_000, 0b11, 012, 1:30, 2026-01-02]\n'],
    ['nulls and booleans', 'a: [~, null, Null, NULL, , true, True, FALSE, yes, no, on, off, y, n]\n'],
    ['quoted and block scalars', 'a: "x\\ty\\u00e9"\nb: \'it\'\'s\'\nc: |\n  one\n   two\n\nd: >-\n  folded\n  text\n\n  para\ne: |+\n  keep\n\n'],
    ['plain multi-line scalars', 'a: one\n  two\n\n  three\nb: - not a list\n'],
    ['flow collections', 'a: {b: [1, {c: d}], "e": f}\n'],
    ['characters that are not anchors or tags inside text', 'a: Johnson & Johnson, 5 * 3 mg! see <<this>>\nb: "&x *y !z"\n'],
    ['non-string keys', '1: one\ntrue: yes\nnull: nothing\n'],
  ])('agrees with the yaml library on %s (or declines)', (_, text) => {
    const value = readPlainYaml(text);
    if (value !== undefined) expect(value).toEqual(reference(text));
  });

  it('agrees with the yaml library on generated documents, in any style it writes', () => {
    const scalar = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null), fc.constantFrom('1_000', '0x1F', 'yes', '~', '& x', '*y', '!z', '<<', '- a', '#c', 'a: b'));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.oneof(fc.string({ minLength: 1, maxLength: 6 }), fc.constantFrom('null', '~', '1', 'true', '.5', '-', 'Yes')), tie('node'), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(value, fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL'), fc.boolean(), (v, defaultStringType, flow) => {
        const text = stringify({ root: v }, { defaultStringType: defaultStringType as never, defaultKeyType: 'PLAIN', collectionStyle: flow ? 'flow' : 'any' });
        const read = readPlainYaml(text);
        if (read !== undefined) expect(read).toEqual(reference(text));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves every message and position to the yaml library: an invalid file reads the same problems as before', () => {
    const text = readFileSync('test/fixtures/valid/testadrug.yaml', 'utf8').replace(/^brand: .*$/m, 'brand: [1, 2]');
    const result = parseMonograph(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ path: 'brand' });
  });
});
