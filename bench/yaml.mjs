// YAML loading of large files: `monograph validate` on one monograph file grown by N extra keys, and by N aliases.
// Both used to be quadratic (the YAML library's duplicate-key check; one document walk per alias); now about linear.
// Standalone (`node bench/yaml.mjs`) or from `npm run bench`; needs `npm run build` first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Output goes to /dev/null opened for writing: stdio 'ignore' hands over a read-write /dev/null, which the program
// takes for a closed stdout (exit 70).
const DEV_NULL = openSync('/dev/null', 'w');

const BIN = fileURLToPath(new URL('../bin/monograph.js', import.meta.url));
const SIZES = [2_500, 5_000, 10_000, 20_000];
const valid = readFileSync(fileURLToPath(new URL('../data/monographs/evrysdi.yaml', import.meta.url)), 'utf8');
const shapes = {
  keys: (n) => `${valid}extra:\n${Array.from({ length: n }, (_, i) => `  k${i}: v\n`).join('')}`,
  aliases: (n) => `${valid}extra:\n  anchor: &a [x]\n${Array.from({ length: n }, (_, i) => `  k${i}: *a\n`).join('')}`,
};

function time(file) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [BIN, 'validate', file], { stdio: ['ignore', DEV_NULL, DEV_NULL] });
  if (r.status !== 1) throw new Error(`monograph validate ${file} exited ${r.status}, expected 1 (a problem found)`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const dir = mkdtempSync(join(tmpdir(), 'monograph-bench-yaml-'));
try {
  console.log(`YAML loading, \`monograph validate\` on one file (ms, median of 3)\n${'extra entries'.padEnd(16)}${SIZES.map((n) => String(n).padStart(9)).join('')}`);
  for (const [shape, make] of Object.entries(shapes)) {
    const row = SIZES.map((n) => {
      const file = join(dir, `${shape}-${n}.yaml`);
      writeFileSync(file, make(n));
      const runs = [time(file), time(file), time(file)].sort((a, b) => a - b);
      return runs[1].toFixed(0).padStart(9);
    });
    console.log(`${shape.padEnd(16)}${row.join('')}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
