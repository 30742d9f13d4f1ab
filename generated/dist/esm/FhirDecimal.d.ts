/**
 * decimal
 *
 * Base StructureDefinition for decimal Type: A rational number with implicit precision
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/decimal
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirDecimal = number;
