/** Label sentences the importer could not read into rules: while any remain, no check of that label is "within". */
import type { StorageData, StorageState } from '../catalog/schema-storage.js';
import type { CheckView } from './check.js';

/** The state checked when an imported label's text gave no rule at all: it has nothing to be within. */
export const NO_RULES_STATE: StorageState = { id: 'as-supplied', name: 'As supplied (no rule read from the label)', conditions: [], allowances: [], clocks: [] };

/** The check with the verdict made indeterminate, and the reason said, when the label has unread storage sentences. */
export function withUnread(check: CheckView, storage: StorageData): CheckView {
  const n = storage.unread.length;
  const extracted = storage.states.some((s) => [...s.conditions, ...s.allowances, ...s.clocks].some((r) => r.extracted));
  if (extracted) {
    const line = 'These rules were read from the label text by `monograph import` and have not been reviewed; `monograph storage` lists the sentences behind each.';
    check = { ...check, evaluations: check.evaluations.map((e) => (e.method.length > 0 ? { ...e, method: [line, ...e.method] } : e)) };
  }
  if (n === 0) return check;
  const first = storage.unread[0]!.text;
  const reason = `${n} storage sentence${n === 1 ? '' : 's'} of the label could not be read into rules (such as "${first.length > 120 ? `${first.slice(0, 117)}...` : first}"), so the label may set limits this check does not know; read them with \`monograph storage\``;
  const sources = storage.unread.flatMap((u) => u.sources);
  const decision = { ...check.decision, verdict: 'indeterminate' as const, rule: 'unread', ruleName: 'label text not read into rules', message: reason, sources };
  return { ...check, verdict: 'indeterminate', decision, unchecked: [...check.unchecked, { region: 'US', reason }] };
}
