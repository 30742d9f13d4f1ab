/**
 * The builder model: for one object of a structure (its root, a backbone element, a slice), what the
 * builder fills in and what it asks for in a different shape than the output type. Computed from the IR
 * and the plan only; the spec printer (spec.ts) and the input types (input-types.ts) both read it, so the
 * run-time filling and the compile-time input can never disagree.
 *
 * - `fixed`: children with a fixed value (or a primitive pattern, which is the same constraint): the
 *   builder sets them, the input may leave them out.
 * - `nested`: children with a nested interface in this module whose own node fills something: filled in
 *   their value, or every item of an array.
 * - `leading`: array children with required slices (min >= 1): the input must give those slices first, in
 *   profile order, and the builder fills each of them as its slice. This is how a missing required slice
 *   becomes a compile error: TypeScript has no "array containing an X" type, but it has leading tuple items.
 */
import type { IrElement, IrStructure } from '../../ir/types.js';
import type { Plan, PlannedStructure } from '../../plan/plan.js';
import { capitalise } from '../../plan/identifiers.js';

export interface BuildNode {
  readonly fixed: ReadonlyArray<{ readonly key: string; readonly value: unknown }>;
  readonly nested: ReadonlyArray<{ readonly child: IrElement; readonly keys: readonly string[]; readonly name: string; readonly node: BuildNode }>;
  readonly leading: ReadonlyArray<{ readonly child: IrElement; readonly slices: readonly SliceRef[] }>;
  /** Coded children whose required binding has codes from one system: the builder fills a coding's missing system. */
  readonly coded: ReadonlyArray<{ readonly keys: readonly string[]; readonly system: string }>;
}

/** One required slice item, with what fills it and where its input type comes from. */
export type SliceRef =
  | { readonly kind: 'nested'; readonly slice: IrElement; readonly name: string; readonly node: BuildNode }
  | { readonly kind: 'profile'; readonly slice: IrElement; readonly target: PlannedStructure; readonly node: BuildNode }
  | { readonly kind: 'extension-url'; readonly slice: IrElement; readonly url: string; readonly node: BuildNode }
  | { readonly kind: 'plain'; readonly slice: IrElement; readonly node: BuildNode };

/** A fixed slice item count beyond which leading tuples stop helping (no profile here comes close). */
const MAX_LEADING_ITEMS = 20;

export const EMPTY_NODE: BuildNode = { fixed: [], nested: [], leading: [], coded: [] };

export function isEmptyNode(node: BuildNode): boolean {
  return node.fixed.length === 0 && node.nested.length === 0 && node.leading.length === 0 && node.coded.length === 0;
}

/** The JSON property names of an element: one, or one per type for a choice (`valueQuantity`...). */
export function propertyNames(element: IrElement): string[] {
  return element.isChoice ? element.types.map((t) => `${element.name}${capitalise(t.code)}`) : [element.name];
}

/** True for the elements a profile actually uses as JSON properties (not removed, not a primitive's value). */
export function isProperty(element: IrElement): boolean {
  return element.max !== 0 && (element.types.length > 0 || element.contentReference !== undefined);
}

function fixedValue(element: IrElement): { key: string; value: unknown } | undefined {
  const fixed = element.fixed ?? (element.pattern && typeof element.pattern.value !== 'object' ? element.pattern : undefined);
  if (!fixed) return undefined;
  return { key: element.isChoice ? `${element.name}${fixed.type}` : element.name, value: fixed.value };
}

/**
 * The one code system of a coded element's required binding, when its codes are enumerable and all come
 * from it: a code of that binding can then only mean that system, so the builder may write it.
 */
function boundSystem(element: IrElement): string | undefined {
  const code = element.types.length === 1 ? element.types[0]?.code : undefined;
  if (code !== 'CodeableConcept' && code !== 'Coding') return undefined;
  const binding = element.binding;
  if (binding?.strength !== 'required' || !binding.expansion || binding.expansion.length === 0) return undefined;
  const systems = new Set(binding.expansion.map((c) => c.system));
  const [system] = systems;
  return systems.size === 1 && system !== undefined ? system : undefined;
}

