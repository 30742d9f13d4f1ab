/**
 * instant
 *
 * Base StructureDefinition for instant Type: An instant in time - known at least to the second
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/instant
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirInstant = string;
import * as vrt from './runtime/validate/index.js';
export declare function checkFhirInstant(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against instant (http://hl7.org/fhir/StructureDefinition/instant).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateFhirInstant(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateFhirInstant} with the same options reports no error or fatal issue: instant (http://hl7.org/fhir/StructureDefinition/instant). */
export declare function isFhirInstant(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is FhirInstant;
