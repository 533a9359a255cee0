/** Exit codes and the typed errors that map to them; `cli.ts` is the one place that turns them into messages. */

/** The exit codes, as documented in the README and in `monograph --help`. */
export const ExitCode = {
  ok: 0,
  finding: 1,
  usage: 2,
  notFound: 3,
  ambiguous: 4,
  invalidData: 5,
  internal: 70,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** An error the user can act on: one line of message, optional hint lines, and an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
    readonly hints: string[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad command line: unknown option, missing or malformed argument (exit 2). */
export class UsageError extends CliError {
  constructor(message: string, hints: string[] = []) {
    super(message, ExitCode.usage, hints);
  }
}

/** A drug, section, file or folder that does not exist (exit 3). */
export class NotFoundError extends CliError {
  constructor(message: string, hints: string[] = []) {
    super(message, ExitCode.notFound, hints);
  }
}

/** A name that matches more than one monograph (exit 4). */
export class AmbiguousError extends CliError {
  constructor(message: string, hints: string[] = []) {
    super(message, ExitCode.ambiguous, hints);
  }
}

/** A monograph or input file that cannot be read safely (exit 5). */
export class DataError extends CliError {
  constructor(message: string, hints: string[] = []) {
    super(message, ExitCode.invalidData, hints);
  }
}

/** How much of the user's input a message echoes (a 120 KB argument is not repeated back). */
export const ECHO_CHARS = 80;

/** User input cut for a message: at most about 80 characters, with an ellipsis when cut. */
export function cut(text: string, max = ECHO_CHARS): string {
  if (text.length <= max) return text;
  const head = [...text.slice(0, max + 1)];
  return head.length > max ? `${head.slice(0, max - 1).join('')}…` : text;
}

/** User input as a message echoes it: in double quotes, cut at about 80 characters. */
export const quote = (text: string): string => `"${cut(text)}"`;

/** The OS's reason for a failed file operation, in words ("permission denied"), from a Node system error. */
export function osReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const words = /^[A-Z0-9_]+: ([^,]+)/.exec(err?.message ?? '')?.[1];
  return words ?? err?.code ?? String(e);
}

/** An OS error about a path the user gave: not found (3) for a missing file or folder, else a usage error (2). */
export function pathError(e: unknown, what: string): CliError {
  if (e instanceof CliError) return e;
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new NotFoundError(`${what}: no such file or folder`);
  if (code === undefined) throw e; // not an OS error: a bug of ours, reported as internal
  return new UsageError(`${what}: ${osReason(e)}`);
}
