/**
 * Hand-made IR for diff tests: small elements and structures written inline, so each test states exactly
 * the profile pair it compares. Paths give ids and names; anything not given has the IR's neutral value.
 */
import type { IrElement, IrStructure, IrType } from '../../generator/ir/types.js';
import type { DiffInput } from '../../generator/diff/compare.js';
import { buildPlan } from '../../generator/plan/plan.js';

export type ElementSpec = Partial<Omit<IrElement, 'id' | 'path' | 'name' | 'children' | 'slices'>> & {
  readonly children?: readonly IrElement[];
  readonly slices?: readonly IrElement[];
};

export function type(code: string, profiles: string[] = [], targetProfiles: string[] = []): IrType {
  return { code, profiles, targetProfiles };
}

/** An element at `id` (`Patient.identifier:nhsNumber.system`); path and name are derived from it. */
export function el(id: string, spec: ElementSpec = {}): IrElement {
  const path = id.replace(/:[^.]+/g, '');
  const last = path.slice(path.lastIndexOf('.') + 1);
  const sliceMatch = /:([^.:]+)$/.exec(id);
  return {
    id,
    path,
    name: last.replace('[x]', ''),
    min: 0,
    max: 1,
    isArray: false,
    isChoice: last.endsWith('[x]'),
    types: [],
    contentReference: undefined,
    fixed: undefined,
    pattern: undefined,
    binding: undefined,
    slicing: undefined,
    sliceName: sliceMatch?.[1],
    constraints: [],
    maxLength: undefined,
    mustSupport: false,
    isModifier: false,
    docs: { short: undefined, definition: undefined, comment: undefined, requirements: undefined },
    ...spec,
    slices: spec.slices ?? [],
    children: spec.children ?? [],
  };
}

export function structure(url: string, root: IrElement, extra: Partial<IrStructure> = {}): IrStructure {
  const constraint = extra.derivation !== 'specialization';
  return {
    url,
    version: '1.0.0',
    name: url.slice(url.lastIndexOf('/') + 1),
    title: undefined,
    description: undefined,
    kind: 'resource',
    abstract: false,
    type: root.path,
    derivation: constraint ? 'constraint' : 'specialization',
    baseDefinition: undefined,
    packageKey: 'test#1.0.0',
    file: 'test.json',
    fhirVersion: '3.0.1',
    snapshotGenerated: false,
    extensionContext: [],
    root,
    ...extra,
  };
}

/** A build of the given structures, planned as the generator would. */
export function build(label: string, structures: readonly IrStructure[]): DiffInput {
  const model = { packages: [{ key: label, fhirVersion: '3.0.1' }], structures, unresolved: [], skipped: [], duplicates: [], warnings: [], resourceTypeNames: ['Patient', 'Organization'] };
  return { label, model, plan: buildPlan(model) };
}
