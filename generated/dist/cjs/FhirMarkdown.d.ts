/**
 * markdown
 *
 * Base StructureDefinition for markdown type: A string that may contain markdown syntax for optional processing by a mark down presentation engine
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/markdown
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirMarkdown = string;
