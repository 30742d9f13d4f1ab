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

import { jsonKind } from './guard.js';

/** The STU3 primitive type names (FHIR 3.0.1; `xhtml` is checked elsewhere). */
export type Stu3PrimitiveType =
  | 'boolean'
  | 'integer'
  | 'string'
  | 'decimal'
  | 'uri'
  | 'base64Binary'
  | 'instant'
  | 'date'
  | 'dateTime'
  | 'time'
  | 'code'
  | 'oid'
  | 'id'
  | 'markdown'
  | 'unsignedInt'
  | 'positiveInt'
  | 'uuid';

/**
 * Longest `string` / `markdown` value: "strings SHALL NOT exceed 1MB in size" (STU3). Counted as
 * 1,048,576 UTF-16 code units (the `maxLength` later FHIR versions give `string.value`), which is
 * never more lenient than counting characters.
 */
export const MAX_STRING_LENGTH = 1_048_576;

// Regexes. `[ \t\n\r]` is XML Schema `\s`; `[^ \t\n\r]` is `\S`.


/**
 * code: STU3 regex `[^\s]+([\s]?[^\s]+)*`, which backtracks exponentially (the optional `\s?`
 * lets `[^\s]+([^\s]+)*` split a word in 2^n ways). Same language written deterministically:
 * words separated by exactly one whitespace character, no leading or trailing whitespace.
 * (The STU3 prose says "single spaces"; R4 tightened the regex to a space. We follow the STU3
 * regex, so a single tab between words passes.)
 */
const CODE = /^[^ \t\n\r]+(?:[ \t\n\r][^ \t\n\r]+)*$/;

/**
 * id: `[A-Za-z0-9\-\.]{1,64}`, as a length test and a loop over a table of the allowed characters:
 * ids are short (resource ids, uuids), and for them the loop is quicker than a regex, whose `test`
 * has a fixed cost per call (37 vs 44 ns on the example Bundles' ids, micro-benchmark).
 */
const ID_CHAR = (() => {
  const t = new Uint8Array(128);
  const allowed = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.';
  for (let i = 0; i < allowed.length; i++) t[allowed.charCodeAt(i)] = 1;
  return t;
})();
const MAX_ID_LENGTH = 64;

/** oid: STU3 regex `urn:oid:(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))*` (R4 later required `[0-2]` first). */
const OID = /^urn:oid:(?:0|[1-9][0-9]*)(?:\.(?:0|[1-9][0-9]*))*$/;

/** uuid: `urn:uuid:` + lower-case hex 8-4-4-4-12. */
const UUID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * date: STU3 regex `-?[0-9]{4}(-(0[1-9]|1[0-2])(-(0[0-9]|[1-2][0-9]|3[0-1]))?)?`: YYYY, YYYY-MM or
 * YYYY-MM-DD, optional leading minus, any 4-digit year. "Dates SHALL be valid dates" is checked
 * separately ({@link dayExists}), which also rejects the regex's day `00`.
 */
const DATE = /^-?[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[0-9]|[12][0-9]|3[01]))?)?$/;

/**
 * dateTime: STU3 regex: a date as above, or a full date with `Thh:mm:ss[.fraction]` and then a
 * time zone, which is required whenever a time is present (`Z` or `±hh:mm` up to `+14:00`).
 * Seconds are `[0-5][0-9]`: STU3 (like XML Schema's `xs:dateTime`) has no leap second `:60`;
 * R4 added it.
 */
