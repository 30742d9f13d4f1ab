/**
 * References: the resource type a `Reference.reference` points to, when it can be told without a
 * server, checked against the types the profile allows (`type.targetProfile`).
 *
 * Determinable targets, in this order:
 * 1. the `fullUrl` of an entry of the enclosing Bundle (`urn:uuid:...` or an absolute URL);
 * 2. `#id`: a resource contained in the root resource (`#` alone: the root resource itself);
 * 3. a relative or absolute RESTful URL ending `Type/id` or `Type/id/_history/vid`.
 * Anything else (a logical reference by identifier, an opaque URL) is not checked.
 * Issue code `structure`, as the HL7 validator reports a wrong target type.
 *
 * Also the native form of the STU3 invariant `ref-1` (a `#id` reference must name a contained
 * resource) and the reference scan behind `dom-3`.
 *
 * This file is copied verbatim into the generated package; it imports only sibling runtime files.
 */
import type { Ctx } from './context.js';
import type { Path } from './paths.js';
/** The type of `Type/id` or `Type/id/_history/vid` at the end of a URL, or undefined (see {@link restfulTypeSpan}). */
export declare function restfulType(s: string): string | undefined;
/** The resource type `reference` points to, or undefined when that cannot be told. */
export declare function referenceTargetType(reference: string, x: Ctx): string | undefined;
/**
 * A Reference's target type must be one of `targets` (resource type names, a short list: the
 * profiles name 1-5 types, rarely more).
 *
 * The common case, a RESTful `Type/id`, is compared in place (`startsWith` at the type's offset)
 * rather than sliced out and looked up: the slice was a new string per reference, hashed again
 * for the lookup (the reference checks were 7% of the example Bundles' validation).
 *
 * @param v - the Reference object (anything else is skipped: reported by the type checks)
 */
export declare function checkReferenceTarget(v: unknown, x: Ctx, q: Path, targets: readonly string[]): boolean;
/**
 * STU3 `ref-1`: `reference.startsWith('#').not() or (reference.substring(1) in
 * %resource.contained.id)`. Checked against the root resource's contained resources (R4's
 * correction, `%rootResource`): STU3's `%resource` would reject a valid reference between two
 * resources contained in the same container. A Reference without `reference` (display or
 * identifier only) satisfies it: FHIRPath would give an empty result there, which the HL7
 * validator does not treat as a failure either.
 */
export declare function checkRef1(o: Record<string, unknown>, x: Ctx, q: Path): boolean;
/**
 * Every string value of a `reference` property anywhere in `v`, for `dom-3`. Bounded in depth
 * (128) and in objects visited (one million), so shared or cyclic objects from a JavaScript
 * caller cannot make it run away.
 */
export declare function collectReferences(v: unknown): Set<string>;
