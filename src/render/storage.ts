/** Renders the `monograph storage` view: a rules table per state, in-use limits and the sources' own words; or a check. */
import { labelAppliedText } from '../catalog/label-notices.js';
import type { Source } from '../catalog/schema.js';
import type { RenderOpts } from './renderers.js';
import type { AllowanceView, ConditionView, StateView, StorageView } from '../storage/view.js';
import { formatAmount, formatC, num } from '../storage/units.js';
import { citeAll, sourceLine } from '../catalog/cite.js';
import { bullets, heading, table } from './layout.js';
import { mdList, mdTable, mdText } from './markdown.js';
import { renderCheck, renderCheckMarkdown } from './storage-check.js';
import { mark } from './theme.js';

const HEAD = ['Region', 'Rule', 'Temperature', 'Time limit', 'How counted', 'Back in fridge'];
const PLACE = { refrigerator: 'in a refrigerator', freezer: 'frozen', room: 'at room temperature' } as const;
const dash = '—';

/**
 * °C, then °F: the source's own °F figures, or a conversion shown at the labels' own precision (whole °F) and marked
 * converted, so one °C range reads the same in every row (2–8 °C is 36–46 °F, never 35.6–46.4 in one row and 36–46 in
 * the next). The exact conversion is in --json.
 */
function range(r: { minC?: number | undefined; maxC: number; minF: number | null; maxF: number; fahrenheit: 'source' | 'converted' }, below = false): string {
  const f = (x: number) => (r.fahrenheit === 'converted' ? num(Math.round(x)) : num(x));
  const mark = r.fahrenheit === 'converted' ? ', converted' : '';
  if (r.minC === undefined) return `${below ? '<' : '≤'} ${formatC(r.maxC)}\n(${below ? '<' : '≤'} ${f(r.maxF)} °F${mark})`;
  return `${num(r.minC)}–${formatC(r.maxC)}\n(${f(r.minF ?? 0)}–${f(r.maxF)} °F${mark})`;
}

function conditionRow(c: ConditionView): string[] {
  const extras = [c.container ? `in the ${c.container}` : '', c.protectFromLight ? 'protect from light' : '', c.doNotFreeze ? 'do not freeze' : '', c.doNotRefreeze ? 'do not refreeze' : ''];
  return [c.region, `Store ${PLACE[c.place]}${extras.filter(Boolean).map((x) => `, ${x}`).join('')}`, range(c), dash, dash, dash];
}

const COUNTED = { cumulative: 'combined total', 'single-period': 'one single period', 'not-stated': 'not stated (added up)' } as const;
const BACK = { allowed: 'yes', 'not-allowed': 'no', 'not-stated': 'not stated', 'not-applicable': 'n/a (not a refrigerated condition)' } as const;

function allowanceRow(a: AllowanceView): string[] {
  const where = a.packaging === 'in-carton' ? ' (in the original carton)' : a.packaging === 'out-of-carton' ? ' (out of the carton)' : '';
  const counted = a.duration || a.assumedLimit ? `${COUNTED[a.counting]}${a.countsAllTimeOut ? ' of all time out of the refrigerator' : ''}` : dash;
  const limit = a.duration ? formatAmount(a.duration) : a.assumedLimit ? `none stated; over ${formatAmount(a.assumedLimit)}: indeterminate` : 'none stated';
  const back = a.returnBelowC !== undefined && a.returnToFridge === 'allowed' ? `yes, if kept below ${formatC(a.returnBelowC)}` : BACK[a.returnToFridge];
  return [a.region, `${a.name} allowance${where}`, range(a, !a.maxInclusive), limit, counted, back];
}

const ACTION = { discard: 'Discard', use: 'Use within', 'start-treatment': 'Start treatment within' } as const;

/** The table rows of one state: base condition, allowances, clocks. */
export function stateRows(s: StateView): string[][] {
  return [
    ...s.conditions.map(conditionRow),
    ...s.allowances.map(allowanceRow),
    ...s.clocks.map((c) => [c.region, `${ACTION[c.action]} ${c.days} days ${c.action === 'discard' ? 'after' : 'of'} ${c.event.replace(/-/g, ' ')}`, dash, `${c.days} d`, 'calendar days; event day = day 0', dash]),
  ];
}

