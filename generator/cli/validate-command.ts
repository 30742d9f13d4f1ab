/**
 * `gpconnect-codegen validate FILE...`: validates JSON instances against the configured packages with the
 * IR validator (the same engine the generated validators are tested against, so the same verdicts).
 * Exit 0: no error-severity issue; 1: some; 2: unusable input (unreadable file, not JSON, unknown profile).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Argv } from 'yargs';
import { GeneratorError } from '../errors.js';
import type { OperationOutcome } from '../runtime/validate/outcome.js';
import { outcomeIsValid } from '../runtime/validate/outcome.js';
import { createIrValidator } from '../validate/index.js';
import { loadValidationModel } from '../validate/load-model.js';
import { resolveCliConfig } from './resolve-cli-config.js';

export interface ValidateArgs {
  files?: string[];
  profile?: string;
  config?: string;
  cache?: string;
  package?: string[];
  offline?: boolean;
  format?: 'text' | 'json';
}

export function validateOptions(yargs: Argv): Argv<ValidateArgs> {
  return yargs
    .positional('files', { type: 'string', array: true, describe: 'JSON files holding FHIR resources' })
    .option('profile', { type: 'string', describe: 'Validate against this profile (canonical URL, url|version) instead of meta.profile / the base type' })
    .option('config', { type: 'string', describe: 'Config file (default: gpconnect-codegen.config.json in the working directory, if present)' })
    .option('cache', { type: 'string', describe: 'FHIR package cache folder' })
    .option('package', { type: 'string', array: true, describe: 'FHIR package id#version, folder or .tgz to validate against (replaces the config\'s packages)' })
    .option('offline', { type: 'boolean', describe: 'Never contact a registry' })
    .option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'text, or one OperationOutcome per file as JSON (an array for several files)' }) as Argv<ValidateArgs>;
}

function readInstance(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new GeneratorError('GPC402', `cannot read it: ${error instanceof Error ? error.message : String(error)}`, { file });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new GeneratorError('GPC402', `not JSON: ${error instanceof Error ? error.message : String(error)}`, { file });
  }
}

export function formatOutcomeText(file: string, outcome: OperationOutcome): string {
  const lines = [`${file}: ${outcomeIsValid(outcome) ? 'valid' : 'INVALID'}`];
  for (const issue of outcome.issue) {
    if (issue.code === 'informational' && issue.severity === 'information' && !issue.expression) continue;
    lines.push(`  ${issue.severity} ${issue.code}${issue.expression ? ` ${issue.expression.join(', ')}` : ''}: ${issue.diagnostics}`);
  }
  return lines.join('\n');
}

export async function runValidate(args: ValidateArgs, cwd: string): Promise<number> {
  const files = args.files ?? [];
  if (files.length === 0) throw new GeneratorError('GPC001', 'name at least one JSON file to validate');
  const instances = files.map((file) => ({ file, resource: readInstance(path.resolve(cwd, file)) }));
  const config = await resolveCliConfig(args, cwd);
  const validator = createIrValidator(await loadValidationModel(config));
  if (args.profile !== undefined && !validator.knowsProfile(args.profile)) {
    throw new GeneratorError('GPC401', `${args.profile} is not a StructureDefinition of ${config.packages.join(', ')}`);
  }
  const outcomes = instances.map(({ file, resource }) => ({ file, outcome: validator.validate(resource, args.profile !== undefined ? { profile: args.profile } : {}) }));
  if (args.format === 'json') {
    const json = outcomes.length === 1 ? outcomes[0]?.outcome : outcomes.map((o) => o.outcome);
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    process.stdout.write(`${outcomes.map((o) => formatOutcomeText(o.file, o.outcome)).join('\n')}\n`);
  }
  return outcomes.every((o) => outcomeIsValid(o.outcome)) ? 0 : 1;
}
