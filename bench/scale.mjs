// Large libraries: a synthetic folder of N monographs (bench/library.mjs), read through the index cache.
// Cold: the first run after the folder was written (every file parsed), as ms per 1,000 monographs.
// Warm: `list`, `show <id>`, `show <id> storage` and `search <two words>` interleaved with `node -e 0`, as median ratios
// (through bin/monograph.cjs, the everyday case with stored answers; and through bin/monograph.js, the index cache alone).
// `node bench/scale.mjs [N ...]` (default 1000); BENCH_SCALE_DIR reuses the folders lib<N> and caches cache<N> made before.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeLibrary } from './library.mjs';

// Output goes to /dev/null opened for writing: stdio 'ignore' hands over a read-write /dev/null, which the program
// takes for a closed stdout (exit 70).
const DEV_NULL = openSync('/dev/null', 'w');

const BIN = fileURLToPath(new URL('../bin/monograph.cjs', import.meta.url));
const DIRECT = fileURLToPath(new URL('../bin/monograph.js', import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);

function time(args, env) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', DEV_NULL, 'pipe'], env, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 300)}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

for (const n of sizes.length > 0 ? sizes : [1000]) {
  const base = process.env.BENCH_SCALE_DIR ?? mkdtempSync(join(tmpdir(), 'monograph-scale-'));
  const dir = join(base, `lib${n}`);
  const env = { ...process.env, MONOGRAPH_CACHE: join(base, `cache${n}`), MONOGRAPH_HOME: join(base, 'labels'), XDG_CACHE_HOME: join(base, 'answers') };
  try {
    const ids = existsSync(dir) ? [] : writeLibrary(dir, n);
    const fresh = !existsSync(env.MONOGRAPH_CACHE);
    const id = ids[n >> 1] ?? `evrysdi-s${n - (n % 3) - 3}`;
    if (fresh) {
      const cold = time([BIN, 'list', '--data', dir], env);
      console.log(`${n} monographs, cold (every file parsed into the index cache): ${(cold / 1000).toFixed(1)} s, ${((cold / n) * 1000).toFixed(0)} ms per 1,000`);
    }
    const cases = [
      { name: 'node -e 0', args: ['-e', '0'] },
      { name: `list`, args: [BIN, 'list', '--data', dir] },
      { name: `show ${id}`, args: [BIN, 'show', id, '--data', dir] },
      { name: `show ${id} storage`, args: [BIN, 'show', id, 'storage', '--data', dir] },
      { name: 'search platelet count', args: [BIN, 'search', 'platelet', 'count', '--data', dir] },
    ];
    // bin/monograph.js goes straight to the program: the index cache alone, without stored answers.
    const all = [...cases, ...cases.slice(1).map((c) => ({ name: `${c.name} (index only)`, args: [DIRECT, ...c.args.slice(1)] }))];
    for (const c of all) time(c.args, env);
    const times = all.map(() => []);
    for (let r = 0; r < ROUNDS; r++) all.forEach((c, i) => times[i].push(time(c.args, env)));
    const bare = median(times[0]);
    console.log(`${n} monographs, warm, ${ROUNDS} interleaved rounds:`);
    all.forEach((c, i) => console.log(`  ${c.name.padEnd(44)}${median(times[i]).toFixed(0).padStart(8)} ms${(median(times[i]) / bare).toFixed(2).padStart(8)}x`));
  } finally {
    if (!process.env.BENCH_SCALE_DIR) rmSync(base, { recursive: true, force: true });
  }
}
