/**
 * uri
 *
 * Base StructureDefinition for uri Type: String of characters used to identify a name or a resource
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/uri
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirUri = string;
import * as vrt from './runtime/validate/index.js';
export declare function checkFhirUri(v: unknown, x: vrt.Ctx, p: string, d: number): boolean;
/**
 * Validates a value against uri (http://hl7.org/fhir/StructureDefinition/uri).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 */
export declare function validateFhirUri(value: unknown): vrt.OperationOutcome;
/** True exactly when {@link validateFhirUri} reports no error or fatal issue: uri (http://hl7.org/fhir/StructureDefinition/uri). */
export declare function isFhirUri(value: unknown): value is FhirUri;
