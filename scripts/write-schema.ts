/** Writes data/monograph.schema.json from the zod schema (the one definition); a test checks it is current. */
import { writeFileSync } from 'node:fs';
import { monographJsonSchema } from '../src/catalog/json-schema.js';

writeFileSync('data/monograph.schema.json', `${JSON.stringify(monographJsonSchema(), null, 2)}\n`);
