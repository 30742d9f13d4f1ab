/**
 * oid
 *
 * Base StructureDefinition for oid type: An OID represented as a URI
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/oid
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirOid = string;
