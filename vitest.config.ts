import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The same stand-in for `string-width` the bundle uses (scripts/build.mjs), so tests measure what ships.
  resolve: { alias: { 'string-width': fileURLToPath(new URL('./src/render/string-width.cjs', import.meta.url)) } },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 20_000,
    pool: 'forks',
  },
});
