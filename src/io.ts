/** The streams and environment a run sees. `main.ts` builds the real one; tests build fakes. */

/** Anything we can write text to (process.stdout, or a test's collector). */
export interface OutStream {
  write(chunk: string): boolean;
  isTTY?: boolean;
  columns?: number;
  rows?: number;
}

export interface InStream {
  isTTY?: boolean;
  setRawMode?(on: boolean): unknown;
  on(event: 'data', listener: (chunk: Buffer | string) => void): unknown;
  off?(event: 'data', listener: (chunk: Buffer | string) => void): unknown;
  resume?(): unknown;
  pause?(): unknown;
}

export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  stdin?: InStream;
  env: Readonly<Record<string, string | undefined>>;
  /** Today's calendar date as YYYY-MM-DD, in the user's local time zone. */
  today: () => string;
  /** Runs a pager on `text`; resolves false if it could not be started. Absent in tests that do not page. */
  page?: (command: string, text: string) => Promise<boolean>;
}

/** What `--color` accepts. */
export const COLOR_WHEN = ['always', 'never', 'auto'] as const;
export type ColorWhen = (typeof COLOR_WHEN)[number];

/** Decides colour once: the flag, then NO_COLOR, FORCE_COLOR, TERM=dumb, then whether stdout is a terminal. */
export function decideColor(flag: ColorWhen | undefined, io: Io): boolean {
  if (flag === 'always') return true;
  if (flag === 'never') return false;
  const { NO_COLOR, FORCE_COLOR, TERM } = io.env;
  if (NO_COLOR !== undefined && NO_COLOR !== '') return false;
  if (FORCE_COLOR !== undefined && FORCE_COLOR !== '') return FORCE_COLOR !== '0' && FORCE_COLOR !== 'false';
  if (TERM === 'dumb') return false;
  return io.stdout.isTTY === true;
}

/** Output width: `--width`, else the terminal's columns, else COLUMNS, else 80. */
export function decideWidth(flag: number | undefined, io: Io): number {
  if (flag !== undefined) return flag;
  if (io.stdout.isTTY && io.stdout.columns && io.stdout.columns > 0) return io.stdout.columns;
  const env = Number.parseInt(io.env.COLUMNS ?? '', 10);
  if (Number.isInteger(env) && env >= 20 && env <= 1000) return env;
  return 80;
}
