/** The types emitter as a plugin: declarations per structure, plus the ResourceTypes module. */
import type { EmitPlugin } from '../plugin.js';
import { ImportCollector } from '../imports.js';
import { typeDeclarations } from './declarations.js';
import { RESOURCE_TYPES_MODULE, resourceTypesModule } from './resource-types.js';

export const typesPlugin: EmitPlugin = {
  name: 'types',
  structure: (ctx) => typeDeclarations({ plan: ctx.plan, current: ctx.current, imports: ctx.imports }),
  modules: (ctx) => new Map([[RESOURCE_TYPES_MODULE, { statements: resourceTypesModule(ctx.plan), imports: new ImportCollector(RESOURCE_TYPES_MODULE) }]]),
};
