/**
 * The plan: which declarations exist, what they are called and where they live. For every structure it
 * claims the type name, and for every element subtree that needs its own interface (backbone elements,
 * and datatype or backbone elements that a profile narrows) a nested name; subtrees a profile only
 * repeats reuse the base type. Emitters read this plan and never invent names themselves.
 */
import type { IrElement, IrModel, IrStructure } from '../ir/types.js';
import { capitalise, pascalCase } from './identifiers.js';
import { NameRegistry, type NameCollision } from './names.js';
import { RESERVED_NAMES } from './reserved.js';
import { Signatures } from './signature.js';
import { findElementByPath } from '../ir/find-element.js';

export interface PlannedStructure {
  readonly structure: IrStructure;
  /** Final name of the main declaration (interface or primitive alias). */
  readonly typeName: string;
  /** Module file stem inside the generated package (`CareConnectGPCPatient1`). */
  readonly module: string;
  /** Element id -> name of the interface declared for that subtree in this module. */
  readonly nested: ReadonlyMap<string, string>;
  /** Element id -> an existing type to use instead (name and module), for subtrees a profile only repeats. */
  readonly reused: ReadonlyMap<string, { readonly name: string; readonly module: string }>;
}

export interface Plan {
  readonly structures: readonly PlannedStructure[];
  readonly byUrl: ReadonlyMap<string, PlannedStructure>;
  /** Base (specialization) structures by FHIR type code. */
  readonly byType: ReadonlyMap<string, PlannedStructure>;
  readonly resourceTypes: readonly string[];
  readonly collisions: readonly NameCollision[];
}

export { RESERVED_NAMES };

const BACKBONE_CODES = new Set(['BackboneElement', 'Element']);

function intendedName(structure: IrStructure): string {
  const name = pascalCase(structure.name);
  // Primitive types get a prefix: `String`, `Boolean` or `Date` exported from a package would shadow JS globals.
  return structure.kind === 'primitive-type' ? `Fhir${name}` : name;
}

/** Claim order: base types first (their names are the FHIR names users know), then by package, then URL. */
function claimOrder(a: IrStructure, b: IrStructure): number {
  const rank = (s: IrStructure) => (s.derivation === 'specialization' ? 0 : 1);
  return rank(a) - rank(b) || a.url.localeCompare(b.url, 'en-US', { numeric: true });
}

export function buildPlan(model: IrModel): Plan {
  const registry = new NameRegistry(RESERVED_NAMES);
  const sorted = [...model.structures].sort(claimOrder);
  const typeNames = new Map<IrStructure, string>();
  for (const structure of sorted) {
    // Core extensions often share a name (`Reference`, `VitalSignsProfile`); their URL tails differ.
    const tail = structure.url.slice(structure.url.lastIndexOf('/') + 1);
    const alternative = structure.kind === 'primitive-type' ? undefined : pascalCase(tail);
    typeNames.set(structure, registry.claim(intendedName(structure), structure.url, alternative));
  }

  const byType = new Map<string, IrStructure>();
  for (const s of sorted) if (s.derivation === 'specialization' && !byType.has(s.type)) byType.set(s.type, s);
  const byUrl = new Map<string, IrStructure>(sorted.map((s) => [s.url, s]));

  const planned = new Map<IrStructure, PlannedStructure>();
  // The datatype an element's children would come from when a profile does not touch them.
  const datatypeOf = (element: IrElement): IrStructure | undefined => {
    const type = element.types.length === 1 ? element.types[0] : undefined;
    if (!type || BACKBONE_CODES.has(type.code)) return undefined;
    const profile = type.profiles[0] && type.code !== 'Extension' ? byUrl.get(type.profiles[0]) : undefined;
    return profile ?? byType.get(type.code);
  };
  const signatures: Signatures = new Signatures((element) => {
    const datatype = datatypeOf(element);
    return datatype ? signatures.children(datatype.root) : undefined;
  });
  const planOf = (structure: IrStructure): PlannedStructure => {
    const existing = planned.get(structure);
    if (existing) return existing;
    const typeName = typeNames.get(structure) ?? structure.name;
    const nested = new Map<string, string>();
    const reused = new Map<string, { name: string; module: string }>();
    const result: PlannedStructure = { structure, typeName, module: typeName, nested, reused };
    planned.set(structure, result);
    const baseStructure = structure.derivation === 'constraint' ? byType.get(structure.type) : undefined;

    const visit = (element: IrElement, nameParts: string[]): void => {
      if (element.max === 0) return; // removed by the profile: nothing to declare
      const isRoot = element === structure.root;
      if (!isRoot && (element.children.length > 0 || element.slices.length > 0) && element.contentReference === undefined) {
        const natural = naturalType(element, baseStructure);
        if (natural && natural.signature === signatures.children(element)) reused.set(element.id, natural.ref);
        else if (element.children.length > 0) nested.set(element.id, registry.claim(`${typeName}${nameParts.join('')}`, `${structure.url}#${element.id}`));
      }
      for (const child of element.children) visit(child, [...nameParts, capitalise(pascalCase(child.name))]);
      // Extension slices are named without the `Extension` segment: `...RegistrationDetails1RegistrationPeriod`.
      const sliceParts = element.name === 'extension' && !isRoot ? nameParts.slice(0, -1) : nameParts;
      for (const slice of element.slices) visit(slice, [...sliceParts, capitalise(pascalCase(slice.sliceName ?? 'slice'))]);
    };

    const naturalType = (element: IrElement, base: IrStructure | undefined) => {
      const code = element.types.length === 1 ? element.types[0]?.code : undefined;
      if (!code) return undefined;
      if (BACKBONE_CODES.has(code)) {
        const baseElement = base ? findElementByPath(base.root, element.path) : undefined;
        if (!base || !baseElement) return undefined;
        const basePlan = planOf(base);
        const name = basePlan.nested.get(baseElement.id);
        return name ? { signature: signatures.children(baseElement), ref: { name, module: basePlan.module } } : undefined;
      }
      const datatype = datatypeOf(element);
      if (!datatype || datatype === structure) return undefined;
      const datatypePlan = planOf(datatype);
      return { signature: signatures.children(datatype.root), ref: { name: datatypePlan.typeName, module: datatypePlan.module } };
    };

    visit(structure.root, []);
    return result;
  };

  const structures = sorted.map(planOf).sort((a, b) => a.typeName.localeCompare(b.typeName, 'en-US', { numeric: true }));
  return {
    structures,
    byUrl: new Map(structures.map((p) => [p.structure.url, p])),
    byType: new Map([...byType].map(([type, s]) => [type, planOf(s)])),
    resourceTypes: model.resourceTypeNames,
    collisions: registry.collisions,
  };
}
