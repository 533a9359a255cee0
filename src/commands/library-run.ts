/** The work behind `monograph library`, loaded only when the command runs. */
import type { Command } from 'commander';
import { libraryDir } from '../catalog/library.js';
import { libraryView } from '../catalog/views.js';
import type { Deps } from '../context.js';
import { emit } from '../output.js';
import { renderLibrary } from '../render/library.js';
import { contextOf } from './shared.js';

/** Prints the library folder and where each monograph was read from. */
export async function runLibrary(deps: Deps, _opts: object, cmd: Command): Promise<void> {
  const ctx = contextOf(deps, cmd);
  const { entries } = await ctx.catalog();
  await emit(ctx, libraryView(libraryDir(ctx.io.env) ?? null, entries), { text: renderLibrary });
}
