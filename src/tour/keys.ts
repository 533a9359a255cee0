/** Key presses between tour steps: Enter, space, arrows or a presenter's remote (Page Down/Up) move; q quits. */
import type { InStream } from '../io.js';

export type KeyAction = { kind: 'next' } | { kind: 'back' } | { kind: 'quit' } | { kind: 'jump'; to: number } | { kind: 'ignore' };

const NEXT = new Set(['\r', '\n', ' ', 'n', 'j', '\u001b[C', '\u001b[B', '\u001b[6~']);
const BACK = new Set(['b', 'p', 'k', '\u001b[D', '\u001b[A', '\u001b[5~']);
const QUIT = new Set(['q', 'Q', '\u001b', '\u0003', '\u0004']);

/** What a key means; digits jump to that step (1-based) when it exists. */
export function keyAction(key: string, total: number): KeyAction {
  if (NEXT.has(key)) return { kind: 'next' };
  if (BACK.has(key)) return { kind: 'back' };
  if (QUIT.has(key)) return { kind: 'quit' };
  if (/^[1-9]$/.test(key) && Number(key) <= total) return { kind: 'jump', to: Number(key) - 1 };
  return { kind: 'ignore' };
}

/** Waits for one key press with the terminal in raw mode, then gives the terminal back. */
export function readKey(stdin: InStream): Promise<string> {
  return new Promise((resolve) => {
    const onData = (chunk: Buffer | string) => {
      stdin.off?.('data', onData);
      stdin.setRawMode?.(false);
      stdin.pause?.();
      resolve(String(chunk));
    };
    stdin.setRawMode?.(true);
    stdin.on('data', onData);
    stdin.resume?.();
  });
}
