/** The three lines a storage check leads with: the verdict, the rule that decided it, and what remains. */
import type { Region, SourceRef } from '../catalog/schema.js';
import type { RuleResult, Verdict } from './results.js';

/** The check of one group of regions. */
export interface Evaluation {
  regions: Region[];
  verdict: Verdict;
  results: RuleResult[];
  /** Time per band: the base condition, each allowance, and time no allowance covers. */
  bands: { band: string; name: string; minutes: number }[];
  warmestC: number | null;
  coldestC: number | null;
  periods: { count: number; first: { start: string | null; minutes: number; maxC: number | null; returned: boolean }[] };
  /** The rule applied, in words. */
  method: string[];
  sources: SourceRef[];
}

/** Carried in the JSON as `check.decision`; the text leads with it and `--brief` prints only it (with the source). */
export interface Decision {
  verdict: Verdict;
  regions: Region[];
  /** The deciding result's rule id (`allowance:in-carton`, `limit:above`, `clock:discard`); null when nothing was checked. */
  rule: string | null;
  ruleName: string;
  used: RuleResult['used'];
  allowed: RuleResult['allowed'];
  remaining: RuleResult['remaining'];
  message: string;
  sources: SourceRef[];
}

/** Share of an allowance used (0 when it has no limit): the tightest allowance is the one that decides a "within". */
const share = (r: RuleResult) => (r.used && r.allowed && r.allowed.value > 0 ? r.used.value / r.allowed.value : 0);

/** The strictest region group's deciding result: its first result with that verdict, or for "within" the tightest. */
export function decide(evaluations: readonly Evaluation[], verdict: Verdict): Decision {
  const e = evaluations.find((x) => x.verdict === verdict) ?? evaluations[0];
  const candidates = (e?.results ?? []).filter((r) => r.verdict === verdict);
  const r = verdict === 'within' ? [...candidates].sort((a, b) => share(b) - share(a))[0] : candidates[0];
  if (!e || !r) {
    return { verdict, regions: e?.regions ?? [], rule: null, ruleName: 'none', used: null, allowed: null, remaining: null, message: 'no rule of the sources applies to this input', sources: e?.sources ?? [] };
  }
  const ruleName = r.kind === 'allowance' ? `${r.name} allowance` : r.kind === 'clock' ? r.name : `storage condition (${r.name})`;
  return { verdict, regions: e.regions, rule: r.rule, ruleName, used: r.used, allowed: r.allowed, remaining: r.remaining, message: r.message, sources: r.sources };
}
