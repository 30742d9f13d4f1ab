/**
 * positiveInt
 *
 * Base StructureDefinition for positiveInt type: An integer with a value that is positive (e.g. >0)
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/positiveInt
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirPositiveInt = number;
