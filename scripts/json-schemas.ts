/**
 * Generates docs/schema/<command>.schema.json from the document types in src/json-documents.ts (the one source of
 * truth). `--check` writes nothing and exits 1 when a published file differs (the test suite runs the same check).
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { JSON_DOCUMENTS } from '../src/json-documents.js';
import { generateJsonSchemas } from './json-schemas-lib.js';

const check = process.argv.includes('--check');
let stale = 0;
for (const [name, text] of generateJsonSchemas(Object.entries(JSON_DOCUMENTS))) {
  const file = `docs/schema/${name}.schema.json`;
  let old = '';
  try {
    old = readFileSync(file, 'utf8');
  } catch {}
  if (old === text) continue;
  if (check) {
    console.error(`${file} is stale: run npm run json-schemas`);
    stale++;
  } else {
    writeFileSync(`${file}.tmp`, text);
    renameSync(`${file}.tmp`, file);
    console.error(`wrote ${file}`);
  }
}
process.exitCode = stale ? 1 : 0;
