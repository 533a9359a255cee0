/** `monograph show <drug> [section...]`: a whole monograph, or the named sections. */
import { Command } from 'commander';
import type { Deps } from '../context.js';
import { withExamples } from '../help.js';
import { lazy } from './shared.js';

export const showCommand = (deps: Deps) =>
  withExamples(
    new Command('show')
      .summary('print a monograph or some of its sections')
      .description('Print a whole monograph (header, then every section with its sources), or only the sections named.')
      .argument('<drug>', 'id, brand, generic name or alias')
      .argument('[section...]', 'section ids or aliases (see `monograph sections <drug>`)')
      .action(lazy(deps, async () => (await import('./show-run.js')).runShow)),
    ['monograph show spinraza', 'monograph show nusinersen dosing storage', 'monograph show zolgensma --format markdown > zolgensma.md'],
  );
