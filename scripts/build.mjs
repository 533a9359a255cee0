// Builds the CLI bundle (dist/monograph.js) and compiles the bundled monographs (dist/catalog.json).
// The monographs are checked here, once, so that `monograph` itself starts without YAML or the schema.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

// cli-table3 measures text with `string-width`; ours gives the same widths without a RegExp per call.
const alias = { 'string-width': './src/render/string-width.cjs' };
const common = { alias, bundle: true, platform: 'node', target: 'node20', format: 'esm', legalComments: 'none', logLevel: 'warning' };
const banner = { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" };

rmSync('dist', { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { monograph: 'src/main.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  minify: true,
  banner,
});
await build({ ...common, entryPoints: ['scripts/compile-data.ts'], outfile: 'dist/tools/compile-data.mjs', banner });
const { compileData } = await import(pathToFileURL('dist/tools/compile-data.mjs').href);
const ok = compileData('data/monographs', 'dist/catalog.json');
if (!ok) process.exitCode = 1;
