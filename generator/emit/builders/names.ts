/**
 * Names the builders add to the generated package, decided once per run from the plan (never invented
 * per module, so that every module agrees on them): `build<Name>` for each builder, `<Name>Input` for its
 * input type. A planned type may already be called `<Name>Input`; that input then gets another name,
 * deterministically, the way the plan's own registry resolves collisions.
 */
import { GeneratorError } from '../../errors.js';
import type { Plan } from '../../plan/plan.js';
import { NameRegistry } from '../../plan/names.js';
import { RESERVED_NAMES } from '../../plan/plan.js';

/** Runtime types the generated modules import under these names; no planned type may take them. */
export const RUNTIME_TYPE_NAMES = ['BuilderInput', 'ProfiledMetaInput'] as const;
/** Names the root `builders` module exports; no planned type may take them. */
export const ROOT_EXPORT_NAMES = ['BuildError', 'BundleItem', 'BundleResource', 'AssembleOptions'] as const;

export class BuilderNames {
  private readonly inputs = new Map<string, string>();

  constructor(plan: Plan) {
    const planned = plan.structures.flatMap((p) => [p.typeName, ...p.nested.values()]);
    const clash = [...RUNTIME_TYPE_NAMES, ...ROOT_EXPORT_NAMES].find((name) => planned.includes(name));
    if (clash !== undefined) {
      const owner = plan.structures.find((p) => p.typeName === clash || [...p.nested.values()].includes(clash));
      throw new GeneratorError('GPC303', `the builders need the name ${clash}, which a FHIR type was given`, { url: owner?.structure.url });
    }
    const registry = new NameRegistry([...RESERVED_NAMES, ...RUNTIME_TYPE_NAMES, ...ROOT_EXPORT_NAMES, ...planned]);
    for (const name of [...planned].sort((a, b) => a.localeCompare(b, 'en-US', { numeric: true }))) {
      this.inputs.set(name, registry.claim(`${name}Input`, name, `${name}BuilderInput`));
    }
  }

  /** The input type of the builder of `typeName` (a planned structure or nested interface name). */
  input(typeName: string): string {
    const name = this.inputs.get(typeName);
    if (name === undefined) throw new Error(`no planned type ${typeName}`);
    return name;
  }

  /** The builder function of `typeName`: `build` + the type name (type names start with a capital or `_`). */
  builder(typeName: string): string {
    return `build${typeName}`;
  }
}
