/**
 * dateTime
 *
 * Base StructureDefinition for dateTime Type: A date, date-time or partial date (e.g. just year or year + month).  If hours and minutes are specified, a time zone SHALL be populated. The format is a union of the schema types gYear, gYearMonth, date and dateTime. Seconds must be provided due to schema type constraints but may be zero-filled and may be ignored.                 Dates SHALL be valid dates.
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/dateTime
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirDateTime = string;
import * as vrt from './runtime/validate/index.js';
export declare function checkFhirDateTime(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against dateTime (http://hl7.org/fhir/StructureDefinition/dateTime).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateFhirDateTime(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateFhirDateTime} with the same options reports no error or fatal issue: dateTime (http://hl7.org/fhir/StructureDefinition/dateTime). */
export declare function isFhirDateTime(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is FhirDateTime;
