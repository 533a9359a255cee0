/** Plain-text layout primitives. Every data string passes through `sanitize` here, so commands never print raw data. */
import loadTable from './cli-table.cjs';
import { drawTable } from './draw-table.js';
import { sanitize } from './sanitize.js';
import { displayWidth } from './width.js';
import { mark, type Style } from './theme.js';

/** Display width of a string in terminal columns. */
export const widthOf = displayWidth;


// A number stays on the line of its unit ("30 °C", "12 mg"), and a comparison sign with its number ("≤ 25").
const UNIT = /^(°[CF]|[µm]?g|mg\/kg|mL|kg|lb|h|hours?|min(utes)?|days?|weeks?|months?|years?|%|vg|vg\/kg|µL|mg\/mL|g\/L)[.,;:)]*$/;
const SIGN = /^[≤≥<>~±−]$/;

function keepTogether(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const prev = out.at(-1);
    if (prev !== undefined && ((UNIT.test(w) && /\d$/.test(prev)) || SIGN.test(prev))) out[out.length - 1] = `${prev} ${w}`;
    else out.push(w);
  }
  return out;
}

/**
 * The places a word may break when it alone is wider than its line: after a hyphen between letters ("out-of-|carton"),
 * as Unicode line breaking (UAX #14) allows.
 */
const hyphenParts = (word: string): string[] => word.split(/(?<=\p{L}-)(?=\p{L})/u);

/** The words of `text` as `wrap` keeps them (a number with its unit), each cut at its hyphens. */
const pieces = (text: string): string[] => keepTogether(sanitize(text).split(/[ \n]+/).filter(Boolean)).flatMap(hyphenParts);

/** The widest piece of `text` that `wrap` never splits: the narrowest column that keeps every word whole. */
export const longestWord = (text: string): number => Math.max(0, ...pieces(text).map(widthOf));

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The longest head of `part` that fits `room` columns, in whole characters as the reader sees them, and the rest. */
function cutAt(part: string, room: number): [string, string] {
  let head = '';
  for (const { segment, index } of graphemes.segment(part)) {
    if (head && widthOf(head + segment) > room) return [head, part.slice(index)];
    head += segment;
  }
  return [head, ''];
}

/** Printable ASCII, not empty, without tabs, line breaks, leading, trailing or double spaces (sanitize leaves it as it is). */
const PLAIN_LINE = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

/**
 * Wraps text at word boundaries to `width` columns. A word wider than a whole line breaks after a hyphen; only a piece
 * wider than the line on its own is split. Keeps blank lines.
 */
export function wrap(text: string, width: number, indent = '', firstIndent = indent): string[] {
  // One short line of plain single-spaced ASCII comes back as it is (what the general case below gives it): the cells
  // of a list of 10,000 monographs are nearly all like that.
  if (text.length <= Math.max(4, width - widthOf(firstIndent)) && PLAIN_LINE.test(text)) return [firstIndent + text];
  return wrapWords(text, width, indent, firstIndent);
}

