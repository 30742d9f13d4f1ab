/**
 * xhtml
 *
 * Base StructureDefinition for xhtml Type
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/xhtml
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirXhtml = string;
