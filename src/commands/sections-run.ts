/** The work behind `monograph sections`, loaded only when the command runs. */
import type { Command } from 'commander';
import { findDrug } from '../catalog/lookup.js';
import { sectionsView } from '../catalog/views.js';
import type { Deps } from '../context.js';
import { emit } from '../output.js';
import { renderSections, renderSectionsMarkdown } from '../render/list.js';
import { contextOf } from './shared.js';

/** Lists one monograph's sections. */
export async function runSections(deps: Deps, drug: string, _opts: object, cmd: Command): Promise<void> {
  const ctx = contextOf(deps, cmd);
  const m = findDrug((await ctx.catalog()).monographs, drug);
  await emit(ctx, sectionsView(m), { text: renderSections, markdown: renderSectionsMarkdown });
}
