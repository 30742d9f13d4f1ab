/**
 * JSON shape checks: "this element is an object", its keys are known, its `resourceType` is right,
 * a choice `[x]` has exactly one variant. Also the path helpers every check uses, and the native
 * form of `ele-1` for objects ("All FHIR elements must have a @value or children").
 *
 * Locations are handles into the validation's path stack (see `paths.ts`): {@link toChild} and
 * {@link toItem} descend, writing one step; {@link here}, {@link at} and {@link itemAt} make the text
 * of a location, and are called only to report an issue.
 *
 * This file is copied verbatim into the generated package; it imports only sibling runtime files.
 */
import type { Ctx } from './context.js';
import { type Path } from './paths.js';
/**
 * Descends into a child element: `seg` is already a FHIRPath step (`identifier`,
 * `value.ofType(Quantity)`). The step is written in both modes: a store costs less than a test of
 * the mode, and every handle then stays right whichever mode reads it.
 */
export declare function toChild(x: Ctx, p: Path, seg: string): Path;
/** Descends into the item `i` of a repeating element. */
export declare function toItem(x: Ctx, q: Path, i: number): Path;
/** The text of location `q`, for an issue. */
export declare function here(x: Ctx, q: Path): string;
/** The text of the child element `seg` of `p`, for an issue (no step is written). */
export declare function at(x: Ctx, p: Path, seg: string): string;
/** The text of the item `i` of `q`, for an issue (no step is written). */
export declare function itemAt(x: Ctx, q: Path, i: number): string;
/** A JSON key, quoted and cut short: keys come from the input and may be anything. */
export declare function showKey(key: string): string;
/**
 * The object to check the content of, or `undefined` when `v` is not one (reported as a
 * `structure` error), when the nesting is deeper than {@link MAX_DEPTH}, or when a big validation
 * reaches an object a second time (see `TRACK_FROM`; reported too, nothing below is looked at).
 *
 * @param type - what was expected, for the message (`Identifier`, `Patient.contact`)
 */
export declare function objectAt(v: unknown, x: Ctx, q: Path, d: number, type: string): Record<string, unknown> | undefined;
/**
 * A key of `o` that the definition does not know, met while walking its keys with `for...in`:
 * reported as a `structure` error, unless it is inherited (`for...in` also visits enumerable
 * properties of the prototype, which only a polluted `Object.prototype` has; they are not the
 * instance's content).
 *
 * @returns false when it was reported
 */
export declare function unknownKey(o: Record<string, unknown>, key: string, x: Ctx, q: Path): boolean;
/** Native `ele-1` for an object with no content besides `id`: reports it. Always returns false. */
export declare function emptyElement(x: Ctx, q: Path): false;
/**
 * Reports every own key of `o` that is not in `known` (`structure`), and, when `ele1` is set, an
 * object with no content besides `id` (`invariant`, native `ele-1`). Generated validators do the
 * same walk inline (a `switch` over the keys, see emit/validators/key-scan.ts); the interpreter and
 * the runtime's own object checks call this.
 *
 * @returns false when anything was reported
 */
export declare function checkKeys(o: Record<string, unknown>, known: ReadonlySet<string>, x: Ctx, q: Path, ele1: boolean): boolean;
/**
 * `resourceType` must be present and equal `type`; for the abstract `Resource`/`DomainResource`
 * any string is accepted.
 */
export declare function checkResourceType(o: Record<string, unknown>, x: Ctx, q: Path, type: string): boolean;
/**
 * The variants of a choice element for {@link checkChoice}: each JSON name and its `_` sibling
 * mapped to the variant's index. Built once per choice element (generated code hoists it).
 */
export declare function choiceVariants(names: readonly string[]): ReadonlyMap<string, number>;
/**
 * A choice element `name[x]` is present at most once: counts the variants present (a primitive
 * variant counts when its value or its `_` sibling is there) and reports more than one. The
 * minimum cardinality is checked here too, as the variants are separate JSON properties. Walks the
 * object's keys, not the variants: the base Extension's `value[x]` has 38 of them.
 *
 * @param variants - from {@link choiceVariants}
 * @param seg - the FHIRPath step of the choice (`value`)
 */
export declare function checkChoice(o: Record<string, unknown>, variants: ReadonlyMap<string, number>, x: Ctx, p: Path, seg: string, min: number): boolean;
/**
 * Reads an own property. Generated code uses plain property access for FHIR element names; this is
 * for names that are also members of `Object.prototype` (only a hostile profile would use them),
 * which plain access would find on the prototype when they are absent.
 */
export declare function own(o: Record<string, unknown>, key: string): unknown;
/**
 * The number of bits set in a 31-bit presence word (see emit/validators/key-scan.ts): how many
 * variants of a choice have their key in the object.
 */
export declare function bitCount(word: number): number;
