/** The work behind `monograph compare`, loaded only when the command runs. */
import type { Command } from 'commander';
import { compareView } from '../compare/compare.js';
import { fieldsView, parseFields, pickDrugs } from '../compare/options.js';
import type { Deps } from '../context.js';
import { emit } from '../output.js';
import { renderCompare, renderCompareMarkdown } from '../render/compare.js';
import { renderFields, renderFieldsMarkdown } from '../render/list.js';
import { contextOf } from './shared.js';

/** Lists the fields, or compares the drugs named. */
export async function runCompare(deps: Deps, names: string[], opts: { fields?: string | boolean }, cmd: Command): Promise<void> {
  const ctx = contextOf(deps, cmd);
  const fields = parseFields(opts.fields);
  if (fields === 'list') return emit(ctx, fieldsView(), { text: renderFields, markdown: renderFieldsMarkdown });
  const drugs = pickDrugs((await ctx.catalog()).monographs, names);
  await emit(ctx, compareView(drugs, fields), { text: renderCompare, markdown: renderCompareMarkdown });
}
