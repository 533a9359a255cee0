/**
 * Block-style YAML for plain data, fast enough for a bulk import: mappings and sequences in block style, lists of
 * scalars in flow style, every string double-quoted. JSON's string escapes are YAML's, and characters YAML may not
 * hold raw (C1 controls, U+FFFD, lone surrogates) are written as escapes, so the file always loads back to the value.
 */

const KEY = /^[A-Za-z_$][\w$-]*$/;

/** A string as a YAML double-quoted scalar. */
export function quote(s: string): string {
  const safe = /[\ud800-\udfff]/.test(s) ? s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd') : s;
  return JSON.stringify(safe).replace(/[\u007f-\u009f\u2028\u2029\ufeff\ufffd\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const isScalar = (v: unknown) => v === null || typeof v !== 'object';
const scalar = (v: unknown): string => (typeof v === 'string' ? quote(v) : v === null || v === undefined ? 'null' : String(v));
const key = (k: string) => (KEY.test(k) ? k : quote(k));

/** The value as YAML lines at `indent`. */
function lines(value: unknown, indent: string, out: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) {
      if (isScalar(item)) out.push(`${indent}- ${scalar(item)}`);
      else if (Array.isArray(item)) out.push(`${indent}- ${flow(item)}`);
      else {
        const inner: string[] = [];
        lines(item, `${indent}  `, inner);
        if (inner.length === 0) out.push(`${indent}- {}`);
        else out.push(`${indent}- ${inner[0]!.slice(indent.length + 2)}`, ...inner.slice(1));
      }
    }
    return;
  }
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === undefined) continue;
    if (isScalar(v)) out.push(`${indent}${key(k)}: ${scalar(v)}`);
    else if (Array.isArray(v) && (v.length === 0 || v.every(isScalar))) out.push(`${indent}${key(k)}: ${flow(v)}`);
    else if (!Array.isArray(v) && Object.keys(v as object).length === 0) out.push(`${indent}${key(k)}: {}`);
    else {
      out.push(`${indent}${key(k)}:`);
      lines(v, `${indent}  `, out);
    }
  }
}

/** A list in flow style: `["a", "b"]`. */
const flow = (items: readonly unknown[]): string => `[${items.map((i) => (Array.isArray(i) ? flow(i) : scalar(i))).join(', ')}]`;

/** The document as YAML text ending in a newline. */
export function toBlockYaml(doc: object): string {
  const out: string[] = [];
  lines(doc, '', out);
  return `${out.join('\n')}\n`;
}
