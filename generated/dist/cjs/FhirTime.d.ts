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
