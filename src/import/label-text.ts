/**
 * The label's own text, made readable without changing a word: whitespace normalised, and each part split at the
 * subsection numbers it carries ("16.2 Storage and Handling") so every paragraph cites its own section. Labels
 * without numbers cite their capital heading ("HOW SUPPLIED").
 */

/** One piece of a label field: its text and the section it cites (a number, a heading, or none). */
export interface LabelPiece {
  section: string | undefined;
  text: string;
}

/** Collapses runs of whitespace (including no-break and zero-width spaces) and removes control characters. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ')
    .replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, '')
    .replace(/[\s\u00a0\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g, ' ')
    .trim();
}

/** A Highlights reference as openFDA prints it, "( 5.5 )", tightened to "(5.5)"; the words are unchanged. */
const tidyReferences = (text: string) => text.replace(/\(\s+(\d+(?:\.\d+)*(?:\s*,\s*\d+(?:\.\d+)*)*)\s+\)/g, (_, refs: string) => `(${refs.replace(/\s*,\s*/g, ', ')})`);

/** Run-together headings ("16.2 StoragePre-filled") get the space the HTML lost. */
const splitRunTogether = (text: string) => text.replace(/\b(Storage|Handling|Supplied|Storage and Handling)(?=[A-Z][a-z])/g, '$1 ');

const LEAD_NUMBER = /^(\d{1,2})(?:\.(\d{1,2}))?\.?\s+(?=\S)/;
const CAPITAL_HEADING = /^([A-Z][A-Z0-9 ,&/()'-]{2,}[A-Z)])(?=[\s:]|$)/;

/** The section a part's text opens with: "16.2", "16", or a capital heading such as "HOW SUPPLIED". */
export function leadingSection(text: string): string | undefined {
  const n = LEAD_NUMBER.exec(text);
  if (n) return n[2] ? `${n[1]}.${n[2]}` : n[1];
  const h = CAPITAL_HEADING.exec(text);
  if (h) {
    const words = h[1]!.trim().split(/\s+/);
    // Two capital words or more, or one long one: "WARNINGS", "HOW SUPPLIED", not a drug name like "SPINRAZA may".
    while (words.length > 1 && !/^[A-Z]{2,}[A-Z/&,]*$|^(AND|OR|OF|THE|TO|IN|FOR)$/.test(words.at(-1)!)) words.pop();
    const heading = words.join(' ').replace(/[,:/&-]+$/, '').trim();
    if (heading.length >= 4) return heading;
  }
  return undefined;
}

/**
 * Splits one part at its subsection numbers: only numbers of the part's own section (8.1, 8.2 inside 8), in
 * rising order, standing as a heading (followed by a capital word, not inside brackets like "(8.1)").
 */
export function splitPart(raw: string): LabelPiece[] {
  const text = splitRunTogether(tidyReferences(normalizeText(raw)));
  if (text === '') return [];
  const lead = leadingSection(text);
  const major = lead && /^\d/.test(lead) ? lead.split('.')[0] : undefined;
  if (!major) return [{ section: lead, text }];
  const cut = new RegExp(`(?<=^|[\\s.:;])${major}\\.(\\d{1,2})\\s+(?=[A-Z])`, 'g');
  const pieces: LabelPiece[] = [];
  let start = 0;
  let section = lead;
  let last = lead!.includes('.') ? Number(lead!.split('.')[1]) : 0;
  for (const m of text.matchAll(cut)) {
    const minor = Number(m[1]);
    if (m.index === 0 || minor <= last || text[m.index - 1] === '(') continue;
    pieces.push({ section, text: text.slice(start, m.index).trim() });
    start = m.index;
    section = `${major}.${minor}`;
    last = minor;
  }
  pieces.push({ section, text: text.slice(start).trim() });
  return pieces.filter((p) => p.text !== '');
}
