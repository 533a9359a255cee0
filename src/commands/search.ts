/** `monograph search <words...>`: full-text search across all monographs. */
import { Command } from 'commander';
import type { Deps } from '../context.js';
import { withExamples } from '../help.js';
import { lazy } from './shared.js';

export const searchCommand = (deps: Deps) =>
  withExamples(
    new Command('search')
      .summary('search every monograph')
      .description(
        "Search all monographs; every word must appear in a section or the drug's names. Hits are ranked (drug name and section title first) and each names the drug, the section and a snippet.",
      )
      .argument('<words...>', 'words to find (case and accents ignored)')
      .option('--limit <n>', 'show at most N hits, best first (default 20)')
      .action(lazy(deps, async () => (await import('./search-run.js')).runSearch)),
    ['monograph search thrombocytopenia', 'monograph search platelet count', 'monograph search refrigerator --json'],
  );
