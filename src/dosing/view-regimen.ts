/** The view of `monograph dosing <drug>` without options: the regimen table, missed-dose rules, monitoring, bands. */
import type { Monograph } from '../catalog/schema.js';
import type { MissedDose, Regimen } from '../catalog/schema-dosing.js';
import { assemble, baseView, type MissedRuleView, type RegimenView, type RuleRef } from './view.js';

/** The missed-dose rules in reading order: loading, maintenance rows, then rules kept as words. */
export const missedRules = (md: MissedDose | undefined): MissedRuleView[] =>
  md ? [...(md.loading ? [md.loading] : []), ...(md.maintenance ?? []), ...(md.rules ?? [])].map(({ situation, action, sources }) => ({ situation, action, sources })) : [];

/** The label rules a regimen is built from (schedule, bands, dose table, steroid course). */
export function regimenRules(r: Regimen): RuleRef[] {
  return [
    ...(r.schedule ? [{ id: 'schedule', text: r.schedule.rule, sources: r.schedule.sources }] : []),
    ...(r.daily ? [{ id: 'daily-dose', text: r.daily.rule, sources: r.daily.sources }, { id: 'solution-volume', text: r.daily.solution.rounding, sources: r.daily.solution.sources }] : []),
    ...(r.daily?.tablet ? [{ id: 'tablet', text: r.daily.tablet.text, sources: r.daily.tablet.sources }] : []),
    ...(r.doseVolume ? [{ id: 'dose-volume', text: r.doseVolume.rule, sources: r.doseVolume.sources }] : []),
    ...(r.doseVolume?.population ? [{ id: 'population', text: `Population: ${r.doseVolume.population.text}.`, sources: r.doseVolume.population.sources }] : []),
    ...(r.corticosteroid ? [{ id: 'corticosteroid', text: r.corticosteroid.rule, sources: r.corticosteroid.sources }] : []),
  ];
}

/** The whole regimen of one region; where its missed-dose rules are not available, the US rules as a labelled reference. */
export function regimenView(m: Monograph, regimen: Regimen): RegimenView {
  const md = regimen.missedDose;
  const us = md?.unavailable ? m.dosing?.regimens.find((r) => r.region === 'US' && r !== regimen && missedRules(r.missedDose).length > 0) : undefined;
  const missedDose = {
    rules: missedRules(md),
    unavailable: md?.unavailable ?? null,
    reference: us ? { region: us.region, rules: missedRules(us.missedDose) } : null,
  };
  const bands = (regimen.daily?.bands ?? []).map((b) => ({
    label: b.label,
    dose: b.fixedMg !== undefined ? `${b.fixedMg} mg once daily` : `${b.mgPerKg} mg/kg once daily`,
    sources: b.sources,
  }));
  const doseVolumeTable = (regimen.doseVolume?.bands ?? []).map(({ fromKg, toKg, volumeMl }) => ({ fromKg, toKg, volumeMl }));
  const monitoring = regimen.monitoring ?? [];
  const rest = { mode: 'regimen' as const, phases: regimen.phases, missedDose, monitoring, bands, doseVolumeTable };
  return assemble(baseView(m, regimen, regimenRules(regimen), [], rest), rest);
}
