/**
 * Slicing in the differential: starting it on an element the base does not slice, and extending or
 * constraining an element the base already slices (its existing slices keep their place; new slices go
 * after them, in differential order). Each slice is a copy of the sliced element and its subtree.
 */
import type { ElementDefinitionJson, SlicingJson } from './json-types.js';
import { cannotApply, EMPTY_RANGE, pendingDescendants, warn, type Scope, type WalkContext } from './context.js';
import { diffPathOf, emitElement } from './element.js';
import { lastSegment } from './paths.js';
import { childRange, slicesAfter } from './tree.js';

export function isExtensionPath(path: string): boolean {
  const last = lastSegment(path);
  return last === 'extension' || last === 'modifierExtension';
}

/** What the core definitions say about every extension element (STU3 profiling.html#slicing). */
function extensionSlicing(): SlicingJson {
  return {
    discriminator: [{ type: 'value', path: 'url' }],
    description: 'Extensions are always sliced by (at least) url',
    rules: 'open',
  };
}

/** Splits the matches into the constraint on the unsliced element (the first, when unnamed) and the slices. */
function splitMatches(ctx: WalkContext, matches: readonly number[]): { entry: number | undefined; slices: number[] } {
  const first = matches[0];
  const entry = first !== undefined && ctx.diff[first]!.sliceName === undefined ? first : undefined;
  const slices = entry === undefined ? [...matches] : matches.slice(1);
  for (const index of slices) {
    const element = ctx.diff[index]!;
    if (element.sliceName === undefined) throw cannotApply(ctx, element, `${element.path} is constrained twice without a slice name`);
  }
  return { entry, slices };
}

/** The differential slices an element the base does not slice. Returns the next differential index. */
export function introduceSlicing(ctx: WalkContext, scope: Scope, bi: number, matches: readonly number[]): number {
  const limit = scope.diffRange.end;
  const { entry, slices } = splitMatches(ctx, matches);
  const entryElement = entry === undefined ? undefined : ctx.diff[entry];
  let slicing = entryElement?.slicing;
  if (!slicing && isExtensionPath(diffPathOf(scope, bi))) slicing = extensionSlicing();
  if (!slicing) warn(ctx, ctx.diff[matches[0]!]!, 'slices are defined without a slicing definition');
  let next = matches[0]!;
  const entryChildren = entry === undefined ? EMPTY_RANGE : childRange(ctx.diff, entry, limit);
  emitElement(ctx, scope, { baseIndex: bi, diffIndex: entry, children: entryChildren, slicing });
  if (entry !== undefined) next = Math.max(entry + 1, entryChildren.end + 1);
  for (const index of slices) {
    const children = childRange(ctx.diff, index, limit);
    emitElement(ctx, scope, { baseIndex: bi, diffIndex: index, children, slicing: ctx.diff[index]!.slicing });
    next = Math.max(index + 1, children.end + 1);
  }
  return next;
}

/** The differential's slicing fields override the base's (it may e.g. close an open slicing). */
function mergeSlicing(base: SlicingJson | undefined, diff: SlicingJson | undefined): SlicingJson | undefined {
  if (!diff) return base;
  return { ...(base ?? {}), ...structuredClone(diff) };
}

/**
 * The base already slices the element at `bi`: keep its slices in place (constrained when the
 * differential names them) and append the differential's new ones. Returns the next differential index.
 */
export function extendSlicing(ctx: WalkContext, scope: Scope, bi: number, matches: readonly number[], di: number): number {
  const limit = scope.diffRange.end;
  const sliced = scope.base[bi]!;
  const baseSlices = slicesAfter(scope.base, bi);
  let next = di;
  if (matches.length === 0) {
    const run = pendingDescendants(ctx, diffPathOf(scope, bi), di, limit);
    emitElement(ctx, scope, { baseIndex: bi, children: run ?? EMPTY_RANGE, slicing: sliced.slicing });
    for (const slice of baseSlices) {
      emitElement(ctx, scope, { baseIndex: slice.start, children: EMPTY_RANGE, slicing: scope.base[slice.start]!.slicing });
    }
    return run ? run.end + 1 : di;
  }
  const { entry, slices } = splitMatches(ctx, matches);
  const entryChildren = entry === undefined ? EMPTY_RANGE : childRange(ctx.diff, entry, limit);
  const slicing = mergeSlicing(sliced.slicing, entry === undefined ? undefined : ctx.diff[entry]!.slicing);
  emitElement(ctx, scope, { baseIndex: bi, diffIndex: entry, children: entryChildren, slicing });
  if (entry !== undefined) next = Math.max(next, entry + 1, entryChildren.end + 1);

  const remaining = [...slices];
  for (const slice of baseSlices) {
    const baseSlice = scope.base[slice.start]!;
    const at = remaining.findIndex((index) => ctx.diff[index]!.sliceName === baseSlice.sliceName);
    if (at < 0) {
      emitElement(ctx, scope, { baseIndex: slice.start, children: EMPTY_RANGE, slicing: baseSlice.slicing });
      continue;
    }
    const index = remaining.splice(at, 1)[0]!;
    const children = childRange(ctx.diff, index, limit);
    const slicing = mergeSlicing(baseSlice.slicing, ctx.diff[index]!.slicing);
    emitElement(ctx, scope, { baseIndex: slice.start, diffIndex: index, children, slicing });
    next = Math.max(next, index + 1, children.end + 1);
  }
  for (const index of remaining) {
    const element: ElementDefinitionJson = ctx.diff[index]!;
    if (sliced.slicing?.rules === 'closed') {
      throw cannotApply(ctx, element, `adds slice ${String(element.sliceName)} to a closed slicing`);
    }
    const children = childRange(ctx.diff, index, limit);
    emitElement(ctx, scope, { baseIndex: bi, diffIndex: index, children, slicing: element.slicing });
    next = Math.max(next, index + 1, children.end + 1);
  }
  return next;
}
