// Renderers are pure and synchronous; `emit` loads chalk before painting colour. Tests that paint directly get the
// same preparation here.
import { loadColor } from '../src/render/theme.js';

await loadColor();
