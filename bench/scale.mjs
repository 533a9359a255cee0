// Large libraries: a synthetic folder of N monographs (bench/library.mjs), read through the index cache.
// Cold: the first run after the folder was written (every file parsed), as ms per 1,000 monographs.
// Warm: `list`, `show <id>` and `show <id> storage` for real ids (one copy of a hand-written monograph, one of an
// imported label when the library has them) and (with BENCH_SCALE_SEARCH=1) `search <two words>`, interleaved with `node -e 0` in one run, as
// median ratios, three ways:
// - answer missed: bin/monograph.cjs with a setting no stored answer was made under (MONOGRAPH_BENCH_RUN changes every
//   run, and every MONOGRAPH_* setting is part of the answer's key), so each run goes through the index cache and
//   stores an answer, as the first run after any change does;
// - index only: bin/monograph.js, straight to the program (no start-up cache at all);
// - stored answer: bin/monograph.cjs as it is used every day.
// And, for scale, the same `show` of the same monograph from a folder holding only it (what a show costs anyway).
// `node bench/scale.mjs [N ...]` (default 1000); `node bench/scale.mjs --from DIR... -- N...` copies from those folders
// (the bundled data/monographs and an imported folder); BENCH_SCALE_DIR keeps lib<N> and cache<N> for the next run;
// BENCH_SCALE_LIB names a library folder made before (to compare two builds on one library, each with its own cache).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sources, writeLibrary } from './library.mjs';

// Output goes to /dev/null opened for writing: stdio 'ignore' hands over a read-write /dev/null, which the program
// takes for a closed stdout (exit 70).
const DEV_NULL = openSync('/dev/null', 'w');

const BIN = fileURLToPath(new URL('../bin/monograph.cjs', import.meta.url));
const DIRECT = fileURLToPath(new URL('../bin/monograph.js', import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const args = process.argv.slice(2);
const cut = args.indexOf('--');
const from = args[0] === '--from' ? args.slice(1, cut < 0 ? undefined : cut) : [];
const sizes = (args[0] === '--from' ? (cut < 0 ? [] : args.slice(cut + 1)) : args).map(Number).filter((n) => n > 0);

let runs = 0;
function time(argv, env) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, argv, { stdio: ['ignore', DEV_NULL, 'pipe'], env: { ...env, MONOGRAPH_BENCH_RUN: String(runs++) }, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 300)}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

for (const n of sizes.length > 0 ? sizes : [1000]) {
  const base = process.env.BENCH_SCALE_DIR ?? mkdtempSync(join(tmpdir(), 'monograph-scale-'));
  const dir = process.env.BENCH_SCALE_LIB ?? join(base, `lib${n}`);
  const env = { ...process.env, MONOGRAPH_CACHE: join(base, `cache${n}`), MONOGRAPH_HOME: join(base, 'labels'), XDG_CACHE_HOME: join(base, 'answers') };
  delete env.MONOGRAPH_PATH;
  try {
    if (!existsSync(dir)) writeLibrary(dir, n, from.length > 0 ? sources(from) : undefined);
    const fresh = !existsSync(env.MONOGRAPH_CACHE);
    if (fresh) {
      const cold = time([BIN, 'list', '--data', dir], env);
      console.log(`${n} monographs, cold (every file parsed into the index cache): ${(cold / 1000).toFixed(1)} s, ${((cold / n) * 1000).toFixed(0)} ms per 1,000`);
    }
    // Real ids, from the middle of the folder: a copy of a hand-written monograph and, if any, of an imported label.
    const names = readdirSync(dir).sort();
    const middle = [...names.slice(n >> 1), ...names.slice(0, n >> 1)];
    const handWritten = middle.find((f) => /^(spinraza|evrysdi|zolgensma)-s\d+\.yaml$/.test(f));
    const imported = middle.find((f) => f !== handWritten && !/^(spinraza|evrysdi|zolgensma)-s\d+\.yaml$/.test(f));
    const ids = [handWritten, imported].filter(Boolean).map((f) => f.replace(/\.yaml$/, ''));
    // The floor of a `show`: the same monograph from a folder holding only it.
    const alone = ids.map((id) => {
      const one = join(base, `alone-${id}`);
      mkdirSync(one, { recursive: true });
      copyFileSync(join(dir, `${id}.yaml`), join(one, `${id}.yaml`));
      return one;
    });
    const cases = [
      { name: 'list', args: ['list', '--data', dir] },
      ...ids.flatMap((id, i) => [
        { name: `show ${id}`, args: ['show', id, '--data', dir] },
        { name: `show ${id} storage`, args: ['show', id, 'storage', '--data', dir] },
        { name: `show ${id}, from a folder of 1`, args: ['show', id, '--data', alone[i]] },
        { name: `show ${id} storage, from a folder of 1`, args: ['show', id, 'storage', '--data', alone[i]] },
      ]),
      // The first search builds the search index (long at 10,000): asked for with BENCH_SCALE_SEARCH=1.
      ...(process.env.BENCH_SCALE_SEARCH ? [{ name: 'search platelet count', args: ['search', 'platelet', 'count', '--data', dir] }] : []),
    ];
    const ways = [
      { name: 'answer missed', bin: BIN },
      { name: 'index only', bin: DIRECT },
      { name: 'stored answer', bin: BIN },
    ];
    // The stored-answer way keeps one setting for every run, so its answer is stored once and then read.
    const stored = (c) => {
      const start = process.hrtime.bigint();
      const r = spawnSync(process.execPath, [BIN, ...c.args], { stdio: ['ignore', DEV_NULL, 'pipe'], env, maxBuffer: 1 << 30 });
      if (r.status !== 0) throw new Error(`${c.args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 300)}`);
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    const all = [
      { name: 'node -e 0', run: () => time(['-e', '0'], env) },
      ...ways.flatMap((w) =>
        cases.map((c) => ({ name: `${c.name} (${w.name})`, run: () => (w.name === 'stored answer' ? stored(c) : time([w.bin, ...c.args], env)) })),
      ),
    ];
    for (const c of all) c.run(); // builds anything still missing (the search index), stores the answers
    const times = all.map(() => []);
    const load = [loadavg()[0]];
    for (let r = 0; r < ROUNDS; r++) all.forEach((c, i) => times[i].push(c.run()));
    load.push(loadavg()[0]);
    const bare = median(times[0]);
    console.log(`${n} monographs, warm, ${ROUNDS} interleaved rounds, load ${load.map((l) => l.toFixed(1)).join(' → ')}, node -e 0 ${bare.toFixed(0)} ms:`);
    all.forEach((c, i) => console.log(`  ${c.name.padEnd(64)}${median(times[i]).toFixed(0).padStart(8)} ms${(median(times[i]) / bare).toFixed(2).padStart(8)}x`));
  } finally {
    if (!process.env.BENCH_SCALE_DIR) rmSync(base, { recursive: true, force: true });
  }
}
