/**
 * What the fuzz properties run: the committed generated package (generated/src, loaded through
 * tsx as its sources, with its per-profile modules) and, as the oracle, the interpreter over the
 * default build's IR. Loaded once per test file.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createIrValidator, type IrValidator } from '../../../generator/validate/index.js';
import { loadDefaultBuild } from '../../helpers/default-build.js';
import { GENERATED } from '../../helpers/paths.js';
import type { OperationOutcome } from '../../validators/support/package.js';

export interface ProfileApi {
  /** `validate<Name>` */
  readonly validate: (value: unknown) => OperationOutcome;
  /** `is<Name>` */
  readonly is: (value: unknown) => boolean;
  readonly name: string;
}

export interface Engines {
  /** The generated package's root `validate`. */
  readonly validate: (value: unknown, options?: { profile?: string }) => OperationOutcome;
  readonly oracle: IrValidator;
  /** `validate<Name>` / `is<Name>` of a resource profile or base resource, by canonical URL (without `|version`). */
  readonly api: ReadonlyMap<string, ProfileApi>;
  /** Every concrete resource type of the model. */
  readonly resourceTypes: readonly string[];
}

function moduleUrl(file: string): string {
  return pathToFileURL(path.join(GENERATED, 'src', file)).href;
}

function fn<T>(module: Record<string, unknown>, name: string): T {
  const f = module[name];
  if (typeof f !== 'function') throw new Error(`generated module has no function ${name}`);
  return f as T;
}

let loaded: Promise<Engines> | undefined;

export function loadEngines(): Promise<Engines> {
  loaded ??= (async () => {
    const { model, plan } = await loadDefaultBuild();
    const index = (await import(moduleUrl('index.js'))) as Record<string, unknown>;
    const api = new Map<string, ProfileApi>();
    for (const planned of plan.structures) {
      if (planned.structure.kind !== 'resource' || planned.structure.abstract) continue;
      const module = (await import(moduleUrl(`${planned.module}.js`))) as Record<string, unknown>;
      const name = planned.typeName;
      api.set(planned.structure.url, { name, validate: fn(module, `validate${name}`), is: fn(module, `is${name}`) });
    }
    const resourceTypes = model.structures.filter((s) => s.kind === 'resource' && s.derivation === 'specialization' && !s.abstract).map((s) => s.type);
    return { validate: fn(index, 'validate'), oracle: createIrValidator(model), api, resourceTypes };
  })();
  return loaded;
}
