/**
 * Finding and reading the config file: `gpconnect-codegen.config.json` (or `.ts`/`.mts`/`.js`/`.mjs`, whose
 * default export is the config, usually written with `defineConfig`). Relative paths inside it are
 * relative to its folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { GpConnectCodegenConfig } from '../config.js';
import { GeneratorError } from '../errors.js';

export const CONFIG_FILES = [
  'gpconnect-codegen.config.json',
  'gpconnect-codegen.config.ts',
  'gpconnect-codegen.config.mts',
  'gpconnect-codegen.config.js',
  'gpconnect-codegen.config.mjs',
];

export interface LoadedConfigFile {
  readonly config: GpConnectCodegenConfig;
  readonly file: string | undefined;
  readonly baseDir: string;
}

export function findConfigFile(cwd: string): string | undefined {
  return CONFIG_FILES.map((name) => path.join(cwd, name)).find((file) => fs.existsSync(file));
}

export async function readConfigFile(file: string): Promise<GpConnectCodegenConfig> {
  const absolute = path.resolve(file);
  if (!fs.existsSync(absolute)) throw new GeneratorError('GPC002', `${absolute} does not exist`, { file: absolute });
  if (absolute.endsWith('.json')) {
    let text: string;
    try {
      text = fs.readFileSync(absolute, 'utf8');
    } catch (error) {
      throw new GeneratorError('GPC002', error instanceof Error ? error.message : String(error), { file: absolute });
    }
    try {
      return JSON.parse(text) as GpConnectCodegenConfig;
    } catch (error) {
      throw new GeneratorError('GPC103', error instanceof Error ? error.message : String(error), { file: absolute });
    }
  }
  const module = (await import(pathToFileURL(absolute).href)) as { default?: GpConnectCodegenConfig };
  if (!module.default) throw new GeneratorError('GPC001', 'the config module has no default export', { file: absolute });
  return module.default;
}

/** The config for a run: the file given, else one found in `cwd`, else no file (defaults and flags only). */
export async function loadConfig(explicit: string | undefined, cwd: string): Promise<LoadedConfigFile> {
  const file = explicit ? path.resolve(cwd, explicit) : findConfigFile(cwd);
  if (!file) return { config: {}, file: undefined, baseDir: cwd };
  return { config: await readConfigFile(file), file, baseDir: path.dirname(file) };
}
