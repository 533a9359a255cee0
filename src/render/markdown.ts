/** Markdown primitives for handouts; cell and text content is sanitised and escaped here. */
import { sanitize } from './sanitize.js';

/** Escapes characters markdown would read as markup inside running text. */
export const mdText = (s: string): string => sanitize(s).replace(/([\\`*_[\]<>|])/g, '\\$1');

/** A GitHub-style table; newlines in cells become <br>. */
export function mdTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (s: string) => mdText(s).replace(/\n/g, '<br>');
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${head.map((_, i) => cell(r[i] ?? '')).join(' | ')} |`),
  ].join('\n');
}

export const mdList = (items: readonly string[]): string => items.map((i) => `- ${mdText(i)}`).join('\n');
