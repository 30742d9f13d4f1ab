/** The default set of emit plugins, in module order: types first, then validators and builders. */
import type { EmitPlugin } from './plugin.js';
import { createBuildersPlugin } from './builders/plugin.js';
import { gpconnectPlugin } from './gpconnect/plugin.js';
import { typesPlugin } from './types/plugin.js';
import { createValidatorsPlugin } from './validators/plugin.js';

export function defaultPlugins(): EmitPlugin[] {
  return [typesPlugin, createValidatorsPlugin(), createBuildersPlugin(), gpconnectPlugin];
}
