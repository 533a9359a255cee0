/** `monograph show <drug> [section...]`: a whole monograph, or the named sections. */
import { Command } from 'commander';
import { findDrug, findSection } from '../catalog/lookup.js';
import type { Deps } from '../context.js';
import { emit } from '../output.js';
import { renderShow, renderShowMarkdown, showView } from '../render/monograph.js';
import { contextOf, examples } from './shared.js';

export const showCommand = (deps: Deps) =>
  new Command('show')
    .summary('print a monograph or some of its sections')
    .description('Print a whole monograph (header, then every section with its sources), or only the sections named.')
    .argument('<drug>', 'id, brand, generic name or alias')
    .argument('[section...]', 'section ids or aliases (see `monograph sections <drug>`)')
    .addHelpText('after', examples('monograph show spinraza', 'monograph show nusinersen dosing storage', 'monograph show zolgensma --format markdown > zolgensma.md'))
    .action(async (drug: string, sections: string[], _opts: object, cmd: Command) => {
      const ctx = contextOf(deps, cmd);
      const m = findDrug((await ctx.catalog()).monographs, drug);
      // Each section once, in the order first asked (`dose dosing dosage` all name the dosing section).
      const chosen = [...new Set([...new Set(sections)].map((s) => findSection(m, s)))];
      await emit(ctx, showView(m, chosen), { text: renderShow, markdown: renderShowMarkdown });
    });
