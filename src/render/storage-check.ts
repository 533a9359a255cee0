/** Renders a storage check: the verdict first, then the input, each region's rule results with the rule applied, and a log chart. */
import type { RenderOpts } from './renderers.js';
import type { Evaluation } from '../storage/decision.js';
import type { Quantity, Verdict } from '../storage/results.js';
import type { StorageView } from '../storage/view.js';
import { formatCF, formatDuration, num } from '../storage/units.js';
import { citeAll } from '../catalog/cite.js';
import { bullets, keyValues, table, wrap } from './layout.js';
import { mdList, mdTable, mdText } from './markdown.js';
import { displayTime, renderChart, type ChartLine } from './storage-chart.js';
import { mark, type Style } from './theme.js';

const SAY: Record<Verdict, string> = {
  within: 'WITHIN the labeled allowance',
  outside: 'OUTSIDE the labeled allowance',
  indeterminate: 'INDETERMINATE: the input cannot confirm it is within the labeled allowance',
};
const STYLE: Record<Verdict, Style> = { within: 'ok', outside: 'danger', indeterminate: 'warning' };

/** Minutes shown in hours when the allowance is under two days (30 h), else in days and hours. */
const amount = (q: Quantity | null, allowed: Quantity | null = null) => {
  if (q === null) return '—';
  if (q.unit === 'd') return `${num(q.value)} d`;
  return formatDuration(q.value * 60_000, allowed && allowed.value < 2 * 1440 ? 'h' : 'auto');
};

/** The input lines: typed excursions, the log, the clock. */
function inputs(v: StorageView): string[] {
  const c = v.check!;
  const out = c.excursions.map((e) => `${e.input}: ${formatCF(e.temperatureC)} for ${formatDuration(e.minutes * 60_000)}${e.outOfCarton ? ', out of the carton' : ''}`);
  const l = c.log;
  if (l) {
    const facts = [
      `${l.rows} rows from ${displayTime(l.from)} to ${displayTime(l.to)}${l.offsets ? '' : ' (clock time: no UTC offset)'}`,
      l.intervalMinutes === null ? 'interval not known (too few readings)' : `${l.intervalFrom === 'declared' ? 'declared' : 'most common'} interval ${formatDuration(l.intervalMinutes * 60_000)}`,
      `°${l.unit} (${l.unitFrom === 'option' ? '--unit' : `header "${l.columns.temp}"`})`,
      l.gaps > 0 && l.maxGapFrom === 'none' ? `all ${formatDuration(l.gapMinutes * 60_000)} between readings unknown (give --max-gap)` : '',
      l.gaps > 0 && l.maxGapFrom !== 'none' ? `${l.gaps} gap${l.gaps > 1 ? 's' : ''} longer than ${formatDuration(l.maxGapMinutes * 60_000)} (${formatDuration(l.gapMinutes * 60_000)} in all)` : '',
      l.missing > 0 ? `${l.missing} missing reading${l.missing > 1 ? 's' : ''} (blank)` : '',
      l.unsorted ? 'rows were not in time order (sorted before counting)' : '',
      l.duplicates > 0 ? `${l.duplicates} ${l.duplicates > 1 ? 'rows repeat' : 'row repeats'} a timestamp (merged: warmest kept, a blank makes it unknown)` : '',
    ].filter(Boolean);
    out.push(`log ${l.file}: ${facts.join('; ')}`);
    if (l.warmest && l.coldest) out.push(`warmest reading ${formatCF(l.warmest.c)} at ${displayTime(l.warmest.at)}; coldest ${formatCF(l.coldest.c)} at ${displayTime(l.coldest.at)}`);
  }
  if (c.clock) out.push(`clock from ${c.clock.since}, checked on ${c.clock.on}`);
  return out;
}

const RESULT_HEAD = ['Rule', 'Result', 'Used', 'Allowed', 'Remaining'];
const resultRows = (e: Evaluation) =>
  e.results.map((r) => [r.kind === 'allowance' ? `${r.name} allowance` : r.name, r.verdict, amount(r.used, r.allowed), amount(r.allowed, r.allowed), amount(r.remaining, r.allowed)]);

function evaluation(v: StorageView, e: Evaluation, width: number): string {
  const m = { sources: v.sources };
  const out = [mark('subheading', `${e.regions.join(', ')} rules: `) + mark(STYLE[e.verdict], e.verdict)];
  if (e.results.length > 0) out.push(table(RESULT_HEAD, resultRows(e), width));
  out.push(bullets(e.results.map((r) => `${r.name}: ${r.message}`), width));
  if (e.warmestC !== null && e.coldestC !== null) out.push(wrap(`Warmest ${formatCF(e.warmestC)}; coldest ${formatCF(e.coldestC)}.`, width).join('\n'));
  if (e.bands.length > 0) out.push(wrap(`Time per band: ${e.bands.map((b) => `${b.name} ${formatDuration(b.minutes * 60_000)}`).join('; ')}.`, width).join('\n'));
  if (e.periods.count > 0 && hasTimes(e)) {
    const shown = e.periods.first.map((p) => `${displayTime(p.start ?? '')}, ${formatDuration(p.minutes * 60_000)}${p.maxC === null ? ', temperature unknown' : `, up to ${formatCF(p.maxC)}`}${p.returned ? ', then back in range' : ''}`);
    out.push(`Periods out of the base condition: ${e.periods.count}${e.periods.count > shown.length ? ` (first ${shown.length})` : ''}`, bullets(shown, width, '  '));
  }
  if (e.method.length > 0) out.push('Rule applied:', bullets(e.method, width, '  '));
  if (e.sources.length > 0) out.push(mark('muted', wrap(`Sources: ${citeAll(m, e.sources)}`, width).join('\n')));
  return out.join('\n');
}

