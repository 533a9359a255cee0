/**
 * Styles by meaning. Renderers wrap text in markers (private-use characters) instead of ANSI codes, so views and
 * plain renders never hold escape codes; `paint` turns markers into colour, or removes them, when writing.
 */
import type { ChalkInstance } from 'chalk';

let chalk: ChalkInstance | undefined;

/** Loads chalk once, only for runs that colour their output. */
export async function loadColor(): Promise<void> {
  if (!chalk) {
    const { Chalk } = await import('chalk');
    chalk = new Chalk({ level: 1 });
  }
}

export type Style = 'heading' | 'subheading' | 'warning' | 'danger' | 'ok' | 'muted' | 'match' | 'label';

const CODES: Record<Style, string> = {
  heading: '\ue001',
  subheading: '\ue002',
  warning: '\ue003',
  danger: '\ue004',
  ok: '\ue005',
  muted: '\ue006',
  match: '\ue007',
  label: '\ue008',
};
const END = '\ue000';

/** Marks `text` with a meaning; the marker is invisible in plain output. Never use inside table cells. */
export const mark = (style: Style, text: string): string => (text ? `${CODES[style]}${text}${END}` : text);

/** Removes markers: the plain text a test or a pipe sees. */
export const unmark = (text: string): string => text.replace(/[\ue000-\ue008]/g, '');

/** Turns markers into ANSI colour when `color` is on, else removes them. */
export function paint(text: string, color: boolean): string {
  if (!color) return unmark(text);
  const c = chalk;
  if (!c) throw new Error('loadColor() must run before paint(text, true)');
  const styles: Record<string, (s: string) => string> = {
    [CODES.heading]: (s) => c.bold.cyan(s),
    [CODES.subheading]: (s) => c.bold(s),
    [CODES.warning]: (s) => c.yellow(s),
    [CODES.danger]: (s) => c.bold.red(s),
    [CODES.ok]: (s) => c.green(s),
    [CODES.muted]: (s) => c.dim(s),
    [CODES.match]: (s) => c.bold.underline(s),
    [CODES.label]: (s) => c.bold(s),
  };
  return text.replace(/([\ue001-\ue008])([^\ue000]*)\ue000/g, (_, code: string, body: string) => styles[code]?.(body) ?? body);
}