/** `wrap` without its short cut, which must give the same lines (test/render/wrap-plain.test.ts). */
export function wrapWords(text: string, width: number, indent = '', firstIndent = indent): string[] {
  const out: string[] = [];
  let prefix = firstIndent;
  const room = () => Math.max(4, width - widthOf(prefix));
  let roomNow = room();
  const push = (text: string) => {
    out.push(prefix + text);
    prefix = indent;
    roomNow = room();
  };
  // Each word is measured once and the line's width kept as it grows: sanitized text holds no escape sequence, so
  // the width of joined text is the sum of the widths of its parts.
  for (const para of sanitize(text).split('\n')) {
    let line = '';
    let lineWidth = 0;
    // A number and its unit stay together, unless together they are wider than a line: then each word on its own.
    const groups = keepTogether(para.split(/ +/).filter(Boolean));
    const start = roomNow;
    const words = groups.flatMap((g): [string, number][] => {
      const w = widthOf(g);
      return w > start ? g.split(' ').map((p) => [p, widthOf(p)]) : [[g, w]];
    });
    for (const [word, wordWidth] of words) {
      if (line && lineWidth + 1 + wordWidth <= roomNow) {
        line += ` ${word}`;
        lineWidth += 1 + wordWidth;
        continue;
      }
      if (line) push(line);
      line = '';
      lineWidth = 0;
      for (let part of wordWidth > roomNow ? hyphenParts(word) : [word]) {
        let partWidth = part === word ? wordWidth : widthOf(part);
        if (line && lineWidth + partWidth > roomNow) {
          push(line);
          line = '';
          lineWidth = 0;
        }
        while (lineWidth + partWidth > roomNow) {
          const [head, rest] = cutAt(part, roomNow);
          push(head);
          part = rest;
          partWidth = widthOf(part);
        }
        line += part;
        lineWidth += partWidth;
      }
    }
    push(line.trimEnd());
    out[out.length - 1] = out.at(-1)!.trimEnd();
  }
  return out;
}

/** A heading line, marked for colour. */
export const heading = (text: string, style: Style = 'heading'): string => mark(style, sanitize(text));

/** A paragraph wrapped to width. */
export const paragraph = (text: string, width: number, indent = ''): string => wrap(text, width, indent).join('\n');

/** A bullet list with hanging indents. */
export const bullets = (items: readonly string[], width: number, indent = ''): string =>
  items.map((item) => wrap(item, width, `${indent}  `, `${indent}- `).join('\n')).join('\n');

/** `label: value` lines with the values aligned and wrapped under themselves. */
export const keyValues = (rows: readonly (readonly [string, string])[], width: number): string =>
  keyValuesOf(rows.map(([k]) => k), width)(rows.map(([, v]) => v));

/** `keyValues` for many records with the same labels: the labels are measured and marked once. */
function keyValuesOf(labels: readonly string[], width: number): (values: readonly string[]) => string {
  const labelWidth = Math.min(24, Math.max(...labels.map((k) => widthOf(k))) + 2);
  const pad = ' '.repeat(labelWidth);
  const heads = labels.map((k) => {
    const label = sanitize(`${k}:`);
    // Padded by display width; a label too wide for its column gets a line of its own.
    return widthOf(label) >= labelWidth ? { own: mark('label', label) } : { inline: mark('label', label + ' '.repeat(labelWidth - widthOf(label))) };
  });
  return (values) =>
    values
      .map((v, i) => {
        const [first = '', ...rest] = wrap(v, width, pad, pad);
        const head = heads[i]!;
        if (head.own !== undefined) return [head.own, first, ...rest].join('\n');
        return [head.inline + first.slice(labelWidth), ...rest].join('\n');
      })
      .join('\n');
}

/**
 * A table drawn with cli-table3, fitted to `width` columns; plain (colour-free) so widths stay exact. When the columns
 * cannot all keep their longest word whole, the rows become records instead: a table never splits a word it could keep.
 */
export function table(head: readonly string[], rows: readonly (readonly string[])[], width: number): string {
  const cols = head.length;
  const room = width - (cols + 1);
  // Each column's narrowest width keeps its longest word whole; once they no longer fit, the table is records, so a
  // long list stops measuring at the first row that decides it.
  const minimum = head.map((h) => Math.max(MIN_CELL, longestWord(h)) + 2);
  let least = minimum.reduce((a, b) => a + b, 0);
  for (const r of rows) {
    for (let i = 0; i < cols; i++) {
      const w = longestWord(r[i] ?? '') + 2;
      if (w > minimum[i]!) {
        least += w - minimum[i]!;
        minimum[i] = w;
      }
    }
    if (least > room) return records(head, rows, width);
  }
  // A cell of prose (an FDA label's layout tables) reads better as a record, and cli-table3 draws tall cells in
  // time that grows with the square of their length (12 s for one imported medication guide).
  if (rows.some((r) => r.some((c) => c.length > PROSE_CELL))) return records(head, rows, width);
  const natural = head.map((h, i) => Math.max(widthOf(h), ...rows.map((r) => maxLine(r[i] ?? ''))) + 2);
  const colWidths = fitColumns(natural, room, minimum);
  // Cells are wrapped here, so the table is only drawn: by the small drawer when it can, else by cli-table3.
  const heads = head.map((h, i) => wrap(h, colWidths[i]! - 2).join('\n'));
  const cells = rows.map((r) => head.map((_, i) => wrap(r[i] ?? '', colWidths[i]! - 2).join('\n')));
  return drawTable(heads, cells, colWidths) ?? cliTable3(heads, cells, colWidths);
}

