/**
 * The configuration of a command that loads FHIR packages: the config file (given, found in the working
 * directory, or none), resolved against its own folder, with the command-line flags laid over it. Flag
 * paths are relative to the working directory, so flags and file are resolved separately.
 */
import { resolveConfig, type GpConnectCodegenConfig, type ResolvedConfig } from '../config.js';
import { loadConfig } from './config-file.js';

/** The flags that override a config option; each is left out (or undefined) when not given. */
export interface CliConfigArgs {
  readonly config?: string | undefined;
  readonly package?: readonly string[] | undefined;
  readonly cache?: string | undefined;
  readonly out?: string | undefined;
  readonly offline?: boolean | undefined;
}

export async function resolveCliConfig(args: CliConfigArgs, cwd: string): Promise<ResolvedConfig> {
  const loaded = await loadConfig(args.config, cwd);
  const fromFile = resolveConfig(loaded.config, loaded.baseDir, loaded.file);
  // An empty string is no value (as if the flag were absent); an empty --package list is an error, from resolveConfig.
  const flags: GpConnectCodegenConfig = {};
  if (args.package) flags.packages = [...args.package];
  if (args.cache) flags.cache = args.cache;
  if (args.out) flags.out = args.out;
  if (args.offline !== undefined) flags.offline = args.offline;
  const fromFlags = resolveConfig(flags, cwd);
  return {
    ...fromFile,
    ...(flags.packages ? { packages: fromFlags.packages } : {}),
    ...(flags.cache ? { cache: fromFlags.cache } : {}),
    ...(flags.out ? { out: fromFlags.out } : {}),
    ...(flags.offline !== undefined ? { offline: fromFlags.offline } : {}),
  };
}
