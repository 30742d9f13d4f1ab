/**
 * instant
 *
 * Base StructureDefinition for instant Type: An instant in time - known at least to the second
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/instant
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirInstant = string;
