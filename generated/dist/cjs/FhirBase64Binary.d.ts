/**
 * base64Binary
 *
 * Base StructureDefinition for base64Binary Type: A stream of bytes
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/base64Binary
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirBase64Binary = string;
import * as vrt from './runtime/validate/index.js';
export declare function checkFhirBase64Binary(v: unknown, x: vrt.Ctx, p: string, d: number): boolean;
/**
 * Validates a value against base64Binary (http://hl7.org/fhir/StructureDefinition/base64Binary).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 */
export declare function validateFhirBase64Binary(value: unknown): vrt.OperationOutcome;
/** True exactly when {@link validateFhirBase64Binary} reports no error or fatal issue: base64Binary (http://hl7.org/fhir/StructureDefinition/base64Binary). */
export declare function isFhirBase64Binary(value: unknown): value is FhirBase64Binary;
