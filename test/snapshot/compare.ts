/**
 * Test helper: compares a generated snapshot with a published one, element by element.
 *
 * What is fair to compare. Published NHS snapshots were made with Forge, which expands the children of
 * every complex element (`Patient.identifier.period.start`...), while a snapshot generated from the
 * differential (as HL7's ProfileUtilities does) expands only where the differential reaches. So:
 *  1. every element we generate must be in the published snapshot (by normalised id) and agree on all
 *     compared properties (see normalise.ts);
 *  2. every published element we do not generate must be unconstrained: equal, on the compared
 *     properties, to its definition in the type of its nearest generated ancestor (base-lookup.ts). A
 *     published element that constrains something we left out is a mismatch;
 *  3. the elements both have come in the same order.
 */
import type { ElementDefinitionJson, StructureDefinitionJson } from '../../generator/ir/snapshot/json-types.js';
import { expectedFromBase } from './base-lookup.js';
import { COMPARED, comparable, normaliseId, usesExtensionSlicingRule, type ComparedProperty } from './normalise.js';

export interface Mismatch {
  readonly id: string;
  readonly kind: 'property' | 'extra' | 'constrained-but-missing' | 'underivable' | 'order' | 'duplicate-id';
  readonly property?: ComparedProperty;
  readonly generated?: string;
  readonly published?: string;
}

export interface Comparison {
  /** Elements present in both, compared property by property. */
  readonly matched: number;
  /** Published elements we do not generate, checked against their unconstrained definition. */
  readonly unexpandedChecked: number;
  /** Elements whose slicing agreed only under the extension-slicing equivalence. */
  readonly extensionSlicingRule: number;
  readonly mismatches: Mismatch[];
}

function byNormalisedId(elements: readonly ElementDefinitionJson[], mismatches: Mismatch[]): Map<string, ElementDefinitionJson> {
  const map = new Map<string, ElementDefinitionJson>();
  for (const element of elements) {
    const id = normaliseId(element.id ?? element.path, element.path);
    if (map.has(id)) mismatches.push({ id, kind: 'duplicate-id' });
    else map.set(id, element);
  }
  return map;
}

function compareProperties(
  id: string,
  generated: ElementDefinitionJson,
  published: ElementDefinitionJson,
  skip: readonly ComparedProperty[],
  kind: Mismatch['kind'],
): Mismatch[] {
  const a = comparable(generated);
  const b = comparable(published);
  return COMPARED.filter((p) => !skip.includes(p) && a[p] !== b[p]).map((property) => ({
    id,
    kind,
    property,
    generated: a[property],
    published: b[property],
  }));
}

export function compareSnapshots(
  generatedElements: readonly ElementDefinitionJson[],
  publishedElements: readonly ElementDefinitionJson[],
  resolve: (url: string) => StructureDefinitionJson | undefined,
): Comparison {
  const mismatches: Mismatch[] = [];
  const generated = byNormalisedId(generatedElements, mismatches);
  const published = byNormalisedId(publishedElements, mismatches);
  let matched = 0;
  let unexpandedChecked = 0;
  let extensionSlicingRule = 0;

  for (const [id, element] of generated) {
    const other = published.get(id);
    if (!other) {
      mismatches.push({ id, kind: 'extra' });
      continue;
    }
    matched++;
    if (usesExtensionSlicingRule(element, other)) extensionSlicingRule++;
    mismatches.push(...compareProperties(id, element, other, [], 'property'));
  }
  for (const [id, element] of published) {
    if (generated.has(id)) continue;
    const expected = expectedFromBase(id, generated, resolve);
    if (!expected) {
      mismatches.push({ id, kind: 'underivable' });
      continue;
    }
    unexpandedChecked++;
    if (usesExtensionSlicingRule(expected, element)) extensionSlicingRule++;
    // The base definition has the type's own path (`Identifier.system`); position is checked by id.
    mismatches.push(...compareProperties(id, expected, element, ['path'], 'constrained-but-missing'));
  }

  const ours = [...generated.keys()].filter((id) => published.has(id));
  const theirs = [...published.keys()].filter((id) => generated.has(id));
  const firstOutOfOrder = ours.findIndex((id, i) => theirs[i] !== id);
  if (firstOutOfOrder >= 0) {
    mismatches.push({ id: ours[firstOutOfOrder]!, kind: 'order', generated: ours[firstOutOfOrder], published: theirs[firstOutOfOrder] });
  }
  return { matched, unexpandedChecked, extensionSlicingRule, mismatches };
}
