/**
 * integer
 *
 * Base StructureDefinition for integer Type: A whole number
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/integer
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirInteger = number;
import * as vrt from './runtime/validate/index.js';
export declare function checkFhirInteger(v: unknown, x: vrt.Ctx, p: string, d: number): boolean;
/**
 * Validates a value against integer (http://hl7.org/fhir/StructureDefinition/integer).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 */
export declare function validateFhirInteger(value: unknown): vrt.OperationOutcome;
/** True exactly when {@link validateFhirInteger} reports no error or fatal issue: integer (http://hl7.org/fhir/StructureDefinition/integer). */
export declare function isFhirInteger(value: unknown): value is FhirInteger;
