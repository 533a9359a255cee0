/**
 * The installed entry (bin/monograph.cjs → dist/monograph.cjs). CommonJS, so it starts without the ES module loader.
 * It answers a run from the start-up cache when an entry matches exactly; otherwise it fingerprints the folders the
 * run may read and hands over to the program (dist/monograph.js), which stores its answer when the command allows.
 */
import { isatty } from 'node:tty';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { stdoutClosed } from '../closed-stdout.js';
import { candidateFolders } from './folders.js';
import { cacheRoot, printFolders, readAnswer, runKey } from './output-cache.js';
import { HANDOFF, localToday, type Handoff } from './handoff.js';

declare const __MONOGRAPH_BUILD__: string;

function streams(): string {
  const out = isatty(1) ? `tty:${process.stdout.columns}x${process.stdout.rows}` : 'pipe';
  return `${out} ${isatty(2) ? 'tty' : 'pipe'}`;
}

function start(): Handoff | undefined {
  const argv = process.argv.slice(2);
  const root = cacheRoot(process.env);
  // A closed stdout is the program's to report (exit 70): never answer it from the cache into the void.
  if (!root || argv.includes('--no-cache') || stdoutClosed()) return undefined;
  const cwd = process.cwd();
  const key = runKey({ build: __MONOGRAPH_BUILD__, argv, env: process.env, cwd, today: localToday(), streams: streams() });
  const answer = readAnswer(root, key);
  if (answer) {
    process.stdout.on('error', () => {}); // a reader that closed the pipe early: end quietly, as the program does
    if (answer.stderr) process.stderr.write(answer.stderr);
    if (answer.stdout) process.stdout.write(answer.stdout);
    process.exitCode = answer.exitCode;
    return { root, key, folders: [], answered: true };
  }
  const listings = new Map();
  return { root, key, folders: printFolders(candidateFolders(argv, process.env, cwd), listings), answered: false, listings };
}

const handoff = start();
if (!handoff?.answered) {
  (globalThis as Record<symbol, unknown>)[HANDOFF] = handoff;
  void import(pathToFileURL(join(__dirname, 'monograph.js')).href);
}
