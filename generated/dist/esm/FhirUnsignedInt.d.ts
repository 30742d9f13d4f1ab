/**
 * unsignedInt
 *
 * Base StructureDefinition for unsignedInt type: An integer with a value that is not negative (e.g. >= 0)
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/unsignedInt
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirUnsignedInt = number;
