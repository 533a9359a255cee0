/** `monograph sections <drug>`: the section ids, titles and aliases of one monograph. */
import { Command } from 'commander';
import type { Deps } from '../context.js';
import { withExamples } from '../help.js';
import { lazy } from './shared.js';

export const sectionsCommand = (deps: Deps) =>
  withExamples(
    new Command('sections')
      .summary('list the sections of a monograph')
      .argument('<drug>', 'id, brand, generic name or alias')
      .action(lazy(deps, async () => (await import('./sections-run.js')).runSections)),
    ['monograph sections spinraza', 'monograph sections risdiplam --json'],
  );
