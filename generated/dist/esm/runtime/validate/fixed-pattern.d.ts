/**
 * `fixed[x]` (the value must be exactly this) and `pattern[x]` (the value must contain this):
 * ElementDefinition semantics in JSON terms.
 *
 * - fixed: JSON equality. Objects have the same keys with equal values, arrays the same items in
 *   the same order, numbers are compared by value.
 * - pattern: every property the pattern has, the value has with a matching value (recursively);
 *   an array in the pattern matches when each of its items matches some item of the value's
 *   array (containment); primitives are equal.
 *
 * Both recursions follow the expected value (which comes from the profile and is finite), never
 * the input, so a cyclic or very deep input cannot make them loop or overflow the stack.
 * Issue code: `value`.
 *
 * This file is copied verbatim into the generated package; it imports only sibling runtime files.
 */
import type { Ctx } from './context.js';
import type { Path } from './paths.js';
/** JSON equality of `v` with `expected` (a JSON value from a profile). */
export declare function jsonEquals(v: unknown, expected: unknown): boolean;
/** Whether `v` contains `pattern` (a JSON value from a profile). */
export declare function jsonMatches(v: unknown, pattern: unknown): boolean;
/** `fixed[x]`: `v` must equal `expected`. */
export declare function checkFixed(v: unknown, x: Ctx, q: Path, expected: unknown): boolean;
/** `pattern[x]`: `v` must contain `pattern`. */
export declare function checkPattern(v: unknown, x: Ctx, q: Path, pattern: unknown): boolean;
