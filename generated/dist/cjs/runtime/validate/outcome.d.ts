/**
 * STU3 OperationOutcome types and the issue collector used on the slow path.
 *
 * A generated validator first runs its boolean fast path; only when that fails does it run the
 * slow path, which walks the input again and reports every problem into an {@link IssueCollector}.
 * The collector turns into a STU3 OperationOutcome with {@link IssueCollector.toOutcome}.
 *
 * This file is copied verbatim into the generated package: it imports nothing.
 */
/** STU3 `OperationOutcome.issue.severity` (http://hl7.org/fhir/issue-severity). */
export type IssueSeverity = 'fatal' | 'error' | 'warning' | 'information';
/**
 * STU3 `OperationOutcome.issue.code`: the whole http://hl7.org/fhir/issue-type code system of
 * FHIR 3.0.1. The ones validators use: `structure` (not the JSON shape of the type: wrong JSON
 * type, unknown element, too deep), `required` (missing required element / min cardinality),
 * `value` (bad primitive value, fixed value or pattern mismatch), `invariant` (a FHIRPath
 * constraint failed), `code-invalid` (code not in a required binding), `extension` (unknown or
 * malformed extension), `processing` (an invariant could not be evaluated), `too-costly` (issue
 * limit reached), `informational` (no problem).
 */
export type IssueCode = 'invalid' | 'structure' | 'required' | 'value' | 'invariant' | 'security' | 'login' | 'unknown' | 'expired' | 'forbidden' | 'suppressed' | 'processing' | 'not-supported' | 'duplicate' | 'not-found' | 'too-long' | 'code-invalid' | 'extension' | 'too-costly' | 'business-rule' | 'conflict' | 'incomplete' | 'transient' | 'lock-error' | 'no-store' | 'exception' | 'timeout' | 'throttled' | 'informational';
/**
 * One STU3 `OperationOutcome.issue`.
 *
 * `expression` (FHIRPath, e.g. `Patient.identifier[0].system`) and `location` carry the same
 * path, as the HL7 reference validator does. Both are absent when the issue concerns the document
 * as a whole (an empty path), because FHIR JSON never contains empty arrays.
 */
export interface OperationOutcomeIssue {
    severity: IssueSeverity;
    code: IssueCode;
    diagnostics: string;
    expression?: string[];
    location?: string[];
}
/** A STU3 OperationOutcome, as produced by {@link IssueCollector.toOutcome}. Always ≥ 1 issue. */
export interface OperationOutcome {
    resourceType: 'OperationOutcome';
    issue: OperationOutcomeIssue[];
}
/** Default for {@link IssueCollector}'s `maxIssues`. */
export declare const DEFAULT_MAX_ISSUES = 1000;
/**
 * Collects issues in the order they are added (so output is deterministic: the order of the
 * slow-path walk) and turns them into an OperationOutcome.
 *
 * Issues beyond `maxIssues` are counted but not stored, so a hostile document with a million bad
 * values cannot make the validator allocate a million issue objects; the outcome then ends with
 * one `too-costly` issue saying how many were left out (severity `error` if any of them was an
 * error, else `warning`, so {@link outcomeIsValid} stays right). {@link hasErrors} also counts the
 * issues left out.
 */
export declare class IssueCollector {
    private readonly list;
    private errors;
    private dropped;
    private droppedErrors;
    private readonly maxIssues;
    /** @param maxIssues - how many issues to keep; default {@link DEFAULT_MAX_ISSUES} */
    constructor(maxIssues?: number);
    /**
     * Records an issue.
     *
     * @param severity - `error` for a violation of a SHALL, `warning` for a SHOULD, ...
     * @param code - from the STU3 issue-type vocabulary
     * @param path - FHIRPath-style location (see `paths.ts`), or `''` for the document as a whole
     * @param diagnostics - a human-readable explanation
     */
    add(severity: IssueSeverity, code: IssueCode, path: string, diagnostics: string): void;
    /** True when at least one `fatal` or `error` issue was added (including issues left out). */
    get hasErrors(): boolean;
    /** The issues kept so far, in the order added. */
    get issues(): readonly OperationOutcomeIssue[];
    /**
     * The collected issues as a new OperationOutcome (later `add` calls do not change it).
     *
     * STU3 requires at least one issue (`OperationOutcome.issue` is 1..*), so when nothing was
     * added the outcome holds a single issue `{ severity: 'information', code: 'informational',
     * diagnostics: 'No issues detected' }`. {@link outcomeIsValid} is true for that outcome.
     */
    toOutcome(): OperationOutcome;
}
/**
 * True when the outcome has no `fatal` or `error` issue (warnings and information are fine).
 *
 * @param o - an OperationOutcome
 */
export declare function outcomeIsValid(o: OperationOutcome): boolean;
