/**
 * date
 *
 * Base StructureDefinition for date Type: A date or partial date (e.g. just year or year + month). There is no time zone. The format is a union of the schema types gYear, gYearMonth and date.  Dates SHALL be valid dates.
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/date
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirDate = string;
import * as vrt from './runtime/validate/index.js';
export declare function checkFhirDate(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against date (http://hl7.org/fhir/StructureDefinition/date).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateFhirDate(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateFhirDate} with the same options reports no error or fatal issue: date (http://hl7.org/fhir/StructureDefinition/date). */
export declare function isFhirDate(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is FhirDate;
