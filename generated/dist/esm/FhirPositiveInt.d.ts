/**
 * positiveInt
 *
 * Base StructureDefinition for positiveInt type: An integer with a value that is positive (e.g. >0)
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/positiveInt
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirPositiveInt = number;
import * as vrt from './runtime/validate/index.js';
export declare function checkFhirPositiveInt(v: unknown, x: vrt.Ctx, p: string, d: number): boolean;
/**
 * Validates a value against positiveInt (http://hl7.org/fhir/StructureDefinition/positiveInt).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 */
export declare function validateFhirPositiveInt(value: unknown): vrt.OperationOutcome;
/** True exactly when {@link validateFhirPositiveInt} reports no error or fatal issue: positiveInt (http://hl7.org/fhir/StructureDefinition/positiveInt). */
export declare function isFhirPositiveInt(value: unknown): value is FhirPositiveInt;
