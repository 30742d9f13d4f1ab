/**
 * The `ResourceTypes` module: the union of resource type names, the union of base resource interfaces
 * (only base resources, ~120 in STU3: a union of every profile would break array literals, TS2590, notes
 * §8), and the reference string form typed by target.
 */
import { StructureKind, type StatementStructures } from 'ts-morph';
import type { Plan } from '../../plan/plan.js';
import { ImportCollector } from '../imports.js';
import { quote } from '../safe-text.js';

export const RESOURCE_TYPES_MODULE = 'ResourceTypes';

export function resourceTypesModule(plan: Plan): StatementStructures[] {
  const imports = new ImportCollector(RESOURCE_TYPES_MODULE);
  const resources = plan.resourceTypes.map((type) => plan.byType.get(type)).filter((p) => p !== undefined);
  const members = resources.map((p) => imports.type(p.typeName, p.module));
  return [
    ...imports.structures(),
    {
      kind: StructureKind.TypeAlias,
      name: 'ResourceType',
      isExported: true,
      docs: ['Every FHIR resource type name of the loaded FHIR version.'],
      type: plan.resourceTypes.map(quote).join(' | ') || 'never',
    },
    {
      kind: StructureKind.TypeAlias,
      name: 'AnyResource',
      isExported: true,
      docs: ['Any base FHIR resource, discriminated by `resourceType`.'],
      type: members.join(' | ') || 'never',
    },
    {
      kind: StructureKind.TypeAlias,
      name: 'ReferenceString',
      isExported: true,
      typeParameters: [{ name: 'T', constraint: 'string' }],
      docs: [
        'A `Reference.reference` that can point at a resource of type `T`: relative (`Patient/123`), absolute\n' +
          '(`https://server/fhir/Patient/123`), contained (`#id`) or a URN (`urn:uuid:...`, used inside Bundles).',
      ],
      type: '`${T}/${string}` | `${string}/${T}/${string}` | `#${string}` | `urn:${string}`',
    },
  ];
}
