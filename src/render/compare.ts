/** Renders a comparison: a grid with one column per drug when the columns stay readable, else one block per field. */
import type { SourceRef } from '../catalog/schema.js';
import type { CompareRow, CompareValue, CompareView } from '../compare/compare.js';
import type { RenderOpts } from './renderers.js';
import { sourceName } from '../catalog/cite.js';
import { fitColumns, heading, widthOf, wrap } from './layout.js';
import { mdList, mdTable, mdText } from './markdown.js';
import { mark, type Style } from './theme.js';

/** Below this many characters of text per drug column, the grid gives way to the stacked layout. */
export const MIN_COLUMN = 24;

/** Drug columns wider than this read as long lines, not as a table; the spare width is left unused. */
const MAX_COLUMN = 60;

/** One paragraph of a cell: its text, the prefix of its first and later lines, and its style. */
interface Piece {
  text: string;
  first: string;
  rest: string;
  style?: Style;
}

type Line = { text: string; style?: Style };

/** "us-label §1, §8.4; page §1.2": citations grouped by source id, first-seen order. */
export function compactCite(refs: readonly SourceRef[]): string {
  const groups = new Map<string, string[]>();
  for (const r of refs) {
    const where = [r.section ? (/^\d/.test(r.section) ? `§${r.section}` : `"${r.section}"`) : '', r.note ? `(${r.note})` : ''].filter(Boolean).join(' ');
    const places = groups.get(r.source) ?? [];
    if (where && !places.includes(where)) places.push(where);
    groups.set(r.source, places);
  }
  return [...groups].map(([id, places]) => [id, places.join(', ')].filter(Boolean).join(' ')).join('; ');
}

/** "Spinraza (nusinersen)": how a drug is named in headers; never shortened. */
export const drugName = (v: CompareView, id: string): string => {
  const m = v.monographs[id];
  return m ? `${m.brand} (${m.generic})` : id;
};

const NOT_IN_MONOGRAPH = 'not in this monograph';

/** A cell's paragraphs. `nested` (the stacked layout) indents them and hangs details and citations under the summary. */
function pieces(values: readonly CompareValue[], nested = false): Piece[] {
  const [top, sub] = nested ? ['  ', '    '] : ['', ''];
  if (values.length === 0) return [{ text: NOT_IN_MONOGRAPH, first: top, rest: top, style: 'muted' }];
  return values.flatMap((value, i) => [
    ...(i > 0 && !nested ? [{ text: '', first: '', rest: '' }] : []),
    { text: `${value.region ? `[${value.region}] ` : ''}${value.summary}`, first: top, rest: sub, style: 'label' as const },
    ...(value.details ?? []).map((d) => ({ text: d, first: `${sub}- `, rest: `${sub}  ` })),
    { text: `[${compactCite(value.sources)}]`, first: sub, rest: `${sub} `, style: 'muted' as const },
  ]);
}

const lay = (ps: readonly Piece[], width: number): Line[] =>
  ps.flatMap((p) => wrap(p.text, width, p.rest, p.first).map((text) => ({ text, ...(p.style ? { style: p.style } : {}) })));

const show = (l: Line): string => (l.style ? mark(l.style, l.text) : l.text);

/** Text width of each drug column, or undefined when one would fall under MIN_COLUMN (then stack). */
export function columnWidths(v: CompareView, width: number): number[] | undefined {
  const n = v.drugs.length;
  const natural = v.drugs.map((id) =>
    Math.min(MAX_COLUMN, Math.max(widthOf(drugName(v, id)), ...v.rows.flatMap((r) => pieces(r.values[id] ?? []).map((p) => widthOf(p.first + p.text))))),
  );
  const room = width - 1 - 3 * n;
  const widths = fitColumns(natural, room);
  const fits = widths.reduce((a, b) => a + b, 0) <= room && widths.every((w, i) => w >= Math.min(MIN_COLUMN, natural[i]!));
  return fits ? widths : undefined;
}

/** The comparison as plain text (with style markers), fitted to `width`. */
export function renderCompare(v: CompareView, { width }: RenderOpts): string {
  const widths = columnWidths(v, width);
  const body = widths ? renderGrid(v, widths) : renderStacked(v, width);
  const title = wrap(v.drugs.map((id) => v.monographs[id]?.brand ?? id).join(' vs '), width).map((l) => heading(l));
  return `${title.join('\n')}\n\n${body}\n\n${renderSources(v, width)}\n`;
}

