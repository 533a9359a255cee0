/** `monograph compare <drug> <drug> [drug...]`: 2 to 6 drugs side by side, one row per comparison field. */
import { Command } from 'commander';
import { compareView } from '../compare/compare.js';
import { fieldsView, parseFields, pickDrugs, type FieldsView } from '../compare/options.js';
import type { Deps } from '../context.js';
import { emit, type RenderOpts } from '../output.js';
import { renderCompare, renderCompareMarkdown } from '../render/compare.js';
import { table } from '../render/layout.js';
import { mdTable } from '../render/markdown.js';
import { contextOf, examples } from './shared.js';

const fieldRows = (v: FieldsView) => v.fields.map((f) => [f.field, f.label]);
const renderFields = (v: FieldsView, { width }: RenderOpts) => table(['Field', 'Shown as'], fieldRows(v), width);
const renderFieldsMarkdown = (v: FieldsView) => `# Comparison fields\n\n${mdTable(['Field', 'Shown as'], fieldRows(v))}\n`;

export const compareCommand = (deps: Deps) =>
  new Command('compare')
    .summary('compare 2 to 6 drugs side by side')
    .description(
      'Compare drugs side by side, one column per drug and one row per field: who it is approved for, how often it is given, the type of treatment, how it works and how well, then route, setting, approval, manufacturer, storage, monitoring and warnings. Narrow terminals get one block per field instead of columns.',
    )
    .argument('[drugs...]', '2 to 6 ids, brand or generic names')
    .option('--fields [list]', 'comma-separated fields to show, in that order; alone, list the fields')
    .addHelpText('after', examples('monograph compare spinraza zolgensma evrysdi', 'monograph compare spinraza evrysdi --fields population,frequency,efficacy', 'monograph compare --fields', 'monograph compare nusinersen risdiplam --json | jq ".rows[0]"'))
    .action(async (names: string[], opts: { fields?: string | boolean }, cmd: Command) => {
      const ctx = contextOf(deps, cmd);
      const fields = parseFields(opts.fields);
      if (fields === 'list') return emit(ctx, fieldsView(), { text: renderFields, markdown: renderFieldsMarkdown });
      const drugs = pickDrugs((await ctx.catalog()).monographs, names);
      await emit(ctx, compareView(drugs, fields), { text: renderCompare, markdown: renderCompareMarkdown });
    });
