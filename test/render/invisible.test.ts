/** Invisible characters (issue 10, item 12): every Unicode control and format character is made visible wherever data is printed. */
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { escapeText } from '../../src/render/ics.js';
import { mdText } from '../../src/render/markdown.js';
import { sanitize, sanitizeJson, sanitizeLine } from '../../src/render/sanitize.js';
import { toYaml } from '../../src/render/yaml.js';

/** Every code point of the general categories Cc and Cf (tab and newline aside), and the listed blank fillers. */
const CATEGORY = /[\p{Cc}\p{Cf}]/u;
const INVISIBLE: string[] = [];
for (let cp = 0; cp <= 0x10ffff; cp++) {
  if (cp >= 0xd800 && cp <= 0xdfff) continue;
  const ch = String.fromCodePoint(cp);
  if (ch !== '\n' && ch !== '\t' && CATEGORY.test(ch)) INVISIBLE.push(ch);
}
const FILLERS = ['\u034f', '\u115f', '\u1160', '\u3164', '\uffa0', '\u2028', '\u2029'];
const ALL = [...INVISIBLE, ...FILLERS];
/** Raw in printed text: any of them (and no lone surrogate). */
const RAW = new RegExp(`[${ALL.map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('')}]|\\p{Cs}`, 'u');

describe('the invisible characters the issue lists are in the set', () => {
  it.each([
    ['soft hyphen', 0xad],
    ['Mongolian vowel separator', 0x180e],
    ['combining grapheme joiner', 0x34f],
    ['Hangul fillers', 0x3164],
    ['Hangul choseong filler', 0x115f],
    ['interlinear annotation', 0xfff9],
    ['interlinear annotation terminator', 0xfffb],
    ['musical formatting', 0x1d173],
    ['musical formatting (last)', 0x1d17a],
    ['tag characters', 0xe0041],
    ['cancel tag', 0xe007f],
    ['right-to-left override', 0x202e],
    ['zero-width joiner', 0x200d],
    ['byte order mark', 0xfeff],
    ['ESC', 0x1b],
    ['NEL', 0x85],
  ])('%s (U+%s)', (_, cp) => expect(ALL).toContain(String.fromCodePoint(cp)));
});

describe('every control and format character of Unicode', () => {
  const text = ALL.join('x');
  it(`text (${ALL.length} characters): none left raw, each shown as \\u{…}`, () => {
    const out = sanitize(text);
    expect(out).not.toMatch(RAW);
    for (const ch of ALL) expect(sanitize(`a${ch}b`)).toBe(`a\\u{${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}b`.replace('\\u{000D}', '\n'));
  });
  it('one-line messages: line breaks shown too', () => expect(sanitizeLine(`${text}\n\r`)).not.toMatch(/[\n\r]|\p{Cc}|\p{Cf}/u));
  it('markdown', () => expect(mdText(text)).not.toMatch(RAW));
  it('JSON: escaped, and parsed back unchanged', () => {
    const json = sanitizeJson(JSON.stringify({ text }));
    expect(json).not.toMatch(RAW);
    expect(JSON.parse(json).text).toBe(text);
  });
  it('YAML: escaped, and parsed back unchanged', () => {
    const key = `key${ALL.slice(0, 60).join('')}`; // an implicit key is at most 1024 characters in YAML
    const yaml = toYaml({ text, [key]: [text] });
    expect(yaml).not.toMatch(RAW);
    expect(parse(yaml)).toEqual({ text, [key]: [text] });
  });
  it('iCalendar', () => expect(escapeText(text)).not.toMatch(RAW));
});

describe('property: any string', () => {
  const risky = fc.oneof(fc.constantFrom(...ALL, '\n', '\r', '\t', '\ud800', 'a', ' ', 'é', '😀'), fc.string({ unit: 'binary', maxLength: 3 }));
  const anyText = fc.array(risky, { maxLength: 30 }).map((xs) => xs.join(''));

  it('leaves nothing invisible in text, markdown, JSON, YAML or iCalendar, and JSON and YAML keep the value', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(sanitize(s)).not.toMatch(RAW);
        expect(mdText(s)).not.toMatch(RAW);
        expect(escapeText(s)).not.toMatch(RAW);
        const json = sanitizeJson(JSON.stringify({ s }));
        expect(json).not.toMatch(RAW);
        expect(JSON.parse(json)).toEqual({ s });
        const yaml = toYaml({ s, list: [s] });
        expect(yaml).not.toMatch(RAW);
        expect(parse(yaml)).toEqual(JSON.parse(JSON.stringify({ s, list: [s] })));
      }),
      { numRuns: 500 },
    );
  });
});
