/**
 * uri
 *
 * Base StructureDefinition for uri Type: String of characters used to identify a name or a resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/uri
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirUri = string;
