/**
 * A fast reader for the plain subset of YAML that `monograph import` writes (block mappings and sequences, every
 * scalar and flow list written as JSON). A 300 KB label takes the YAML library over a second; this reads it in
 * milliseconds. Anything outside the subset (anchors, tags, comments after values, plain strings, a repeated or
 * prototype key) returns undefined, and the caller reads the file with the YAML library as usual, so the meaning
 * of a file never depends on which reader took it.
 */

interface Line {
  indent: number;
  text: string;
}

const KEY = /^([A-Za-z_$][\w$-]*|"(?:[^"\\]|\\.)*"):(?: (.*))?$/;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

class NotSubset extends Error {}
const bail = (): never => {
  throw new NotSubset();
};

/** The value of the text, or undefined when it is not in the subset. */
export function readBlockSubset(text: string): unknown {
  const lines: Line[] = [];
  for (const raw of text.split('\n')) {
    if (raw.includes('\t') || raw.includes('\r')) return undefined;
    const body = raw.trimStart();
    if (body === '' || body.startsWith('#')) continue;
    if (/^(---|\.\.\.|%)/.test(body)) return undefined;
    lines.push({ indent: raw.length - body.length, text: body.trimEnd() });
  }
  if (lines.length === 0 || lines[0]!.indent !== 0) return undefined;
  try {
    const [value, next] = block(lines, 0, 0);
    return next === lines.length ? value : undefined;
  } catch (e) {
    if (e instanceof NotSubset) return undefined;
    throw e;
  }
}

/** A JSON scalar, flow list or `{}` written after `key: ` or `- `. */
function scalar(s: string): unknown {
  if (!/^["[{\-\d]|^(true|false|null)$/.test(s)) bail();
  try {
    return JSON.parse(s);
  } catch {
    return bail();
  }
}

/** The block starting at line `i`, whose lines sit at `indent`; returns the value and the next line's index. */
function block(lines: Line[], i: number, indent: number): [unknown, number] {
  return lines[i]!.text.startsWith('- ') ? sequence(lines, i, indent) : mapping(lines, i, indent, undefined);
}

function sequence(lines: Line[], i: number, indent: number): [unknown[], number] {
  const out: unknown[] = [];
  while (i < lines.length && lines[i]!.indent === indent && lines[i]!.text.startsWith('- ')) {
    const rest = lines[i]!.text.slice(2);
    if (KEY.test(rest)) {
      // "- key: value": a mapping whose first entry is on the dash line, the rest two columns in.
      const [m, next] = mapping(lines, i, indent + 2, rest);
      out.push(m);
      i = next;
    } else {
      out.push(scalar(rest));
      i++;
    }
  }
  if (i < lines.length && lines[i]!.indent > indent) bail();
  return [out, i];
}

function mapping(lines: Line[], i: number, indent: number, first: string | undefined): [Record<string, unknown>, number] {
  const out: Record<string, unknown> = {};
  let text = first;
  for (;;) {
    const line = text ?? (i < lines.length && lines[i]!.indent === indent ? lines[i]!.text : undefined);
    if (line === undefined) break;
    text = undefined;
    const m = KEY.exec(line) ?? bail();
    const key = m[1]!.startsWith('"') ? (scalar(m[1]!) as string) : m[1]!;
    if (FORBIDDEN.has(key) || Object.hasOwn(out, key)) bail();
    i++;
    if (m[2] !== undefined && m[2] !== '') out[key] = scalar(m[2]);
    else if (i < lines.length && lines[i]!.indent > indent) [out[key], i] = block(lines, i, lines[i]!.indent);
    else if (i < lines.length && lines[i]!.indent === indent && lines[i]!.text.startsWith('- ')) [out[key], i] = sequence(lines, i, indent);
    else out[key] = null;
  }
  if (i < lines.length && lines[i]!.indent > indent) bail();
  return [out, i];
}
