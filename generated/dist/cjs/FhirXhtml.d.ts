/**
 * xhtml
 *
 * Base StructureDefinition for xhtml Type
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/xhtml
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirXhtml = string;
import * as vrt from './runtime/validate/index.js';
export declare function checkFhirXhtml(v: unknown, x: vrt.Ctx, p: string, d: number): boolean;
/**
 * Validates a value against xhtml (http://hl7.org/fhir/StructureDefinition/xhtml).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 */
export declare function validateFhirXhtml(value: unknown): vrt.OperationOutcome;
/** True exactly when {@link validateFhirXhtml} reports no error or fatal issue: xhtml (http://hl7.org/fhir/StructureDefinition/xhtml). */
export declare function isFhirXhtml(value: unknown): value is FhirXhtml;