/** The same table drawn by cli-table3, the table library of record (and the reference for `drawTable`). */
export function cliTable3(head: readonly string[], rows: readonly (readonly string[])[], colWidths: readonly number[]): string {
  const Table = loadTable();
  const t = new Table({
    head: [...head],
    colWidths: [...colWidths],
    wordWrap: false,
    style: { head: [], border: [], compact: false, 'padding-left': 1, 'padding-right': 1 },
  });
  for (const r of rows) t.push([...r]);
  return t.toString();
}

/** Longest cell text a table draws; a longer one turns the table into records. */
const PROSE_CELL = 600;

/** Narrowest cell text a table column keeps before the table turns into records. */
const MIN_CELL = 6;

/** Too many columns for the width: one block per row, one `heading: value` line per column. */
function records(head: readonly string[], rows: readonly (readonly string[])[], width: number): string {
  const rule = '─'.repeat(Math.min(width, 40));
  const record = keyValuesOf(head, width);
  return rows.map((r) => `${rule}\n${record(head.map((_, i) => r[i] ?? ''))}`).join('\n');
}

/**
 * Folds any line still wider than `width` at word boundaries, keeping its indent: the last guard behind headings and
 * labels that renderers print unwrapped. Style markers count as zero width.
 */
export function foldLines(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      // No character is wider than two columns: a line this short fits without measuring it.
      if (line.length * 2 <= width || widthOf(line) <= width) return line;
      const indent = /^ */.exec(line)![0];
      const out: string[] = [];
      let cur = '';
      for (const word of line.slice(indent.length).split(' ')) {
        const next = cur ? `${cur} ${word}` : word;
        if (cur && widthOf(indent) + widthOf(next) > width) {
          out.push(indent + cur);
          cur = word;
        } else cur = next;
      }
      out.push(indent + cur);
      return out.join('\n');
    })
    .join('\n');
}

const maxLine = (s: string) => Math.max(...s.split('\n').map(widthOf));

/**
 * Fits columns into `total` characters by capping the widest ones at a common width ("water filling"): narrow columns
 * keep their natural width, wide ones share what is left. No column goes below its `minimum` (default 6); when the
 * minimums alone exceed `total`, they are returned as they are.
 */
export function fitColumns(natural: readonly number[], total: number, minimum: readonly number[] = natural.map(() => 6)): number[] {
  if (natural.reduce((a, b) => a + b, 0) <= total) return [...natural];
  const floor = natural.map((w, i) => Math.min(w, minimum[i] ?? 6));
  const at = (cap: number) => natural.map((w, i) => Math.max(floor[i]!, Math.min(w, cap)));
  const sum = (ws: number[]) => ws.reduce((a, b) => a + b, 0);
  let cap = 0;
  while (cap < Math.max(...natural) && sum(at(cap + 1)) <= total) cap++;
  const widths = at(cap);
  // Hand the characters lost to the common cap to the widest columns, left to right.
  let spare = total - sum(widths);
  for (let i = 0; spare > 0 && i < widths.length; i++) {
    if (natural[i]! > widths[i]!) {
      widths[i]! += 1;
      spare -= 1;
    }
    if (i === widths.length - 1 && spare > 0 && widths.some((w, j) => natural[j]! > w)) i = -1;
  }
  return widths;
}
