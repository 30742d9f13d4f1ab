import { jsonKind } from "./guard.js";
const MAX_STRING_LENGTH = 1048576;
const CODE = /^[^ \t\n\r]+(?:[ \t\n\r][^ \t\n\r]+)*$/;
const ID_CHAR = (() => {
  const t = new Uint8Array(128);
  const allowed = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.";
  for (let i = 0; i < allowed.length; i++) t[allowed.charCodeAt(i)] = 1;
  return t;
})();
const MAX_ID_LENGTH = 64;
const OID = /^urn:oid:(?:0|[1-9][0-9]*)(?:\.(?:0|[1-9][0-9]*))*$/;
const UUID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DATE = /^-?[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[0-9]|[12][0-9]|3[01]))?)?$/;
const DATE_TIME = /^-?[0-9]{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[0-9]|[12][0-9]|3[01])(?:T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]+)?(?:Z|[+-](?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/;
const INSTANT = /^-?[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[0-9]|[12][0-9]|3[01])T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]+)?(?:Z|[+-](?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00))$/;
const TIME = /^(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]+)?$/;
const BASE64_CHAR = (() => {
  const t = new Uint8Array(128);
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";
  for (let i = 0; i < alphabet.length; i++) t[alphabet.charCodeAt(i)] = 1;
  return t;
})();
function isXmlSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
function twoDigits(s, at) {
  return (s.charCodeAt(at) - 48) * 10 + (s.charCodeAt(at + 1) - 48);
}
function dayExists(s) {
  const o = s.charCodeAt(0) === 45 ? 1 : 0;
  if (s.length < o + 10) return true;
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
function isValidBoolean(v) {
  return v === true || v === false;
}
function isValidInteger(v) {
  return typeof v === "number" && (v | 0) === v;
}
function isValidUnsignedInt(v) {
  return typeof v === "number" && (v | 0) === v && (v > 0 || v === 0 && 1 / v > 0);
}
function isValidPositiveInt(v) {
  return typeof v === "number" && (v | 0) === v && v > 0;
}
function isValidDecimal(v) {
  return typeof v === "number" && Number.isFinite(v);
}
function isValidString(v) {
  return typeof v === "string" && v.length !== 0 && v.length <= MAX_STRING_LENGTH;
}
function isValidMarkdown(v) {
  return typeof v === "string" && v.length !== 0 && v.length <= MAX_STRING_LENGTH;
}
function isValidUri(v) {
  return typeof v === "string" && v.length !== 0 && v.indexOf(" ") < 0 && v.indexOf("\n") < 0 && v.indexOf("	") < 0 && v.indexOf("\r") < 0;
}
function isValidBase64Binary(v) {
  if (typeof v !== "string") return false;
  let inGroup = 0;
  let groups = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (isXmlSpace(c)) {
      if (inGroup !== 0) return false;
    } else if (c < 128 && BASE64_CHAR[c] === 1) {
      inGroup = inGroup + 1 & 3;
      if (inGroup === 0) groups++;
    } else {
      return false;
    }
  }
  return inGroup === 0 && groups > 0;
}
function isValidInstant(v) {
  return typeof v === "string" && INSTANT.test(v) && dayExists(v);
}
function isValidDate(v) {
  return typeof v === "string" && DATE.test(v) && dayExists(v);
}
function isValidDateTime(v) {
  return typeof v === "string" && DATE_TIME.test(v) && dayExists(v);
}
function isValidTime(v) {
  return typeof v === "string" && TIME.test(v);
}
function isValidCode(v) {
  return typeof v === "string" && CODE.test(v);
}
function isValidOid(v) {
  return typeof v === "string" && OID.test(v);
}
function isValidId(v) {
  if (typeof v !== "string" || v.length === 0 || v.length > MAX_ID_LENGTH) return false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 128 || ID_CHAR[c] !== 1) return false;
  }
  return true;
}
function isValidUuid(v) {
  return typeof v === "string" && UUID.test(v);
}
const PRIMITIVE_CHECKS = Object.freeze({
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
  uuid: isValidUuid
});
const JSON_TYPE = {
  boolean: "boolean",
  integer: "number",
  string: "string",
  decimal: "number",
  uri: "string",
  base64Binary: "string",
  instant: "string",
  date: "string",
  dateTime: "string",
  time: "string",
  code: "string",
  oid: "string",
  id: "string",
  markdown: "string",
  unsignedInt: "number",
  positiveInt: "number",
  uuid: "string"
};
const EXPECTED = {
  boolean: "true or false",
  integer: "a whole number from -2147483648 to 2147483647",
  string: `1 to ${MAX_STRING_LENGTH} characters`,
  decimal: "a finite number",
  uri: "a non-empty URI without whitespace",
  base64Binary: "base64 (groups of 4 characters from A-Z a-z 0-9 + / =, whitespace only between groups)",
  instant: "YYYY-MM-DDThh:mm:ss[.sss] with a time zone (Z or +hh:mm / -hh:mm), a valid calendar date",
  date: "YYYY, YYYY-MM or YYYY-MM-DD, a valid calendar date",
  dateTime: "YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ss[.sss] with a time zone (Z or +hh:mm / -hh:mm), a valid calendar date",
  time: "hh:mm:ss[.sss] (00:00:00 to 23:59:59, no time zone)",
  code: "non-empty, no leading or trailing whitespace, single whitespace between words",
  oid: "urn:oid: followed by dot-separated numbers without leading zeros, e.g. urn:oid:1.2.3",
  id: "1 to 64 characters from A-Z a-z 0-9 - .",
  markdown: `1 to ${MAX_STRING_LENGTH} characters`,
  unsignedInt: "a whole number from 0 to 2147483647",
  positiveInt: "a whole number from 1 to 2147483647",
  uuid: "urn:uuid: followed by a lower-case UUID, e.g. urn:uuid:c757873d-ec9a-4326-a141-556f43239520"
};
const PREVIEW_LENGTH = 64;
function preview(v) {
  if (typeof v !== "string") return String(v);
  return v.length > PREVIEW_LENGTH ? JSON.stringify(v.slice(0, PREVIEW_LENGTH)).slice(0, -1) + '…"' : JSON.stringify(v);
}
function primitiveDiagnostic(type, value) {
  const expectedJson = JSON_TYPE[type];
  const kind = jsonKind(value);
  if (kind !== expectedJson) {
    return `FHIR ${type} must be a JSON ${expectedJson}, found ${kind === "non-finite number" ? String(value) : kind}`;
  }
  const v = value;
  if (PRIMITIVE_CHECKS[type](v)) return `${preview(v)} is a valid FHIR ${type}`;
  if (typeof v === "string") {
    if (v.length === 0) {
      return `Empty string is not a valid FHIR ${type}: STU3 JSON string values can never be empty (omit the property instead)`;
    }
    if ((type === "string" || type === "markdown") && v.length > MAX_STRING_LENGTH) {
      return `FHIR ${type} of ${v.length} characters exceeds the limit of ${MAX_STRING_LENGTH} (1 MB)`;
    }
    if (type === "date" && DATE.test(v) || type === "dateTime" && DATE_TIME.test(v) || type === "instant" && INSTANT.test(v)) {
      const o = v.charCodeAt(0) === 45 ? 1 : 0;
      return `${preview(v)} is not a valid FHIR ${type}: day ${v.slice(o + 8, o + 10)} does not exist in ${v.slice(0, o + 7)}`;
    }
  }
  return `${preview(v)} is not a valid FHIR ${type}: expected ${EXPECTED[type]}`;
}
export {
  MAX_STRING_LENGTH,
  PRIMITIVE_CHECKS,
  isValidBase64Binary,
  isValidBoolean,
  isValidCode,
  isValidDate,
  isValidDateTime,
  isValidDecimal,
  isValidId,
  isValidInstant,
  isValidInteger,
  isValidMarkdown,
  isValidOid,
  isValidPositiveInt,
  isValidString,
  isValidTime,
  isValidUnsignedInt,
  isValidUri,
  isValidUuid,
  primitiveDiagnostic
};
