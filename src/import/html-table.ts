/** A label's HTML table (`*_table` fields) as rows of cell text, so it stays a table rather than one long line. */
import { normalizeText } from './label-text.js';

export interface LabelTable {
  caption: string | undefined;
  columns: string[];
  rows: string[][];
  /** Footnotes and other text the table carries outside its cells. */
  notes: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', deg: '°', plusmn: '±', micro: 'µ', le: '≤', ge: '≥', ndash: '–', mdash: '—', middot: '·', times: '×', reg: '®', trade: '™', copy: '©' };

/** The text of an HTML fragment: tags dropped, entities decoded, whitespace normalised. */
export function htmlText(html: string): string {
  const text = html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<sup>(.*?)<\/sup>/gis, '$1')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => safeChar(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => safeChar(Number(d)))
    .replace(/&([a-z]+);/gi, (all, name: string) => ENTITIES[name.toLowerCase()] ?? all);
  return normalizeText(text).replace(/\s+([,.;:)\]])/g, '$1').replace(/([([])\s+/g, '$1');
}

const safeChar = (n: number) => (n > 0x1f && n <= 0x10ffff && !(n >= 0x7f && n <= 0x9f) ? String.fromCodePoint(n) : ' ');

interface Cell {
  text: string;
  span: number;
  header: boolean;
}

function rowsOf(html: string): Cell[][] {
  return [...html.matchAll(/<tr\b[^>]*>(.*?)<\/tr>/gis)].map((tr) =>
    [...tr[1]!.matchAll(/<(td|th)\b([^>]*)>(.*?)<\/\1>/gis)].map((c) => ({
      text: htmlText(c[3]!),
      span: Math.min(50, Math.max(1, Number(/colspan\s*=\s*"?(\d+)/i.exec(c[2]!)?.[1] ?? 1))),
      header: c[1]!.toLowerCase() === 'th' || /styleCode="[^"]*bold/i.test(c[3]!) || /^<content styleCode="bold">/i.test(c[3]!.trim()),
    })),
  );
}

/** A spanning cell keeps its text in its first column; the columns it covers are left blank. */
const flat = (row: Cell[], width: number) => {
  const out = row.flatMap((c) => [c.text, ...Array<string>(c.span - 1).fill('')]);
  while (out.length < width) out.push('');
  return out.slice(0, width).map((t) => (t === '' ? ' ' : t));
};

/** Parses one table; undefined when it has no cells with text. */
export function parseTable(html: string): LabelTable | undefined {
  const caption = htmlText(/<caption\b[^>]*>(.*?)<\/caption>/is.exec(html)?.[1] ?? '') || undefined;
  const foot = /<tfoot\b[^>]*>(.*?)<\/tfoot>/is.exec(html)?.[1] ?? '';
  const head = /<thead\b[^>]*>(.*?)<\/thead>/is.exec(html)?.[1] ?? '';
  const body = html.replace(/<tfoot\b[^>]*>.*?<\/tfoot>/gis, '').replace(/<thead\b[^>]*>.*?<\/thead>/gis, '').replace(/<caption\b[^>]*>.*?<\/caption>/gis, '');
  const notes = rowsOf(foot).map((r) => r.map((c) => c.text).filter(Boolean).join(' ')).filter(Boolean);
  let headRows = rowsOf(head).filter((r) => r.some((c) => c.text));
  let bodyRows = rowsOf(body).filter((r) => r.some((c) => c.text));
  const width = Math.max(0, ...[...headRows, ...bodyRows].map((r) => r.reduce((n, c) => n + c.span, 0)));
  if (width === 0) return undefined;
  if (headRows.length === 0 && bodyRows.length > 1 && bodyRows[0]!.every((c) => c.header || c.text === '')) {
    headRows = [bodyRows[0]!];
    bodyRows = bodyRows.slice(1);
  }
  // Several heading rows: the last names the columns, the ones above it are kept as the first rows.
  const columns = headRows.length > 0 ? flat(headRows.at(-1)!, width) : Array<string>(width).fill(' ');
  const rows = [...headRows.slice(0, -1), ...bodyRows].map((r) => flat(r, width));
  if (rows.length === 0) return { caption, columns: Array<string>(width).fill(' '), rows: [columns], notes };
  return { caption, columns, rows, notes };
}
