/**
 * Reading untrusted values: only own properties count (an inherited or `__proto__`-smuggled
 * property is never mistaken for a claim), and nothing here calls user code except property reads.
 */

export type UnknownRecord = { readonly [key: string]: unknown };

/** A non-null, non-array object (what a JSON object parses to). */
export function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The own property `key` of `record`, or undefined when it is absent or only inherited. */
export function own(record: UnknownRecord, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** True when `record` has an own property `key` whose value is not undefined. */
export function hasOwn(record: UnknownRecord, key: string): boolean {
  return own(record, key) !== undefined;
}

/** A string with at least one non-whitespace character (FHIR strings must not be empty). */
export function isNonBlankString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
