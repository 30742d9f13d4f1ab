/**
 * Builds one side of a diff: loads the configured FHIR packages and runs the pipeline up to the plan
 * (load -> IR -> include/exclude -> plan), which is everything the generated API is decided by. Emitting
 * and formatting are skipped, so a side costs a few seconds, not a full generation. The pipeline's modules
 * are imported here, on use, so that `diff --help` stays fast.
 */
import type { ResolvedConfig } from '../config.js';
import { CONFORMANCE_TYPES } from '../generate.js';
import type { DiffInput } from './compare.js';

export async function buildSide(label: string, config: ResolvedConfig): Promise<DiffInput> {
  const [{ loadPackages }, { buildIr }, { selectStructures }, { buildPlan }] = await Promise.all([
    import('../load/packages.js'),
    import('../ir/build.js'),
    import('../plan/select.js'),
    import('../plan/plan.js'),
  ]);
  const loaded = await loadPackages({ packages: config.packages, cacheDir: config.cache, offline: config.offline, registry: config.registry, resourceTypes: CONFORMANCE_TYPES });
  const full = buildIr(loaded);
  const model = { ...full, structures: selectStructures(full.structures, config.include, config.exclude).structures };
  return { label, model, plan: buildPlan(model) };
}
