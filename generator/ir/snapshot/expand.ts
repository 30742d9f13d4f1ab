/**
 * Expanding an element whose children the base snapshot does not list (`Patient.identifier` has none in
 * the core Patient snapshot) when the differential constrains one of them: the children come from the
 * type's profile (an extension definition, a datatype profile), else the type's own definition, or from
 * the element a `contentReference` points at.
 */
import { GeneratorError } from '../../errors.js';
import type { ElementDefinitionJson } from './json-types.js';
import { describe, resolveSnapshot, warn, cannotApply, type WalkContext } from './context.js';
import { endOfDescendants, type Range } from './tree.js';

const CORE_PREFIX = 'http://hl7.org/fhir/StructureDefinition/';

interface ChildSource {
  readonly base: readonly ElementDefinitionJson[];
  readonly rootIndex: number;
}

export function expandChildren(ctx: WalkContext, outcome: ElementDefinitionJson, diffPath: string, children: Range): void {
  const firstChild = ctx.diff[children.start]!;
  const source = childSource(ctx, outcome, firstChild);
  const root = source.base[source.rootIndex]!;
  ctx.walk(ctx, {
    base: source.base,
    baseRange: { start: source.rootIndex + 1, end: endOfDescendants(source.base, source.rootIndex) },
    diffRange: children,
    rename: { from: root.path, diff: diffPath, out: outcome.path },
  });
}

function childSource(ctx: WalkContext, outcome: ElementDefinitionJson, firstChild: ElementDefinitionJson): ChildSource {
  const types = outcome.type ?? [];
  if (types.length === 0 && typeof outcome.contentReference === 'string') {
    const target = outcome.contentReference.replace(/^#/, '');
    const rootIndex = ctx.rootBase.findIndex((e) => e.path === target && e.sliceName === undefined);
    if (rootIndex < 0) throw cannotApply(ctx, firstChild, `contentReference ${outcome.contentReference} of ${outcome.path} not found`);
    return { base: ctx.rootBase, rootIndex };
  }
  const codes = [...new Set(types.map((t) => t.code))];
  const code = codes[0];
  if (codes.length !== 1 || code === undefined) {
    const what = codes.length === 0 ? 'no type' : `several types (${codes.join(', ')})`;
    throw cannotApply(ctx, firstChild, `constrains a child of ${outcome.path}, which has ${what}`);
  }
  const profile = code === 'Reference' ? undefined : firstProfile(types[0]!.profile);
  if (profile) {
    const elements = resolveSnapshot(ctx, profile);
    if (elements) return { base: elements, rootIndex: 0 };
    warn(ctx, firstChild, `type profile ${profile} not found; children of ${outcome.path} taken from type ${code}`);
  }
  const elements = resolveSnapshot(ctx, CORE_PREFIX + code);
  if (!elements) {
    throw new GeneratorError('GPC202', `definition of type ${code} (needed to expand ${outcome.path}) not found`, {
      url: ctx.url,
      element: describe(firstChild),
    });
  }
  return { base: elements, rootIndex: 0 };
}

/** STU3 has one profile per type entry; R4 spells it as a list. */
export function firstProfile(profile: string | string[] | undefined): string | undefined {
  const value = Array.isArray(profile) ? profile[0] : profile;
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
