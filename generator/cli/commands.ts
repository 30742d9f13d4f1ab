/**
 * Every CLI command, registered in one list. A command module exports a yargs CommandModule-like record;
 * its handler returns the process exit code.
 */
import type { Argv } from 'yargs';
import { diffOptions, runDiff, type DiffArgs } from './diff-command.js';
import { runValidate, validateOptions, type ValidateArgs } from './validate-command.js';
import { generateOptions, runGenerate, type GenerateArgs } from './generate-command.js';

export interface CliCommand<A = Record<string, unknown>> {
  readonly command: string;
  readonly describe: string;
  readonly builder: (yargs: Argv) => Argv<A>;
  readonly run: (args: A, cwd: string) => Promise<number>;
}

/** A command with its argument type erased, so commands of different argument types share one list. */
export interface AnyCliCommand {
  readonly command: string;
  readonly describe: string;
  readonly builder: (yargs: Argv) => Argv<unknown>;
  readonly run: (args: unknown, cwd: string) => Promise<number>;
}

/** Erases the argument type: yargs has parsed `args` with this command's own builder, so they have type A. */
export function defineCommand<A>(command: CliCommand<A>): AnyCliCommand {
  return { ...command, run: (args, cwd) => command.run(args as A, cwd) };
}

// Add new commands here (one line each).
export const COMMANDS: readonly AnyCliCommand[] = [
  defineCommand<GenerateArgs>({ command: 'generate', describe: 'Generate the typed npm package from FHIR packages', builder: generateOptions, run: runGenerate }),
  defineCommand<ValidateArgs>({ command: 'validate [files..]', describe: 'Validate FHIR JSON files against the configured packages (exit 1 when invalid)', builder: validateOptions, run: runValidate }),
  defineCommand<DiffArgs>({ command: 'diff', describe: 'Compare the generated API of two profile releases (breaking changes, semver bump)', builder: diffOptions, run: runDiff }),
];
