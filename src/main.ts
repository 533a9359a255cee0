/** The only file that touches `process`: argv, env, streams, and the exit code. */
import { existsSync, readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import type { CatalogEntry } from './catalog/catalog.js';
import { run } from './cli.js';
import { stdoutClosed } from './closed-stdout.js';
import { ExitCode } from './errors.js';
import type { Io, OutStream } from './io.js';
import { HANDOFF, localToday, type Handoff } from './fast/handoff.js';
import { writeAnswer } from './fast/output-cache.js';

// A run lasts a fraction of a second: optimising compiles queued while rendering would only finish in the
// background, and Node waits for them before it exits (about 15 ms on `monograph show spinraza`). A logger check
// (`--log`) and `import` (a bulk label file) are the long computations, and keep the optimising compiler (a logger
// check without it: 2.4 s instead of 0.8 s).
const long = process.argv.some((a) => a === '--log' || a.startsWith('--log=') || a === 'import');
if (!long) setFlagsFromString('--no-opt');

/** The monographs compiled into dist/catalog.json at build time (checked there, so no YAML or schema at start-up). */
function bundled(): CatalogEntry[] {
  const built = new URL('./catalog.json', import.meta.url);
  // Under `tsx src/main.ts` (development) the bundle's neighbour is missing: use the last build's catalog.
  const file = existsSync(built) ? built : new URL('../dist/catalog.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { monographs: CatalogEntry[] }).monographs;
}

/** Pipes `text` through the user's pager; false if it cannot be started. */
async function page(command: string, text: string): Promise<boolean> {
  const { spawn } = await import('node:child_process');
  paged = true;
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env: { LESS: 'FRX', ...process.env } });
    child.on('error', () => resolve(false));
    child.stdin.on('error', () => {});
    child.on('close', (code) => resolve(code !== 127));
    child.stdin.end(text);
  });
}

let writeFailed = false;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') return; // the reader closed the pipe (`| head -1`): end quietly
  if (!writeFailed) process.stderr.write(`monograph: cannot write output: ${e.message}\n`);
  writeFailed = true;
  process.exitCode = ExitCode.internal;
});

/** Everything written to a stream, kept for the start-up cache. */
function recorded(stream: NodeJS.WriteStream, into: string[]): OutStream {
  return {
    write: (chunk: string) => (into.push(chunk), stream.write(chunk)),
    get isTTY() {
      return stream.isTTY;
    },
    get columns() {
      return stream.columns;
    },
    get rows() {
      return stream.rows;
    },
  };
}

// Set by bin/monograph.cjs when it could not answer this run from the start-up cache (absent under `tsx`).
const handoff = (globalThis as Record<symbol, Handoff | undefined>)[HANDOFF];
const out: string[] = [];
const err: string[] = [];
let paged = false;
const io: Io = {
  stdout: handoff ? recorded(process.stdout, out) : process.stdout,
  stderr: handoff ? recorded(process.stderr, err) : process.stderr,
  // A getter: creating process.stdin loads Node's tty and stream machinery (about 5 ms); only the tour reads it.
  get stdin() {
    return process.stdin;
  },
  env: process.env,
  today: localToday,
  page,
};
const startUp: { cacheable?: boolean } = {};
if (stdoutClosed()) {
  process.stderr.write('monograph: cannot write output: standard output is closed\n');
  process.exitCode = ExitCode.internal;
} else {
  const code = await run(process.argv.slice(2), { io, bundled, startUp });
  if (!writeFailed) process.exitCode = code;
  if (handoff && startUp.cacheable && !paged && !writeFailed && code !== ExitCode.internal) {
    writeAnswer(handoff.root, handoff.key, handoff.folders, { stdout: out.join(''), stderr: err.join(''), exitCode: code });
  }
}