const DATE_TIME =
  /^-?[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[0-9]|[12][0-9]|3[01])(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]+)?(?:Z|[+-](?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/;

/**
 * instant: the full form of dateTime only: date, time to the second and time zone all required
 * ("an instant in time, known at least to the second ... time zone SHALL be populated").
 */
const INSTANT =
  /^-?[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[0-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]+)?(?:Z|[+-](?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00))$/;

/** time: STU3 regex `([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]+)?`; no time zone. */
const TIME = /^(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]+)?$/;

/** 1 for the characters of the base64 alphabet (`A-Z a-z 0-9 + / =`), else 0. */
const BASE64_CHAR = (() => {
  const t = new Uint8Array(128);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=';
  for (let i = 0; i < alphabet.length; i++) t[alphabet.charCodeAt(i)] = 1;
  return t;
})();

function isXmlSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function twoDigits(s: string, at: number): number {
  return (s.charCodeAt(at) - 48) * 10 + (s.charCodeAt(at + 1) - 48);
}

/**
 * "Dates SHALL be valid dates": for a string that already matched {@link DATE},
 * {@link DATE_TIME} or {@link INSTANT}, whether its day (if any) exists in its month, with leap
 * years of the proleptic Gregorian calendar (astronomical year numbering for negative years).
 */
function dayExists(s: string): boolean {
  const o = s.charCodeAt(0) === 45 ? 1 : 0; // leading '-'
  if (s.length < o + 10) return true; // YYYY or YYYY-MM
  const day = twoDigits(s, o + 8);
  if (day === 0) return false;
  if (day <= 28) return true;
  const month = twoDigits(s, o + 5);
  if (month !== 2) return day <= (month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
  const abs = twoDigits(s, o) * 100 + twoDigits(s, o + 2);
  const year = o === 1 ? -abs : abs;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (leap ? 29 : 28);
}

/** boolean: a JSON `true` or `false`. */
export function isValidBoolean(v: unknown): boolean {
  return v === true || v === false;
}

/** integer: a JSON number that is a whole number in the 32-bit signed range -2147483648..2147483647. */
export function isValidInteger(v: unknown): boolean {
  // `(v | 0) === v` holds exactly for whole numbers in the int32 range (NaN, ±Infinity, 2^31 fail).
  return typeof v === 'number' && (v | 0) === v;
}

/** unsignedInt: an integer in 0..2147483647 (STU3 regex `[0]|([1-9][0-9]*)`, so not `-0`). */
export function isValidUnsignedInt(v: unknown): boolean {
  return typeof v === 'number' && (v | 0) === v && (v > 0 || (v === 0 && 1 / v > 0));
}

/** positiveInt: an integer in 1..2147483647. */
export function isValidPositiveInt(v: unknown): boolean {
  return typeof v === 'number' && (v | 0) === v && v > 0;
}

/** decimal: a finite JSON number (`NaN` and `±Infinity`, e.g. from `1e999`, are not decimals). */
export function isValidDecimal(v: unknown): boolean {
  return typeof v === 'number' && Number.isFinite(v);
}

/**
 * string: a non-empty JSON string of at most {@link MAX_STRING_LENGTH} code units. The STU3 regex
 * `[ \r\n\t\S]+` (XML Schema classes) admits every character, so only emptiness and size are
 * checked; whitespace-only strings are valid in STU3.
 */
export function isValidString(v: unknown): boolean {
  return typeof v === 'string' && v.length !== 0 && v.length <= MAX_STRING_LENGTH;
}

/** markdown: same rules as {@link isValidString} (STU3 markdown is a string with markdown syntax). */
export function isValidMarkdown(v: unknown): boolean {
  return typeof v === 'string' && v.length !== 0 && v.length <= MAX_STRING_LENGTH;
}

/**
 * uri: a non-empty string without whitespace (STU3 regex `\S*`, non-empty as JSON requires; URIs are
 * case-sensitive). Four `indexOf` searches for the four XML Schema whitespace characters rather
 * than a regex: 40 vs 57 ns on the systems and urls of the example Bundles (micro-benchmark on
 * strings JSON.parse had just made), and uris are the most tested primitive there.
 */
export function isValidUri(v: unknown): boolean {
  return typeof v === 'string' && v.length !== 0 && v.indexOf(' ') < 0 && v.indexOf('\n') < 0 && v.indexOf('\t') < 0 && v.indexOf('\r') < 0;
}

/**
 * base64Binary: STU3 regex `(\s*([0-9a-zA-Z\+\=]){4}\s*)+`: groups of four base64 characters,
 * whitespace allowed only between groups, at least one group. The published regex omits `/`,
 * which is part of the base64 alphabet (RFC 4648) and of `xs:base64Binary`; it is accepted here.
 * Padding position is not checked (the regex does not check it either).
 */
export function isValidBase64Binary(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  let inGroup = 0;
  let groups = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (isXmlSpace(c)) {
      if (inGroup !== 0) return false;
    } else if (c < 128 && BASE64_CHAR[c] === 1) {
      inGroup = (inGroup + 1) & 3;
      if (inGroup === 0) groups++;
    } else {
      return false;
    }
  }
  return inGroup === 0 && groups > 0;
}

/** instant: `YYYY-MM-DDThh:mm:ss[.fraction](Z|±hh:mm)`, a valid calendar date. */
export function isValidInstant(v: unknown): boolean {
  return typeof v === 'string' && INSTANT.test(v) && dayExists(v);
}

/** date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (no time, no time zone), a valid calendar date. */
export function isValidDate(v: unknown): boolean {
  return typeof v === 'string' && DATE.test(v) && dayExists(v);
}

/**
 * dateTime: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDThh:mm:ss[.fraction](Z|±hh:mm)`: the time
 * zone is required when a time is present, seconds are required, no leap second (STU3).
 */
export function isValidDateTime(v: unknown): boolean {
  return typeof v === 'string' && DATE_TIME.test(v) && dayExists(v);
}

/** time: `hh:mm:ss[.fraction]`, 00:00:00 to 23:59:59.x, no time zone. */
export function isValidTime(v: unknown): boolean {
  return typeof v === 'string' && TIME.test(v);
}

/** code: non-empty, no leading/trailing whitespace, words separated by single whitespace characters. */
export function isValidCode(v: unknown): boolean {
  return typeof v === 'string' && CODE.test(v);
}

/** oid: `urn:oid:` followed by dot-separated numbers without leading zeros. */
export function isValidOid(v: unknown): boolean {
  return typeof v === 'string' && OID.test(v);
}

/** id: 1 to 64 characters from `A-Z a-z 0-9 - .`. */
export function isValidId(v: unknown): boolean {
  if (typeof v !== 'string' || v.length === 0 || v.length > MAX_ID_LENGTH) return false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 128 || ID_CHAR[c] !== 1) return false;
  }
  return true;
}

