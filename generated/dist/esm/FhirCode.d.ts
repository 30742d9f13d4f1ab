/**
 * code
 *
 * Base StructureDefinition for code type: A string which has at least one character and no leading or trailing whitespace and where there is no whitespace other than single spaces in the contents
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/code
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirCode = string;
