/** `monograph list`: the monographs as a table. */
import { Command } from 'commander';
import type { Deps } from '../context.js';
import { withExamples } from '../help.js';
import { lazy } from './shared.js';

export const listCommand = (deps: Deps) =>
  withExamples(
    new Command('list')
      .summary('list the monographs')
      .description('List every monograph: id, brand, generic name, class, form and manufacturer.')
      .option('--source', 'also say where each monograph was read from: bundled, library or data')
      .action(lazy(deps, async () => (await import('./list-run.js')).runList)),
    ['monograph list', 'monograph list --json | jq -r ".monographs[].id"', 'monograph list --source --data ./my-monographs'],
  );
