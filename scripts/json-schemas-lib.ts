/**
 * Builds each command's JSON Schema from its TypeScript document type with typescript-json-schema, which reads the
 * types through the compiler's type checker (so types inferred from the zod data schema resolve too).
 */
import { resolve } from 'node:path';
import * as TJS from 'typescript-json-schema';

export function generateJsonSchemas(entries: readonly (readonly [string, string])[]): Map<string, string> {
  const program = TJS.getProgramFromFiles([resolve('src/json-documents.ts')], {
    strict: true,
    target: 'es2022',
    module: 'nodenext',
    moduleResolution: 'nodenext',
    skipLibCheck: true,
    types: ['node'],
  });
  const settings: TJS.PartialArgs = { required: true, noExtraProps: true, strictNullChecks: true, ref: false, aliasRef: false, ignoreErrors: false };
  const generator = TJS.buildGenerator(program, settings);
  if (!generator) throw new Error('typescript-json-schema could not build a generator (type errors?)');
  const out = new Map<string, string>();
  for (const [name, type] of entries) {
    const schema = generator.getSchemaForSymbol(type);
    const doc = { $id: `https://monograph.invalid/schema/${name}.schema.json`, title: `monograph ${name.replace('-', ' ')} --json`, ...schema };
    out.set(name, `${JSON.stringify(doc, null, 2)}\n`);
  }
  return out;
}
