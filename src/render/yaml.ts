/** YAML output for `--format yaml`: the JSON document as YAML (loaded only for that format). */
import { stringify } from 'yaml';

/** The document as YAML 1.2, without line folding. */
export const toYaml = (doc: object): string => stringify(doc, { lineWidth: 0 });
