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
