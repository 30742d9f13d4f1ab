/**
 * boolean
 *
 * Base StructureDefinition for boolean Type: Value of "true" or "false"
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/boolean
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirBoolean = boolean;
