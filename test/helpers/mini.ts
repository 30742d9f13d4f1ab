/**
 * The small hand-written package in test/fixtures/packages/mini (differential-only profiles on STU3 core),
 * loaded and modelled once per test file: the IR, plan and type declarations of our own profiles without
 * generating the whole package.
 */
import path from 'node:path';
import { buildIr } from '../../generator/ir/build.js';
import type { IrModel } from '../../generator/ir/types.js';
import { loadPackages } from '../../generator/load/packages.js';
import { buildPlan, type Plan } from '../../generator/plan/plan.js';
import { selectStructures } from '../../generator/plan/select.js';
import { PACKAGE_CACHE, REPO_ROOT } from './paths.js';

export const MINI_PACKAGE = path.join(REPO_ROOT, 'test/fixtures/packages/mini');

export interface MiniModel {
  readonly model: IrModel;
  readonly plan: Plan;
}

let cached: Promise<MiniModel> | undefined;

export function loadMini(): Promise<MiniModel> {
  cached ??= (async () => {
    const loaded = await loadPackages({ packages: [MINI_PACKAGE], cacheDir: PACKAGE_CACHE, offline: true, registry: undefined, resourceTypes: ['StructureDefinition', 'ValueSet', 'CodeSystem'] });
    const full = buildIr(loaded);
    const model = { ...full, structures: selectStructures(full.structures, ['http://test.org/*'], []).structures };
    return { model, plan: buildPlan(model) };
  })();
  return cached;
}
