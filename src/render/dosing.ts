/**
 * Text and markdown for `monograph dosing`. One layout per view mode, written against a small kit of primitives
 * (title, table, key-values...) so the terminal and the markdown handout always say the same things in the same order.
 */
import { labelAppliedText } from '../catalog/label-notices.js';
import type { SourceRef } from '../catalog/schema-common.js';
import type { Monitoring } from '../catalog/schema-dosing.js';
import type { DosingAnswer } from '../dosing/answer.js';
import { ageText, approxText, bandKg, bandText } from '../dosing/quantity.js';
import type { DailyDoseView, DosingView, DoseVolumeView, MissedDoseView, MissedRuleView, RegimenView, ScheduleView } from '../dosing/view.js';
import type { RenderOpts } from './renderers.js';
import { citeAll } from '../catalog/cite.js';
import { bullets, heading, keyValues, paragraph, table, wrap } from './layout.js';
import { mdList, mdTable, mdText } from './markdown.js';
import { mark } from './theme.js';

/** The primitives a layout is written with; each returns one block of output. */
interface Kit {
  title: (s: string) => string;
  sub: (s: string) => string;
  para: (s: string) => string;
  table: (head: string[], rows: string[][]) => string;
  list: (items: string[]) => string;
  pairs: (rows: [string, string][]) => string;
  muted: (s: string) => string;
  warn: (s: string) => string;
  cite: (refs: readonly SourceRef[]) => string;
  /** Between blocks of one section: a line break in text, a blank line in markdown (so paragraphs and tables stay apart). */
  gap: string;
}

const textKit = (v: DosingView, width: number): Kit => ({
  title: (s) => heading(s),
  sub: (s) => mark('subheading', s),
  para: (s) => paragraph(s, width),
  table: (head, rows) => table(head, rows, width),
  list: (items) => bullets(items, width),
  pairs: (rows) => keyValues(rows, width),
  muted: (s) => mark('muted', wrap(s, width).join('\n')),
  warn: (s) => mark('warning', wrap(s, width, '  ', '! ').join('\n')),
  cite: (refs) => citeAll({ sources: v.sources }, refs),
  gap: '\n',
});

const markdownKit = (v: DosingView): Kit => ({
  title: (s) => `# ${mdText(s)}`,
  sub: (s) => `## ${mdText(s)}`,
  para: (s) => mdText(s),
  table: (head, rows) => mdTable(head, rows),
  list: (items) => mdList(items),
  pairs: (rows) => mdTable(['Item', 'Value'], rows),
  muted: (s) => `_${mdText(s)}_`,
  warn: (s) => `> **${mdText(s)}**`,
  cite: (refs) => citeAll({ sources: v.sources }, refs),
  gap: '\n\n',
});

const WHAT = { regimen: 'regimen', schedule: 'dated schedule', 'missed-dose': 'missed or delayed dose', 'daily-dose': 'dose by weight and age', 'dose-volume': 'dose by weight' };

type Answered = DosingView & { answer?: DosingAnswer | null };

/** Plain text (colour markers only on headings, warnings and the reminder). */
export const renderDosing = (view: Answered, { width }: RenderOpts): string => layout(view, textKit(view, width));

/** A markdown handout with the same content. */
export const renderDosingMarkdown = (view: Answered): string => layout(view, markdownKit(view));

/** The answer block's rows: the answer, the rule that gave it, what comes next (and, for --brief, the source). */
const answerRows = (a: DosingAnswer, k: Kit, withSource: boolean): [string, string][] => [
  ['Answer', a.answer],
  ['Rule', a.rule],
  ['Next', a.next],
  ...(withSource ? [['Source', a.sources.length > 0 ? k.cite(a.sources) : 'none'] as [string, string]] : []),
];

/** `--brief`: the answer block and its source, nothing else. */
export const renderDosingBrief = (view: Answered, { width }: RenderOpts): string => `${keyValues(answerRows(view.answer!, textKit(view, width), true), width)}\n`;

function layout(v: Answered, k: Kit): string {
  const body =
    v.mode === 'regimen' ? regimen(v, k)
    : v.mode === 'schedule' ? schedule(v, k)
    : v.mode === 'missed-dose' ? missed(v, k)
    : v.mode === 'daily-dose' ? daily(v, k)
    : volume(v, k);
  const title = k.title(`${v.drug.brand} (${v.drug.generic}): ${WHAT[v.mode]}, ${v.region}`);
  const lead = v.answer ? [title, k.pairs(answerRows(v.answer, k, false)), k.para(v.regimen)] : [`${title}${k.gap}${k.para(v.regimen)}`];
  const blocks = [...lead, ...body, labelBlock(v, k), ...footer(v, k)];
  return `${blocks.filter(Boolean).join('\n\n')}\n`;
}

