/**
 * decimal
 *
 * Base StructureDefinition for decimal Type: A rational number with implicit precision
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/decimal
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirDecimal = number;
import * as vrt from './runtime/validate/index.js';
export declare function checkFhirDecimal(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against decimal (http://hl7.org/fhir/StructureDefinition/decimal).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateFhirDecimal(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateFhirDecimal} with the same options reports no error or fatal issue: decimal (http://hl7.org/fhir/StructureDefinition/decimal). */
export declare function isFhirDecimal(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is FhirDecimal;
