/** `monograph sections <drug>`: the section ids, titles and aliases of one monograph. */
import { Command } from 'commander';
import { findDrug } from '../catalog/lookup.js';
import type { Monograph } from '../catalog/schema.js';
import type { Deps } from '../context.js';
import { emit } from '../output.js';
import type { RenderOpts } from '../render/renderers.js';
import { table } from '../render/layout.js';
import { mdTable, mdText } from '../render/markdown.js';
import { contextOf, examples } from './shared.js';

export interface SectionsView {
  drug: { id: string; brand: string };
  sections: { id: string; title: string; aliases: string[]; applies: boolean }[];
}

export const sectionsView = (m: Monograph): SectionsView => ({
  drug: { id: m.id, brand: m.brand },
  sections: m.sections.map((s) => ({ id: s.id, title: s.title, aliases: s.aliases, applies: s.applies })),
});

const rows = (v: SectionsView) => v.sections.map((s) => [s.id, s.title + (s.applies ? '' : ' (does not apply)'), s.aliases.join(', ')]);
const renderSections = (v: SectionsView, { width }: RenderOpts) => table(['Section', 'Title', 'Aliases'], rows(v), width);
const renderSectionsMarkdown = (v: SectionsView) => `# ${mdText(v.drug.brand)}: sections\n\n${mdTable(['Section', 'Title', 'Aliases'], rows(v))}\n`;

export const sectionsCommand = (deps: Deps) =>
  new Command('sections')
    .summary('list the sections of a monograph')
    .argument('<drug>', 'id, brand, generic name or alias')
    .addHelpText('after', examples('monograph sections spinraza', 'monograph sections risdiplam --json'))
    .action(async (drug: string, _opts: object, cmd: Command) => {
      const ctx = contextOf(deps, cmd);
      const m = findDrug((await ctx.catalog()).monographs, drug);
      await emit(ctx, sectionsView(m), { text: renderSections, markdown: renderSectionsMarkdown });
    });
