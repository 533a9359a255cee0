// `npm run bench`: start-up of the installed entry (bin/monograph.cjs) against a bare `node -e 0`, measured interleaved
// in the same run; each command answered from the start-up cache (the everyday case: the same question asked again)
// and made afresh (--no-cache). Then the storage log check and YAML loading. Prints median ratios and peak memory.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Output goes to /dev/null opened for writing: stdio 'ignore' hands over a read-write /dev/null, which the program
// takes for a closed stdout (exit 70).
const DEV_NULL = openSync('/dev/null', 'w');

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 25);
const RATIO = 1.15;
const MIB = 50;
const BIN = fileURLToPath(new URL('../bin/monograph.cjs', import.meta.url));
const HOOK = fileURLToPath(new URL('./rss-hook.mjs', import.meta.url));
const commands = [
  ['list'],
  ['show', 'spinraza'],
  ['show', 'spinraza', '--json'],
  ['show', 'spinraza', 'storage'],
  ['sections', 'spinraza'],
  ['storage', 'spinraza', '--excursion', '25C:10h'],
  ['dosing', 'evrysdi', '--weight', '7.5kg', '--age', '8m'],
  ['compare', 'spinraza', 'zolgensma', 'evrysdi'],
  ['__complete', '--', 'show', ''],
];
const cases = [
  { name: 'node -e 0', args: ['-e', '0'] },
  ...commands.map((c) => ({ name: `monograph ${c.join(' ')}`, args: [BIN, ...c], target: true })),
  ...commands.map((c) => ({ name: `  (--no-cache) ${c.join(' ')}`, args: [BIN, ...c, '--no-cache'] })),
];

if (!existsSync(fileURLToPath(new URL('../dist/monograph.cjs', import.meta.url)))) {
  console.error('bench: run `npm run build` first');
  process.exit(2);
}
// Its own cache and an empty library, so neither the user's files nor another run's entries count.
const home = mkdtempSync(join(tmpdir(), 'monograph-bench-home-'));
const env = { ...process.env, XDG_CACHE_HOME: join(home, 'cache'), MONOGRAPH_HOME: join(home, 'labels'), MONOGRAPH_CACHE: '' };

function timeOnce(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', DEV_NULL, 'inherit'], env });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function peakRssMiB(args) {
  const r = spawnSync(process.execPath, ['--import', HOOK, ...args], { stdio: ['ignore', DEV_NULL, 'inherit', 'pipe'], env });
  return Number(String(r.output[3]).trim()) / 1024;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

try {
  for (const c of cases) timeOnce(c.args); // warm the file cache, and fill the start-up cache
  const times = cases.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    // Interleaved: every round runs each case once, so machine noise hits all of them alike.
    cases.forEach((c, i) => times[i].push(timeOnce(c.args)));
  }
  const base = median(times[0]);
  console.log(`start-up, ${ROUNDS} interleaved rounds (target: each within ${RATIO}x of node -e 0, peak memory at most ${MIB} MiB)\n`);
  console.log(`${'case'.padEnd(58)}${'median ms'.padStart(10)}${'ratio'.padStart(8)}${'peak MiB'.padStart(10)}`);
  for (const [i, c] of cases.entries()) {
    const m = median(times[i]);
    const ratio = m / base;
    const rss = peakRssMiB(c.args);
    const flag = !c.target ? '' : ratio <= RATIO && rss <= MIB ? '  ok' : '  OVER TARGET';
    console.log(`${c.name.padEnd(58)}${m.toFixed(1).padStart(10)}${ratio.toFixed(2).padStart(8)}${rss.toFixed(1).padStart(10)}${flag}`);
  }
} finally {
  rmSync(home, { recursive: true, force: true });
}

for (const name of ['./storage.mjs', './yaml.mjs', './import.mjs']) {
  const sub = new URL(name, import.meta.url);
  if (!existsSync(fileURLToPath(sub))) continue;
  console.log('');
  const r = spawnSync(process.execPath, [fileURLToPath(sub)], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
}
