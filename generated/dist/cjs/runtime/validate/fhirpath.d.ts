/**
 * FHIRPath invariants (`ElementDefinition.constraint`), evaluated with fhirpath.js and its STU3
 * model.
 *
 * FHIRPath is the slow fallback: a compiled evaluation costs microseconds, hand-written checks
 * nanoseconds. Generated validators should check structural rules natively (in particular
 * `ele-1`, "has a value or children", on every element) and call these only for the constraints
 * they cannot translate.
 *
 * Verdicts, per FHIR: an invariant holds only when its expression evaluates to `true`.
 *
 * - `[true]` → `true`; `[false]` → `false`.
 * - `[]` (empty) → `false`. The HL7 reference validator (`convertToBoolean`) and the Firely SDK
 *   (firely-net-sdk#1929, "FhirPath invariants should only be met if the result is `true`, not
 *   `false` or `empty`") both treat an empty result as a failed constraint.
 * - A single non-boolean item → `true` (FHIRPath "singleton evaluation of collections": a single
 *   item in a boolean context is `true`).
 * - More than one item → `{ error }` (FHIRPath: a multi-item collection in a boolean context is
 *   an error).
 * - Any exception (syntax error, function fhirpath.js does not implement such as `conformsTo()`,
 *   async-only functions such as `resolve()`/`memberOf()`, stack overflow on hostile input) →
 *   `{ error }`. Nothing here throws.
 *
 * This file is copied verbatim into the generated package; it imports only `fhirpath` and its
 * STU3 model.
 */
/** One constraint, as found in `ElementDefinition.constraint`, plus the path it sits on. */
export interface InvariantSpec {
    /** `constraint.key`, e.g. `pat-1`. */
    readonly key: string;
    /**
     * `ElementDefinition.path` of the element that carries the constraint, e.g. `Patient.contact`,
     * or the resource type (`Patient`) for resource-level constraints. fhirpath.js needs it as the
     * `base` to type the node: without it `hasValue()` and `children()` do not work on elements
     * (STU3 `ele-1` returns `false` on a valid `Identifier`) and choice elements such as
     * `Observation.component.value` are not found.
     */
    readonly path: string;
    /** `constraint.expression` (FHIRPath). */
    readonly expression: string;
    /** `constraint.severity`. */
    readonly severity: 'error' | 'warning';
    /** `constraint.human`, for messages. */
    readonly human: string;
}
/** `true` / `false`: the constraint holds / does not hold. `{ error }`: it could not be evaluated. */
export type InvariantResult = boolean | {
    readonly error: string;
};
/**
 * Evaluates one invariant.
 *
 * @param node - the element the constraint is on (a JSON value of the type at `spec.path`)
 * @param resource - `%resource`: the resource that contains `node` (for a contained resource,
 *   the contained resource itself)
 * @param rootResource - `%rootResource`: the outermost resource (the container of a contained
 *   resource; otherwise the same as `resource`)
 */
export type CompiledInvariant = (node: unknown, resource: unknown, rootResource: unknown) => InvariantResult;
/**
 * Prepares an invariant for evaluation. Compilation is lazy: the expression is parsed on the
 * first evaluation (so importing a validator module with thousands of constraints costs nothing),
 * once per distinct `(path, expression)` for the whole process, through the module cache.
 *
 * STU3's `ele-1` (`hasValue() | (children().count() > id.count())`) is rewritten to the `or` form
 * it was meant to be. `%resource` and `%rootResource` are passed as environment variables;
 * `trace()` is silenced. The returned function never throws.
 *
 * @param spec - the constraint and the element path it sits on
 * @returns the evaluator
 */
export declare function compileInvariant(spec: InvariantSpec): CompiledInvariant;
/**
 * The diagnostics text for a constraint that did not hold or could not be evaluated, in the
 * HL7 validator's wording: `Constraint failed: pat-1: 'SHALL at least contain ...'`.
 *
 * Suggested issues: `false` → severity `spec.severity`, code `invariant`; `{ error }` → severity
 * `warning`, code `processing` (the instance was not shown to be invalid; the engine could not
 * decide).
 *
 * @param spec - the constraint
 * @param result - its result, `false` or `{ error }`
 */
export declare function invariantDiagnostic(spec: InvariantSpec, result: false | {
    readonly error: string;
}): string;
