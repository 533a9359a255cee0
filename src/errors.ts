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
