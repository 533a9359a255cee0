// Renderers are pure and synchronous; `emit` loads chalk before painting colour. Tests that paint directly get the
// same preparation here.
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadColor } from '../src/render/theme.js';
import { displayWidth } from '../src/render/width.js';

// A developer's real library and caches must never change a test: every spawned binary gets empty folders of its own.
const home = mkdtempSync(join(tmpdir(), 'monograph-test-home-'));
process.env.MONOGRAPH_HOME = join(home, 'labels');
process.env.XDG_DATA_HOME = join(home, 'data');
process.env.XDG_CACHE_HOME = join(home, 'cache');

// cli-table3 is loaded by Node's own `require`, which vitest's alias never reaches: put the measure the bundle gives it
// (scripts/build.mjs, src/render/string-width.cjs) in its place, so tables in tests are measured as they are in what ships.
const require = createRequire(import.meta.url);
const stringWidth = require.resolve('string-width', { paths: [dirname(require.resolve('cli-table3'))] });
require.cache[stringWidth] = { id: stringWidth, filename: stringWidth, loaded: true, exports: (text: unknown) => (typeof text === 'string' ? displayWidth(text) : 0) } as NodeJS.Module;

await loadColor();
