/**
 * Occurrence checks: min/max cardinality, JSON arrays where the element repeats and single values
 * where it does not, no empty arrays, no `null` outside primitive arrays; and the descent into each
 * complex item with its check function.
 *
 * Issue codes: a missing required element is `required`; too many items, an array where a single
 * value belongs (or the reverse), an empty array or a `null` are `structure`.
 *
 * This file is copied verbatim into the generated package; it imports only sibling runtime files.
 */
import type { Check, Ctx } from './context.js';
import type { Path } from './paths.js';
/** `max` as generated code passes it: `-1` for unbounded (`*`). */
export type Max = number;
/** Reports a required element that is absent. Always returns false. */
export declare function missing(x: Ctx, p: Path, seg: string, min: number): false;
/**
 * An element the profile removed (max 0) must be absent: `v` is its value, `e` its `_` sibling
 * (undefined for non-primitives).
 */
export declare function prohibited(v: unknown, e: unknown, x: Ctx, p: Path, seg: string): boolean;
/**
 * All variants of a removed choice element must be absent: `variants` maps each JSON name and its
 * `_` sibling to the variant's step. Walks the object's keys (a removed `value[x]` has 38 variants).
 */
export declare function prohibitedVariants(o: Record<string, unknown>, x: Ctx, p: Path, variants: ReadonlyMap<string, string>): boolean;
/** The map {@link prohibitedVariants} takes: `[jsonName, seg]` pairs, each name also with its `_` sibling. */
export declare function removedVariants(pairs: ReadonlyArray<readonly [string, string]>): ReadonlyMap<string, string>;
/**
 * The shape of a repeating element's value: a JSON array (reported otherwise). Items and count
 * are not looked at.
 */
export declare function arrayShape(v: unknown, x: Ctx, q: Path): v is unknown[];
/** Count checks for a repeating element with `n` occurrences. */
export declare function checkCount(n: number, x: Ctx, q: Path, min: number, max: Max): boolean;
/**
 * A single complex element: absent (then `min` decides), or not an array, not null, and its
 * content passes `check`.
 *
 * @param v - the element's value
 * @param p - the parent's path; @param seg - the element's step (paths are built only when needed)
 */
export declare function one(v: unknown, x: Ctx, p: Path, seg: string, d: number, min: number, check: Check): boolean;
/**
 * A repeating complex element: absent (then `min` decides), or a non-empty array within
 * `min..max`, every item passing `check`. A `null` item is reported (only primitive arrays may
 * hold `null`).
 */
export declare function many(v: unknown, x: Ctx, p: Path, seg: string, d: number, min: number, max: Max, check: Check): boolean;
/**
 * Calls `fn` on `v` (single) or on each item of `v` (repeating, when it is an array), with the
 * item's path. For the checks that apply to each occurrence after its shape: fixed values,
 * patterns, bindings, invariants. Values of the wrong shape were reported already and are
 * skipped by `fn` itself. Nothing happens when `v` is absent.
 */
export declare function each(v: unknown, repeats: boolean, x: Ctx, p: Path, seg: string, fn: (item: unknown, x: Ctx, q: Path) => boolean): boolean;
/**
 * {@link each} for one check that takes an argument (`checkFixed` and its value, `checkCode` and
 * its binding...): the same iteration, without a function per call site.
 */
export declare function eachWith<A>(v: unknown, repeats: boolean, x: Ctx, p: Path, seg: string, fn: (item: unknown, x: Ctx, q: Path, arg: A) => boolean, arg: A): boolean;
