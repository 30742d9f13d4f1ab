/**
 * Terminology bindings against value sets whose codes are known when the package is generated.
 *
 * The severity follows the binding strength: `required` → error, `extensible` → warning,
 * `preferred` → information (`example` bindings are not checked). Issue code `code-invalid`.
 * A value set that cannot be enumerated from the FHIR packages (a filter over SNOMED CT, an
 * external code system) is reported once per occurrence as "not checked" (severity information,
 * code `not-supported`), never as an error, and only for required and extensible bindings.
 *
 * What is compared:
 * - `code`, `string`, `uri`: the code alone.
 * - `Coding`, `Quantity`: system and code together (a {@link CodingPredicate} of both). Without a
 *   system or a code the value cannot be in the value set.
 * - `CodeableConcept`: at least one coding in the value set. A concept with text only satisfies
 *   an extensible or preferred binding ("text if no code fits") but not a required one.
 *
 * This file is copied verbatim into the generated package; it imports only sibling runtime files.
 */
import type { Ctx } from './context.js';
import type { Path } from './paths.js';
export type BindingStrength = 'required' | 'extensible' | 'preferred';
/** Membership of a code in a value set (for `code`, `string` and `uri` elements). */
export type CodePredicate = (code: string) => boolean;
/**
 * Membership of a coding in a value set, by system and code. Two arguments rather than one
 * `system + ' ' + code` key: that key was a new string per coding, copied and hashed again for
 * each lookup (the generated predicates compare the system and look the code up).
 */
export type CodingPredicate = (system: string, code: string) => boolean;
/** One binding of a `code` element: the value set's members, its strength and URL (for messages). */
export interface Binding {
    readonly has: CodePredicate;
    readonly strength: BindingStrength;
    readonly valueSet: string;
}
/** One binding of a `Coding`, `Quantity` or `CodeableConcept` element. */
export interface CodingBinding {
    readonly has: CodingPredicate;
    readonly strength: BindingStrength;
    readonly valueSet: string;
}
/** A binding whose value set cannot be listed. */
export interface UncheckedBinding {
    readonly strength: BindingStrength;
    readonly valueSet: string;
    readonly reason: string;
}
/** Whether `v` is a code of the value set: the inline shortcut generated code takes before {@link checkCode}. */
export declare function codeIn(v: unknown, has: CodePredicate): boolean;
/** A `code` (or `string`/`uri`) value bound to a value set. */
export declare function checkCode(v: unknown, x: Ctx, q: Path, b: Binding): boolean;
/** A `Coding` (or `Quantity`) bound to a value set. */
export declare function checkCoding(v: unknown, x: Ctx, q: Path, b: CodingBinding): boolean;
/** A `CodeableConcept` bound to a value set: some coding must be in it. */
export declare function checkConcept(v: unknown, x: Ctx, q: Path, b: CodingBinding): boolean;
/**
 * A binding that cannot be checked (value set not enumerable): information only, in collecting
 * mode only.
 */
export declare function bindingNotChecked(v: unknown, x: Ctx, q: Path, b: UncheckedBinding): boolean;