/** uuid: `urn:uuid:` + a lower-case UUID (8-4-4-4-12 hex digits). */
export function isValidUuid(v: unknown): boolean {
  return typeof v === 'string' && UUID.test(v);
}

/** One check per STU3 primitive type, for code that picks the check by type name at run time. */
export const PRIMITIVE_CHECKS: Readonly<Record<Stu3PrimitiveType, (v: unknown) => boolean>> = Object.freeze({
  boolean: isValidBoolean,
  integer: isValidInteger,
  string: isValidString,
  decimal: isValidDecimal,
  uri: isValidUri,
  base64Binary: isValidBase64Binary,
  instant: isValidInstant,
  date: isValidDate,
  dateTime: isValidDateTime,
  time: isValidTime,
  code: isValidCode,
  oid: isValidOid,
  id: isValidId,
  markdown: isValidMarkdown,
  unsignedInt: isValidUnsignedInt,
  positiveInt: isValidPositiveInt,
  uuid: isValidUuid,
});

type PrimitiveJsonType = 'boolean' | 'number' | 'string';

const JSON_TYPE: Readonly<Record<Stu3PrimitiveType, PrimitiveJsonType>> = {
  boolean: 'boolean',
  integer: 'number',
  string: 'string',
  decimal: 'number',
  uri: 'string',
  base64Binary: 'string',
  instant: 'string',
  date: 'string',
  dateTime: 'string',
  time: 'string',
  code: 'string',
  oid: 'string',
  id: 'string',
  markdown: 'string',
  unsignedInt: 'number',
  positiveInt: 'number',
  uuid: 'string',
};

