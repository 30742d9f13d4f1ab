/**
 * `gpconnect-codegen diff`: compares the generated API of two builds (two package releases, or two config
 * files) and prints the report as Markdown or JSON. Exit code 0 with a report, 1 with --fail-on-breaking
 * when there are breaking changes, 2 on unusable input.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Argv } from 'yargs';
import type { ResolvedConfig } from '../config.js';
import { compareBuilds } from '../diff/compare.js';
import { renderJson, renderMarkdown } from '../diff/markdown.js';
import { buildSide } from '../diff/side.js';
import { GeneratorError } from '../errors.js';
import { isLive } from './reporter.js';
import { resolveCliConfig } from './resolve-cli-config.js';

export interface DiffArgs {
  from?: string;
  to?: string;
  'from-config'?: string;
  'to-config'?: string;
  config?: string;
  cache?: string;
  offline?: boolean;
  format?: string;
  out?: string;
  'fail-on-breaking'?: boolean;
}

export function diffOptions(yargs: Argv): Argv<DiffArgs> {
  return yargs
    .option('from', { type: 'string', describe: 'Old build: a FHIR package id#version, folder or .tgz (other settings from the config file)' })
    .option('to', { type: 'string', describe: 'New build: a FHIR package id#version, folder or .tgz' })
    .option('from-config', { type: 'string', describe: 'Old build: a config file (packages, include/exclude, cache)' })
    .option('to-config', { type: 'string', describe: 'New build: a config file' })
    .option('config', { type: 'string', describe: 'Config file for settings --from/--to do not give (default: the one in the working directory, if any)' })
    .option('cache', { type: 'string', describe: 'FHIR package cache folder for both builds' })
    .option('offline', { type: 'boolean', describe: 'Never contact a registry' })
    .option('format', { type: 'string', choices: ['markdown', 'json'], default: 'markdown', describe: 'Report format' })
    .option('out', { type: 'string', describe: 'Write the report to this file instead of stdout' })
    .option('fail-on-breaking', { type: 'boolean', describe: 'Exit with code 1 when there are breaking changes' })
    .conflicts('from', 'from-config')
    .conflicts('to', 'to-config') as Argv<DiffArgs>;
}

/** One side's configuration: a whole config file, or the base config with its packages replaced. */
function sideConfig(pkg: string | undefined, configFile: string | undefined, args: DiffArgs, cwd: string): Promise<ResolvedConfig> {
  // Not `args` as such: diff's --out names the report file, not a generated package's folder.
  return resolveCliConfig({ config: configFile ?? args.config, package: pkg ? [pkg] : undefined, cache: args.cache, offline: args.offline }, cwd);
}

export async function runDiff(args: DiffArgs, cwd: string): Promise<number> {
  if (!args.from && !args['from-config']) throw new GeneratorError('GPC001', 'diff needs the old build: --from <id#version> or --from-config <file>');
  if (!args.to && !args['to-config']) throw new GeneratorError('GPC001', 'diff needs the new build: --to <id#version> or --to-config <file>');
  const live = isLive(process.stderr, { verbose: false, quiet: false });
  const status = (text: string) => {
    if (live) process.stderr.write(`${text}\n`);
  };
  const fromLabel = args.from ?? args['from-config'] ?? '';
  const toLabel = args.to ?? args['to-config'] ?? '';
  const fromConfig = await sideConfig(args.from, args['from-config'], args, cwd);
  const toConfig = await sideConfig(args.to, args['to-config'], args, cwd);
  status(`Loading the old build (${fromLabel})...`);
  const from = await buildSide(fromLabel, fromConfig);
  status(`Loading the new build (${toLabel})...`);
  const to = await buildSide(toLabel, toConfig);
  const report = compareBuilds(from, to);
  const text = args.format === 'json' ? renderJson(report) : renderMarkdown(report);
  if (args.out) {
    const file = path.resolve(cwd, args.out);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  } else {
    process.stdout.write(text);
  }
  const { counts } = report;
  process.stderr.write(
    `${counts.added} added, ${counts.removed} removed, ${counts.changed} changed declarations; ${counts.breakingChanges} breaking and ${counts.nonBreakingChanges} non-breaking changes; suggested bump: ${report.bump}${args.out ? ` (report in ${args.out})` : ''}\n`,
  );
  return args['fail-on-breaking'] && counts.breakingChanges > 0 ? 1 : 0;
}
