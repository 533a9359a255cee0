import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { quote, toBlockYaml } from '../../src/import/block-yaml.js';

describe('block YAML for imported monographs', () => {
  it('any string, with controls, U+FFFD and lone surrogates, loads back (lone surrogates as U+FFFD)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const back = parse(`v: ${quote(s)}\n`, { version: '1.2' }).v as string;
        expect(back).toBe(s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));
      }),
    );
  });

  it('never writes a raw U+FFFD, C1 control or BOM, which the loader refuses', () => {
    expect(quote('a\ufffdb\u0085c\ufeffd\u001be')).toBe('"a\\ufffdb\\u0085c\\ufeffd\\u001be"');
  });

  it('nested mappings, lists of mappings and tables load back to the same value', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.stringMatching(/^[a-z][a-zA-Z]{0,6}$/), fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.array(fc.string()), fc.array(fc.array(fc.string(), { minLength: 1 })), fc.array(fc.record({ p: fc.string(), n: fc.integer() }), { minLength: 1 }))),
        (doc) => {
          expect(parse(toBlockYaml(doc), { version: '1.2' }) ?? {}).toEqual(doc);
        },
      ),
    );
  });
});

describe('the loader reads the import subset directly, with the same meaning as YAML', () => {
  it('every document the writer produces reads back equal to the YAML library reading it', async () => {
    const { readBlockSubset } = await import('../../src/catalog/block-subset.js');
    fc.assert(
      fc.property(
        fc.dictionary(fc.stringMatching(/^[a-z][a-zA-Z]{0,6}$/), fc.oneof(fc.string({ unit: 'binary' }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.array(fc.string()), fc.array(fc.record({ p: fc.string(), rows: fc.array(fc.array(fc.string(), { minLength: 1 })) }), { minLength: 1 }))),
        (doc) => {
          const text = toBlockYaml(doc);
          const fast = readBlockSubset(text);
          if (fast !== undefined) expect(fast).toEqual(parse(text, { version: '1.2' }) ?? {});
        },
      ),
    );
  });

  it.each([
    ['an anchor', 'a: &x "1"\nb: *x\n'],
    ['a plain string', 'a: hello\n'],
    ['a comment after a value', 'a: "1" # one\n'],
    ['a repeated key', 'a: "1"\na: "2"\n'],
    ['a prototype key', '__proto__: {}\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a folded string', 'a: "one\n  two"\n'],
    ['a tab', 'a:\n\t- "1"\n'],
  ])('leaves %s to the YAML library', async (_what, text) => {
    const { readBlockSubset } = await import('../../src/catalog/block-subset.js');
    expect(readBlockSubset(text)).toBeUndefined();
  });
});
