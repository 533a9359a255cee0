/** A label's storage text as sentences: its own words for the rule's text, a normalised copy for reading the numbers. */
import type { LabelPiece } from './label-text.js';
import { normalizeStorageText } from './storage-words.js';

export interface Sentence {
  /** The label's words, as printed (whitespace normalised). */
  text: string;
  /** For matching: degree signs and dashes unified, cross-references in brackets removed, lower case kept. */
  norm: string;
  section: string | undefined;
}

const HEADING = /^(?:\d+(?:\.\d+)*\.?\s+)?(?:HOW SUPPLIED\/STORAGE AND HANDLING|How Supplied\/Storage and Handling|HOW SUPPLIED:?|How Supplied:?|RECOMMENDED STORAGE:?|Recommended Storage:?|STORAGE AND HANDLING:?|Storage and Handling:?|Store and Dispense|STORAGE:?|Storage:?)(?:\s+|$)/;
/** A storage instruction run on after a product description without a full stop ("… NDC 0078-0510-05 Store at 25°C"). */
const RUN_ON = /\s(?=(?:(?:Recommended )?Storage(?: and Handling)?:?\s+)?(?:Store|Keep|Refrigerate|Storage:)\s)/;
const ABBREVIATION = /(?:\b(?:e\.g|i\.e|approx|U\.S|No|vs|Dr|St|Fig|Ref|ca)|\b[A-Z])\.$/;

/** Splits pieces into sentences at a full stop followed by a capital, keeping abbreviations ("e.g.") whole. */
export function sentencesOf(pieces: readonly LabelPiece[]): Sentence[] {
  const out: Sentence[] = [];
  for (const piece of pieces) {
    const parts = piece.text.split(/(?<=[.!?]["”\])]?)\s+(?=[A-Z[("“])/).flatMap((p) => p.split(RUN_ON));
    const joined: string[] = [];
    for (const part of parts) {
      const prev = joined.at(-1);
      if (prev !== undefined && ABBREVIATION.test(prev)) joined[joined.length - 1] = `${prev} ${part}`;
      else joined.push(part);
    }
    joined.forEach((raw) => {
      let text = raw.trim();
      for (let k = 0; k < 3 && HEADING.test(text); k++) text = text.replace(HEADING, '').trim();
      if (text) out.push({ text, norm: normOf(text), section: piece.section });
    });
  }
  const seen = new Set<string>();
  return out.filter((s) => (seen.has(s.norm) ? false : (seen.add(s.norm), true)));
}

function normOf(text: string): string {
  return normalizeStorageText(text)
    .replace(/[[(]\s*see\b[^\])]*[\])]/gi, ' ')
    .replace(/[[(]\s*USP\b[^\])]*[\])]/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
