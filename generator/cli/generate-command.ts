/** `gpconnect-codegen generate`: flags -> config -> generate(). */
import type { Argv } from 'yargs';
import { resolveConfig, type GpConnectCodegenConfig } from '../config.js';
import { GeneratorError } from '../errors.js';
import { generate, type GenerateEvent } from '../generate.js';
import { formatSummary } from '../summary.js';
import { loadConfig } from './config-file.js';
import { createReporter } from './reporter.js';

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
    .option('force', { type: 'boolean', describe: 'Regenerate even when the output is up to date (same input hash)' })
    .option('overwrite', { type: 'boolean', describe: 'Replace an output folder that holds files this tool did not write' })
    .option('verbose', { type: 'boolean', describe: 'Phase timings, every unresolved reference and duplicate' })
    .option('json', { type: 'boolean', describe: 'Print the run summary as JSON on stdout' })
    .option('dump-ir', { type: 'string', describe: 'Write the intermediate representation as JSON to this file' }) as Argv<GenerateArgs>;
}

export async function runGenerate(args: GenerateArgs, cwd: string): Promise<number> {
  const loaded = await loadConfig(args.config, cwd);
  const fromFile = resolveConfig(loaded.config, loaded.baseDir, loaded.file);
  const flags: GpConnectCodegenConfig = {};
  if (args.package) flags.packages = args.package;
  if (args.cache) flags.cache = args.cache;
  if (args.out) flags.out = args.out;
  if (args.offline !== undefined) flags.offline = args.offline;
  // Flags are relative to the working directory; they override the file.
  const fromFlags = resolveConfig({ ...flags }, cwd);
  const config = {
    ...fromFile,
    ...(args.package ? { packages: fromFlags.packages } : {}),
    ...(args.cache ? { cache: fromFlags.cache } : {}),
    ...(args.out ? { out: fromFlags.out } : {}),
    ...(args.offline !== undefined ? { offline: fromFlags.offline } : {}),
  };
  const reporter = createReporter({ verbose: args.verbose ?? false, quiet: args.json ?? false });
  const result = await generate(config, {
    check: args.check ?? false,
    incremental: !(args.force ?? false),
    overwrite: args.overwrite ?? false,
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
