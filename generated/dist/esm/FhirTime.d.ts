/**
 * time
 *
 * Base StructureDefinition for time Type: A time during the day, with no date specified
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/time
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirTime = string;
import * as vrt from './runtime/validate/index.js';
export declare function checkFhirTime(v: unknown, x: vrt.Ctx, p: string, d: number): boolean;
/**
 * Validates a value against time (http://hl7.org/fhir/StructureDefinition/time).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 */
export declare function validateFhirTime(value: unknown): vrt.OperationOutcome;
/** True exactly when {@link validateFhirTime} reports no error or fatal issue: time (http://hl7.org/fhir/StructureDefinition/time). */
export declare function isFhirTime(value: unknown): value is FhirTime;
