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
 * - `Coding`, `Quantity`: system and code together (keys `system + ' ' + code`; a system is a
 *   URI and has no whitespace, so the key is unambiguous). Without a system or a code the value
 *   cannot be in the value set.
 * - `CodeableConcept`: at least one coding in the value set. A concept with text only satisfies
 *   an extensible or preferred binding ("text if no code fits") but not a required one.
 *
 * This file is copied verbatim into the generated package; it imports only sibling runtime files.
 */
import type { Ctx } from './context.js';
export type BindingStrength = 'required' | 'extensible' | 'preferred';
/** Membership in a value set: a code, or a `system + ' ' + code` key for codings. */
export type CodePredicate = (key: string) => boolean;
/** One binding: the value set's members, its strength and URL (for messages). */
export interface Binding {
    readonly has: CodePredicate;
    readonly strength: BindingStrength;
    readonly valueSet: string;
}
/** A binding whose value set cannot be listed. */
export interface UncheckedBinding {
    readonly strength: BindingStrength;
    readonly valueSet: string;
    readonly reason: string;
}
/** The key {@link checkCoding} looks up, or undefined when the coding lacks a system or a code. */
export declare function codingKey(v: Record<string, unknown>): string | undefined;
/** Whether `v` is a code of the value set: the inline shortcut generated code takes before {@link checkCode}. */
export declare function codeIn(v: unknown, has: CodePredicate): boolean;
/** A `code` (or `string`/`uri`) value bound to a value set. */
export declare function checkCode(v: unknown, x: Ctx, q: string, b: Binding): boolean;
/** A `Coding` (or `Quantity`) bound to a value set. */
export declare function checkCoding(v: unknown, x: Ctx, q: string, b: Binding): boolean;
/** A `CodeableConcept` bound to a value set: some coding must be in it. */
export declare function checkConcept(v: unknown, x: Ctx, q: string, b: Binding): boolean;
/**
 * A binding that cannot be checked (value set not enumerable): information only, in collecting
 * mode only.
 */
export declare function bindingNotChecked(v: unknown, x: Ctx, q: string, b: UncheckedBinding): boolean;
