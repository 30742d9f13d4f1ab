/**
 * integer
 *
 * Base StructureDefinition for integer Type: A whole number
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/integer
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirInteger = number;
