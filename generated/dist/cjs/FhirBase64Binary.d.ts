/**
 * base64Binary
 *
 * Base StructureDefinition for base64Binary Type: A stream of bytes
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/base64Binary
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirBase64Binary = string;
import * as vrt from './runtime/validate/index.js';
export declare function checkFhirBase64Binary(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against base64Binary (http://hl7.org/fhir/StructureDefinition/base64Binary).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateFhirBase64Binary(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateFhirBase64Binary} with the same options reports no error or fatal issue: base64Binary (http://hl7.org/fhir/StructureDefinition/base64Binary). */
export declare function isFhirBase64Binary(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is FhirBase64Binary;
