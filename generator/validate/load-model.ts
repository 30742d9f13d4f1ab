/**
 * The model a CLI `validate` run checks against: the configured packages, loaded and modelled exactly as
 * `generate` does (same include/exclude), so the verdicts are those of the generated package.
 */
import type { ResolvedConfig } from '../config.js';
import { buildIr } from '../ir/build.js';
import type { IrModel } from '../ir/types.js';
import { loadPackages } from '../load/packages.js';
import { selectStructures } from '../plan/select.js';

export async function loadValidationModel(config: ResolvedConfig): Promise<IrModel> {
  const loaded = await loadPackages({
    packages: config.packages,
    cacheDir: config.cache,
    offline: config.offline,
    registry: config.registry,
    resourceTypes: ['StructureDefinition', 'ValueSet', 'CodeSystem'],
  });
  const model = buildIr(loaded);
  return { ...model, structures: selectStructures(model.structures, config.include, config.exclude).structures };
}