function renderGrid(v: CompareView, widths: readonly number[]): string {
  const inner = widths.reduce((a, b) => a + b, 0) + 3 * (widths.length - 1);
  const border = (left: string, mid: string, right: string) => left + widths.map((w) => '─'.repeat(w + 2)).join(mid) + right;
  const pad = (l: Line | undefined, w: number) => `${l ? show(l) : ''}${' '.repeat(w - widthOf(l?.text ?? ''))}`;
  const band = (cells: readonly Line[][], ws: readonly number[] = widths) => {
    const height = Math.max(...cells.map((c) => c.length));
    return Array.from({ length: height }, (_, i) => `│ ${cells.map((c, j) => pad(c[i], ws[j]!)).join(' │ ')} │`);
  };
  const out = [border('┌', '┬', '┐'), ...band(v.drugs.map((id, j) => lay([{ text: drugName(v, id), first: '', rest: '', style: 'subheading' }], widths[j]!)))];
  for (const row of v.rows) {
    out.push(border('├', '┴', '┤'), ...band([lay([{ text: row.label, first: '', rest: '', style: 'heading' }], inner)], [inner]));
    out.push(border('├', '┬', '┤'), ...band(v.drugs.map((id, j) => lay(pieces(row.values[id] ?? []), widths[j]!))));
  }
  out.push(border('└', '┴', '┘'));
  return out.join('\n');
}

/** A heading followed by a line to the width: "Storage ─────". */
function rule(title: string, width: number): string {
  const lines = wrap(title, width);
  const last = lines.pop() ?? '';
  const room = width - widthOf(last) - 1;
  return [...lines, room > 0 ? `${last} ${'─'.repeat(room)}` : last].map((l) => heading(l)).join('\n');
}

function renderStacked(v: CompareView, width: number): string {
  return v.rows
    .map((row) => {
      const blocks = v.drugs.map((id) =>
        [...wrap(drugName(v, id), width).map((text) => mark('subheading', text)), ...lay(pieces(row.values[id] ?? [], true), width).map(show)].join('\n'),
      );
      return `${rule(row.label, width)}\n${blocks.join('\n\n')}`;
    })
    .join('\n\n');
}

function renderSources(v: CompareView, width: number): string {
  const blocks = v.drugs.map((id) => {
    const list = (v.sources[id] ?? []).map((s) => `${s.id}: ${sourceName(s)}`).join('; ');
    const text = v.monographs[id]?.hasCompareData ? list : 'its monograph has no comparison data';
    return [...wrap(drugName(v, id), width).map((l) => mark('subheading', l)), ...wrap(text, width, '  ')].join('\n');
  });
  return [rule('Sources', width), ...blocks].join('\n');
}

/** Markdown: a table for up to three drugs, else a section per field; citations and sources as in the text. */
export function renderCompareMarkdown(v: CompareView): string {
  const title = `# ${mdText(v.drugs.map((id) => v.monographs[id]?.brand ?? id).join(' vs '))}`;
  const cell = (row: CompareRow, id: string) => pieces(row.values[id] ?? []).map((p) => p.first + p.text).join('\n');
  const body =
    v.drugs.length <= 3
      ? mdTable(['Field', ...v.drugs.map((id) => drugName(v, id))], v.rows.map((row) => [row.label, ...v.drugs.map((id) => cell(row, id))]))
      : v.rows.map((row) => [`## ${mdText(row.label)}`, ...v.drugs.map((id) => `### ${mdText(drugName(v, id))}\n\n${mdValues(row.values[id] ?? [])}`)].join('\n\n')).join('\n\n');
  const sources = v.drugs.map((id) =>
    v.monographs[id]?.hasCompareData
      ? `- **${mdText(drugName(v, id))}**: ${(v.sources[id] ?? []).map((s) => `${mdText(s.id)}: ${mdText(sourceName(s))}`).join('; ')}`
      : `- **${mdText(drugName(v, id))}**: its monograph has no comparison data`,
  );
  return `${title}\n\n${body}\n\n## Sources\n\n${sources.join('\n')}\n`;
}

function mdValues(values: readonly CompareValue[]): string {
  if (values.length === 0) return `_${NOT_IN_MONOGRAPH}_`;
  return values
    .map((value) => {
      const head = `**${mdText(`${value.region ? `[${value.region}] ` : ''}${value.summary}`)}**`;
      const details = value.details?.length ? `\n\n${mdList(value.details)}` : '';
      return `${head}${details}\n\n_Sources: ${mdText(compactCite(value.sources))}_`;
    })
    .join('\n\n');
}
