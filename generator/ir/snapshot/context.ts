/**
 * The state of one snapshot generation run, and the scope a walk works in. Passed explicitly (no module
 * state): generation is re-entrant, e.g. when the IR builder generates a profile's base on demand.
 */
import { GeneratorError } from '../../errors.js';
import type { ElementDefinitionJson, StructureDefinitionJson } from './json-types.js';
import { descendantRun, type Range } from './tree.js';

export type Resolver = (url: string) => StructureDefinitionJson | undefined;

/**
 * How the paths of the definition being walked map to the differential's and the output's paths:
 * `Identifier.system` walked for `Observation.value[x]` constrained as `valueIdentifier`.
 */
export interface ScopeRename {
  /** Path prefix in the walked definition, e.g. `Identifier`. */
  readonly from: string;
  /** What the differential calls it, e.g. `Observation.valueIdentifier`. */
  readonly diff: string;
  /** What the output calls it (differs from `diff` only when the output renames a choice). */
  readonly out: string;
}

/** A stretch of a base element list walked against a stretch of the differential. */
export interface Scope {
  readonly base: readonly ElementDefinitionJson[];
  /** Sibling elements (with their descendants) to walk. */
  readonly baseRange: Range;
  /** The differential elements that may apply; `start > end` when none. */
  readonly diffRange: Range;
  readonly rename: ScopeRename | undefined;
}

export interface WalkContext {
  /** Canonical URL of the profile being generated, for error locations. */
  readonly url: string | undefined;
  readonly diff: readonly ElementDefinitionJson[];
  /** Which differential elements have been applied; any left over is an error. */
  readonly consumed: boolean[];
  readonly out: ElementDefinitionJson[];
  readonly warnings: string[];
  readonly resolve: Resolver;
  /** The base snapshot, where `contentReference` targets live. */
  readonly rootBase: readonly ElementDefinitionJson[];
  /** The walk itself, injected so that the modules it calls need not import it back. */
  readonly walk: (ctx: WalkContext, scope: Scope) => void;
}

export const EMPTY_RANGE: Range = { start: 0, end: -1 };

/** Where a differential element is, for messages: its id, else path and slice name. */
export function describe(element: ElementDefinitionJson): string {
  if (typeof element.id === 'string' && element.id.length > 0) return element.id;
  return element.sliceName ? `${element.path}:${element.sliceName}` : element.path;
}

export function cannotApply(ctx: WalkContext, element: ElementDefinitionJson, detail: string): GeneratorError {
  return new GeneratorError('GPC207', detail, { url: ctx.url, element: describe(element) });
}

export function warn(ctx: WalkContext, element: ElementDefinitionJson, message: string): void {
  ctx.warnings.push(`${describe(element)}: ${message}`);
}

/** A StructureDefinition's snapshot elements, or undefined when it has none. */
export function snapshotOf(sd: StructureDefinitionJson | undefined): ElementDefinitionJson[] | undefined {
  const elements = sd?.snapshot?.element;
  return Array.isArray(elements) && elements.length > 0 ? elements : undefined;
}

/** Resolves a canonical URL (trimmed: the NHS data has stray spaces) to a definition with a snapshot. */
export function resolveSnapshot(ctx: WalkContext, url: string): ElementDefinitionJson[] | undefined {
  return snapshotOf(ctx.resolve(url.trim()));
}

/**
 * The differential elements below `path` (a base element the differential does not restate), from the
 * first not yet applied element at or after `from`; undefined when there are none.
 */
export function pendingDescendants(ctx: WalkContext, path: string, from: number, to: number): Range | undefined {
  let start = from;
  while (start <= to && ctx.consumed[start]) start++;
  return descendantRun(ctx.diff, path, start, to);
}
