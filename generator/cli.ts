/**
 * The command line: a thin yargs adapter over the typed API. Exit codes: 0 success, 1 a check failed
 * (stale output, invalid instance), 2 unusable input or configuration (with a catalog error on stderr).
 */
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { isGeneratorError } from './errors.js';
import { COMMANDS } from './cli/commands.js';

export async function main(argv: string[], cwd: string = process.cwd()): Promise<number> {
  let exitCode = 0;
  const run = (work: () => Promise<number>) => async () => {
    exitCode = await work();
  };
  try {
    let cli = yargs(argv).scriptName('gpconnect-codegen');
    for (const command of COMMANDS) {
      cli = cli.command(command.command, command.describe, (y) => command.builder(y), (args) => run(() => command.run(args, cwd))());
    }
    await cli
      .demandCommand(1, `Name a command: ${COMMANDS.map((c) => c.command.split(' ')[0]).join(', ')}`)
      .strict()
      .fail((message, error) => {
        if (error) throw error;
        throw new UsageError(message);
      })
      .help()
      .parseAsync();
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\nRun 'gpconnect-codegen --help' for usage.\n`);
      return 2;
    }
    if (isGeneratorError(error)) {
      process.stderr.write(`error ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`internal error (please report): ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    return 3;
  }
  return exitCode;
}

class UsageError extends Error {}

// Run when executed directly (bin or tsx), not when imported by tests.
if (process.argv[1] && /(?:cli\.ts|gpconnect-codegen(?:\.js)?)$/.test(process.argv[1])) {
  // fhir-package-loader can leave a socket open after a failed download (notes §3.5): exit explicitly.
  main(hideBin(process.argv)).then((code) => process.exit(code));
}
