/** The work behind `monograph completion` and the hidden `__complete`, loaded only when they run. */
import type { Command } from 'commander';
import { distance } from 'fastest-levenshtein';
import { completeLine, narrow, parseLine, SHELLS } from '../completion/candidates.js';
import { drugInfo } from '../completion/drugs.js';
import { describeProgram } from '../completion/model.js';
import { completionScript, type Shell } from '../completion/scripts.js';
import { contextFor, type Deps } from '../context.js';
import { UsageError } from '../errors.js';
import { emit } from '../output.js';
import { candidateLines, renderCompletionMarkdown } from '../render/completion.js';
import { contextOf } from './shared.js';

function parseShell(name: string): Shell {
  const shell = SHELLS.find((s) => s === name.toLowerCase());
  if (shell) return shell;
  // Only a near-typo ("zssh") gets a guess: "tcsh" is another shell, not a misspelt bash.
  const closest = SHELLS.find((s) => distance(s, name.toLowerCase()) <= 1);
  throw new UsageError(`no completion for shell "${name}"`, [closest ? `did you mean: ${closest}?` : `monograph completes ${SHELLS.join(', ')} only`]);
}

/** Prints the completion script for one shell. */
export async function runCompletion(deps: Deps, name: string, _opts: object, cmd: Command): Promise<void> {
  const ctx = contextOf(deps, cmd);
  const shell = parseShell(name);
  await emit(ctx, { shell, script: completionScript(shell) }, { text: (v) => v.script, markdown: renderCompletionMarkdown, machine: true });
}

/** Prints the candidates for the last of `words`, one per line. */
export async function runComplete(deps: Deps, words: string[], _opts: object, cmd: Command): Promise<void> {
  const spec = describeProgram(cmd.parent ?? cmd);
  const line = parseLine(spec, words);
  const catalog = contextFor(deps, { data: line.dataDirs }).catalog;
  const drugs = async () => (await catalog().catch(() => ({ monographs: deps.bundled().map((e) => e.monograph) }))).monographs.map(drugInfo);
  deps.io.stdout.write(candidateLines(narrow(await completeLine(spec, line, drugs, deps.io.today()), line)));
}
