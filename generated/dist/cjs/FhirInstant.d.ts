/**
 * instant
 *
 * Base StructureDefinition for instant Type: An instant in time - known at least to the second
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/instant
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirInstant = string;
import * as vrt from './runtime/validate/index.js';
export declare function checkFhirInstant(v: unknown, x: vrt.Ctx, p: string, d: number): boolean;
/**
 * Validates a value against instant (http://hl7.org/fhir/StructureDefinition/instant).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 */
export declare function validateFhirInstant(value: unknown): vrt.OperationOutcome;
/** True exactly when {@link validateFhirInstant} reports no error or fatal issue: instant (http://hl7.org/fhir/StructureDefinition/instant). */
export declare function isFhirInstant(value: unknown): value is FhirInstant;
