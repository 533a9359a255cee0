/** The three lines a dosing answer leads with: the answer, the label rule that gave it, and what comes next. */
import type { SourceRef } from '../catalog/schema-common.js';
import { approxText, bandText } from './quantity.js';
import type { DosingView } from './view.js';

/** Carried in the JSON as `answer`; the text leads with it and `--brief` prints only it (with the source). */
export interface DosingAnswer {
  answer: string;
  rule: string;
  next: string;
  sources: SourceRef[];
}

/** The answer block of a calculation; the regimen alone (no --start, --last-dose or --weight) has none. */
export function dosingAnswer(v: DosingView): DosingAnswer | null {
  const rule = v.rules[0];
  const from = (answer: string, next: string) => ({ answer, rule: rule?.text ?? v.regimen, next, sources: rule?.sources ?? [] });
  if (v.mode === 'schedule') {
    const [first, second] = v.doses;
    return from(`${v.doses.length} doses of ${v.dose}, the first on ${first?.date ?? v.start}`, second ? `${second.label} on ${second.date}; every date is in the table below` : 'no further dose in the range asked');
  }
  if (v.mode === 'missed-dose') {
    const [first, second] = v.doses;
    return {
      answer: first ? `${first.label}: ${first.date}` : v.applies.action,
      rule: v.applies.text,
      next: second ? `then ${second.label} on ${second.date}; every date is in the plan below` : v.planStops ? 'no later date can be planned from what was given: see the note below' : 'no further dose in the range asked',
      sources: v.applies.sources,
    };
  }
  if (v.mode === 'daily-dose') return from(`${approxText(v.dailyDoseMg, 2)} mg once daily: ${v.volumeMl} mL of the ${v.concentrationMgPerMl} mg/mL oral solution`, v.tablet?.applies ? v.tablet.text : `measured with the ${v.syringe.sizeMl} mL oral syringe (${v.syringe.incrementMl} mL marks)`);
  if (v.mode === 'dose-volume') {
    const c = v.corticosteroid;
    return from(`${v.doseVolumeMl.toFixed(1)} mL (${v.dose}), for ${bandText(v.band)}`, c ? `${c.drug} ${approxText(c.dailyDoseMg, 2)} mg/day, from ${c.startDaysBefore} ${c.startDaysBefore === 1 ? 'day' : 'days'} before the infusion (details below)` : 'see the label for the infusion itself');
  }
  return null;
}
