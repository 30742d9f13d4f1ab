/** `gpconnect-codegen generate`: flags -> config -> the pipeline (generateResolved). */
import type { Argv } from 'yargs';
import { GeneratorError } from '../errors.js';
import { generateResolved, type GenerateEvent } from '../generate.js';
import { formatSummary } from '../summary.js';
import { createReporter } from './reporter.js';
import { resolveCliConfig } from './resolve-cli-config.js';

export interface GenerateArgs {
  config?: string;
  out?: string;
  cache?: string;
  package?: string[];
  offline?: boolean;
  check?: boolean;
  force?: boolean;
  overwrite?: boolean;
  verbose?: boolean;
  json?: boolean;
  'dump-ir'?: string;
}

export function generateOptions(yargs: Argv): Argv<GenerateArgs> {
  return yargs
    .option('config', { type: 'string', describe: 'Config file (default: gpconnect-codegen.config.json in the working directory, if present)' })
    .option('out', { type: 'string', describe: 'Output folder (default from config, else "generated")' })
    .option('cache', { type: 'string', describe: 'FHIR package cache folder (default: config "cache", env FHIR_PACKAGE_CACHE, ~/.fhir/packages)' })
    .option('package', { type: 'string', array: true, describe: 'A FHIR package id#version, folder or .tgz to generate for (repeatable; replaces the config\'s packages)' })
    .option('offline', { type: 'boolean', describe: 'Never contact a registry' })
    .option('check', { type: 'boolean', describe: 'Do not write; exit 1 when the output folder is stale' })
    .option('force', { type: 'boolean', describe: 'Regenerate even when the output is up to date (same input hash), replacing an output folder that holds files this tool did not write' })
    .option('overwrite', { type: 'boolean', describe: 'Only replace an output folder that holds files this tool did not write (no regeneration when up to date)' })
    .option('verbose', { type: 'boolean', describe: 'Phase timings, every unresolved reference and duplicate' })
    .option('json', { type: 'boolean', describe: 'Print the run summary as JSON on stdout' })
    .option('dump-ir', { type: 'string', describe: 'Write the intermediate representation as JSON to this file' }) as Argv<GenerateArgs>;
}

export async function runGenerate(args: GenerateArgs, cwd: string): Promise<number> {
  const config = await resolveCliConfig(args, cwd);
  const reporter = createReporter({ verbose: args.verbose ?? false, quiet: args.json ?? false });
  const force = args.force ?? false;
  const result = await generateResolved(config, {
    check: args.check ?? false,
    incremental: !force,
    // --force is "build it, whatever is there" (issue 7); --overwrite only lifts the foreign-files refusal.
    overwrite: force || (args.overwrite ?? false),
    ...(args['dump-ir'] ? { dumpIr: args['dump-ir'] } : {}),
    onEvent: (event: GenerateEvent) => reporter.event(event),
  });
  reporter.done();
  if (result.upToDate) {
    if (args.json) process.stdout.write(`${JSON.stringify({ out: result.config.out, upToDate: true, inputHash: result.inputHash, files: result.fileCount, timings: result.timings }, null, 2)}\n`);
    else process.stderr.write(`${result.config.out} is up to date, nothing to do (input hash ${result.inputHash.slice(0, 12)}; --force regenerates).\n`);
    return 0;
  }
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ out: result.config.out, upToDate: false, inputHash: result.inputHash, files: result.fileCount, timings: result.timings, stale: result.stale, summary: result.summary }, null, 2)}\n`);
  } else {
    process.stderr.write(`${formatSummary(result.summary, args.verbose ?? false)}\n`);
  }
  if (args.check) {
    const stale = result.stale ?? [];
    if (stale.length > 0) {
      const error = new GeneratorError('GPC005', `${stale.length} differences, run 'gpconnect-codegen generate'`, { file: result.config.out });
      process.stderr.write(`error ${error.message}\n  ${stale.slice(0, 20).join('\n  ')}\n`);
      return 1;
    }
    process.stderr.write(`${result.config.out} is up to date.\n`);
    return 0;
  }
  process.stderr.write(`Wrote ${result.fileCount} files to ${result.config.out}\n`);
  return 0;
}
