/**
 * Primitive elements in their JSON form: the value (`birthDate`) checked against its STU3 type, and
 * its `_` sibling (`_birthDate`: id and extensions) checked by the function the generated code
 * passes. Repeating primitives are two aligned arrays (`given` / `_given`, `null` filling the gaps).
 * Also the native form of `ele-1` for primitives: a value, or at least one extension.
 *
 * Issue codes: a malformed value is `value`; wrong JSON shapes are `structure`.
 *
 * This file is copied verbatim into the generated package; it imports only sibling runtime files.
 */
import { type Max } from './cardinality.js';
import type { Check, Ctx } from './context.js';
import { type ExtensionOwner } from './extension.js';
import { type Stu3PrimitiveType } from './primitives.js';
import type { Path } from './paths.js';
/** The STU3 primitive types plus `xhtml` (Narrative.div). */
export type PrimitiveType = Stu3PrimitiveType | 'xhtml';
/** xhtml: a non-empty string holding one `<div>` element. */
export declare function isValidXhtml(v: unknown): boolean;
/**
 * A single primitive element: absent (then `min` decides), or present as a value, a `_` sibling
 * or both.
 *
 * @param v - the value (`o.birthDate`), possibly undefined
 * @param e - the `_` sibling (`o._birthDate`), possibly undefined
 * @param p - the parent's path; @param seg - the element's step
 * @param test - the value check for `type`
 * @param ext - the check of the `_` sibling's content, or the owner of the object the element is
 *   in (then the generic check: an optional id and extensions that sit on this element)
 */
export declare function prim(v: unknown, e: unknown, x: Ctx, p: Path, seg: string, d: number, min: number, test: (v: unknown) => boolean, type: PrimitiveType, ext: Check | ExtensionOwner): boolean;
/**
 * A repeating primitive element: absent (then `min` decides), or `v` and `e` are aligned arrays
 * (either may be absent), an item being present when its value or its extension is; count within
 * `min..max`.
 */
export declare function prims(v: unknown, e: unknown, x: Ctx, p: Path, seg: string, d: number, min: number, max: Max, test: (v: unknown) => boolean, type: PrimitiveType, ext: Check | ExtensionOwner): boolean;
/** A primitive value on its own (the check of a primitive type's StructureDefinition). */
export declare function checkPrimitiveValue(v: unknown, x: Ctx, q: Path, test: (v: unknown) => boolean, type: PrimitiveType): boolean;
/**
 * An element that is an XML attribute in FHIR (an element's `id`, an extension's `url`): a plain
 * JSON value with no `_` sibling.
 */
export declare function attribute(v: unknown, x: Ctx, p: Path, seg: string, min: number, test: (v: unknown) => boolean, type: PrimitiveType): boolean;
/** `ElementDefinition.maxLength` on a string value. */
export declare function checkMaxLength(v: unknown, x: Ctx, q: Path, max: number): boolean;
/** The check of a type the packages do not define: anything is accepted. */
export declare function acceptAny(): boolean;
