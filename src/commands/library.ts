/** `monograph library`: the library folder, and where every monograph of this run was read from. */
import { Command } from 'commander';
import type { Deps } from '../context.js';
import { withExamples } from '../help.js';
import { lazy } from './shared.js';

export const libraryCommand = (deps: Deps) =>
  withExamples(
    new Command('library')
      .summary('where each monograph comes from: bundled, your library, --data')
      .description(
        'Show the library folder that `monograph import` writes to and every run reads ($MONOGRAPH_HOME, else ' +
          '$XDG_DATA_HOME/monograph/labels, else ~/.local/share/monograph/labels), and where each monograph was read from.',
      )
      .action(lazy(deps, async () => (await import('./library-run.js')).runLibrary)),
    ['monograph library', 'monograph library --json | jq -r \'.monographs[] | select(.source == "library") | .id\'', 'monograph library --data ./drafts'],
  );
