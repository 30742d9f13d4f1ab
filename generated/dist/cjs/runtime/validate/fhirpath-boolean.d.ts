/**
 * The boolean translation of FHIRPath invariants (see generator/validate/fhirpath/boolean.ts): for
 * an expression whose value is always one boolean or empty, the generator emits a function
 * returning a {@link Truth} instead of a collection, over these helpers. They allocate nothing:
 * they count or read a node's children in place, where `fhirpath-lite.ts` builds collections
 * (what remains is the parent collection of a deeper step, `fpChildOf`, which allocates only for
 * a single non-array child such as Bundle.identifier).
 *
 * Each helper throws `BAIL` in exactly the cases its `fhirpath-lite.ts` counterpart does (or in
 * more, never fewer), and compares through the same functions, so the boolean translation gives
 * the collection translation's verdict, which is fhirpath.js's; on a bail fhirpath.js decides.
 *
 * This file is copied verbatim into the generated package; it imports only sibling runtime files.
 */
import type { Ctx } from './context.js';
import { type Collection } from './fhirpath-lite.js';
import { type Invariant } from './invariant.js';
import type { Path } from './paths.js';
/** A FHIRPath boolean: `true`, `false`, or `undefined` for the empty collection. */
export type Truth = boolean | undefined;
/** `$this` as an object, for reading its children with constant keys; bails as `fpChildOf` does on anything else. */
export declare function fpObject(item: unknown): Record<string, unknown>;
/** The size of a child from its `_name` sibling and its value, as read by `fpObject(n)["_name"]`, `["name"]`. */
export declare function fpSizeOfValue(sibling: unknown, value: unknown): number;
/** `name.count()` on one node: the size of `fpChildOf(item, name, sibling)`, with its bails. */
export declare function fpSizeOf(item: unknown, name: string, sibling: string): number;
/**
 * `c.name.count()` (`entry.deleted`): the size of `fpChild(c, name, sibling)`, with its bails,
 * counted without gathering the children. `size` is the generated reader of one item's child
 * (`(o) => fpSizeOfValue(o["_deleted"], o["deleted"])`): its constant keys make property loads V8
 * caches per invariant.
 */
export declare function fpSizeOfEach(c: Collection, size: (o: Record<string, unknown>) => number): number;
/** `name.count()` for a choice element on one node: the size of `fpChoice([item], variants)`, with its bails (two variants present among them). */
export declare function fpSizeOfChoice(item: unknown, variants: ReadonlyArray<readonly [string, string]>): number;
/**
 * The one item of a child from its `_name` sibling and its value, or undefined when there is none:
 * for operands that must hold at most one item (`=`, `<`, `contains`, a path used as a boolean),
 * where `fhirpath-lite.ts` bails on more than one. Bails as `fpChildOf` does too.
 */
export declare function fpOneValue(sibling: unknown, value: unknown): unknown;
/** `fpOneValue` of `name` on a node. */
export declare function fpOne(item: unknown, name: string, sibling: string): unknown;
/** The one item of `fpChild(c, name, sibling)` (undefined when none), bailing on more, without gathering them. */
export declare function fpOneEach(c: Collection, name: string, sibling: string): unknown;
/** The one item of a collection (undefined when empty); bails on more, as the operators do. */
export declare function fpSingle(c: Collection): unknown;
/** An operand item read as a boolean (`notDone or ...`): anything but a boolean bails, as `truth` does. */
export declare function fpTruthValue(v: unknown): Truth;
/**
 * `c.where(predicate).exists()`: whether the predicate is true for some item. Every item is
 * evaluated, as `fpWhere` does, so a bail on any of them still reaches fhirpath.js.
 */
export declare function fpAny(c: Collection, predicate: (item: unknown) => Truth): boolean;
export declare function fpNot3(a: boolean): boolean;
export declare function fpNot3(a: Truth): Truth;
export declare function fpOr3(a: boolean, b: boolean): boolean;
export declare function fpOr3(a: Truth, b: Truth): Truth;
export declare function fpAnd3(a: boolean, b: boolean): boolean;
export declare function fpAnd3(a: Truth, b: Truth): Truth;
export declare function fpXor3(a: boolean, b: boolean): boolean;
export declare function fpXor3(a: Truth, b: Truth): Truth;
export declare function fpImplies3(a: boolean, b: boolean): boolean;
export declare function fpImplies3(a: Truth, b: Truth): Truth;
export declare function fpNeValue(x: unknown, y: unknown): Truth;
export declare function fpLtValue(x: unknown, y: unknown): Truth;
export declare function fpLeValue(x: unknown, y: unknown): Truth;
export declare function fpGtValue(x: unknown, y: unknown): Truth;
export declare function fpGeValue(x: unknown, y: unknown): Truth;
export declare function fpContainsValue(text: unknown, arg: unknown): Truth;
export declare function fpStartsWithValue(text: unknown, arg: unknown): Truth;
export declare function fpEndsWithValue(text: unknown, arg: unknown): Truth;
/** An invariant with its boolean translation. */
export interface BooleanInvariant {
    readonly inv: Invariant;
    readonly fn: (node: unknown) => Truth;
}
/** What a translated invariant gives when it bails (see {@link checkTruth}). */
export interface Bailed {
    readonly bailed: true;
}
/** The one {@link Bailed} value. */
export declare const BAILED: Bailed;
/**
 * Reports the verdict of an invariant's boolean translation on `node`, or, when it bailed
 * ({@link BAILED}: its `try` caught a bail, or anything else such as a stack overflow on hostile
 * input), lets fhirpath.js decide, as the interpreter does. Same issues as `checkInvariant` and
 * `checkTranslatedInvariant` (whose verdict "empty → false" is `result !== true` here). The
 * generator emits the translation of an object's invariant inline in the object's check, its
 * result going here; an occurrence's goes through {@link checkBooleanInvariant}.
 */
export declare function checkTruth(result: Truth | Bailed, node: unknown, x: Ctx, q: Path, inv: Invariant): boolean;
/**
 * Checks an invariant with its boolean translation as a function (`t.fn`), falling back to
 * fhirpath.js when it bails (see {@link checkTruth}). In fast mode an invariant that cannot give
 * an error is not evaluated.
 */
export declare function checkBooleanInvariant(node: unknown, x: Ctx, q: Path, t: BooleanInvariant): boolean;
