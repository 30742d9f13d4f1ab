/**
 * unsignedInt
 *
 * Base StructureDefinition for unsignedInt type: An integer with a value that is not negative (e.g. >= 0)
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/unsignedInt
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirUnsignedInt = number;
import * as vrt from './runtime/validate/index.js';
export declare function checkFhirUnsignedInt(v: unknown, x: vrt.Ctx, p: string, d: number): boolean;
/**
 * Validates a value against unsignedInt (http://hl7.org/fhir/StructureDefinition/unsignedInt).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 */
export declare function validateFhirUnsignedInt(value: unknown): vrt.OperationOutcome;
/** True exactly when {@link validateFhirUnsignedInt} reports no error or fatal issue: unsignedInt (http://hl7.org/fhir/StructureDefinition/unsignedInt). */
export declare function isFhirUnsignedInt(value: unknown): value is FhirUnsignedInt;
