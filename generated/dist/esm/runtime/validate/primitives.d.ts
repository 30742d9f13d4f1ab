/**
 * Checks for the values of the STU3 primitive types, in their JSON form.
 *
 * Source: FHIR 3.0.1 (http://hl7.org/fhir/STU3/datatypes.html) and the `structuredefinition-regex`
 * extensions of the primitive StructureDefinitions in the `hl7.fhir.core#3.0.1` package. Where the
 * two disagree with each other or with the prose, the choice is written next to the check.
 * Rules that apply to all of them:
 *
 * - JSON type: `boolean` is a JSON boolean; `integer`, `decimal`, `unsignedInt` and `positiveInt`
 *   are JSON numbers; every other primitive is a JSON string.
 * - STU3 JSON: "String property values can never be empty. Either the property is absent, or it is
 *   present with at least one character of content." So every string-typed check rejects `''`
 *   even where the type's regex alone would allow it (`uri` is `\S*`).
 * - The spec regexes are XML Schema regexes: `\s` means the four XML whitespace characters
 *   (space, tab, CR, LF), not JavaScript's Unicode whitespace. The checks below use that set.
 * - Regexes are anchored, hoisted to module scope, and written so that no quantified group can
 *   match the same text in two ways (no nested quantifiers over overlapping classes). Each runs
 *   in time linear in the input (tested on adversarial 10k/100k-character inputs).
 *   `base64Binary` is a hand-written loop instead (attachments are large; a regex over `+`-groups
 *   keeps a backtrack stack proportional to the input).
 * - Number checks cannot see the JSON text (`JSON.parse` already turned `1.0` into `1` and `1e2`
 *   into `100`), so they check the parsed value: `integer` accepts `1.0`, `decimal` accepts `1e2`.
 *
 * This file is copied verbatim into the generated package; it imports only `./guard.js`.
 */
/** The STU3 primitive type names (FHIR 3.0.1; `xhtml` is checked elsewhere). */
export type Stu3PrimitiveType = 'boolean' | 'integer' | 'string' | 'decimal' | 'uri' | 'base64Binary' | 'instant' | 'date' | 'dateTime' | 'time' | 'code' | 'oid' | 'id' | 'markdown' | 'unsignedInt' | 'positiveInt' | 'uuid';
/**
 * Longest `string` / `markdown` value: "strings SHALL NOT exceed 1MB in size" (STU3). Counted as
 * 1,048,576 UTF-16 code units (the `maxLength` later FHIR versions give `string.value`), which is
 * never more lenient than counting characters.
 */
export declare const MAX_STRING_LENGTH = 1048576;
/** boolean: a JSON `true` or `false`. */
export declare function isValidBoolean(v: unknown): boolean;
/** integer: a JSON number that is a whole number in the 32-bit signed range -2147483648..2147483647. */
export declare function isValidInteger(v: unknown): boolean;
/** unsignedInt: an integer in 0..2147483647 (STU3 regex `[0]|([1-9][0-9]*)`, so not `-0`). */
export declare function isValidUnsignedInt(v: unknown): boolean;
/** positiveInt: an integer in 1..2147483647. */
export declare function isValidPositiveInt(v: unknown): boolean;
/** decimal: a finite JSON number (`NaN` and `±Infinity`, e.g. from `1e999`, are not decimals). */
export declare function isValidDecimal(v: unknown): boolean;
/**
 * string: a non-empty JSON string of at most {@link MAX_STRING_LENGTH} code units. The STU3 regex
 * `[ \r\n\t\S]+` (XML Schema classes) admits every character, so only emptiness and size are
 * checked; whitespace-only strings are valid in STU3.
 */
export declare function isValidString(v: unknown): boolean;
/** markdown: same rules as {@link isValidString} (STU3 markdown is a string with markdown syntax). */
export declare function isValidMarkdown(v: unknown): boolean;
/**
 * uri: a non-empty string without whitespace (STU3 regex `\S*`, non-empty as JSON requires; URIs are
 * case-sensitive). Four `indexOf` searches for the four XML Schema whitespace characters rather
 * than a regex: 40 vs 57 ns on the systems and urls of the example Bundles (micro-benchmark on
 * strings JSON.parse had just made), and uris are the most tested primitive there.
 */
export declare function isValidUri(v: unknown): boolean;
/**
 * base64Binary: STU3 regex `(\s*([0-9a-zA-Z\+\=]){4}\s*)+`: groups of four base64 characters,
 * whitespace allowed only between groups, at least one group. The published regex omits `/`,
 * which is part of the base64 alphabet (RFC 4648) and of `xs:base64Binary`; it is accepted here.
 * Padding position is not checked (the regex does not check it either).
 */
export declare function isValidBase64Binary(v: unknown): boolean;
/** instant: `YYYY-MM-DDThh:mm:ss[.fraction](Z|±hh:mm)`, a valid calendar date. */
export declare function isValidInstant(v: unknown): boolean;
/** date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (no time, no time zone), a valid calendar date. */
export declare function isValidDate(v: unknown): boolean;
/**
 * dateTime: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDThh:mm:ss[.fraction](Z|±hh:mm)`: the time
 * zone is required when a time is present, seconds are required, no leap second (STU3).
 */
export declare function isValidDateTime(v: unknown): boolean;
/** time: `hh:mm:ss[.fraction]`, 00:00:00 to 23:59:59.x, no time zone. */
export declare function isValidTime(v: unknown): boolean;
/** code: non-empty, no leading/trailing whitespace, words separated by single whitespace characters. */
export declare function isValidCode(v: unknown): boolean;
/** oid: `urn:oid:` followed by dot-separated numbers without leading zeros. */
export declare function isValidOid(v: unknown): boolean;
/** id: 1 to 64 characters from `A-Z a-z 0-9 - .`. */
export declare function isValidId(v: unknown): boolean;
/** uuid: `urn:uuid:` + a lower-case UUID (8-4-4-4-12 hex digits). */
export declare function isValidUuid(v: unknown): boolean;
/** One check per STU3 primitive type, for code that picks the check by type name at run time. */
export declare const PRIMITIVE_CHECKS: Readonly<Record<Stu3PrimitiveType, (v: unknown) => boolean>>;
/**
 * A one-line, human-readable explanation of why `value` is not a valid `type`, for
 * `OperationOutcome.issue.diagnostics`. Long strings are cut to 64 characters, so a hostile value
 * is never echoed in full. For a valid value it says so.
 *
 * @param type - the STU3 primitive type the value should have
 * @param value - the JSON value found
 * @returns e.g. `"2018-02-30" is not a valid FHIR date: day 30 does not exist in 2018-02`
 */
export declare function primitiveDiagnostic(type: Stu3PrimitiveType, value: unknown): string;
