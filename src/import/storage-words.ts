/**
 * The numbers of a storage sentence: temperatures (ranges and limits, °C and °F as the label prints them, with every
 * degree sign and dash variant real labels use) and durations. Each comes with where it sits, so the extractor can
 * tell whether it accounted for every number of a sentence.
 */

/** A temperature mention: a range or a single figure, in °C (the label's own °F kept beside when printed). */
export interface Temp {
  minC?: number;
  maxC: number;
  minF?: number;
  maxF?: number;
  single: boolean;
  start: number;
  end: number;
}

/** A duration mention: "14 days", "30 hours", "one (1) month". */
export interface Duration {
  value: number;
  unit: 'min' | 'h' | 'd' | 'wk' | 'mo';
  start: number;
  end: number;
}

/** The sentence with every degree sign, dash and spacing variant made one: "2º-8º C" reads "2°-8°C". */
export function normalizeStorageText(s: string): string {
  return s
    .replace(/[º˚⁰∘]/g, '°')
    .replace(/(\d)\s*o\s*([CF])\b/g, '$1°$2') // "77 o F": a letter o for the degree sign
    .replace(/(\d)\s?o\b(?=\s*(?:to|and|-|\u2013)\s*\d)/g, '$1°')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2212\uFE63\uFF0D]/g, '-')
    .replace(/°\s+([CF])\b/g, '°$1')
    .replace(/(\d)\s+°/g, '$1°')
    .replace(/\+(\d)/g, '$1');
}

const NUM = String.raw`(-?\d+(?:\.\d+)?)`;
const DEG = String.raw`(°?\s?[CF]\b|°)`;
const RANGE = new RegExp(String.raw`${NUM}\s*${DEG}?\s*(?:-|to|and|through)\s*${NUM}\s*(°?\s?[CF]\b)`, 'g');
const SINGLE = new RegExp(String.raw`${NUM}\s*(°\s?[CF]\b|°(?!\s*\d)|(?<=\d)\s?[CF]\b(?![a-z]))`, 'g');

const unitOf = (s: string | undefined) => (s && /F/.test(s) ? 'F' : s && /C/.test(s) ? 'C' : undefined);
const round1 = (n: number) => Math.round(n * 10) / 10;
const toC = (f: number) => round1(((f - 32) * 5) / 9);

interface RawTemp {
  min?: number;
  max: number;
  unit: 'C' | 'F';
  start: number;
  end: number;
}

/** Every temperature of the sentence; a °F figure right beside a °C one (in brackets) is joined to it. */
export function temperatures(s: string): Temp[] {
  const raw: RawTemp[] = [];
  const taken: [number, number][] = [];
  for (const m of s.matchAll(RANGE)) {
    const unit = unitOf(m[4]) ?? unitOf(m[2]);
    if (!unit) continue;
    raw.push({ min: Number(m[1]), max: Number(m[3]), unit, start: m.index, end: m.index + m[0].length });
    taken.push([m.index, m.index + m[0].length]);
  }
  for (const m of s.matchAll(SINGLE)) {
    if (taken.some(([a, b]) => m.index >= a && m.index < b)) continue;
    const unit = unitOf(m[2]) ?? unitOf(/^\s*\(?\s*\d+(?:\.\d+)?\s*°?([CF])/.exec(s.slice(m.index + m[0].length))?.[1]) ?? 'C';
    raw.push({ max: Number(m[1]), unit: unit as 'C' | 'F', start: m.index, end: m.index + m[0].length });
  }
  raw.sort((a, b) => a.start - b.start);
  const out: Temp[] = [];
  for (let i = 0; i < raw.length; i++) {
    const a = raw[i]!;
    const b = raw[i + 1];
    const between = b ? s.slice(a.end, b.start) : '';
    const paired = b && b.unit !== a.unit && /^[\s(\[;,/]*(?:up to|or|at|below|not to exceed|between)?[\s(\[/]*$/i.test(between) && (a.min === undefined) === (b.min === undefined);
    const c = a.unit === 'C' ? a : paired ? b : undefined;
    const f = a.unit === 'F' ? a : paired ? b : undefined;
    const base = c ?? { min: f!.min === undefined ? undefined : toC(f!.min), max: toC(f!.max) };
    out.push({
      ...(base.min !== undefined ? { minC: base.min } : {}),
      maxC: base.max,
      ...(f?.min !== undefined ? { minF: f.min } : {}),
      ...(f ? { maxF: f.max } : {}),
      single: a.min === undefined,
      start: a.start,
      end: paired ? b!.end : a.end,
    });
    if (paired) i++;
  }
  return out.map((t) => (t.minC !== undefined && t.minC > t.maxC ? { ...t, minC: t.maxC, maxC: t.minC } : t));
}

const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fourteen: 14, twenty: 20, thirty: 30 };
const UNITS: [RegExp, Duration['unit']][] = [
  [/^min/i, 'min'],
  [/^(h|hr|hour)/i, 'h'],
  [/^day/i, 'd'],
  [/^week/i, 'wk'],
  [/^month/i, 'mo'],
];
const DURATION = /\b(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty)(?:\s*\((\d+)\))?[\s-]*(minutes?|mins?|hours?|hrs?|h\b|days?|weeks?|months?)\b/gi;

/** Every duration of the sentence. */
export function durations(s: string): Duration[] {
  return [...s.matchAll(DURATION)].map((m) => ({
    value: m[2] ? Number(m[2]) : (WORDS[m[1]!.toLowerCase()] ?? Number(m[1])),
    unit: UNITS.find(([re]) => re.test(m[3]!))![1],
    start: m.index,
    end: m.index + m[0].length,
  }));
}
