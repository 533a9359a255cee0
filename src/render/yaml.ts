/** YAML output for `--format yaml`: the JSON document as YAML (loaded only for that format). */
import { Document, isScalar, parse, visit } from 'yaml';

/**
 * Would a YAML 1.1 reader (PyYAML, many others) read this plain string as something else: a date (`2023-02-24`), a
 * boolean (`yes`, `off`), a number (`010`, `1_000`, `1:20`)? Such strings are quoted, so every reader gets the string
 * that docs/json.md promises.
 */
function readsAsOther(value: string): boolean {
  // Every YAML 1.1 boolean, number, null and timestamp is short and made of these characters: skip prose quickly.
  if (value.length > 40 || !/^[\w.:+~ -]+$/.test(value)) return false;
  try {
    return typeof parse(value, { version: '1.1', schema: 'yaml-1.1' }) !== 'string';
  } catch {
    return true;
  }
}

/** The document as YAML 1.2, without line folding; strings another reader would not keep as strings are quoted. */
export function toYaml(doc: object): string {
  const yaml = new Document(doc);
  visit(yaml, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && readsAsOther(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return yaml.toString({ lineWidth: 0 });
}
