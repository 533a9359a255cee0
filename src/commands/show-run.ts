/** The work behind `monograph show`, loaded only when the command runs. */
import type { Command } from 'commander';
import { findDrug, findSection } from '../catalog/lookup.js';
import { showView } from '../catalog/views.js';
import type { Deps } from '../context.js';
import { emit } from '../output.js';
import { renderShow, renderShowMarkdown } from '../render/monograph.js';
import { contextOf } from './shared.js';

/** Prints the monograph, or the sections named: each once, in the order first asked (`dose dosing dosage` all name dosing). */
export async function runShow(deps: Deps, drug: string, sections: string[], _opts: object, cmd: Command): Promise<void> {
  const ctx = contextOf(deps, cmd);
  const m = findDrug((await ctx.catalog()).monographs, drug);
  const chosen = [...new Set([...new Set(sections)].map((s) => findSection(m, s)))];
  await emit(ctx, showView(m, chosen), { text: renderShow, markdown: renderShowMarkdown });
}
