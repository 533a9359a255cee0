/** `monograph library`: the library folder, and where every monograph of this run was read from. */
import { Command } from 'commander';
import { libraryDir } from '../catalog/library.js';
import type { Deps } from '../context.js';
import { emit } from '../output.js';
import { libraryView, renderLibrary } from '../render/library.js';
import { contextOf, examples } from './shared.js';

export const libraryCommand = (deps: Deps) =>
  new Command('library')
    .summary('where each monograph comes from: bundled, your library, --data')
    .description(
      'Show the library folder that `monograph import` writes to and every run reads ($MONOGRAPH_HOME, else ' +
        '$XDG_DATA_HOME/monograph/labels, else ~/.local/share/monograph/labels), and where each monograph was read from.',
    )
    .addHelpText('after', examples('monograph library', 'monograph library --json | jq -r \'.monographs[] | select(.source == "library") | .id\'', 'monograph library --data ./drafts'))
    .action(async (_opts: object, cmd: Command) => {
      const ctx = contextOf(deps, cmd);
      const { entries } = await ctx.catalog();
      await emit(ctx, libraryView(libraryDir(ctx.io.env) ?? null, entries), { text: renderLibrary });
    });
