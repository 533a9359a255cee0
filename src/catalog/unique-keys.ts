/** Duplicate-key check for a parsed YAML document, in one pass (the yaml library's own check is quadratic). */
import { isMap, isScalar, visit, type Document } from 'yaml';

/** The library's own message, so a duplicate reads the same as before. */
export const DUPLICATE_KEY_MESSAGE = 'Map keys must be unique';

/**
 * Offsets of every key that repeats an earlier scalar key of the same mapping, in document order.
 * Equality is the library's: the same scalar value (`===`), so `1` and `"1"` differ; collection keys never clash.
 */
export function duplicateKeyOffsets(doc: Document): number[] {
  const out: number[] = [];
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return;
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key) || Number.isNaN(key.value)) continue;
        if (seen.has(key.value)) out.push(key.range?.[0] ?? 0);
        else seen.add(key.value);
      }
    },
  });
  return out;
}
