/** The default set of emit plugins, in module order: types first, then validators and builders. */
import { DEFAULT_GPCONNECT, type ResolvedConfig } from '../config.js';
import type { EmitPlugin } from './plugin.js';
import { createBuildersPlugin } from './builders/plugin.js';
import { createGpconnectPlugin } from './gpconnect/plugin.js';
import { typesPlugin } from './types/plugin.js';
import { createValidatorsPlugin } from './validators/plugin.js';

/** @param config - the options that choose plugins: `gpconnect` (the GP Connect module: on, off or `'auto'`) */
export function defaultPlugins(config: Pick<ResolvedConfig, 'gpconnect'> = { gpconnect: DEFAULT_GPCONNECT }): EmitPlugin[] {
  return [typesPlugin, createValidatorsPlugin(), createBuildersPlugin(), createGpconnectPlugin(config.gpconnect)];
}
