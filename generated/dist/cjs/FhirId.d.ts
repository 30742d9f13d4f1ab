/**
 * id
 *
 * Base StructureDefinition for id type: Any combination of letters, numerals, "-" and ".", with a length limit of 64 characters.  (This might be an integer, an unprefixed OID, UUID or any other identifier pattern that meets these constraints.)  Ids are case-insensitive.
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/id
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirId = string;
import * as vrt from './runtime/validate/index.js';
export declare function checkFhirId(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against id (http://hl7.org/fhir/StructureDefinition/id).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateFhirId(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateFhirId} with the same options reports no error or fatal issue: id (http://hl7.org/fhir/StructureDefinition/id). */
export declare function isFhirId(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is FhirId;