/** Whether a structure gets a `build<Name>` function: profiles of resources and datatypes, and concrete resources. */
export function hasBuilder(structure: IrStructure): boolean {
  if (structure.kind === 'primitive-type' || structure.kind === 'logical' || structure.abstract) return false;
  return structure.derivation === 'constraint' || structure.kind === 'resource';
}

/**
 * Computes build nodes, memoised for one run (one instance per generate() call). Slices typed by another
 * profile inline that profile's root node, so a module never needs another module's values.
 */
export class BuildModel {
  private readonly roots = new Map<string, BuildNode>();
  private readonly inProgress = new Set<string>();

  constructor(private readonly plan: Plan) {}

  root(planned: PlannedStructure): BuildNode {
    const url = planned.structure.url;
    const known = this.roots.get(url);
    if (known) return known;
    if (this.inProgress.has(url)) return EMPTY_NODE; // a profile whose slice is typed by itself: fill one level
    this.inProgress.add(url);
    const node = this.node(planned, planned.structure.root);
    this.inProgress.delete(url);
    this.roots.set(url, node);
    return node;
  }

  /** The node of any element of `planned` that has children (root, backbone, slice). */
  node(planned: PlannedStructure, element: IrElement): BuildNode {
    const fixed: Array<BuildNode['fixed'][number]> = [];
    const nested: Array<BuildNode['nested'][number]> = [];
    const leading: Array<BuildNode['leading'][number]> = [];
    const coded: Array<BuildNode['coded'][number]> = [];
    for (const child of element.children) {
      if (!isProperty(child)) continue;
      const system = boundSystem(child);
      if (system !== undefined) coded.push({ keys: propertyNames(child), system });
      const value = fixedValue(child);
      if (value) {
        fixed.push(value);
        continue;
      }
      if (child.slicing && child.slices.length > 0) {
        const required = this.requiredSlices(planned, child);
        if (required.length > 0) leading.push({ child, slices: required });
        continue; // items of a sliced array are filled through their slice, never as the base type
      }
      const name = planned.nested.get(child.id);
      if (name === undefined || child.contentReference !== undefined) continue;
      const node = this.node(planned, child);
      if (!isEmptyNode(node)) nested.push({ child, keys: propertyNames(child), name, node });
    }
    return { fixed, nested, leading, coded };
  }

  private requiredSlices(planned: PlannedStructure, element: IrElement): SliceRef[] {
    const result: SliceRef[] = [];
    for (const slice of element.slices) {
      if (slice.min < 1 || slice.max === 0) continue;
      const ref = this.sliceRef(planned, slice);
      for (let i = 0; i < slice.min && result.length < MAX_LEADING_ITEMS; i++) result.push(ref);
    }
    return result;
  }

  /** How one slice is filled: its own nested interface, the profile it is typed with, or nothing. */
  sliceRef(planned: PlannedStructure, slice: IrElement): SliceRef {
    const name = planned.nested.get(slice.id);
    if (name !== undefined) return { kind: 'nested', slice, name, node: this.node(planned, slice) };
    const profile = slice.types[0]?.profiles[0];
    const target = profile === undefined ? undefined : this.plan.byUrl.get(profile);
    if (target && hasBuilder(target.structure)) return { kind: 'profile', slice, target, node: this.root(target) };
    if (profile !== undefined && slice.types[0]?.code === 'Extension') {
      // The extension's definition is not generated (excluded or unresolved): its URL is still known.
      return { kind: 'extension-url', slice, url: profile, node: { ...EMPTY_NODE, fixed: [{ key: 'url', value: profile }] } };
    }
    return { kind: 'plain', slice, node: EMPTY_NODE };
  }
}