const section = (k: Kit, title: string, ...blocks: string[]) => [k.sub(title), ...blocks].filter(Boolean).join(k.gap);
const sourcesOf = (k: Kit, refs: readonly SourceRef[]) => k.muted(`Sources: ${k.cite(refs)}`);
const missedTable = (k: Kit, rules: readonly MissedRuleView[]) => `${k.table(['Situation', 'What to do'], rules.map((r) => [r.situation, r.action]))}${k.gap}${sourcesOf(k, rules.flatMap((r) => r.sources))}`;
const monitoring = (k: Kit, items: readonly Monitoring[]) => (items.length === 0 ? '' : section(k, 'Monitoring', k.list(items.map((mo) => `${mo.when}: ${mo.tests.join('; ')} [${k.cite(mo.sources)}]`))));
const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

function regimen(v: RegimenView, k: Kit): string[] {
  const out = [section(k, 'Regimen', k.table(['Phase', 'Dose', 'Timing', 'Notes'], v.phases.map((p) => [p.phase, p.dose, p.timing, p.notes ?? ''])), sourcesOf(k, v.phases.flatMap((p) => p.sources)))];
  if (v.bands.length > 0) out.push(section(k, 'Daily dose by age and weight', k.table(['Age and weight', 'Dose'], v.bands.map((b) => [b.label, b.dose])), sourcesOf(k, v.bands.flatMap((b) => b.sources))));
  if (v.doseVolumeTable.length > 0) {
    const rows = v.doseVolumeTable.map((b) => [`${bandKg(b.fromKg)}–${bandKg(b.toKg)}`, b.volumeMl.toFixed(1)]);
    const half = Math.ceil(rows.length / 2);
    const paired = rows.slice(0, half).map((r, i) => [...r, ...(rows[half + i] ?? ['', ''])]);
    const refs = v.rules.find((r) => r.id === 'dose-volume')?.sources ?? [];
    const note = k.para('Use --weight for the band of one patient; weights outside the table have no dose volume.');
    out.push(section(k, 'Dose volume by weight band', k.table(['Weight (kg)', 'Dose volume (mL)', 'Weight (kg)', 'Dose volume (mL)'], paired), sourcesOf(k, refs), note));
  }
  const md = v.missedDose;
  const unavailable = md.unavailable ? k.warn(`${v.region}: ${md.unavailable.text} [${k.cite(md.unavailable.sources)}]`) : '';
  const reference = md.reference
    ? `${k.warn(`For reference only: the ${md.reference.region} label's rules, which apply in the ${md.reference.region}, not in the ${v.region}:`)}${k.gap}${missedTable(k, md.reference.rules)}`
    : '';
  out.push([section(k, 'Missed or delayed doses', unavailable, md.rules.length > 0 ? missedTable(k, md.rules) : ''), reference].filter(Boolean).join('\n\n'));
  return [...out, monitoring(k, v.monitoring)];
}

const doseTable = (k: Kit, v: ScheduleView | MissedDoseView) => k.table(['#', 'Date', 'Weekday', 'Dose', 'Day'], v.doses.map((d) => [String(d.n), d.date, d.weekday, d.label, String(d.day)]));

function schedule(v: ScheduleView, k: Kit): string[] {
  return [`${k.para(`${plural(v.doses.length, 'dose')} of ${v.dose}, day 0 = ${v.start}`)}${k.gap}${doseTable(k, v)}`];
}

function missed(v: MissedDoseView, k: Kit): string[] {
  const was = v.lastDoseWas.kind === 'loading' ? `loading dose ${v.lastDoseWas.n} of ${v.lastDoseWas.of}` : 'a maintenance dose';
  const facts = k.pairs([
    ['Last dose', `${v.lastDose} (${was})`],
    ['Today', v.today],
    ...(v.originalSchedule ? [['Original schedule', v.originalSchedule.from === 'start' ? `first loading dose on ${v.originalSchedule.date}` : `a date on it: ${v.originalSchedule.date}`] as [string, string]] : []),
    ['Since the last dose', `${plural(v.monthsSinceLastDose, 'whole calendar month')} (${plural(v.daysSinceLastDose, 'day')})`],
    ['Next dose was due', `${v.due} (${v.dueDose})`],
  ]);
  const applies = section(k, 'Rule that applies', k.para(v.applies.situation), k.para(`${v.applies.action} [${k.cite(v.applies.sources)}]`));
  const first = v.doses[0];
  const plan = first ? section(k, 'Plan', k.para(`Dates assume the first dose below is given on ${first.date}; if it is given later, run again with the real date.`), doseTable(k, v)) : '';
  return [facts, applies, plan];
}

