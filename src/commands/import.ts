/** `monograph import <file...>`: FDA labels (openFDA JSON, bulk files, their .zip) become monographs in the library. */
import { Command } from 'commander';
import type { Deps } from '../context.js';
import { withExamples } from '../help.js';
import { lazy } from './shared.js';

export const importCommand = (deps: Deps) =>
  withExamples(
    new Command('import')
      .summary('import FDA labels (openFDA JSON or its .zip) as monographs')
      .description(
        'Read openFDA drug-label JSON (one record, an API response, a bulk download file, or the .zip of one) and write one ' +
          'monograph per label into your library folder ($MONOGRAPH_HOME, else ~/.local/share/monograph/labels), or into --out DIR. ' +
          'Imported monographs are the label text, not reviewed; a bundled monograph keeps its names. Exit 1 if any label was skipped, 5 if none could be read.',
      )
      .argument('<files...>', 'openFDA label JSON files or .zip files')
      .option('--out <dir>', 'write the monographs into DIR instead of the library folder')
      .action(lazy(deps, async () => (await import('./import-run.js')).runImport)),
    ['monograph import drug-label.json', 'monograph import drug-label-0001-of-0013.json.zip --json', 'monograph import label.json --out ./labels'],
  );
