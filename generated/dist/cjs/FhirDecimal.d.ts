/**
 * decimal
 *
 * Base StructureDefinition for decimal Type: A rational number with implicit precision
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/decimal
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirDecimal = number;
import * as vrt from './runtime/validate/index.js';
export declare function checkFhirDecimal(v: unknown, x: vrt.Ctx, p: string, d: number): boolean;
/**
 * Validates a value against decimal (http://hl7.org/fhir/StructureDefinition/decimal).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 */
export declare function validateFhirDecimal(value: unknown): vrt.OperationOutcome;
/** True exactly when {@link validateFhirDecimal} reports no error or fatal issue: decimal (http://hl7.org/fhir/StructureDefinition/decimal). */
export declare function isFhirDecimal(value: unknown): value is FhirDecimal;
