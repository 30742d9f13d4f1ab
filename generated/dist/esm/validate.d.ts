import * as vrt from './runtime/validate/index.js';
export { registry } from './validators/dispatch.js';
export type { IssueCode, IssueSeverity, OperationOutcome, OperationOutcomeIssue } from './runtime/validate/outcome.js';
/**
 * Validates a FHIR resource (any JSON value is accepted) and returns a STU3 OperationOutcome.
 *
 * - With `options.profile` (a canonical URL, `url|version` accepted): against that profile; an
 *   unknown profile gives a `fatal` `not-found` issue.
 * - Otherwise against each `meta.profile` entry this package knows, else against the base type
 *   named by `resourceType`. Contained resources and Bundle entries are validated the same way.
 *
 * Never throws.
 */
export declare function validate(resource: unknown, options?: {
    readonly profile?: string;
}): vrt.OperationOutcome;
/**
 * True exactly when {@link validate} (with the same options) reports no `error` or `fatal` issue; faster,
 * as it stops at the first error and builds no issues. Never throws.
 */
export declare function isValid(resource: unknown, options?: {
    readonly profile?: string;
}): boolean;
