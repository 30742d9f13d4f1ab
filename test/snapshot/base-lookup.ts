/**
 * Test helper: what an element of a published snapshot would be if the profile left it alone. Published
 * NHS snapshots (made with Forge) expand the children of every complex element; a snapshot generated
 * from the differential expands only what the differential reaches into. For a published element our
 * snapshot lacks, find its nearest ancestor in ours and read the element from that ancestor's type
 * definition (its profile, else the core type), descending type by type. Independent of the generator.
 */
import type { ElementDefinitionJson, StructureDefinitionJson } from '../../generator/ir/snapshot/json-types.js';
import { normaliseId } from './normalise.js';

type Resolve = (url: string) => StructureDefinitionJson | undefined;

const CORE = 'http://hl7.org/fhir/StructureDefinition/';

function typeDefinition(element: ElementDefinitionJson, resolve: Resolve): ElementDefinitionJson[] | undefined {
  const codes = [...new Set((element.type ?? []).map((t) => t.code))];
  const code = codes[0];
  if (codes.length !== 1 || code === undefined) return undefined;
  const raw = element.type?.[0]?.profile;
  const profile = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  const fromProfile = profile && code !== 'Reference' ? resolve(profile)?.snapshot?.element : undefined;
  return fromProfile ?? resolve(CORE + code)?.snapshot?.element;
}

/** Normalised ids of a type's elements, relative to its root (`Identifier.system` -> `system`). */
export function relativeIds(elements: readonly ElementDefinitionJson[]): Map<string, ElementDefinitionJson> {
  const root = elements[0];
  const byId = new Map<string, ElementDefinitionJson>();
  if (!root) return byId;
  const rootId = normaliseId(root.id ?? root.path, root.path);
  for (const element of elements.slice(1)) {
    const id = normaliseId(element.id ?? element.path, element.path);
    if (id.startsWith(`${rootId}.`)) byId.set(id.slice(rootId.length + 1), element);
  }
  return byId;
}

/**
 * The unconstrained definition of the published element with normalised id `id`, or undefined when it
 * cannot be derived from `generated` (which maps normalised ids to our elements).
 */
export function expectedFromBase(
  id: string,
  generated: ReadonlyMap<string, ElementDefinitionJson>,
  resolve: Resolve,
): ElementDefinitionJson | undefined {
  const segments = id.split('.');
  let k = segments.length - 1;
  while (k > 0 && !generated.has(segments.slice(0, k).join('.'))) k--;
  let current = generated.get(segments.slice(0, k).join('.'));
  let remaining = segments.slice(k);
  while (current && remaining.length > 0) {
    const elements = typeDefinition(current, resolve);
    if (!elements) return undefined;
    const byId = relativeIds(elements);
    let n = remaining.length;
    while (n > 0 && !byId.has(remaining.slice(0, n).join('.'))) n--;
    if (n === 0) return undefined;
    current = byId.get(remaining.slice(0, n).join('.'));
    remaining = remaining.slice(n);
  }
  return current;
}
