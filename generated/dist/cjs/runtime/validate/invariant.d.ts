/**
 * Invariants (`ElementDefinition.constraint`): hand-written checks for the ones every instance
 * meets many times, fhirpath.js (through `fhirpath.ts`) for the rest.
 *
 * The native checks implement the STU3 expressions they are named after, and the generator uses
 * them only when a profile's expression is exactly that text (otherwise it compiles the expression):
 * - dom-1 `contained.text.empty()`
 * - dom-2 `contained.contained.empty()`
 * - dom-3 `contained.where(('#'+id in %resource.descendants().reference).not()).empty()`
 * - dom-4 `contained.meta.versionId.empty() and contained.meta.lastUpdated.empty()`
 * - ext-1 `extension.exists() != value.exists()`
 * - obs-7 `value.empty() or code!=component.code` (as R4 corrected it, see {@link checkObs7})
 * - bdl-7 `entry.where(fullUrl).select(fullUrl&resource.meta.versionId).isDistinct()`
 * (`ele-1` is in `shape.ts` and `primitive-values.ts`, `ref-1` in `reference.ts`.)
 *
 * Issues: a constraint that does not hold → its own severity, code `invariant`; one that cannot be
 * evaluated → `warning`, code `processing` (the instance was not shown to be invalid). Warnings
 * are only evaluated in collecting mode.
 *
 * This file is copied verbatim into the generated package; it imports only sibling runtime files
 * and (through `fhirpath.ts`) fhirpath.js.
 */
import type { Ctx } from './context.js';
import { type CompiledInvariant, type InvariantSpec } from './fhirpath.js';
import type { Path } from './paths.js';
/** A compiled invariant with what its issues need. */
export interface Invariant {
    readonly spec: InvariantSpec;
    readonly evaluate: CompiledInvariant;
}
/** Prepares an invariant (compiled on first use, see `compileInvariant`). */
export declare function invariant(spec: InvariantSpec): Invariant;
/** Evaluates `inv` on `node` (an element's JSON value) and reports a failure. */
export declare function checkInvariant(node: unknown, x: Ctx, q: Path, inv: Invariant): boolean;
/** dom-1: contained resources carry no narrative. */
export declare function checkDom1(o: Record<string, unknown>, x: Ctx, q: Path): boolean;
/** dom-2: contained resources contain no resources. */
export declare function checkDom2(o: Record<string, unknown>, x: Ctx, q: Path): boolean;
/**
 * dom-3: every contained resource with an id is referenced (`#id`) from somewhere in the resource,
 * the other contained resources included. (One without an id passes: `'#' + {}` is empty in
 * FHIRPath, so `where()` drops it.)
 */
export declare function checkDom3(o: Record<string, unknown>, x: Ctx, q: Path): boolean;
/** dom-4: contained resources have no meta.versionId or meta.lastUpdated. */
export declare function checkDom4(o: Record<string, unknown>, x: Ctx, q: Path): boolean;
/** ext-1: an extension has either nested extensions or a value, not both and not neither. */
export declare function checkExt1(o: Record<string, unknown>, x: Ctx, q: Path): boolean;
/**
 * obs-7, STU3 text `value.empty() or code!=component.code`, checked as R4 rewrote it: an Observation
 * with a value has no component coded like the Observation itself. (The STU3 text compares a code
 * with the collection of component codes: with no component, FHIRPath gives empty and the
 * constraint would fail on every Observation that has a value.)
 */
export declare function checkObs7(o: Record<string, unknown>, x: Ctx, q: Path): boolean;
/**
 * bdl-7, `entry.where(fullUrl).select(fullUrl&resource.meta.versionId).isDistinct()`: no two
 * entries with a fullUrl have the same fullUrl and versionId (a missing versionId counts as empty
 * text, as `&` makes it).
 */
export declare function checkBdl7(o: Record<string, unknown>, x: Ctx, q: Path): boolean;
/** Runs an object-level check on one occurrence of a property, if it is an object. */
export declare function onObject(v: unknown, x: Ctx, q: Path, check: (o: Record<string, unknown>, x: Ctx, q: Path) => boolean): boolean;