const hasTimes = (e: Evaluation) => e.periods.first.some((p) => p.start !== null);

/** Limits to draw across a log chart: the base range and every allowance's upper limit. */
function chartLines(v: StorageView): ChartLine[] {
  const s = v.states[0];
  if (!s) return [];
  const lines = new Map<number, ChartLine>();
  for (const a of s.allowances) lines.set(a.maxC, { c: a.maxC, label: `${a.name} ${num(a.maxC)}`, kind: 'limit' });
  for (const c of s.conditions) {
    lines.set(c.maxC, { c: c.maxC, label: `base max ${num(c.maxC)}`, kind: 'base' });
    if (c.minC !== undefined) lines.set(c.minC, { c: c.minC, label: `base min ${num(c.minC)}`, kind: 'base' });
  }
  return [...lines.values()].sort((a, b) => b.c - a.c);
}

const nextSteps = (v: StorageView) => [...v.advice.map((a) => `${a.text} [${citeAll({ sources: v.sources }, a.sources)}]`), 'Do not assume the product can still be used; ask the manufacturer before use.'];

const REMAINS: Record<Verdict, string> = {
  within: '',
  outside: 'nothing under the labeled allowance: ask the manufacturer before use',
  indeterminate: 'not confirmable from this input: ask the manufacturer before use',
};

/** The verdict block's rows: the verdict, the rule that decided it, what remains (and, for --brief, the source). */
export function decisionRows(v: StorageView, withSource: boolean): [string, string][] {
  const d = v.check!.decision;
  const region = d.regions.length > 0 ? `${d.regions.join(', ')} ` : '';
  const used = d.verdict !== 'within' ? `: ${d.message}` : d.rule?.startsWith('allowance:') && d.used && d.allowed ? `: ${amount(d.used, d.allowed)} used of ${amount(d.allowed, d.allowed)}` : '';
  const rows: [string, string][] = [
    ['Verdict', SAY[d.verdict]],
    ['Rule', `${region}${d.ruleName}${used}`],
    ['Remains', d.verdict === 'within' ? d.message : REMAINS[d.verdict]],
  ];
  if (withSource) rows.push(['Source', d.sources.length > 0 ? citeAll({ sources: v.sources }, d.sources) : 'none']);
  return rows;
}

/** `--brief`: the verdict block and its source, nothing else. */
export const renderCheckBrief = (v: StorageView, { width }: RenderOpts): string => `${keyValues(decisionRows(v, true), width)}\n`;

/** The check as text: the verdict block first, then the detail. */
export function renderCheck(v: StorageView, { width }: RenderOpts): string {
  const c = v.check!;
  const block = keyValues(decisionRows(v, false), width).replace(SAY[c.verdict], mark(STYLE[c.verdict], SAY[c.verdict]));
  const out = [block, '', `State: ${c.state.name} (${c.state.id})${v.stateIds.length > 1 ? `; other states: ${v.stateIds.filter((id) => id !== c.state.id).join(', ')} (--state)` : ''}`, '', mark('subheading', 'Input'), bullets(inputs(v), width, '  ')];
  if (new Set(c.evaluations.map((e) => e.verdict)).size > 1) {
    out.push('', wrap(`The regions' rules disagree (${c.evaluations.map((e) => `${e.regions.join(', ')}: ${e.verdict}`).join('; ')}); the verdict is the strictest. Add --region to check against one region's rules.`, width).join('\n'));
  }
  for (const e of c.evaluations) out.push('', evaluation(v, e, width));
  for (const u of c.unchecked) out.push('', wrap(`Not checked: ${u.region}: ${u.reason}.`, width).join('\n'));
  if (c.log) out.push('', mark('subheading', 'Temperature over time'), renderChart(c.log.chart, chartLines(v), width));
  if (c.verdict !== 'within') out.push('', mark('subheading', 'What next'), bullets(nextSteps(v), width, '  '));
  return out.join('\n');
}

/** The check as markdown. */
export function renderCheckMarkdown(v: StorageView): string {
  const c = v.check!;
  const out = [decisionRows(v, false).map(([k, val]) => `- **${k}:** ${mdText(val)}`).join('\n'), '', `State: ${mdText(c.state.name)}`, '', '## Input', '', mdList(inputs(v))];
  for (const e of c.evaluations) {
    out.push('', `## ${e.regions.join(', ')} rules: ${e.verdict}`, '', mdTable(RESULT_HEAD, resultRows(e)), '', mdList(e.results.map((r) => `${r.name}: ${r.message}`)));
    if (e.method.length > 0) out.push('', 'Rule applied:', '', mdList(e.method));
  }
  for (const u of c.unchecked) out.push('', `Not checked: ${mdText(`${u.region}: ${u.reason}`)}.`);
  if (c.verdict !== 'within') out.push('', '## What next', '', mdList(nextSteps(v)));
  return out.join('\n');
}
