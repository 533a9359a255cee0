import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitize, sanitizeJson } from '../../src/render/sanitize.js';
import { paint } from '../../src/render/theme.js';

const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u;

describe('sanitize', () => {
  it.each([
    ['\u001b[31mred\u001b[0m', '\\u{001B}[31mred\\u{001B}[0m'],
    ['bidi \u202Eevil\u202C', 'bidi \\u{202E}evil\\u{202C}'],
    ['bell\u0007', 'bell\\u{0007}'],
    ['c1 \u009b', 'c1 \\u{009B}'],
    ['tab\there', 'tab  here'],
    ['crlf\r\nline', 'crlf\nline'],
    ['fake style \ue001marker', 'fake style \\u{E001}marker'],
    ['plain Ünïcode °C µL ≥', 'plain Ünïcode °C µL ≥'],
  ])('%j', (input, expected) => expect(sanitize(input)).toBe(expected));

  it('never lets a control character through, whatever the input', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => !UNSAFE.test(sanitize(s))));
  });

  it('keeps the theme markers only when asked, and colour never comes from data', () => {
    expect(paint(sanitize('\ue001x\ue000'), true)).not.toContain('\u001b');
  });
});

describe('sanitizeJson', () => {
  it('escapes bidi and C1 characters inside JSON strings without changing the parsed value', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const json = sanitizeJson(JSON.stringify({ s }));
        return !UNSAFE.test(json) && JSON.parse(json).s === s;
      }),
    );
  });
});
