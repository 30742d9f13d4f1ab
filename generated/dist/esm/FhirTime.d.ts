/**
 * time
 *
 * Base StructureDefinition for time Type: A time during the day, with no date specified
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/time
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirTime = string;
import * as vrt from './runtime/validate/index.js';
export declare function checkFhirTime(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against time (http://hl7.org/fhir/StructureDefinition/time).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateFhirTime(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateFhirTime} with the same options reports no error or fatal issue: time (http://hl7.org/fhir/StructureDefinition/time). */
export declare function isFhirTime(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is FhirTime;
