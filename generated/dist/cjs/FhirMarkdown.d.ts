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
import * as vrt from './runtime/validate/index.js';
export declare function checkFhirMarkdown(v: unknown, x: vrt.Ctx, p: string, d: number): boolean;
/**
 * Validates a value against markdown (http://hl7.org/fhir/StructureDefinition/markdown).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 */
export declare function validateFhirMarkdown(value: unknown): vrt.OperationOutcome;
/** True exactly when {@link validateFhirMarkdown} reports no error or fatal issue: markdown (http://hl7.org/fhir/StructureDefinition/markdown). */
export declare function isFhirMarkdown(value: unknown): value is FhirMarkdown;
