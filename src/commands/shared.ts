/** Small helpers every command file uses: help examples and the global options of a run. */
import type { Command } from 'commander';
import { contextFor, type Context, type Deps, type GlobalOpts } from '../context.js';

/** The "Examples:" block that follows a command's usage in `--help`. */
export const examples = (...lines: string[]): string => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

/** The run's context from a command's own and global options. */
export const contextOf = (deps: Deps, cmd: Command): Context => contextFor(deps, cmd.optsWithGlobals<GlobalOpts>());
