/**
 * code
 *
 * Base StructureDefinition for code type: A string which has at least one character and no leading or trailing whitespace and where there is no whitespace other than single spaces in the contents
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/code
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirCode = string;
import * as vrt from './runtime/validate/index.js';
export declare function checkFhirCode(v: unknown, x: vrt.Ctx, p: string, d: number): boolean;
/**
 * Validates a value against code (http://hl7.org/fhir/StructureDefinition/code).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 */
export declare function validateFhirCode(value: unknown): vrt.OperationOutcome;
/** True exactly when {@link validateFhirCode} reports no error or fatal issue: code (http://hl7.org/fhir/StructureDefinition/code). */
export declare function isFhirCode(value: unknown): value is FhirCode;
