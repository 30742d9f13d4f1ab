/**
 * unsignedInt
 *
 * Base StructureDefinition for unsignedInt type: An integer with a value that is not negative (e.g. >= 0)
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/unsignedInt
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirUnsignedInt = number;
import * as vrt from './runtime/validate/index.js';
export declare function checkFhirUnsignedInt(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against unsignedInt (http://hl7.org/fhir/StructureDefinition/unsignedInt).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateFhirUnsignedInt(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateFhirUnsignedInt} with the same options reports no error or fatal issue: unsignedInt (http://hl7.org/fhir/StructureDefinition/unsignedInt). */
export declare function isFhirUnsignedInt(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is FhirUnsignedInt;
