/**
 * Reading the tree shape of a flat element list (snapshot or differential): where an element's
 * descendants end, and which slices follow it. Elements are in document order, children right after
 * their parent, slices after the sliced element's children.
 */
import type { ElementDefinitionJson } from './json-types.js';
import { isDescendant } from './paths.js';

/** An inclusive index range into an element list. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** Index of the last descendant of `list[index]` (or `index` itself when it has none). */
export function endOfDescendants(list: readonly ElementDefinitionJson[], index: number): number {
  const path = list[index]!.path;
  let end = index;
  while (end + 1 < list.length && isDescendant(list[end + 1]!.path, path)) end++;
  return end;
}

/** The slices that follow the sliced element at `index` (after its own children), each with its subtree. */
export function slicesAfter(list: readonly ElementDefinitionJson[], index: number): Range[] {
  const path = list[index]!.path;
  const slices: Range[] = [];
  let next = endOfDescendants(list, index) + 1;
  while (next < list.length && list[next]!.path === path && list[next]!.sliceName !== undefined) {
    const end = endOfDescendants(list, next);
    slices.push({ start: next, end });
    next = end + 1;
  }
  return slices;
}

/** The index after the sliced element at `index`, its children, and all its slices. */
export function endOfSlicedGroup(list: readonly ElementDefinitionJson[], index: number): number {
  const slices = slicesAfter(list, index);
  return slices.length > 0 ? slices[slices.length - 1]!.end : endOfDescendants(list, index);
}

/** The descendants that directly follow `list[index]`, clipped to `limit`. */
export function childRange(list: readonly ElementDefinitionJson[], index: number, limit: number): Range {
  return { start: index + 1, end: Math.min(endOfDescendants(list, index), limit) };
}

/**
 * The run of elements in `list[from..to]` that are descendants of `ancestor`, starting at the first one
 * found; undefined when there is none.
 */
export function descendantRun(list: readonly ElementDefinitionJson[], ancestor: string, from: number, to: number): Range | undefined {
  let start = from;
  while (start <= to && !isDescendant(list[start]!.path, ancestor)) start++;
  if (start > to) return undefined;
  let end = start;
  while (end + 1 <= to && isDescendant(list[end + 1]!.path, ancestor)) end++;
  return { start, end };
}
