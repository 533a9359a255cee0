/** The renderer of `monograph validate`: ok, FAIL with each problem, or skip, per file; then the count. */
import type { ValidateView } from '../catalog/validate.js';
import { heading } from './layout.js';
import { sanitizeLine } from './sanitize.js';
import { mark } from './theme.js';

export function renderValidate(v: ValidateView): string {
  const out: string[] = [];
  for (const f of v.files) {
    if (f.problems.length === 0) out.push(`${mark('ok', 'ok')}    ${sanitizeLine(f.file)}${f.id ? ` (${sanitizeLine(f.id)})` : ''}`);
    else out.push(`${mark('danger', 'FAIL')}  ${sanitizeLine(f.file)}`, ...f.problems.map((p) => `      ${sanitizeLine(p)}`));
  }
  for (const s of v.skipped) out.push(`${mark('warning', 'skip')}  ${sanitizeLine(s)}`);
  const bad = v.files.filter((f) => f.problems.length > 0).length;
  out.push('', heading(bad === 0 ? `${v.files.length} monograph(s) valid` : `${bad} of ${v.files.length} file(s) have problems`));
  return `${out.join('\n')}\n`;
}
