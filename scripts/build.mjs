// Builds the CLI bundle (dist/monograph.js) and compiles the bundled monographs (dist/catalog.json).
// The monographs are checked here, once, so that `monograph` itself starts without YAML or the schema.
// Last, the start-up entry (dist/monograph.cjs, run by bin/monograph.cjs), stamped with a hash of everything else
// built here: a cached answer from any other build never matches.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// cli-table3 measures text with `string-width`; ours gives the same widths without a RegExp per call.
const alias = { 'string-width': './src/render/string-width.cjs' };
const common = { alias, bundle: true, platform: 'node', target: 'node20', format: 'esm', legalComments: 'none', logLevel: 'warning' };
const banner = { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" };

// The monograph index cache is keyed by the loader's own code: any change to loading or the schema rebuilds it.
const loader = createHash('sha256');
for (const file of readdirSync('src/catalog').sort()) loader.update(`${file}\0`).update(readFileSync(join('src/catalog', file)));
loader.update(readFileSync('package.json'));
const define = { __MONOGRAPH_LOADER__: JSON.stringify(loader.digest('hex').slice(0, 32)) };

rmSync('dist', { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { monograph: 'src/main.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  minify: true,
  define,
  banner,
});
await build({ ...common, entryPoints: ['scripts/compile-data.ts'], outfile: 'dist/tools/compile-data.mjs', banner });
const { compileData } = await import(pathToFileURL('dist/tools/compile-data.mjs').href);
const ok = compileData('data/monographs', 'dist/catalog.json');
if (!ok) process.exitCode = 1;

// The man page, from the commander program itself (see scripts/man-page.ts).
await build({ ...common, entryPoints: ['scripts/man-page.ts'], outfile: 'dist/tools/man-page.mjs', banner });
const { writeManPage } = await import(pathToFileURL('dist/tools/man-page.mjs').href);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
writeManPage('dist/monograph.1', pkg.version, new Date(Number(process.env.SOURCE_DATE_EPOCH ?? 0) * 1000 || Date.now()).toISOString().slice(0, 10));

const hash = createHash('sha256');
for (const file of readdirSync('dist', { recursive: true }).map(String).sort()) {
  if (file.endsWith('.js') || file.endsWith('.json')) hash.update(`${file}\0`).update(readFileSync(join('dist', file)));
}
await build({
  ...common,
  format: 'cjs',
  entryPoints: ['src/fast/entry.ts'],
  outfile: 'dist/monograph.cjs',
  minify: true,
  define: { __MONOGRAPH_BUILD__: JSON.stringify(hash.digest('hex').slice(0, 32)) },
});
