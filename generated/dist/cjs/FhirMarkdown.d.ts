/**
 * markdown
 *
 * Base StructureDefinition for markdown type: A string that may contain markdown syntax for optional processing by a mark down presentation engine
 *
 * - Canonical URL: http://hl7.org/fhir/StructureDefinition/markdown
 * - Source: hl7.fhir.core#3.0.1
 * - FHIR primitive-type
 */
export type FhirMarkdown = string;
import * as vrt from './runtime/validate/index.js';
export declare function checkFhirMarkdown(v: unknown, x: vrt.Ctx, p: vrt.Path, d: number): boolean;
/**
 * Validates a value against markdown (http://hl7.org/fhir/StructureDefinition/markdown).
 * Never throws; the outcome always has at least one issue ("No issues detected" when valid).
 *
 * Extensions, contained resources and Bundle entries are found by what the instance names (`url`,
 * `resourceType`, `meta.profile`) in the definitions this module imports; what it does not import is
 * checked as far as it can be and reported as `information` (`not-supported`), so importing this
 * module does not bundle the whole package. Pass `{ registry }` (exported by the package root) to
 * check those against their definitions too, as the root `validate()` does.
 */
export declare function validateFhirMarkdown(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): vrt.OperationOutcome;
/** True exactly when {@link validateFhirMarkdown} with the same options reports no error or fatal issue: markdown (http://hl7.org/fhir/StructureDefinition/markdown). */
export declare function isFhirMarkdown(value: unknown, options?: {
    readonly registry?: vrt.Registry;
}): value is FhirMarkdown;
