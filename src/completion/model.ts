/** The command line as completion sees it, read from the commander program so new commands and options show up. */
import type { Argument, Command, Option } from 'commander';

export interface OptionSpec {
  long: string;
  short?: string;
  description: string;
  takesValue: boolean;
  /** The value's placeholder in the flags: "date" for `--start <date>`, "file.csv", "C|F". */
  valueName?: string;
  /** Given more than once (a custom parser collects it, or it is variadic). */
  repeatable: boolean;
  choices?: readonly string[];
}

export interface ArgSpec {
  name: string;
  variadic: boolean;
  choices?: readonly string[];
}

export interface CommandSpec {
  name: string;
  aliases: string[];
  description: string;
  args: ArgSpec[];
  options: OptionSpec[];
}

export interface CliSpec {
  globalOptions: OptionSpec[];
  commands: CommandSpec[];
}

function optionSpec(o: Option): OptionSpec {
  const valueName = /[<[]([^>\]]+)[>\]]/.exec(o.flags)?.[1];
  return {
    long: o.long ?? '',
    ...(o.short ? { short: o.short } : {}),
    description: o.description,
    takesValue: o.required || o.optional,
    ...(valueName ? { valueName } : {}),
    repeatable: o.variadic || o.parseArg !== undefined,
    ...(o.argChoices ? { choices: o.argChoices } : {}),
  };
}

const argSpec = (a: Argument): ArgSpec => ({ name: a.name(), variadic: a.variadic, ...(a.argChoices ? { choices: a.argChoices } : {}) });

/** The visible commands (the help command too), their arguments and options, and the program's own options. */
export function describeProgram(program: Command): CliSpec {
  const help = program.createHelp();
  const options = (cmd: Command) => help.visibleOptions(cmd).filter((o) => o.long).map(optionSpec);
  return {
    globalOptions: options(program),
    commands: help.visibleCommands(program).map((c) => ({
      name: c.name(),
      aliases: c.aliases(),
      description: help.subcommandDescription(c),
      args: c.registeredArguments.map(argSpec),
      options: options(c),
    })),
  };
}
