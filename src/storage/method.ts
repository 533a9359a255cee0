/** The rule a check applied, in plain sentences: shown with every verdict so a pharmacist can follow it by hand. */
import { countingText, coverageText, rangeText, returnText } from './classify.js';
import { MIN_READINGS_FOR_INTERVAL } from './interval.js';
import type { LogSummary } from './log-summary.js';
import type { RuleGroup } from './rules.js';
import { formatAmount, formatC, formatDuration } from './units.js';

const PLACE = { refrigerator: 'in a refrigerator', freezer: 'frozen', room: 'at room temperature' } as const;

/** Sentences describing the base condition, each allowance, the limits, and how the input was counted. */
export function methodLines(g: RuleGroup, how: { excursions: boolean; log?: LogSummary | undefined; clock: boolean }): string[] {
  const assumed = g.clocks.some((c) => c.dayZero === 'assumed');
  const clockLine = how.clock && g.clocks.length > 0 ? [`Clocks count calendar days from the event; the day of the event is day 0${assumed ? ' (for this product an assumption: its sources do not say)' : ''}.`] : [];
  if (!how.excursions && !how.log) return clockLine;
  const c = g.condition;
  const extras = [c.container ? `in the ${c.container}` : '', c.protectFromLight ? 'protected from light' : '', c.doNotFreeze ? 'do not freeze' : '', c.doNotRefreeze ? 'do not refreeze' : ''].filter(Boolean);
  const lines = [`Base condition: ${rangeText(c.minC, c.maxC, c.maxInclusive)} (${PLACE[c.place]})${extras.length ? `, ${extras.join(', ')}` : ''}. Time in it uses no allowance.`];
  for (const a of g.allowances) {
    const assumed = a.assumedLimit;
    const limit = a.duration
      ? `at most ${formatAmount(a.duration)}`
      : assumed
        ? `no time limit stated; this tool counts up to ${formatAmount(assumed)} as within and longer as indeterminate (${assumed.reason})`
        : 'no time limit stated';
    const back = a.returnToFridge === 'not-stated' ? returnText(a, c.place) : `it ${returnText(a, c.place)}`;
    lines.push(`The ${a.name} allowance covers ${coverageText(a, c)}: ${limit}, ${countingText(a)}; ${back}.`);
    if (a.countsAllTimeOut) {
      lines.push(`Once any time is used under the ${a.name} allowance, all time out of the ${c.place} counts toward its ${a.duration ? formatAmount(a.duration) : 'limit'} and must stay ${a.maxInclusive ? 'at or below' : 'below'} ${formatC(a.maxC)}, as the source counts "total combined time".`);
    }
  }
  if (g.allowances.length > 0) {
    lines.push('A period in an allowance\'s packaging that goes above its temperature limit breaks that allowance (exceeded) and its time counts against it.');
  }
  const shared = g.allowances.filter((a, i) => g.allowances.some((b, j) => i !== j && (a.packaging === b.packaging || a.packaging === 'any' || b.packaging === 'any')));
  if (shared.length > 0) lines.push('Where two allowances both cover a temperature, the one with the lower upper limit is used.');
  const exclusive = g.allowances.filter((a) => !a.maxInclusive);
  lines.push(`A temperature exactly at a limit is within it${exclusive.length ? `, except where the source says "below" (${exclusive.map((a) => `${a.name}: below ${formatC(a.maxC)}`).join('; ')})` : ''}. Time above every limit is outside.`);
  if (c.minC !== undefined) {
    const cold = g.allowances.filter((a) => a.minC !== undefined && a.minC < (c.minC ?? 0));
    lines.push(`Below ${formatC(c.minC)} is outside${cold.length ? ` unless ${cold.map((a) => `the ${a.name} allowance (from ${formatC(a.minC!)})`).join(' or ')} covers it` : ''}: the source gives the range ${rangeText(c.minC, c.maxC, c.maxInclusive)}${c.doNotFreeze ? ' and says do not freeze' : ''}.`);
  } else {
    lines.push('The source sets no lower limit for this state, so colder temperatures are not counted against it.');
  }
  const packagingMatters = c.inCarton || g.allowances.some((a) => a.packaging !== 'any');
  if (how.excursions) {
    lines.push(`Each --excursion is one period at the temperature given (give the warmest reached); between two of them the product was back in its base condition${packagingMatters ? '. Without :out-of-carton it was in the original carton' : ''}.`);
  }
  if (how.log) {
    lines.push(`Each interval between two log readings counts at the warmer of its two readings (and the colder one for lower limits). ${gapSentence(how.log)}`);
    if (packagingMatters) {
      lines.push(how.log.outOfCarton ? 'The log is read as out of the carton whenever it is out of the base condition (--out-of-carton).' : 'The log is read as storage in the original carton; add --out-of-carton if it was out of it when out of the base condition.');
    }
  }
  return [...lines, ...clockLine];
}

const GAP_FROM = { option: '--max-gap', declared: "twice the logger's declared interval", 'most-common': 'twice the most common interval' } as const;

/** What the gap rule was, in words. */
function gapSentence(log: LogSummary): string {
  if (log.maxGapFrom === 'none') {
    return `The log has too few readings (fewer than ${MIN_READINGS_FOR_INTERVAL}) and declares no interval, so the logger's interval is unknown and all time between readings is time of unknown temperature; --max-gap gives the longest interval to count.`;
  }
  const gap = formatDuration(log.maxGapMinutes * 60_000, 'h');
  return `A gap longer than ${gap} (${GAP_FROM[log.maxGapFrom]}) or an interval next to a missing reading is time of unknown temperature.`;
}
