/**
 * A small drawer for the one kind of table `table` (layout.ts) hands cli-table3: a heading row, cells already wrapped
 * to their columns (lines split by "\n"), padding of one column on each side, every row ruled off, no colour. It draws
 * exactly what cli-table3 draws for those (test/render/draw-table.test.ts compares both), without loading cli-table3
 * (about 3 ms of a made-afresh `show spinraza`, and its per-cell layout passes). Anything else it returns undefined for,
 * and cli-table3, the table library of record, draws it.
 */
import { displayWidth } from './width.js';

export function drawTable(head: readonly string[], rows: readonly (readonly string[])[], colWidths: readonly number[]): string | undefined {
  if (head.length === 0 || colWidths.length !== head.length) return undefined;
  const split = (cells: readonly string[]): string[][] | undefined => {
    const out: string[][] = [];
    for (let i = 0; i < head.length; i++) {
      const lines = (cells[i] ?? '').split('\n');
      // A line wider than its column: cli-table3 would truncate it ("…"); leave that to cli-table3.
      for (const line of lines) if (displayWidth(line) > colWidths[i]! - 2 || /[\t\r\u001b]/.test(line)) return undefined;
      out.push(lines);
    }
    return out;
  };
  const blocks: string[][][] = [];
  for (const cells of [head, ...rows]) {
    const block = split(cells);
    if (!block) return undefined;
    blocks.push(block);
  }
  const rule = (left: string, mid: string, right: string) => left + colWidths.map((w) => '─'.repeat(w)).join(mid) + right;
  const out = [rule('┌', '┬', '┐')];
  blocks.forEach((block, b) => {
    if (b > 0) out.push(rule('├', '┼', '┤'));
    const height = Math.max(...block.map((lines) => lines.length));
    for (let y = 0; y < height; y++) {
      let line = '│';
      block.forEach((lines, i) => {
        const text = lines[y] ?? '';
        line += ` ${text}${' '.repeat(colWidths[i]! - 2 - displayWidth(text))} │`;
      });
      out.push(line);
    }
  });
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}
