/**
 * Slicing: which slice each item of a sliced array belongs to (by the discriminators), each slice's
 * cardinality, and the slicing rules (`closed`: every item must match a slice; `openAtEnd`: items
 * that match no slice come last; `ordered`: matched items follow the order of the slices).
 *
 * An item belongs to the first slice whose discriminators all hold. The generated code writes the
 * common discriminator (a primitive `value` one step down, `url` of extensions) inline; the others
 * go through the `disc*` functions here, which evaluate a discriminator path:
 * - a path is a list of steps; a step is an element name, or `name[x]` for a choice (any JSON key
 *   `name` + type), and flattens arrays only where the element repeats;
 * - `value`/`pattern`: some value at the path equals / contains the expected value;
 * - `exists`: there is (or is not) a value at the path;
 * - `type`: the type of a value at the path (a resource's `resourceType`, a choice's type suffix);
 * - `profile`: some value at the path passes the profile's check (in fast mode).
 *
 * Issue codes: too few items in a slice `required`; too many, a closed slicing broken, the order
 * broken: `structure`.
 *
 * This file is copied verbatim into the generated package; it imports only sibling runtime files.
 */
import { type Max } from './cardinality.js';
import { type Check, type Ctx } from './context.js';
import { type Path } from './paths.js';
export interface Slice {
    readonly name: string;
    readonly min: number;
    readonly max: Max;
    /** Whether an item belongs to this slice; `x` is in fast mode, `d` the item's depth. */
    readonly match: (v: unknown, x: Ctx, d: number) => boolean;
    /** The slice's own definition of an item. */
    readonly check: Check;
}
export interface Slicing {
    readonly rules: 'closed' | 'open' | 'openAtEnd';
    readonly ordered: boolean;
    readonly slices: readonly Slice[];
    /** The element's definition, for items that match no slice. */
    readonly base: Check;
    /** The element id, for messages. */
    readonly element: string;
    /**
     * The index of the slice `v` belongs to, or -1, when the generator could write it as one test
     * (every slice told by one primitive value at the same step); else each slice's `match` runs.
     */
    readonly index: ((v: unknown) => number) | undefined;
}
/** One step of a discriminator path: `[name, repeats]`, name ending `[x]` for a choice. */
export type Step = readonly [string, boolean];
/** `value` discriminator: some value at the path equals `expected`. */
export declare function discValue(v: unknown, path: readonly Step[], expected: unknown): boolean;
/** `pattern` discriminator: some value at the path contains `pattern`. */
export declare function discPattern(v: unknown, path: readonly Step[], pattern: unknown): boolean;
/** `exists` discriminator. */
export declare function discExists(v: unknown, path: readonly Step[], exists: boolean): boolean;
/** `type` discriminator: a value at the path is of one of `types`. */
export declare function discType(v: unknown, path: readonly Step[], types: readonly string[]): boolean;
/**
 * `profile` discriminator: a value at the path passes `check`, in fast mode (whose path stack is its
 * own, so the steps it writes cannot disturb those of the collecting walk around it).
 */
export declare function discProfile(v: unknown, path: readonly Step[], check: Check, x: Ctx, d: number): boolean;
/**
 * A sliced repeating element: absent (then its minimum and each slice's minimum decide), or an
 * array whose items are matched to slices.
 *
 * @param min - the element's minimum (all items together)
 */
export declare function checkSliced(v: unknown, x: Ctx, p: Path, seg: string, d: number, min: number, max: Max, s: Slicing): boolean;
/**
 * A sliced element that is absent: each slice with a minimum is reported.
 */
export declare function checkSlicesAbsent(x: Ctx, q: Path, s: Slicing): boolean;
/** A slicing the generator could not turn into checks: information, in collecting mode only, when the element is present. */
export declare function slicingNotChecked(v: unknown, x: Ctx, p: Path, seg: string, element: string, reason: string): true;
