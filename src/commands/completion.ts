/** `monograph completion <shell>` prints a completion script; the hidden `__complete` answers the script's questions. */
import { Command } from 'commander';
import { suggest } from '../catalog/lookup.js';
import { candidateLines, completeLine, narrow, parseLine, SHELLS } from '../completion/candidates.js';
import { drugInfo } from '../completion/drugs.js';
import { describeProgram } from '../completion/model.js';
import { completionScript, type Shell } from '../completion/scripts.js';
import { contextFor, type Deps } from '../context.js';
import { UsageError } from '../errors.js';
import { emit } from '../output.js';
import { contextOf, examples } from './shared.js';

export interface CompletionView {
  shell: Shell;
  script: string;
}

function parseShell(name: string): Shell {
  const shell = SHELLS.find((s) => s === name.toLowerCase());
  if (shell) return shell;
  const [closest] = suggest(name, SHELLS);
  throw new UsageError(`no completion for shell "${name}"`, [closest ? `did you mean: ${closest}?` : `use one of: ${SHELLS.join(', ')}`]);
}

const renderMarkdown = (v: CompletionView) => `# monograph completion for ${v.shell}\n\n\`\`\`${v.shell}\n${v.script}\`\`\`\n`;

export const completionCommand = (deps: Deps) =>
  new Command('completion')
    .summary('print a completion script for bash, zsh or fish')
    .description('Print a script that completes commands, options, drug names, sections and option values. It goes to stdout; nothing is installed or edited (see docs/shell.md).')
    .argument('<shell>', 'bash, zsh or fish')
    .addHelpText('after', examples('monograph completion bash > ~/.local/share/bash-completion/completions/monograph', 'monograph completion zsh > "${fpath[1]}/_monograph"', 'monograph completion fish > ~/.config/fish/completions/monograph.fish'))
    .action(async (name: string, _opts: object, cmd: Command) => {
      const ctx = contextOf(deps, cmd);
      const shell = parseShell(name);
      await emit(ctx, { shell, script: completionScript(shell) }, { text: (v) => v.script, markdown: renderMarkdown });
    });

/** Candidates for the last of `words`, one per line. Quiet by design: a completion must never print errors. */
export const completeCommand = (deps: Deps) =>
  new Command('__complete')
    .description('the candidates for the word being completed (used by the completion scripts)')
    .argument('[words...]', 'the command line after "monograph"; the last word is the one being completed')
    .helpOption(false)
    .allowUnknownOption()
    .action(async (words: string[], _opts: object, cmd: Command) => {
      const spec = describeProgram(cmd.parent ?? cmd);
      const line = parseLine(spec, words);
      const catalog = contextFor(deps, { data: line.dataDirs }).catalog;
      const drugs = async () => (await catalog().catch(() => ({ monographs: deps.bundled().map((e) => e.monograph) }))).monographs.map(drugInfo);
      deps.io.stdout.write(candidateLines(narrow(await completeLine(spec, line, drugs, deps.io.today()), line)));
    });