const approx = approxText;

/**
 * A weight as typed in kg, or converted from pounds to 0.1 kg and marked so; more decimals where 0.1 kg would put it
 * on the other side of a band edge (44.09 lb is 19.9991… kg, under 20 kg, not "20.0").
 */
function weightText(w: { input: string; kg: number }, edges: readonly number[] = []): string {
  if (/kg/i.test(w.input)) return `${w.kg} kg`;
  const shown = Number(w.kg.toFixed(1));
  const crosses = edges.some((e) => (w.kg < e) !== (shown < e));
  const kg = crosses ? exact(w.kg) : approx(w.kg, 1);
  return `${kg} kg (${w.input}, converted at 1 lb = 0.45359237 kg; exact value in --json)`;
}
const decimals = (step: number) => (String(step).split('.')[1] ?? '').length;
const exact = (x: number) => (Number(x.toFixed(4)) === x ? String(x) : `${x.toFixed(4)}…`);

function daily(v: DailyDoseView, k: Kit): string[] {
  const tablet = v.tablet ? `${v.tablet.applies ? 'yes' : 'no'}: ${v.tablet.text} [${k.cite(v.tablet.sources)}]` : 'not in this data';
  return [
    k.pairs([
      ['Weight', weightText(v.weight, [v.band.weight.atLeastKg, v.band.weight.belowKg].filter((e): e is number => e !== null))],
      ['Age', ageText(v.age)],
      ['Band', `${v.band.label}: ${v.band.fixedMg !== null ? `${v.band.fixedMg} mg` : `${v.band.mgPerKg} mg/kg`} once daily [${k.cite(v.band.sources)}]`],
      ['Daily dose', `${approx(v.dailyDoseMg, 2)} mg`],
      ['Oral solution', `${v.volumeMl.toFixed(decimals(v.syringe.incrementMl))} mL of ${v.concentrationMgPerMl} mg/mL, with the ${v.syringe.sizeMl} mL oral syringe (${v.syringe.incrementMl} mL marks)`],
      ['Before rounding', `${approx(v.dailyDoseMg, 2)} mg ÷ ${v.concentrationMgPerMl} mg/mL = ${exact(v.exactVolumeMl)} mL, rounded to the nearest syringe mark as the label says`],
      ['Tablet', tablet],
    ]),
  ];
}

function volume(v: DoseVolumeView, k: Kit): string[] {
  const rows: [string, string][] = [['Weight', weightText(v.weight)]];
  if (v.age) rows.push(['Age', ageText(v.age)]);
  rows.push(['Weight band', `${bandText(v.band)} (the label's table)`]);
  rows.push(['Dose volume', `${v.doseVolumeMl.toFixed(1)} mL, read from the label's table for this band (${v.dose})`]);
  const c = v.corticosteroid;
  if (c) rows.push(['Corticosteroid', `${c.drug} ${approx(c.dailyDoseMg, 2)} mg/day (${c.mgPerKgPerDay} mg/kg/day), from ${plural(c.startDaysBefore, 'day')} before the infusion for ${c.days} days in all; then ${c.taper}`]);
  return [k.pairs(rows)];
}

/** Beside every answer: the label version it applies, any newer label whose content is not in the data, and who is not covered. */
function labelBlock(v: DosingView, k: Kit): string {
  const lines = [
    k.para(labelAppliedText(v.labelApplied)),
    ...v.newerLabel.map((n) => k.warn(`${n.text} [${k.cite(n.sources)}]`)),
    ...v.notCovered.map((n) => k.warn(`Not covered: ${n.text} [${k.cite(n.sources)}]`)),
  ];
  return lines.join(k.gap);
}

function footer(v: DosingView, k: Kit): string[] {
  const notes = v.notes.map((n) => k.warn(`Note: ${n}`)).join('\n');
  const rules = section(k, 'Rules applied', k.list(v.rules.map((r) => `${r.text} [${k.cite(r.sources)}]`)));
  const checks = v.mode === 'schedule' || v.mode === 'missed-dose' ? monitoring(k, v.monitoring) : '';
  return [notes, rules, checks, k.warn(v.reminder)];
}
