/** Renders the `monograph import` summary: one row per label, then what was skipped and why. */
import type { ImportView } from '../import/run.js';
import type { RenderOpts } from './renderers.js';
import { bullets, heading, table } from './layout.js';
import { mdList, mdTable } from './markdown.js';

const HEAD = ['Id', 'Brand', 'Generic', 'Set id', 'Version', 'Effective', 'Sections', 'Storage rules', 'Warnings'];
const ACTION = { written: 'imported', replaced: 'replaced', unchanged: 'unchanged', 'kept-newer': 'kept newer' } as const;

const rows = (v: ImportView) =>
  v.imported.map((r) => [r.id, r.brand, r.generic, r.setId, r.version, r.effectiveDate ?? 'not stated', String(r.sections), String(r.storageRules), r.warnings.join('; ') || '—']);

const tally = (v: ImportView) => {
  const counts = new Map<string, number>();
  for (const r of v.imported) counts.set(ACTION[r.action], (counts.get(ACTION[r.action]) ?? 0) + 1);
  const parts = [...counts].map(([a, n]) => `${n} ${a}`);
  return `${parts.join(', ') || 'nothing imported'}${v.skipped.length > 0 ? `; ${v.skipped.length} skipped` : ''} (folder: ${v.folder})`;
};

const skippedLines = (v: ImportView) => v.skipped.map((s) => `${s.input}: ${s.reason}`);

export function renderImport(v: ImportView, { width }: RenderOpts): string {
  const out = [heading(`Import: ${tally(v)}`)];
  if (v.imported.length > 0) out.push('', table(HEAD, rows(v), width));
  if (v.skipped.length > 0) out.push('', heading('Skipped'), bullets(skippedLines(v), width));
  return `${out.join('\n')}\n`;
}

export function renderImportMarkdown(v: ImportView): string {
  const out = [`# Import`, '', tally(v)];
  if (v.imported.length > 0) out.push('', mdTable(HEAD, rows(v)));
  if (v.skipped.length > 0) out.push('', '## Skipped', '', mdList(skippedLines(v)));
  return `${out.join('\n')}\n`;
}
