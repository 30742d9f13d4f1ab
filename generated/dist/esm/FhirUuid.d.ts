/**
 * uuid
 *
 * Base StructureDefinition for uuid type: A UUID, represented as a URI
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/uuid
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirUuid = string;
