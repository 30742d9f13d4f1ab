/**
 * `assemble<Name>(resources, options)` for Bundle profiles that fix `Bundle.type` (GP Connect's searchset
 * and structured record Bundles): entries with fullUrls, references checked to resolve, the profile's
 * meta.profile, and the profile's validator run on the result (generator/runtime/build/bundle.ts).
 */
import { StructureKind, type FunctionDeclarationStructure } from 'ts-morph';
import type { PlannedStructure } from '../../plan/plan.js';
import type { ImportCollector } from '../imports.js';
import { docText, quote } from '../safe-text.js';
import { RUNTIME_INPUT_MODULE } from './input-types.js';

export const RUNTIME_BUNDLE_MODULE = 'runtime/build/bundle';

/** The fixed `Bundle.type` of a Bundle profile, or undefined when it is not a Bundle profile fixing it. */
export function fixedBundleType(planned: PlannedStructure): string | undefined {
  const { structure } = planned;
  if (structure.type !== 'Bundle' || structure.derivation !== 'constraint' || structure.kind !== 'resource') return undefined;
  const type = structure.root.children.find((c) => c.name === 'type' && c.max !== 0);
  const value = type?.fixed?.value ?? type?.pattern?.value;
  return typeof value === 'string' ? value : undefined;
}

export function bundleAssembler(planned: PlannedStructure, bundleType: string, imports: ImportCollector): FunctionDeclarationStructure {
  const { typeName, structure } = planned;
  const items = imports.type('BundleItem', RUNTIME_BUNDLE_MODULE);
  const options = imports.type('AssembleOptions', RUNTIME_BUNDLE_MODULE);
  const meta = imports.type('ProfiledMetaInput', RUNTIME_INPUT_MODULE);
  const assemble = imports.value('assembleBundle', RUNTIME_BUNDLE_MODULE);
  const docs = [
    `Assembles a {@link ${typeName}} (\`${docText(bundleType)}\`, ${docText(structure.url)}) from resources, in order.`,
    '',
    'Each entry gets a `fullUrl`: `<baseUrl>/<resourceType>/<id>`, or a `urn:uuid:` for a resource without an id',
    '(pass `{ fullUrl, resource }` to choose it). Every reference in the entries must resolve to an entry or a',
    'contained resource, unless `allowExternalReferences` is set; then the Bundle is checked with',
    `{@link validate${typeName}}, which also checks each entry against its \`meta.profile\`.`,
    '',
    '@throws BuildError carrying an OperationOutcome (`not-found` for a reference that does not resolve).',
  ].join('\n');
  const bundle = `{ type: ${quote(bundleType)}, profile: ${quote(structure.url)}, id: options.id, meta: options.meta }`;
  return {
    kind: StructureKind.Function,
    name: `assemble${typeName}`,
    isExported: true,
    docs: [docs],
    parameters: [
      { name: 'resources', type: `readonly ${items}[]` },
      { name: 'options', type: `${options} & { readonly id?: string; readonly meta?: ${meta}<${typeName}['meta']> }` },
    ],
    returnType: typeName,
    statements: [`return ${assemble}(${bundle}, resources, options, is${typeName}, validate${typeName}, ${quote(typeName)});`],
  };
}
