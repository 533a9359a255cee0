/** The work behind `monograph compare`, loaded only when the command runs. */
import type { Command } from 'commander';
import { compareView } from '../compare/compare.js';
import { fieldsView, parseFields, pickDrugs, type FieldsView } from '../compare/options.js';
import type { Deps } from '../context.js';
import { emit } from '../output.js';
import type { RenderOpts } from '../render/renderers.js';
import { renderCompare, renderCompareMarkdown } from '../render/compare.js';
import { table } from '../render/layout.js';
import { mdTable } from '../render/markdown.js';
import { contextOf } from './shared.js';

const fieldRows = (v: FieldsView) => v.fields.map((f) => [f.field, f.label]);
const renderFields = (v: FieldsView, { width }: RenderOpts) => table(['Field', 'Shown as'], fieldRows(v), width);
const renderFieldsMarkdown = (v: FieldsView) => `# Comparison fields\n\n${mdTable(['Field', 'Shown as'], fieldRows(v))}\n`;

/** Lists the fields, or compares the drugs named. */
export async function runCompare(deps: Deps, names: string[], opts: { fields?: string | boolean }, cmd: Command): Promise<void> {
  const ctx = contextOf(deps, cmd);
  const fields = parseFields(opts.fields);
  if (fields === 'list') return emit(ctx, fieldsView(), { text: renderFields, markdown: renderFieldsMarkdown });
  const drugs = pickDrugs((await ctx.catalog()).monographs, names);
  await emit(ctx, compareView(drugs, fields), { text: renderCompare, markdown: renderCompareMarkdown });
}
