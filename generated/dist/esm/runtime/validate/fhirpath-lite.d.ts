/**
 * The FHIRPath operations that invariants translated to JavaScript by the generator use (see
 * generator/validate/fhirpath/): navigation, existence, three-valued logic, equality and ordering
 * of primitives, `where()`, and the string functions. Collections are arrays; a boolean result is
 * `[]`, `[true]` or `[false]`.
 *
 * Whatever these functions are not sure to evaluate as fhirpath.js would (a primitive with a `_`
 * sibling, a `null` in an array, comparing objects or values of two types, dates of different
 * precisions...) throws {@link Bail}; the caller then evaluates the invariant with fhirpath.js. So
 * a translated invariant gives fhirpath.js's verdict, only faster: the translation covers the
 * invariants GP Connect instances meet most (bdl-5, bdl-8, obs-6, qty-3, per-1, lst-1, ...).
 *
 * This file is copied verbatim into the generated package; it imports only sibling runtime files.
 */
import type { Ctx } from './context.js';
import { type Invariant } from './invariant.js';
import type { Path } from './paths.js';
/** Thrown when a translated expression meets something it does not handle. */
export declare class Bail extends Error {
}
/** The one instance thrown (also by `fhirpath-boolean.ts`): throwing allocates nothing. */
export declare const BAIL: Bail;
export type Collection = readonly unknown[];
/** `c.name`: the child elements (`sibling` is `_name`, passed in to avoid building it each time). */
export declare function fpChild(c: Collection, name: string, sibling: string): Collection;
/**
 * `name` on one node (`$this.name`, the usual first step of an invariant). Allocates nothing for an
 * absent or repeating child: a JSON array of plain items already is the collection.
 */
export declare function fpChildOf(item: unknown, name: string, sibling: string): Collection;
/**
 * `c.name` for a choice element `name[x]`: the values of its variants' JSON properties (`variants`
 * holds each variant's name and `_` sibling, from the definition). A key that only looks like a
 * variant (`valueFoo`) is not one, as for fhirpath.js and its model. An item with two variants
 * bails: fhirpath.js reads only the first present in its model's order (`valueQuantity: []` next
 * to `valueString` reads as empty).
 */
export declare function fpChoice(c: Collection, variants: ReadonlyArray<readonly [string, string]>): Collection;
export declare function fpEmpty(c: Collection): Collection;
export declare function fpExists(c: Collection): Collection;
export declare function fpCount(c: Collection): Collection;
export declare function fpNot(c: Collection): Collection;
export declare function fpOr(a: Collection, b: Collection): Collection;
export declare function fpAnd(a: Collection, b: Collection): Collection;
export declare function fpXor(a: Collection, b: Collection): Collection;
export declare function fpImplies(a: Collection, b: Collection): Collection;
/**
 * `x = y` on two operand items (undefined = empty, which makes the result empty). Shared by the
 * collection and the boolean translation, so both compare exactly alike.
 */
export declare function fpEqValue(x: unknown, y: unknown): boolean | undefined;
export declare function fpEq(a: Collection, b: Collection): Collection;
export declare function fpNe(a: Collection, b: Collection): Collection;
/**
 * Orders two operand items (undefined = empty → undefined): numbers, or dates/date-times of the
 * same precision. Shared with the boolean translation.
 */
export declare function fpOrderValues(x: unknown, y: unknown): number | undefined;
export declare function fpLt(a: Collection, b: Collection): Collection;
export declare function fpLe(a: Collection, b: Collection): Collection;
export declare function fpGt(a: Collection, b: Collection): Collection;
export declare function fpGe(a: Collection, b: Collection): Collection;
/** `+` on two numbers (counts). */
export declare function fpPlus(a: Collection, b: Collection): Collection;
/** `c.where(predicate)`: `predicate` gets each item (`$this`) itself. */
export declare function fpWhere(c: Collection, predicate: (item: unknown) => Collection): Collection;
/**
 * `startsWith`/`endsWith`/`contains` on an operand item (undefined = empty → false, the STU3-era
 * rule of `fhirpath.ts`) and a one-item argument. Shared with the boolean translation.
 */
export declare function fpStringTest(text: unknown, arg: unknown, test: (text: string, argument: string) => boolean): boolean | undefined;
export declare function fpContains(c: Collection, argument: Collection): Collection;
export declare function fpStartsWith(c: Collection, argument: Collection): Collection;
export declare function fpEndsWith(c: Collection, argument: Collection): Collection;
/** An invariant with its translation to JavaScript. */
export interface TranslatedInvariant {
    readonly inv: Invariant;
    readonly fn: (node: unknown) => Collection;
}
/**
 * Checks an invariant with its translation, falling back to fhirpath.js when the translation
 * bails; same issues as `checkInvariant`.
 */
export declare function checkTranslatedInvariant(node: unknown, x: Ctx, q: Path, t: TranslatedInvariant): boolean;
