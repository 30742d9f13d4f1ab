/**
 * What a generated builder does at run time: fill in what the profile fixes, then check the result with
 * the generated validator. Each builder passes a small {@link FillSpec} literal, generated from the
 * profile; all logic lives here so that the per-profile code stays one call.
 *
 * Filling never overwrites a value the input gives (a JavaScript caller can pass anything): a conflicting
 * value stays, and the validator reports it. The input is not modified; the result shares the sub-objects
 * the builder had nothing to fill in.
 *
 * This file is copied verbatim into the generated package (`src/runtime/build/`).
 */
import type { OperationOutcome } from '../validate/outcome.js';
/** What to fill into one object (a resource, a backbone element, a slice, an extension). */
export interface FillSpec {
    /** Resources: the `resourceType`, written first. */
    readonly resourceType?: string;
    /** Profiled resources: the canonical URL added to `meta.profile` when it is not there. */
    readonly profile?: string;
    /** Fixed values (`system`, `url`, `use`...), set when the input leaves them out. */
    readonly set?: Readonly<Record<string, unknown>>;
    /** Property -> what to fill into its value (every item, for an array). */
    readonly each?: Readonly<Record<string, FillSpec>>;
    /** Property -> what to fill into its leading items: the required slices, in profile order. */
    readonly lead?: Readonly<Record<string, readonly FillSpec[]>>;
    /**
     * Coded property (Coding or CodeableConcept) -> the code system of its required binding, when that
     * binding's codes all come from one system: written into each coding that has a code and no system.
     */
    readonly system?: Readonly<Record<string, string>>;
}
type JsonObject = Record<string, unknown>;
/** Fills `spec` into a copy of `input`. */
export declare function fillObject(input: object, spec: FillSpec): JsonObject;
/**
 * A slice or part helper: fills, does not validate (a slice is checked as part of the resource or
 * extension it goes into, by that builder). The result type is what the generated input type guarantees
 * once `spec` is filled in.
 */
export declare function fillPart<T>(input: object, spec: FillSpec): T;
/**
 * What a checking builder passes: its input and fill spec, the generated guard and validator of its
 * type, and the type's name for the {@link BuildError}.
 */
export type CheckedFillArgs<T> = readonly [
    input: object,
    spec: FillSpec,
    is: (value: unknown) => value is T,
    validate: (value: unknown) => OperationOutcome,
    typeName: string
];
/**
 * A resource builder: fills, then runs the generated guard and, when it fails, the generated validator,
 * and throws a {@link BuildError} with its OperationOutcome.
 */
export declare function fillAndCheck<T>(...args: CheckedFillArgs<T>): T;
/**
 * An extension or datatype profile builder: like {@link fillAndCheck}, except that failed invariants
 * (issue code `invariant`) do not throw. A part's invariants may depend on the resource it goes into,
 * which does not exist yet (`ref-1`: a `#id` reference must name a contained resource of that resource);
 * the builder of that resource checks them. Every other error throws.
 */
export declare function fillAndCheckPart<T>(...args: CheckedFillArgs<T>): T;
export {};