const EXPECTED: Readonly<Record<Stu3PrimitiveType, string>> = {
  boolean: 'true or false',
  integer: 'a whole number from -2147483648 to 2147483647',
  string: `1 to ${MAX_STRING_LENGTH} characters`,
  decimal: 'a finite number',
  uri: 'a non-empty URI without whitespace',
  base64Binary: 'base64 (groups of 4 characters from A-Z a-z 0-9 + / =, whitespace only between groups)',
  instant: 'YYYY-MM-DDThh:mm:ss[.sss] with a time zone (Z or +hh:mm / -hh:mm), a valid calendar date',
  date: 'YYYY, YYYY-MM or YYYY-MM-DD, a valid calendar date',
  dateTime:
    'YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ss[.sss] with a time zone (Z or +hh:mm / -hh:mm), a valid calendar date',
  time: 'hh:mm:ss[.sss] (00:00:00 to 23:59:59, no time zone)',
  code: 'non-empty, no leading or trailing whitespace, single whitespace between words',
  oid: 'urn:oid: followed by dot-separated numbers without leading zeros, e.g. urn:oid:1.2.3',
  id: '1 to 64 characters from A-Z a-z 0-9 - .',
  markdown: `1 to ${MAX_STRING_LENGTH} characters`,
  unsignedInt: 'a whole number from 0 to 2147483647',
  positiveInt: 'a whole number from 1 to 2147483647',
  uuid: 'urn:uuid: followed by a lower-case UUID, e.g. urn:uuid:c757873d-ec9a-4326-a141-556f43239520',
};

const PREVIEW_LENGTH = 64;

function preview(v: string | number | boolean): string {
  if (typeof v !== 'string') return String(v);
  return v.length > PREVIEW_LENGTH ? JSON.stringify(v.slice(0, PREVIEW_LENGTH)).slice(0, -1) + '…"' : JSON.stringify(v);
}

/**
 * A one-line, human-readable explanation of why `value` is not a valid `type`, for
 * `OperationOutcome.issue.diagnostics`. Long strings are cut to 64 characters, so a hostile value
 * is never echoed in full. For a valid value it says so.
 *
 * @param type - the STU3 primitive type the value should have
 * @param value - the JSON value found
 * @returns e.g. `"2018-02-30" is not a valid FHIR date: day 30 does not exist in 2018-02`
 */
export function primitiveDiagnostic(type: Stu3PrimitiveType, value: unknown): string {
  const expectedJson = JSON_TYPE[type];
  const kind = jsonKind(value);
  if (kind !== expectedJson) {
    return `FHIR ${type} must be a JSON ${expectedJson}, found ${kind === 'non-finite number' ? String(value) : kind}`;
  }
  const v = value as string | number | boolean;
  if (PRIMITIVE_CHECKS[type](v)) return `${preview(v)} is a valid FHIR ${type}`;
  if (typeof v === 'string') {
    if (v.length === 0) {
      return `Empty string is not a valid FHIR ${type}: STU3 JSON string values can never be empty (omit the property instead)`;
    }
    if ((type === 'string' || type === 'markdown') && v.length > MAX_STRING_LENGTH) {
      return `FHIR ${type} of ${v.length} characters exceeds the limit of ${MAX_STRING_LENGTH} (1 MB)`;
    }
    if (
      (type === 'date' && DATE.test(v)) ||
      (type === 'dateTime' && DATE_TIME.test(v)) ||
      (type === 'instant' && INSTANT.test(v))
    ) {
      const o = v.charCodeAt(0) === 45 ? 1 : 0;
      return `${preview(v)} is not a valid FHIR ${type}: day ${v.slice(o + 8, o + 10)} does not exist in ${v.slice(0, o + 7)}`;
    }
  }
  return `${preview(v)} is not a valid FHIR ${type}: expected ${EXPECTED[type]}`;
}
