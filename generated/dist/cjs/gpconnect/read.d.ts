/**
 * Reading untrusted values: only own properties count (an inherited or `__proto__`-smuggled
 * property is never mistaken for a claim), and nothing here calls user code except property reads.
 */
export type UnknownRecord = {
    readonly [key: string]: unknown;
};
/** A non-null, non-array object (what a JSON object parses to). */
export declare function isRecord(value: unknown): value is UnknownRecord;
/** The own property `key` of `record`, or undefined when it is absent or only inherited. */
export declare function own(record: UnknownRecord, key: string): unknown;
/** True when `record` has an own property `key` whose value is not undefined. */
export declare function hasOwn(record: UnknownRecord, key: string): boolean;
/** A string with at least one non-whitespace character (FHIR strings must not be empty). */
export declare function isNonBlankString(value: unknown): value is string;
