/**
 * Problems found in input, as data: a path (claim path such as
 * `requesting_practitioner.identifier[1].system`, or an input field such as `from`) and a message.
 */
/** Fixed vocabulary of issue codes, so callers can branch on them without parsing messages. */
export type GpConnectIssueCode = 
/** Not decodable: token structure, base64url, UTF-8 or JSON. */
'malformed'
/** A mandatory claim, element or input field is missing. */
 | 'required'
/** Present, but of the wrong JSON type (for example a number where a string is required). */
 | 'type'
/** Right type, wrong content (blank string, not a URL, not an ASID, unknown scope...). */
 | 'value'
/** Must be one fixed value (for example `reason_for_request: "directcare"`). */
 | 'fixed'
/** Two values that must agree do not (`sub` vs `requesting_practitioner.id`, `exp` vs `iat`). */
 | 'consistency'
/** `exp` is at or before the time given as `now`. */
 | 'expired';
export interface GpConnectIssue {
    /** Where: dotted path with `[index]` for array items; `''` for the value as a whole. */
    readonly path: string;
    readonly code: GpConnectIssueCode;
    /** What is wrong and what is expected, in one sentence. */
    readonly message: string;
}
/** `path: message`, or just the message for the whole value. */
export declare function formatIssue(issue: GpConnectIssue): string;
/** Thrown by the builders when their input cannot produce a conforming result; `issues` holds every problem. */
export declare class GpConnectInputError extends Error {
    readonly issues: readonly GpConnectIssue[];
    constructor(subject: string, issues: readonly GpConnectIssue[]);
}
/** At most this many issues are kept per call; the rest are counted (hostile input can have millions). */
export declare const MAX_ISSUES = 100;
/** Collects issues; allocated once per validation call, never shared. */
export declare class IssueCollector {
    private readonly kept;
    private dropped;
    private firstDroppedCode;
    add(path: string, code: GpConnectIssueCode, message: string): void;
    get count(): number;
    /** The issues, plus one closing issue (with the code of the first one left out) that says how many were left out, if any. */
    list(): GpConnectIssue[];
}
/**
 * A short, safe description of any value for messages: strings are quoted and cut to 60 characters
 * (so a huge hostile string does not produce a huge message); other values are named by type.
 * Never calls user code (no toString, no toJSON).
 */
export declare function describeValue(value: unknown): string;
