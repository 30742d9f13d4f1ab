/**
 * id
 *
 * Base StructureDefinition for id type: Any combination of letters, numerals, "-" and ".", with a length limit of 64 characters.  (This might be an integer, an unprefixed OID, UUID or any other identifier pattern that meets these constraints.)  Ids are case-insensitive.
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/id
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirId = string;
