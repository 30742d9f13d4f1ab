/** The IR and plan of the default build (GP Connect 1.5.0 set), modelled once per test file. */
import { buildIr } from '../../generator/ir/build.js';
import type { IrModel } from '../../generator/ir/types.js';
import { loadPackages } from '../../generator/load/packages.js';
import { buildPlan, type Plan } from '../../generator/plan/plan.js';
import { PACKAGE_CACHE } from './paths.js';

export const DEFAULT_PACKAGE = 'nhsconnect.gpconnect-fhir#1.5.0';

let cached: Promise<{ model: IrModel; plan: Plan }> | undefined;

export function loadDefaultBuild(): Promise<{ model: IrModel; plan: Plan }> {
  cached ??= (async () => {
    const loaded = await loadPackages({ packages: [DEFAULT_PACKAGE], cacheDir: PACKAGE_CACHE, offline: true, registry: undefined, resourceTypes: ['StructureDefinition', 'ValueSet', 'CodeSystem'] });
    const model = buildIr(loaded);
    return { model, plan: buildPlan(model) };
  })();
  return cached;
}
