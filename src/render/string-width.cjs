// Stands in for the `string-width` package inside cli-table3 (see scripts/build.mjs and vitest.config.ts):
// the same answer for terminal text, without building a new RegExp on every call.
const { displayWidth } = require('./width.ts');

module.exports = (text) => (typeof text === 'string' ? displayWidth(text) : 0);
