/**
 * string
 *
 * Base StructureDefinition for string Type: A sequence of Unicode characters
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/string
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirString = string;
import * as vrt from './runtime/validate/index.js';
export declare function checkFhirString(v: unknown, x: vrt.Ctx, p: string, d: number): boolean;
/**
 * Validates a value against string (http://hl7.org/fhir/StructureDefinition/string).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 */
export declare function validateFhirString(value: unknown): vrt.OperationOutcome;
/** True exactly when {@link validateFhirString} reports no error or fatal issue: string (http://hl7.org/fhir/StructureDefinition/string). */
export declare function isFhirString(value: unknown): value is FhirString;
