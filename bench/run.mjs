// `npm run bench`: start-up of the built CLI against a bare `node -e 0`, measured interleaved in the same run,
// then the storage log check (a year of one-minute readings). Prints median ratios and peak memory.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 25);
const BIN = fileURLToPath(new URL('../bin/monograph.js', import.meta.url));
const HOOK = fileURLToPath(new URL('./rss-hook.mjs', import.meta.url));
const cases = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'monograph show spinraza storage', args: [BIN, 'show', 'spinraza', 'storage'] },
  { name: 'monograph show spinraza --json', args: [BIN, 'show', 'spinraza', '--json'] },
  { name: 'monograph list', args: [BIN, 'list'] },
  { name: 'monograph show spinraza', args: [BIN, 'show', 'spinraza'] },
];

if (!existsSync(fileURLToPath(new URL('../dist/monograph.js', import.meta.url)))) {
  console.error('bench: run `npm run build` first');
  process.exit(2);
}

function timeOnce(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function peakRssMiB(args) {
  const r = spawnSync(process.execPath, ['--import', HOOK, ...args], { stdio: ['ignore', 'ignore', 'inherit', 'pipe'] });
  return Number(String(r.output[3]).trim()) / 1024;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

for (const c of cases) timeOnce(c.args); // warm the file cache
const times = cases.map(() => []);
for (let round = 0; round < ROUNDS; round++) {
  // Interleaved: every round runs each case once, so machine noise hits all of them alike.
  cases.forEach((c, i) => times[i].push(timeOnce(c.args)));
}
const base = median(times[0]);
console.log(`start-up, ${ROUNDS} interleaved rounds (target: each within 1.3x of node -e 0, peak memory under 60 MiB)\n`);
console.log(`${'case'.padEnd(36)}${'median ms'.padStart(10)}${'ratio'.padStart(8)}${'peak MiB'.padStart(10)}`);
for (const [i, c] of cases.entries()) {
  const m = median(times[i]);
  const ratio = m / base;
  const rss = peakRssMiB(c.args);
  const flag = i === 0 ? '' : ratio <= 1.3 && rss < 60 ? '  ok' : '  OVER TARGET';
  console.log(`${c.name.padEnd(36)}${m.toFixed(1).padStart(10)}${ratio.toFixed(2).padStart(8)}${rss.toFixed(1).padStart(10)}${flag}`);
}

for (const name of ['./storage.mjs', './yaml.mjs']) {
  const sub = new URL(name, import.meta.url);
  if (!existsSync(fileURLToPath(sub))) continue;
  console.log('');
  const r = spawnSync(process.execPath, [fileURLToPath(sub)], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
}
