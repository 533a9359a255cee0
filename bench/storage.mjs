// The storage log check on a year of one-minute readings (525,600 rows), generated here into a temporary file.
// Runs the built CLI a few times; prints the median wall time and the peak memory (targets: 0.5 s, 200 MiB), and the
// floor: a bare line-splitting loop over the same file (bench/line-floor.mjs, also a fresh node), with the ratio.
// Standalone (`node bench/storage.mjs`) or from `npm run bench`; needs `npm run build` first.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROUNDS = Number(process.env.BENCH_STORAGE_ROUNDS ?? 5);
const ROWS = 525_600;
const TARGET_MS = 500;
const TARGET_MIB = 200;
const BIN = fileURLToPath(new URL('../bin/monograph.js', import.meta.url));
const HOOK = fileURLToPath(new URL('./rss-hook.mjs', import.meta.url));
const FLOOR = fileURLToPath(new URL('./line-floor.mjs', import.meta.url));

/** A fridge at about 5 °C for a year, with one six-hour failure at 20 °C in March (within the in-carton allowance). */
async function writeYear(file) {
  const out = createWriteStream(file);
  const t0 = Date.UTC(2025, 0, 1);
  let seed = 42;
  const noise = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31 - 0.5) * 1.5;
  let chunk = 'timestamp,temperature\n';
  for (let i = 0; i < ROWS; i++) {
    const failure = i >= 90_000 && i < 90_360;
    const c = failure ? 20 : 5 + noise();
    chunk += `${new Date(t0 + i * 60_000).toISOString().slice(0, 19)}Z,${c.toFixed(2)}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
      chunk = '';
    }
  }
  await new Promise((resolve, reject) => out.end(chunk, (e) => (e ? reject(e) : resolve())));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** The floor: wall and CPU time of a fresh node that only splits the file into lines. */
function floorOnce(file) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', HOOK, FLOOR, file], { stdio: ['ignore', 'pipe', 'inherit', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`line-floor exited ${r.status}`);
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, cpu: Number(String(r.output[4]).trim()) };
}

/** One run: wall time, peak resident memory (from the preloaded hook, fd 3) and the parsed JSON answer. */
function runOnce(file) {
  const args = ['--import', HOOK, BIN, 'storage', 'spinraza', '--log', file, '--unit', 'C', '--json'];
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit', 'pipe', 'pipe'], maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`monograph storage exited ${r.status}`);
  return { ms, cpu: Number(String(r.output[4]).trim()), mib: Number(String(r.output[3]).trim()) / 1024, doc: JSON.parse(String(r.stdout)) };
}

if (!existsSync(fileURLToPath(new URL('../dist/monograph.js', import.meta.url)))) {
  console.error('bench: run `npm run build` first');
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'monograph-bench-'));
const file = join(dir, 'fridge-year.csv');
try {
  await writeYear(file);
  const runs = [];
  const floors = [];
  // Interleaved, so machine noise hits the check and its floor alike.
  for (let i = 0; i < ROUNDS; i++) {
    runs.push(runOnce(file));
    floors.push(floorOnce(file));
  }
  const { doc } = runs[0];
  const ms = median(runs.map((r) => r.ms));
  const mib = Math.max(...runs.map((r) => r.mib));
  const ok = ms < TARGET_MS && mib < TARGET_MIB;
  console.log(`storage log check: ${doc.check.log.rows} rows (${(statSync(file).size / 2 ** 20).toFixed(1)} MiB), ${ROUNDS} runs, verdict ${doc.verdict}`);
  const floor = median(floors.map((f) => f.ms));
  const cpu = median(runs.map((r) => r.cpu));
  const floorCpu = median(floors.map((f) => f.cpu));
  console.log(`  median wall time ${ms.toFixed(0)} ms (target under ${TARGET_MS} ms), CPU ${cpu.toFixed(0)} ms, peak memory ${mib.toFixed(1)} MiB (target under ${TARGET_MIB} MiB)${ok ? '  ok' : '  OVER TARGET'}`);
  console.log(`  floor (bench/line-floor.mjs, a bare line-splitting loop over the same file in a fresh node): wall ${floor.toFixed(0)} ms, CPU ${floorCpu.toFixed(0)} ms; the check is ${(ms / floor).toFixed(2)}x the floor in wall time, ${(cpu / floorCpu).toFixed(2)}x in CPU time`);
  if (!ok) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
