/**
 * boolean
 *
 * Base StructureDefinition for boolean Type: Value of "true" or "false"
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/boolean
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirBoolean = boolean;
import * as vrt from './runtime/validate/index.js';
export declare function checkFhirBoolean(v: unknown, x: vrt.Ctx, p: string, d: number): boolean;
/**
 * Validates a value against boolean (http://hl7.org/fhir/StructureDefinition/boolean).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 */
export declare function validateFhirBoolean(value: unknown): vrt.OperationOutcome;
/** True exactly when {@link validateFhirBoolean} reports no error or fatal issue: boolean (http://hl7.org/fhir/StructureDefinition/boolean). */
export declare function isFhirBoolean(value: unknown): value is FhirBoolean;
