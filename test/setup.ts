// Renderers are pure and synchronous; `emit` loads chalk before painting colour. Tests that paint directly get the
// same preparation here.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadColor } from '../src/render/theme.js';

// A developer's real library and caches must never change a test: every spawned binary gets empty folders of its own.
const home = mkdtempSync(join(tmpdir(), 'monograph-test-home-'));
process.env.MONOGRAPH_HOME = join(home, 'labels');
process.env.XDG_DATA_HOME = join(home, 'data');
process.env.XDG_CACHE_HOME = join(home, 'cache');

await loadColor();