/** Each rule's own words with its citation, repeated texts once. */
export function quotes(v: StorageView): string[] {
  const m = { sources: v.sources };
  const rules = [...v.states.flatMap((s) => [...s.conditions, ...s.allowances, ...s.clocks]), ...v.inUse];
  const seen = new Set<string>();
  return rules.flatMap((r) => {
    const key = `${r.region}|${r.text}`;
    if (seen.has(key)) return [];
    seen.add(key);
    const cited = citeAll(m, r.sources);
    return [`${cited}${cited.startsWith(r.region) ? '' : ` (${r.region})`}: ${r.extracted ? 'read from the label text: ' : ''}"${r.text}"`];
  });
}

const remarks = (v: StorageView) => [
  labelAppliedText(v.labelApplied),
  ...v.newerLabel.map((n) => `${n.text} [${citeAll({ sources: v.sources }, n.sources)}]`),
  ...[...v.notes, ...(v.check ? [] : v.advice)].map((n) => `${n.region ? `${n.region}: ` : ''}${n.text} [${citeAll({ sources: v.sources }, n.sources)}]`),
];
const sourceList = (sources: readonly Source[]) => sources.map(sourceLine);
const unreadLines = (v: StorageView) => v.unread.map((u) => `"${u.text}" [${citeAll({ sources: v.sources }, u.sources)}]`);
const UNREAD_HEAD = 'Not understood (no rule read from these sentences; a check cannot come out within)';

/** The view as text: the check first when there is one, else a rules table per state and the sources' words. */
export function renderStorage(v: StorageView, opts: RenderOpts): string {
  const { width } = opts;
  const out = [heading(`${v.drug.brand} (${v.drug.generic}): storage${v.region ? `, ${v.region} rules` : ''}`)];
  if (v.check) out.push('', renderCheck(v, opts));
  for (const s of v.check ? [] : v.states) {
    const rows = stateRows(s);
    out.push('', mark('subheading', `${s.name} (state: ${s.id})`));
    out.push(rows.length > 0 ? table(HEAD, rows, width) : `No ${v.region ?? ''} rules for this state in the monograph's sources.`);
  }
  if (v.inUse.length > 0) {
    out.push('', mark('subheading', 'In use'), table(['Region', 'Use within', 'Counted from', 'State'], v.inUse.map((u) => [u.region, formatAmount(u.limit), u.after, u.state ?? dash]), width));
  }
  if (!v.check) out.push('', mark('subheading', 'What the sources say'), bullets(quotes(v), width));
  const notes = remarks(v);
  if (notes.length > 0) out.push('', mark('subheading', 'Notes'), bullets(notes, width));
  if (v.unread.length > 0 && !v.check) out.push('', mark('warning', UNREAD_HEAD), bullets(unreadLines(v), width));
  out.push('', mark('subheading', 'Sources'), mark('muted', bullets(sourceList(v.sources), width)));
  return `${out.join('\n')}\n`;
}

/** The view as a markdown handout. */
export function renderStorageMarkdown(v: StorageView): string {
  const out = [`# ${mdText(v.drug.brand)} (${mdText(v.drug.generic)}): storage${v.region ? `, ${v.region} rules` : ''}`];
  if (v.check) out.push('', renderCheckMarkdown(v));
  for (const s of v.check ? [] : v.states) {
    out.push('', `## ${mdText(s.name)} (state: ${mdText(s.id)})`, '', mdTable(HEAD, stateRows(s)));
  }
  if (v.inUse.length > 0) out.push('', '## In use', '', mdTable(['Region', 'Use within', 'Counted from'], v.inUse.map((u) => [u.region, formatAmount(u.limit), u.after])));
  if (!v.check) out.push('', '## What the sources say', '', mdList(quotes(v)));
  const notes = remarks(v);
  if (notes.length > 0) out.push('', '## Notes', '', mdList(notes));
  if (v.unread.length > 0 && !v.check) out.push('', `## ${UNREAD_HEAD}`, '', mdList(unreadLines(v)));
  out.push('', '## Sources', '', mdList(sourceList(v.sources)));
  return `${out.join('\n')}\n`;
}
