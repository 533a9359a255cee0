/** Which commands the program registers right now (other features add theirs as they land). */
import { buildProgram } from '../../src/cli.js';
import { collector } from '../helpers/cli.js';

const program = buildProgram({ io: { stdout: collector(), stderr: collector(), env: {}, today: () => '2026-11-25' }, bundled: () => [] });
const names = new Set(program.commands.map((c) => c.name()));

/** True when `monograph <name>` exists. */
export const registered = (name: string): boolean => names.has(name);

/** The commands `monograph --help` lists (the hidden `__complete` is left out; `help` is commander's own). */
export const visibleCommands: string[] = program.createHelp().visibleCommands(program).map((c) => c.name()).filter((n) => n !== 'help');
