/**
 * uuid
 *
 * Base StructureDefinition for uuid type: A UUID, represented as a URI
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/uuid
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirUuid = string;
import * as vrt from './runtime/validate/index.js';
export declare function checkFhirUuid(v: unknown, x: vrt.Ctx, p: string, d: number): boolean;
/**
 * Validates a value against uuid (http://hl7.org/fhir/StructureDefinition/uuid).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 */
export declare function validateFhirUuid(value: unknown): vrt.OperationOutcome;
/** True exactly when {@link validateFhirUuid} reports no error or fatal issue: uuid (http://hl7.org/fhir/StructureDefinition/uuid). */
export declare function isFhirUuid(value: unknown): value is FhirUuid;
