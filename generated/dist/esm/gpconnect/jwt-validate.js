import { describeValue, IssueCollector } from "./issues.js";
import { GP_CONNECT_JWT_LIFETIME_SECONDS, GP_CONNECT_REASON_FOR_REQUEST } from "./jwt-claims.js";
import { decodeJwt } from "./jwt-codec.js";
import {
  LEGACY_DSTU2_SYSTEMS,
  NHS_NUMBER_SYSTEM,
  ODS_ORGANIZATION_CODE_SYSTEM,
  SDS_ROLE_PROFILE_ID_SYSTEM,
  SDS_USER_ID_SYSTEM
} from "./jwt-resources.js";
import { isRecord, own } from "./read.js";
import { GP_CONNECT_REQUESTED_SCOPES, isGpConnectRequestedScope } from "./scopes.js";
function validateGpConnectJwtClaims(claims, options = {}) {
  const issues = new IssueCollector();
  try {
    checkClaims(issues, claims, isRecord(options) ? options : {});
  } catch {
    issues.add("", "malformed", "the claims could not be read: reading one of their properties threw an exception");
  }
  return issues.list();
}
function validateGpConnectJwt(token, options = {}) {
  const decoded = decodeJwt(token);
  if (!decoded.ok) return [...decoded.issues];
  const issues = new IssueCollector();
  const alg = own(decoded.header, "alg");
  if (alg !== "none") {
    issues.add("header.alg", alg === void 0 ? "required" : "fixed", `must be "none" (GP Connect JWTs are unsecured), got ${describeValue(alg)}`);
  }
  const typ = own(decoded.header, "typ");
  if (typ !== void 0 && typ !== "JWT") issues.add("header.typ", "fixed", `must be "JWT" when present, got ${describeValue(typ)}`);
  if (decoded.signature !== "") {
    issues.add("signature", "fixed", 'must be empty: GP Connect JWTs are unsecured, so the token ends with "."');
  }
  return [...issues.list(), ...validateGpConnectJwtClaims(decoded.payload, options)];
}
const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
const ABSOLUTE_URI = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;
const WHITESPACE = /\s/;
const NATIONAL_SYSTEMS = /* @__PURE__ */ new Set([
  SDS_USER_ID_SYSTEM,
  SDS_ROLE_PROFILE_ID_SYSTEM,
  ODS_ORGANIZATION_CODE_SYSTEM,
  NHS_NUMBER_SYSTEM,
  ...Object.keys(LEGACY_DSTU2_SYSTEMS)
]);
function checkClaims(issues, claims, options) {
  if (!isRecord(claims)) {
    issues.add("", "type", `the claims must be a JSON object, got ${describeValue(claims)}`);
    return;
  }
  httpUrl(issues, claims, "iss", "iss", "the URL of the consumer system's Spine endpoint");
  const sub = nonBlankString(issues, claims, "sub", "sub");
  httpUrl(issues, claims, "aud", "aud", "the provider's service root URL");
  const exp = unixSeconds(issues, claims, "exp");
  const iat = unixSeconds(issues, claims, "iat");
  if (exp !== void 0 && iat !== void 0 && exp !== iat + GP_CONNECT_JWT_LIFETIME_SECONDS) {
    const difference = exp - iat;
    const unitHint = difference === GP_CONNECT_JWT_LIFETIME_SECONDS * 1e3 ? "; 300000 looks like milliseconds, but both claims are in seconds" : "";
    issues.add("exp", "consistency", `must be iat + ${GP_CONNECT_JWT_LIFETIME_SECONDS} (5 minutes after iat): iat is ${iat}, exp is ${exp}, a difference of ${difference} s${unitHint}`);
  }
  checkExpiry(issues, exp, options.now);
  fixed(issues, claims, "reason_for_request", "reason_for_request", GP_CONNECT_REASON_FOR_REQUEST);
  const scope = own(claims, "requested_scope");
  if (scope === void 0) issues.add("requested_scope", "required", "is required");
  else if (!isGpConnectRequestedScope(scope)) {
    const allowed = Object.values(GP_CONNECT_REQUESTED_SCOPES).map((s) => `"${s}"`).join(", ");
    issues.add("requested_scope", typeof scope === "string" ? "value" : "type", `must be one of ${allowed}, got ${describeValue(scope)}`);
  }
  if (own(claims, "requested_record") !== void 0) checkRequestedRecord(issues, claims);
  checkDevice(issues, claims);
  checkOrganization(issues, claims);
  const practitionerId = checkPractitioner(issues, claims, options.tolerateMissingPractitionerIdentifiers === true);
  if (sub !== void 0 && practitionerId !== void 0 && sub !== practitionerId) {
    issues.add("sub", "consistency", `must equal requesting_practitioner.id (${describeValue(practitionerId)}), got ${describeValue(sub)}`);
  }
}
function checkExpiry(issues, exp, now) {
  if (now === void 0) return;
  if (typeof now !== "number" || !Number.isFinite(now)) {
    issues.add("options.now", "type", `must be a finite number of milliseconds since the UNIX epoch, got ${describeValue(now)}`);
    return;
  }
  const nowSeconds = Math.floor(now / 1e3);
  if (exp !== void 0 && nowSeconds >= exp) {
    issues.add("exp", "expired", `the token expired at ${exp}${isoTime(exp)}; the time now is ${nowSeconds}${isoTime(nowSeconds)}`);
  }
}
function isoTime(seconds) {
  const ms = seconds * 1e3;
  return Math.abs(ms) <= 864e13 ? ` (${new Date(ms).toISOString()})` : "";
}
function checkRequestedRecord(issues, claims) {
  const patient = object(issues, claims, "requested_record", "requested_record");
  if (patient === void 0) return;
  fixed(issues, patient, "resourceType", "requested_record.resourceType", "Patient");
  const identifiers = identifierList(issues, patient, "requested_record.identifier");
  requireSystem(issues, identifiers, "requested_record.identifier", NHS_NUMBER_SYSTEM, "the patient's NHS number");
}
function checkDevice(issues, claims) {
  const device = object(issues, claims, "requesting_device", "requesting_device");
  if (device === void 0) return;
  fixed(issues, device, "resourceType", "requesting_device.resourceType", "Device");
  identifierList(issues, device, "requesting_device.identifier");
  nonBlankString(issues, device, "model", "requesting_device.model");
  nonBlankString(issues, device, "version", "requesting_device.version");
}
function checkOrganization(issues, claims) {
  const organization = object(issues, claims, "requesting_organization", "requesting_organization");
  if (organization === void 0) return;
  fixed(issues, organization, "resourceType", "requesting_organization.resourceType", "Organization");
  const identifiers = identifierList(issues, organization, "requesting_organization.identifier");
  requireSystem(issues, identifiers, "requesting_organization.identifier", ODS_ORGANIZATION_CODE_SYSTEM, "the ODS code of the organisation");
  nonBlankString(issues, organization, "name", "requesting_organization.name");
}
function checkPractitioner(issues, claims, tolerant) {
  const practitioner = object(issues, claims, "requesting_practitioner", "requesting_practitioner");
  if (practitioner === void 0) return void 0;
  fixed(issues, practitioner, "resourceType", "requesting_practitioner.resourceType", "Practitioner");
  let id = nonBlankString(issues, practitioner, "id", "requesting_practitioner.id");
  if (id !== void 0 && !FHIR_ID.test(id)) {
    issues.add("requesting_practitioner.id", "value", `must be a FHIR logical id (1 to 64 characters from A-Z a-z 0-9 - .), got ${describeValue(id)}`);
    id = void 0;
  }
  const path = "requesting_practitioner.identifier";
  const identifiers = identifierList(issues, practitioner, path);
  requireSystem(issues, identifiers, path, SDS_USER_ID_SYSTEM, 'the SDS user ID, or "UNK" without an NHS smartcard');
  if (!tolerant && identifiers !== void 0) {
    requireSystem(issues, identifiers, path, SDS_ROLE_PROFILE_ID_SYSTEM, 'the SDS role profile ID, or "UNK" without an NHS smartcard');
    if (!identifiers.some((identifier) => !NATIONAL_SYSTEMS.has(identifier.system))) {
      issues.add(path, "required", "must contain a consumer-local user identifier (system: the consumer's own URL, such as https://consumersupplier.com/Id/user-guid)");
    }
  }
  checkPractitionerName(issues, practitioner);
  return id;
}
function checkPractitionerName(issues, practitioner) {
  const path = "requesting_practitioner.name";
  const names = list(issues, practitioner, "name", path, " (STU3 Practitioner.name is a list of HumanName)");
  if (names === void 0) return;
  let complete = false;
  names.forEach((name, index) => {
    const at = `${path}[${index}]`;
    if (!isRecord(name)) {
      issues.add(at, "type", `must be a HumanName object, got ${describeValue(name)}`);
      return;
    }
    const hasFamily = own(name, "family") !== void 0;
    const family = hasFamily ? nonBlankString(issues, name, "family", `${at}.family`, " (STU3 HumanName.family is a single string)") : void 0;
    const hasGiven = own(name, "given") !== void 0;
    const given = hasGiven ? stringList(issues, name, "given", `${at}.given`) : void 0;
    if (own(name, "prefix") !== void 0) stringList(issues, name, "prefix", `${at}.prefix`);
    if (family !== void 0 && given !== void 0) complete = true;
  });
  if (!complete && names.length > 0) {
    issues.add(path, "required", "must contain a name with the user's family name (family) and given name (given)");
  }
}
function identifierList(issues, resource, path) {
  const items = list(issues, resource, "identifier", path, "");
  if (items === void 0) return void 0;
  const withSystem = [];
  items.forEach((item, index) => {
    const at = `${path}[${index}]`;
    if (!isRecord(item)) {
      issues.add(at, "type", `must be an Identifier object, got ${describeValue(item)}`);
      return;
    }
    const system = nonBlankString(issues, item, "system", `${at}.system`);
    if (system !== void 0 && !ABSOLUTE_URI.test(system)) {
      issues.add(`${at}.system`, "value", `must be an absolute URI (an identifier system such as https://fhir.nhs.uk/Id/sds-user-id, or the consumer's own URL), got ${describeValue(system)}`);
    }
    nonBlankString(issues, item, "value", `${at}.value`);
    if (system !== void 0) withSystem.push({ system });
  });
  return withSystem;
}
function requireSystem(issues, identifiers, path, system, what) {
  if (identifiers === void 0 || identifiers.some((identifier) => identifier.system === system)) return;
  const legacy = identifiers.find(
    (identifier) => Object.prototype.hasOwnProperty.call(LEGACY_DSTU2_SYSTEMS, identifier.system) && LEGACY_DSTU2_SYSTEMS[identifier.system] === system
  );
  const hint = legacy === void 0 ? "" : `; found ${legacy.system}, the GP Connect 0.x (DSTU2) system that 1.2.8 replaces with ${system}`;
  issues.add(path, "required", `must contain an identifier with system ${system} (${what})${hint}`);
}
function object(issues, record, key, path) {
  const value = own(record, key);
  if (value === void 0) {
    issues.add(path, "required", "is required");
    return void 0;
  }
  if (!isRecord(value)) {
    issues.add(path, "type", `must be an object, got ${describeValue(value)}`);
    return void 0;
  }
  return value;
}
function list(issues, record, key, path, typeHint) {
  const value = own(record, key);
  if (value === void 0) {
    issues.add(path, "required", "is required");
    return void 0;
  }
  if (!Array.isArray(value)) {
    issues.add(path, "type", `must be an array, got ${describeValue(value)}${typeHint}`);
    return void 0;
  }
  if (value.length === 0) {
    issues.add(path, "value", "must not be empty");
    return void 0;
  }
  return value;
}
function stringList(issues, record, key, path) {
  const items = list(issues, record, key, path, "");
  if (items === void 0) return void 0;
  let ok = true;
  items.forEach((item, index) => {
    if (typeof item !== "string") {
      issues.add(`${path}[${index}]`, "type", `must be a string, got ${describeValue(item)}`);
      ok = false;
    } else if (item.trim() === "") {
      issues.add(`${path}[${index}]`, "value", "must not be empty or blank");
      ok = false;
    }
  });
  return ok ? items : void 0;
}
function nonBlankString(issues, record, key, path, typeHint = "") {
  const value = own(record, key);
  if (value === void 0) {
    issues.add(path, "required", "is required");
    return void 0;
  }
  if (typeof value !== "string") {
    issues.add(path, "type", `must be a string, got ${describeValue(value)}${typeHint}`);
    return void 0;
  }
  if (value.trim() === "") {
    issues.add(path, "value", "must not be empty or blank");
    return void 0;
  }
  return value;
}
function httpUrl(issues, record, key, path, what) {
  const value = nonBlankString(issues, record, key, path);
  if (value !== void 0 && !isHttpUrl(value)) {
    issues.add(path, "value", `must be an absolute http(s) URL (${what}), got ${describeValue(value)}`);
  }
}
function isHttpUrl(text) {
  if (WHITESPACE.test(text)) return false;
  try {
    const url = new URL(text);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}
function unixSeconds(issues, record, key) {
  const value = own(record, key);
  if (value === void 0) {
    issues.add(key, "required", "is required");
    return void 0;
  }
  if (typeof value !== "number") {
    issues.add(key, "type", `must be a number (UNIX time in seconds), got ${describeValue(value)}`);
    return void 0;
  }
  if (!Number.isSafeInteger(value) || value < 0) {
    issues.add(key, "value", `must be a whole, non-negative number of seconds since 1970-01-01T00:00:00Z, got ${describeValue(value)}`);
    return void 0;
  }
  return value;
}
function fixed(issues, record, key, path, expected) {
  const value = own(record, key);
  if (value === expected) return;
  issues.add(path, value === void 0 ? "required" : "fixed", `must be "${expected}", got ${describeValue(value)}`);
}
export {
  validateGpConnectJwt,
  validateGpConnectJwtClaims
};
