/** The published JSON Schema, generated from the zod definition so editors check YAML while authoring. */
import { z } from 'zod';
import { Monograph } from './schema.js';

export function monographJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Monograph, { io: 'input', target: 'draft-2020-12' });
  return {
    $id: 'https://monograph.invalid/monograph.schema.json',
    title: 'monograph: one drug monograph',
    ...schema,
  };
}
