/** `monograph completion <shell>` prints a completion script; the hidden `__complete` answers the script's questions. */
import { Command } from 'commander';
import type { Deps } from '../context.js';
import { withExamples } from '../help.js';
import { lazy } from './shared.js';

export const completionCommand = (deps: Deps) =>
  withExamples(
    new Command('completion')
      .summary('print a completion script for bash, zsh or fish')
      .description('Print a script that completes commands, options, drug names, sections and option values. It goes to stdout; nothing is installed or edited (see docs/shell.md).')
      .argument('<shell>', 'bash, zsh or fish')
      .action(lazy(deps, async () => (await import('./completion-run.js')).runCompletion)),
    ['monograph completion bash > ~/.local/share/bash-completion/completions/monograph', 'monograph completion zsh > "${fpath[1]}/_monograph"', 'monograph completion fish > ~/.config/fish/completions/monograph.fish'],
  );

/** Candidates for the last of `words`, one per line. Quiet by design: a completion must never print errors. */
export const completeCommand = (deps: Deps) =>
  new Command('__complete')
    .description('the candidates for the word being completed (used by the completion scripts)')
    .argument('[words...]', 'the command line after "monograph"; the last word is the one being completed')
    .helpOption(false)
    .allowUnknownOption()
    .action(lazy(deps, async () => (await import('./completion-run.js')).runComplete));
