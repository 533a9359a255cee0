/** Runs the CLI in-process over fake streams, with the monographs read straight from data/monographs. */
import { readMonographDir } from '../../src/catalog/files.js';
import type { CatalogEntry } from '../../src/catalog/catalog.js';
import { run } from '../../src/cli.js';
import type { Io, OutStream } from '../../src/io.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  isTTY?: boolean;
  columns?: number;
  rows?: number;
  today?: string;
  page?: Io['page'];
  stdin?: Io['stdin'];
}

let bundledCache: CatalogEntry[] | undefined;

/** The bundled monographs, checked the same way the build checks them. */
export function bundledMonographs(): CatalogEntry[] {
  if (!bundledCache) {
    const { monographs, problems } = readMonographDir('data/monographs');
    if (problems.length > 0) throw new Error(`bundled monographs are invalid:\n${problems.join('\n')}`);
    bundledCache = monographs;
  }
  return bundledCache;
}

/** A stream that collects what is written to it. */
export function collector(tty = false, columns?: number, rows?: number): OutStream & { text: () => string } {
  const chunks: string[] = [];
  return { write: (s: string) => (chunks.push(s), true), isTTY: tty, columns, rows, text: () => chunks.join('') };
}

/** Runs `monograph <argv>` in-process. Colour is off and the width is fixed unless the test says otherwise. */
export async function runCli(argv: string[], opts: RunOptions = {}): Promise<RunResult> {
  const stdout = collector(opts.isTTY ?? false, opts.columns, opts.rows);
  const stderr = collector(false);
  const io: Io = {
    stdout,
    stderr,
    env: { COLUMNS: '100', ...opts.env },
    today: () => opts.today ?? '2026-11-25',
    ...(opts.page ? { page: opts.page } : {}),
    ...(opts.stdin ? { stdin: opts.stdin } : {}),
  };
  const code = await run(argv, { io, bundled: bundledMonographs });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}
