// `monograph import` speed and memory: the 127 reference labels (target: under 10 s), and a 200 MB bulk file built by
// repeating the corpus records in the bulk shape, whose peak memory must not grow with its size (against a 20 MB one).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/monograph.cjs', import.meta.url));
const HOOK = fileURLToPath(new URL('./rss-hook.mjs', import.meta.url));

function findReference() {
  for (let dir = join(fileURLToPath(new URL('..', import.meta.url)), '..'); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'shared', 'reference', 'openfda'))) return join(dir, 'shared', 'reference');
  }
  return undefined;
}

const ref = findReference();
if (!ref) {
  console.log('import: skipped (no ../shared/reference beside the checkout)');
  process.exit(0);
}
const files = ['openfda', 'openfda-corpus'].flatMap((d) => readdirSync(join(ref, d)).map((n) => join(ref, d, n)));
const work = mkdtempSync(join(tmpdir(), 'monograph-bench-import-'));
const env = { ...process.env, MONOGRAPH_HOME: join(work, 'labels'), XDG_CACHE_HOME: join(work, 'cache') };

/** Runs an import into a fresh folder; wall time (s) and peak RSS (MiB). */
function importRun(inputs) {
  const out = mkdtempSync(join(work, 'out-'));
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [...(process.env.BENCH_HEAP ? [`--max-old-space-size=${process.env.BENCH_HEAP}`] : []), '--import', HOOK, BIN, 'import', ...inputs, '--out', out, '--json'], { stdio: ['ignore', 'pipe', 'inherit', 'pipe'], env, maxBuffer: 1024 ** 3 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const doc = JSON.parse(String(r.stdout));
  rmSync(out, { recursive: true, force: true });
  return { seconds, rssMiB: Number(String(r.output[3]).trim()) / 1024, imported: doc.imported.length, skipped: doc.skipped.length };
}

/** A bulk file of about `mb` MB: {meta, results:[...]} with the corpus records repeated, each a new version. */
function bulkFile(mb) {
  const records = files.map((f) => JSON.parse(readFileSync(f, 'utf8')).results[0]);
  const file = join(work, `bulk-${mb}mb.json`);
  const fd = openSync(file, 'w');
  writeSync(fd, '{"meta":{"results":{"skip":0,"limit":0,"total":0}},"results":[\n');
  let bytes = 0;
  let n = 0;
  while (bytes < mb * 1e6) {
    const rec = records[n % records.length];
    const text = `${n > 0 ? ',\n' : ''}${JSON.stringify({ ...rec, version: String(Number(rec.version) + Math.floor(n / records.length)) })}`;
    writeSync(fd, text);
    bytes += Buffer.byteLength(text);
    n++;
  }
  writeSync(fd, ']}\n');
  closeSync(fd);
  return { file, records: n, mb: statSync(file).size / 1e6 };
}

try {
  const runs = [importRun(files), importRun(files), importRun(files)].sort((a, b) => a.seconds - b.seconds);
  const mid = runs[1];
  console.log(`import of the ${mid.imported} reference labels: ${mid.seconds.toFixed(2)} s (median of 3; target under 10 s), peak ${mid.rssMiB.toFixed(0)} MiB`);
  for (const mb of [20, 100, 200]) {
    const bulk = bulkFile(mb);
    const r = importRun([bulk.file]);
    console.log(`bulk file ${bulk.mb.toFixed(0)} MB (${bulk.records} records): ${r.seconds.toFixed(1)} s, peak ${r.rssMiB.toFixed(0)} MiB, ${r.imported} rows, ${r.skipped} skipped`);
    rmSync(bulk.file, { force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
