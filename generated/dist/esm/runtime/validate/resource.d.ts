/**
 * Resources found inside resources (contained resources, Bundle entries, Parameters resources)
 * and the root `validate()`: which profile or base type to check a resource against.
 *
 * - Elements whose type names profiles: those profiles.
 * - Otherwise each `meta.profile` entry the package knows (`url` or `url|version`); entries it does
 *   not know are reported as information (`not-supported`).
 * - Otherwise, or when no entry is known, the base type named by `resourceType`.
 * A resource checked against several profiles reports each distinct issue once.
 *
 * This file is copied verbatim into the generated package; it imports only sibling runtime files.
 */
import type { Ctx, Registry } from './context.js';
import { type OperationOutcome } from './outcome.js';
import type { Path } from './paths.js';
/** `url|version` → `url`. */
export declare function canonicalUrl(reference: string): string;
/**
 * A resource inside the one being validated.
 *
 * @param contained - true for `contained` (the container stays `%rootResource`)
 * @param profiles - the profiles the element's type names (usually none)
 */
export declare function checkResourceItem(v: unknown, x: Ctx, q: Path, d: number, contained: boolean, profiles: readonly string[]): boolean;
/**
 * The root `validate()`: against `options.profile` when given (any structure the package knows,
 * `url` or `url|version`), otherwise as a resource (see {@link checkResourceItem}). Never throws.
 *
 * @param options - `{ profile?: string }`, read defensively (it comes from the caller)
 */
export declare function validateValue(value: unknown, options: unknown, reg: Registry): OperationOutcome;
/**
 * The root `isValid()`: true exactly when {@link validateValue} reports no error or fatal issue,
 * on the fast path (stops at the first error, builds no issues). Never throws.
 */
export declare function testValue(value: unknown, options: unknown, reg: Registry): boolean;
/** A resource inside a Bundle entry or a Parameters parameter (or the root resource). */
export declare function checkEntryResource(v: unknown, x: Ctx, q: Path, d: number): boolean;
/** A contained resource (its container stays `%rootResource`). */
export declare function checkContainedResource(v: unknown, x: Ctx, q: Path, d: number): boolean;
