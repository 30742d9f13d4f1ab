/**
 * string
 *
 * Base StructureDefinition for string Type: A sequence of Unicode characters
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/string
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirString = string;
