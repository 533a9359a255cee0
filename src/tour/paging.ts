/**
 * Pure: a step's output cut into panes for a terminal of `rows` rows, so a long step never scrolls its own title away.
 * The first pane follows the step's header; each later one starts with the step's title line again. Every pane leaves
 * a row for the prompt under it and one for the cursor's line below that. Output that fits is one pane.
 */
export interface Panes {
  /** The output's lines, pane by pane (each line without its newline). */
  panes: string[][];
  /** How many lines the output has in all. */
  total: number;
}

/** The fewest rows a pane may have for output: below this the terminal is too short to page usefully. */
const MIN_PANE = 3;

/** Splits `output` into panes: the first below a header of `headerRows` rows, the rest below one title row. */
export function paneOutput(output: string, rows: number, headerRows: number): Panes {
  const lines = output.endsWith('\n') ? output.slice(0, -1).split('\n') : output.split('\n');
  if (output === '') return { panes: [[]], total: 0 };
  const first = rows - headerRows - 2;
  const later = rows - 3;
  if (lines.length <= first || first < MIN_PANE || later < MIN_PANE) return { panes: [lines], total: lines.length };
  const panes = [lines.slice(0, first)];
  for (let at = first; at < lines.length; at += later) panes.push(lines.slice(at, at + later));
  return { panes, total: lines.length };
}

/** The title line a later pane starts with: the step's own rule, marked as continued, with the lines it shows. */
export const continuedTitle = (title: string, from: number, to: number, total: number): string =>
  `── ${title} (continued: lines ${from}–${to} of ${total}) ──`;

/** The prompt under a pane that has more after it. */
export const morePrompt = (shown: number, lines: number, steps: number): string =>
  `── lines 1–${shown} of ${lines}: Enter or → for more · b or ←: back · 1-${Math.min(9, steps)}: jump · q: quit`;
