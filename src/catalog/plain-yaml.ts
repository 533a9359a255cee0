/**
 * A first, faster reading of hand-written monograph YAML with js-yaml (YAML 1.2 core schema), used only when the
 * document provably has nothing whose meaning could differ from the `yaml` library's reading: judged from js-yaml's own
 * parser events, one document, no directives, no anchors, aliases or tags, every key a string scalar that cannot
 * read as null, a boolean or a number (so no merge keys either: the core schema has
 * no `<<`), and duplicate keys are an error (not JSON-style "last wins"). Anything else, and every error, goes to the
 * `yaml` library, which stays the reader of record for every message and position.
 */
import { constructFromEvents, CORE_SCHEMA, EVENT_ID, parseEvents, SCALAR_STYLE, type Event } from 'js-yaml';

const marked = (e: Event) => ('anchorStart' in e && e.anchorStart !== -1) || ('tagStart' in e && e.tagStart !== -1);
/** A plain key the core schema might read as null, a boolean or a number: the two libraries turn those into different strings. */
const TYPED_KEY = /^(?:|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+.0-9].*)$/;

/** The document's value, or undefined when it is not provably read alike (or not read at all). */
export function readPlainYaml(text: string): unknown {
  try {
    const events = parseEvents(text, {});
    let documents = 0;
    // Open collections: for a mapping, whether its next node is a key.
    const open: { map: boolean; key: boolean }[] = [];
    for (const e of events) {
      if (e.type === EVENT_ID.ALIAS || marked(e)) return undefined;
      if (e.type === EVENT_ID.DOCUMENT && (++documents > 1 || e.directives.length > 0)) return undefined;
      if (e.type === EVENT_ID.POP) {
        open.pop();
        continue;
      }
      const parent = open.at(-1);
      if (parent?.map) {
        if (parent.key && (e.type !== EVENT_ID.SCALAR || (e.style === SCALAR_STYLE.PLAIN && TYPED_KEY.test(text.slice(e.valueStart, e.valueEnd))))) return undefined;
        parent.key = !parent.key;
      }
      if (e.type !== EVENT_ID.SCALAR) open.push({ map: e.type === EVENT_ID.MAPPING, key: true });
    }
    if (documents !== 1) return undefined;
    const docs = constructFromEvents(events, { source: text, schema: CORE_SCHEMA, json: false });
    return docs.length === 1 ? docs[0] : undefined;
  } catch {
    return undefined;
  }
}
