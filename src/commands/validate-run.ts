/** The work behind `monograph validate`, loaded only when the command runs. */
import type { Command } from 'commander';
import { validatePaths } from '../catalog/validate.js';
import type { Deps } from '../context.js';
import { ExitCode } from '../errors.js';
import { emit } from '../output.js';
import { renderValidate } from '../render/validate.js';
import { contextOf, type ExitClass } from './shared.js';

/** Reports every file's problems; a finding (exit 1) when any file has one. */
export async function runValidate(deps: Deps, paths: string[], _opts: object, cmd: Command): Promise<ExitClass> {
  const ctx = contextOf(deps, cmd);
  const view = validatePaths(paths);
  await emit(ctx, view, { text: renderValidate });
  return view.valid ? ExitCode.ok : ExitCode.finding;
}
