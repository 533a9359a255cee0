/** YAML output for `--format yaml`: the JSON document as YAML (loaded only for that format). */
import { Document, isScalar, parse, visit } from 'yaml';
import { escapeUnsafe, hasUnsafe } from './sanitize.js';

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

const hex = (n: number, digits: number) => n.toString(16).toUpperCase().padStart(digits, '0');

/**
 * The document as YAML 1.2, without line folding, parsing back to the same values as the JSON output. Strings another
 * reader would not keep as strings are quoted. A string holding a character the sanitiser makes visible (a control,
 * a bidi or other invisible character) is double-quoted, and each such character written as a YAML escape
 * (`\u202E`, `\U000E0041`): the text is safe on a terminal and the value unchanged, as JSON's `\uXXXX` escapes do.
 */
export function toYaml(doc: object): string {
  const yaml = new Document(doc);
  visit(yaml, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && (hasUnsafe(node.value) || readsAsOther(node.value))) node.type = 'QUOTE_DOUBLE';
    },
  });
  return escapeUnsafe(yaml.toString({ lineWidth: 0 }), (cp) => (cp > 0xffff ? `\\U${hex(cp, 8)}` : `\\u${hex(cp, 4)}`));
}
