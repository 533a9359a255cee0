/** Every command, grouped the way `monograph --help` lists them. Add a new command here. */
import type { Command } from 'commander';
import type { Deps } from '../context.js';
import { compareCommand } from './compare.js';
import { completeCommand, completionCommand } from './completion.js';
import { dosingCommand } from './dosing.js';
import { importCommand } from './import.js';
import { libraryCommand } from './library.js';
import { listCommand } from './list.js';
import { searchCommand } from './search.js';
import { sectionsCommand } from './sections.js';
import { showCommand } from './show.js';
import { storageCommand } from './storage.js';
import { tourCommand } from './tour.js';
import { validateCommand } from './validate.js';

type MakeCommand = (deps: Deps) => Command;

export const commandGroups: [string, MakeCommand[]][] = [
  ['Read monographs:', [listCommand, showCommand, sectionsCommand, searchCommand, compareCommand]],
  ['Check and calculate:', [storageCommand, dosingCommand]],
  ['Learn:', [tourCommand]],
  ['Authoring and shell:', [importCommand, libraryCommand, validateCommand, completionCommand]],
];

/** Registered but left out of help and suggestions: the completion scripts' back channel. */
export const hiddenCommands: MakeCommand[] = [completeCommand];
