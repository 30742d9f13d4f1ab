/**
 * base64Binary
 *
 * Base StructureDefinition for base64Binary Type: A stream of bytes
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/base64Binary
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirBase64Binary = string;
