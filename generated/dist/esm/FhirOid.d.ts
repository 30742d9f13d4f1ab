/**
 * oid
 *
 * Base StructureDefinition for oid type: An OID represented as a URI
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/oid
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirOid = string;
import * as vrt from './runtime/validate/index.js';
export declare function checkFhirOid(v: unknown, x: vrt.Ctx, p: string, d: number): boolean;
/**
 * Validates a value against oid (http://hl7.org/fhir/StructureDefinition/oid).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 */
export declare function validateFhirOid(value: unknown): vrt.OperationOutcome;
/** True exactly when {@link validateFhirOid} reports no error or fatal issue: oid (http://hl7.org/fhir/StructureDefinition/oid). */
export declare function isFhirOid(value: unknown): value is FhirOid;
