/**
 * The snapshot walk (after HL7's ProfileUtilities.processPaths, STU3): go through the base elements of
 * a scope in order, find the differential elements that address each one, and emit the merged result.
 * Each step handles one base element with its descendants (children are walked as a nested scope), so
 * the loop only ever sees siblings.
 */
import type { ElementDefinitionJson } from './json-types.js';
import { EMPTY_RANGE, pendingDescendants, type Scope, type WalkContext } from './context.js';
import { diffPathOf, emitElement } from './element.js';
import { lastSegment, pathMatches, withLastSegment } from './paths.js';
import { extendSlicing, introduceSlicing, isExtensionPath } from './slicing.js';
import { childRange, endOfDescendants, endOfSlicedGroup } from './tree.js';

export function walk(ctx: WalkContext, scope: Scope): void {
  let bi = scope.baseRange.start;
  let di = scope.diffRange.start;
  while (bi <= scope.baseRange.end) {
    const element = scope.base[bi]!;
    const path = diffPathOf(scope, bi);
    const matches = findMatches(ctx, element, path, di, scope.diffRange.end);
    if (element.slicing) {
      di = extendSlicing(ctx, scope, bi, matches, di);
      bi = endOfSlicedGroup(scope.base, bi) + 1;
      continue;
    }
    if (matches.length === 0) {
      // Unconstrained itself, but the differential may reach into its children without restating it.
      const run = pendingDescendants(ctx, path, di, scope.diffRange.end);
      emitElement(ctx, scope, { baseIndex: bi, children: run ?? EMPTY_RANGE, slicing: undefined });
      if (run) di = run.end + 1;
    } else if (isPlainConstraint(ctx, matches)) {
      for (const index of matches) {
        const children = childRange(ctx.diff, index, scope.diffRange.end);
        emitElement(ctx, scope, { baseIndex: bi, diffIndex: index, children, slicing: undefined });
        di = Math.max(di, children.end + 1, index + 1);
      }
    } else {
      di = introduceSlicing(ctx, scope, bi, matches);
    }
    bi = endOfDescendants(scope.base, bi) + 1;
  }
}

/**
 * One differential element that does not start slicing; or several, each naming a different type of a
 * choice (`deceasedBoolean`, `deceasedDateTime`): each becomes its own renamed element.
 */
function isPlainConstraint(ctx: WalkContext, matches: readonly number[]): boolean {
  const elements = matches.map((i) => ctx.diff[i]!);
  if (elements.length === 1) {
    const only = elements[0]!;
    return !only.slicing && !(only.sliceName !== undefined && isExtensionPath(only.path));
  }
  const paths = new Set(elements.map((e) => e.path));
  return paths.size === elements.length && elements.every((e) => !e.path.endsWith('[x]') && !e.slicing);
}

/** Unconsumed differential elements in `[from, to]` that address `element` (at differential path `path`). */
function findMatches(ctx: WalkContext, element: ElementDefinitionJson, path: string, from: number, to: number): number[] {
  const origin = choiceOrigin(element, path);
  const matches: number[] = [];
  for (let i = from; i <= to; i++) {
    if (!ctx.consumed[i] && pathMatches(path, ctx.diff[i]!.path, origin)) matches.push(i);
  }
  return matches;
}

/** For a base element already renamed from a choice (`Extension.valueCoding`), its `[x]` path. */
function choiceOrigin(element: ElementDefinitionJson, path: string): string | undefined {
  const basePath = element.base?.path;
  if (!basePath || !basePath.endsWith('[x]') || path.endsWith('[x]')) return undefined;
  return withLastSegment(path, lastSegment(basePath));
}
