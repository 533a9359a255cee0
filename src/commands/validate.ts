/** `monograph validate <file-or-folder...>`: checks monographs and reports every problem (exit 1 if any). */
import { Command } from 'commander';
import type { Deps } from '../context.js';
import { withExamples } from '../help.js';
import { lazy } from './shared.js';

export const validateCommand = (deps: Deps) =>
  withExamples(
    new Command('validate')
      .summary('check monograph files against the schema')
      .description('Check monograph YAML files (or every .yaml/.yml file directly in a folder) and report every problem as file:line:column: key.path: message.')
      .argument('<paths...>', 'monograph files or folders')
      .action(lazy(deps, async () => (await import('./validate-run.js')).runValidate)),
    ['monograph validate data/monographs', 'monograph validate my-drug.yaml', 'monograph validate ./drafts --json'],
  );
