/** `monograph validate <file-or-folder...>`: checks monographs and reports every problem (exit 1 if any). */
import { byText } from '../text.js';
import { Command } from 'commander';
import { lstatSync } from 'node:fs';
import type { Deps } from '../context.js';
import { ExitCode, NotFoundError } from '../errors.js';
import { emit } from '../output.js';
import type { RenderOpts } from '../render/renderers.js';
import { heading } from '../render/layout.js';
import { sanitizeLine } from '../render/sanitize.js';
import { mark } from '../render/theme.js';
import { contextOf, examples } from './shared.js';

export interface ValidateView {
  valid: boolean;
  files: { file: string; id?: string; problems: string[] }[];
  skipped: string[];
}

function renderValidate(v: ValidateView): string {
  const out: string[] = [];
  for (const f of v.files) {
    if (f.problems.length === 0) out.push(`${mark('ok', 'ok')}    ${sanitizeLine(f.file)}${f.id ? ` (${sanitizeLine(f.id)})` : ''}`);
    else out.push(`${mark('danger', 'FAIL')}  ${sanitizeLine(f.file)}`, ...f.problems.map((p) => `      ${sanitizeLine(p)}`));
  }
  for (const s of v.skipped) out.push(`${mark('warning', 'skip')}  ${sanitizeLine(s)}`);
  const bad = v.files.filter((f) => f.problems.length > 0).length;
  out.push('', heading(bad === 0 ? `${v.files.length} monograph(s) valid` : `${bad} of ${v.files.length} file(s) have problems`));
  return `${out.join('\n')}\n`;
}

export const validateCommand = (deps: Deps) =>
  new Command('validate')
    .summary('check monograph files against the schema')
    .description('Check monograph YAML files (or every .yaml/.yml file directly in a folder) and report every problem as file:line:column: key.path: message.')
    .argument('<paths...>', 'monograph files or folders')
    .addHelpText('after', examples('monograph validate data/monographs', 'monograph validate my-drug.yaml', 'monograph validate ./drafts --json'))
    .action(async (paths: string[], _opts: object, cmd: Command) => {
      const ctx = contextOf(deps, cmd);
      const { readMonographDir, readMonographFile } = await import('../catalog/files.js');
      const view: ValidateView = { valid: true, files: [], skipped: [] };
      for (const path of paths) {
        let isDir: boolean;
        try {
          isDir = lstatSync(path).isDirectory();
        } catch {
          throw new NotFoundError(`no such file or folder: ${path}`);
        }
        const results = isDir ? readMonographDir(path) : { files: [readMonographFile(path)], skipped: [] };
        for (const { file, monograph, problems } of results.files) view.files.push({ file, ...(monograph ? { id: monograph.id } : {}), problems });
        view.skipped.push(...results.skipped);
      }
      view.files.sort((a, b) => byText(a.file, b.file));
      view.valid = view.files.every((f) => f.problems.length === 0);
      await emit(ctx, view, { text: renderValidate });
      if (!view.valid) ctx.setExitCode(ExitCode.finding);
    });
