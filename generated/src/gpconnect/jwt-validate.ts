/**
 * Checks a claim set or a whole token against the GP Connect 1.2.8 audit page. Returns issues,
 * never throws, whatever the input (non-objects, arrays, `__proto__` keys, huge strings, proxies
 * whose traps throw). Only own properties are read. Claims the page does not define are ignored,
 * as RFC 7519 section 4 requires of claims an implementation does not understand.
 */
import type { GpConnectIssue } from './issues.js';
import { describeValue, IssueCollector } from './issues.js';
import { GP_CONNECT_JWT_LIFETIME_SECONDS, GP_CONNECT_REASON_FOR_REQUEST } from './jwt-claims.js';
import { decodeJwt } from './jwt-codec.js';
import {
  LEGACY_DSTU2_SYSTEMS,
  NHS_NUMBER_SYSTEM,
  ODS_ORGANIZATION_CODE_SYSTEM,
  SDS_ROLE_PROFILE_ID_SYSTEM,
  SDS_USER_ID_SYSTEM,
} from './jwt-resources.js';
import type { UnknownRecord } from './read.js';
import { isRecord, own } from './read.js';
import { GP_CONNECT_REQUESTED_SCOPES, isGpConnectRequestedScope } from './scopes.js';

export interface ValidateGpConnectJwtClaimsOptions {
  /**
   * The current time in milliseconds since the UNIX epoch (what `Date.now()` returns). When given,
   * a token whose `exp` is at or before it is reported as `expired`. Without it, time is not checked.
   */
  readonly now?: number;
  /**
   * For providers: the page warns that existing consumers do not always send the SDS role profile ID
   * and the local user identifier. `true` stops reporting those two as missing. Default `false`.
   */
  readonly tolerateMissingPractitionerIdentifiers?: boolean;
}

/** Issues in a decoded claim set (the JWT payload); `[]` when it conforms. */
export function validateGpConnectJwtClaims(claims: unknown, options: ValidateGpConnectJwtClaimsOptions = {}): GpConnectIssue[] {
  const issues = new IssueCollector();
  try {
    checkClaims(issues, claims, isRecord(options) ? options : {});
  } catch {
    issues.add('', 'malformed', 'the claims could not be read: reading one of their properties threw an exception');
  }
  return issues.list();
}

/** Issues in a whole token (structure, header, empty signature, claims); `[]` when it conforms. */
export function validateGpConnectJwt(token: unknown, options: ValidateGpConnectJwtClaimsOptions = {}): GpConnectIssue[] {
  const decoded = decodeJwt(token);
  if (!decoded.ok) return [...decoded.issues];
  const issues = new IssueCollector();
  const alg = own(decoded.header, 'alg');
  if (alg !== 'none') {
    issues.add('header.alg', alg === undefined ? 'required' : 'fixed', `must be "none" (GP Connect JWTs are unsecured), got ${describeValue(alg)}`);
  }
  const typ = own(decoded.header, 'typ');
  if (typ !== undefined && typ !== 'JWT') issues.add('header.typ', 'fixed', `must be "JWT" when present, got ${describeValue(typ)}`);
  if (decoded.signature !== '') {
    issues.add('signature', 'fixed', 'must be empty: GP Connect JWTs are unsecured, so the token ends with "."');
  }
  return [...issues.list(), ...validateGpConnectJwtClaims(decoded.payload, options)];
}

const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
const ABSOLUTE_URI = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;
const WHITESPACE = /\s/;

/** Systems that identify something other than a consumer-local user. */
const NATIONAL_SYSTEMS: ReadonlySet<string> = new Set([
  SDS_USER_ID_SYSTEM,
  SDS_ROLE_PROFILE_ID_SYSTEM,
  ODS_ORGANIZATION_CODE_SYSTEM,
  NHS_NUMBER_SYSTEM,
  ...Object.keys(LEGACY_DSTU2_SYSTEMS),
]);

function checkClaims(issues: IssueCollector, claims: unknown, options: ValidateGpConnectJwtClaimsOptions): void {
  if (!isRecord(claims)) {
    issues.add('', 'type', `the claims must be a JSON object, got ${describeValue(claims)}`);
    return;
  }
  httpUrl(issues, claims, 'iss', 'iss', "the URL of the consumer system's Spine endpoint");
  const sub = nonBlankString(issues, claims, 'sub', 'sub');
  httpUrl(issues, claims, 'aud', 'aud', "the provider's service root URL");
  const exp = unixSeconds(issues, claims, 'exp');
  const iat = unixSeconds(issues, claims, 'iat');
  if (exp !== undefined && iat !== undefined && exp !== iat + GP_CONNECT_JWT_LIFETIME_SECONDS) {
    const difference = exp - iat;
    const unitHint = difference === GP_CONNECT_JWT_LIFETIME_SECONDS * 1000 ? '; 300000 looks like milliseconds, but both claims are in seconds' : '';
    issues.add('exp', 'consistency', `must be iat + ${GP_CONNECT_JWT_LIFETIME_SECONDS} (5 minutes after iat): iat is ${iat}, exp is ${exp}, a difference of ${difference} s${unitHint}`);
  }
  checkExpiry(issues, exp, options.now);
  fixed(issues, claims, 'reason_for_request', 'reason_for_request', GP_CONNECT_REASON_FOR_REQUEST);
  const scope = own(claims, 'requested_scope');
  if (scope === undefined) issues.add('requested_scope', 'required', 'is required');
  else if (!isGpConnectRequestedScope(scope)) {
    const allowed = Object.values(GP_CONNECT_REQUESTED_SCOPES).map((s) => `"${s}"`).join(', ');
    issues.add('requested_scope', typeof scope === 'string' ? 'value' : 'type', `must be one of ${allowed}, got ${describeValue(scope)}`);
  }
  if (own(claims, 'requested_record') !== undefined) checkRequestedRecord(issues, claims);
  checkDevice(issues, claims);
  checkOrganization(issues, claims);
  const practitionerId = checkPractitioner(issues, claims, options.tolerateMissingPractitionerIdentifiers === true);
  if (sub !== undefined && practitionerId !== undefined && sub !== practitionerId) {
    issues.add('sub', 'consistency', `must equal requesting_practitioner.id (${describeValue(practitionerId)}), got ${describeValue(sub)}`);
  }
}

function checkExpiry(issues: IssueCollector, exp: number | undefined, now: unknown): void {
  if (now === undefined) return;
  if (typeof now !== 'number' || !Number.isFinite(now)) {
    issues.add('options.now', 'type', `must be a finite number of milliseconds since the UNIX epoch, got ${describeValue(now)}`);
    return;
  }
  const nowSeconds = Math.floor(now / 1000);
  if (exp !== undefined && nowSeconds >= exp) {
    issues.add('exp', 'expired', `the token expired at ${exp}${isoTime(exp)}; the time now is ${nowSeconds}${isoTime(nowSeconds)}`);
  }
}

function isoTime(seconds: number): string {
  const ms = seconds * 1000;
  return Math.abs(ms) <= 8.64e15 ? ` (${new Date(ms).toISOString()})` : '';
}

function checkRequestedRecord(issues: IssueCollector, claims: UnknownRecord): void {
  const patient = object(issues, claims, 'requested_record', 'requested_record');
  if (patient === undefined) return;
  fixed(issues, patient, 'resourceType', 'requested_record.resourceType', 'Patient');
  const identifiers = identifierList(issues, patient, 'requested_record.identifier');
  requireSystem(issues, identifiers, 'requested_record.identifier', NHS_NUMBER_SYSTEM, "the patient's NHS number");
}

function checkDevice(issues: IssueCollector, claims: UnknownRecord): void {
  const device = object(issues, claims, 'requesting_device', 'requesting_device');
  if (device === undefined) return;
  fixed(issues, device, 'resourceType', 'requesting_device.resourceType', 'Device');
  identifierList(issues, device, 'requesting_device.identifier');
  nonBlankString(issues, device, 'model', 'requesting_device.model');
  nonBlankString(issues, device, 'version', 'requesting_device.version');
}

function checkOrganization(issues: IssueCollector, claims: UnknownRecord): void {
  const organization = object(issues, claims, 'requesting_organization', 'requesting_organization');
  if (organization === undefined) return;
  fixed(issues, organization, 'resourceType', 'requesting_organization.resourceType', 'Organization');
  const identifiers = identifierList(issues, organization, 'requesting_organization.identifier');
  requireSystem(issues, identifiers, 'requesting_organization.identifier', ODS_ORGANIZATION_CODE_SYSTEM, 'the ODS code of the organisation');
  nonBlankString(issues, organization, 'name', 'requesting_organization.name');
}

/** Returns the practitioner id when it is well formed, for the `sub` check. */
function checkPractitioner(issues: IssueCollector, claims: UnknownRecord, tolerant: boolean): string | undefined {
  const practitioner = object(issues, claims, 'requesting_practitioner', 'requesting_practitioner');
  if (practitioner === undefined) return undefined;
  fixed(issues, practitioner, 'resourceType', 'requesting_practitioner.resourceType', 'Practitioner');
  let id = nonBlankString(issues, practitioner, 'id', 'requesting_practitioner.id');
  if (id !== undefined && !FHIR_ID.test(id)) {
    issues.add('requesting_practitioner.id', 'value', `must be a FHIR logical id (1 to 64 characters from A-Z a-z 0-9 - .), got ${describeValue(id)}`);
    id = undefined;
  }
  const path = 'requesting_practitioner.identifier';
  const identifiers = identifierList(issues, practitioner, path);
  requireSystem(issues, identifiers, path, SDS_USER_ID_SYSTEM, 'the SDS user ID, or "UNK" without an NHS smartcard');
  if (!tolerant && identifiers !== undefined) {
    requireSystem(issues, identifiers, path, SDS_ROLE_PROFILE_ID_SYSTEM, 'the SDS role profile ID, or "UNK" without an NHS smartcard');
    if (!identifiers.some((identifier) => !NATIONAL_SYSTEMS.has(identifier.system))) {
      issues.add(path, 'required', "must contain a consumer-local user identifier (system: the consumer's own URL, such as https://consumersupplier.com/Id/user-guid)");
    }
  }
  checkPractitionerName(issues, practitioner);
  return id;
}

function checkPractitionerName(issues: IssueCollector, practitioner: UnknownRecord): void {
  const path = 'requesting_practitioner.name';
  const names = list(issues, practitioner, 'name', path, ' (STU3 Practitioner.name is a list of HumanName)');
  if (names === undefined) return;
  let complete = false;
  names.forEach((name, index) => {
    const at = `${path}[${index}]`;
    if (!isRecord(name)) {
      issues.add(at, 'type', `must be a HumanName object, got ${describeValue(name)}`);
      return;
    }
    const hasFamily = own(name, 'family') !== undefined;
    const family = hasFamily ? nonBlankString(issues, name, 'family', `${at}.family`, ' (STU3 HumanName.family is a single string)') : undefined;
    const hasGiven = own(name, 'given') !== undefined;
    const given = hasGiven ? stringList(issues, name, 'given', `${at}.given`) : undefined;
    if (own(name, 'prefix') !== undefined) stringList(issues, name, 'prefix', `${at}.prefix`);
    if (family !== undefined && given !== undefined) complete = true;
  });
  if (!complete && names.length > 0) {
    issues.add(path, 'required', "must contain a name with the user's family name (family) and given name (given)");
  }
}

interface IdentifierSystem {
  readonly system: string;
}

/**
 * Checks a required, non-empty identifier list; returns the identifiers that have a system, for the
 * presence checks (an identifier with the right system and a bad value is reported once, for its value).
 */
function identifierList(issues: IssueCollector, resource: UnknownRecord, path: string): IdentifierSystem[] | undefined {
  const items = list(issues, resource, 'identifier', path, '');
  if (items === undefined) return undefined;
  const withSystem: IdentifierSystem[] = [];
  items.forEach((item, index) => {
    const at = `${path}[${index}]`;
    if (!isRecord(item)) {
      issues.add(at, 'type', `must be an Identifier object, got ${describeValue(item)}`);
      return;
    }
    const system = nonBlankString(issues, item, 'system', `${at}.system`);
    if (system !== undefined && !ABSOLUTE_URI.test(system)) {
      issues.add(`${at}.system`, 'value', `must be an absolute URI (an identifier system such as https://fhir.nhs.uk/Id/sds-user-id, or the consumer's own URL), got ${describeValue(system)}`);
    }
    nonBlankString(issues, item, 'value', `${at}.value`);
    if (system !== undefined) withSystem.push({ system });
  });
  return withSystem;
}

function requireSystem(issues: IssueCollector, identifiers: readonly IdentifierSystem[] | undefined, path: string, system: string, what: string): void {
  if (identifiers === undefined || identifiers.some((identifier) => identifier.system === system)) return;
  const legacy = identifiers.find(
    (identifier) => Object.prototype.hasOwnProperty.call(LEGACY_DSTU2_SYSTEMS, identifier.system) && LEGACY_DSTU2_SYSTEMS[identifier.system] === system,
  );
  const hint = legacy === undefined ? '' : `; found ${legacy.system}, the GP Connect 0.x (DSTU2) system that 1.2.8 replaces with ${system}`;
  issues.add(path, 'required', `must contain an identifier with system ${system} (${what})${hint}`);
}

function object(issues: IssueCollector, record: UnknownRecord, key: string, path: string): UnknownRecord | undefined {
  const value = own(record, key);
  if (value === undefined) {
    issues.add(path, 'required', 'is required');
    return undefined;
  }
  if (!isRecord(value)) {
    issues.add(path, 'type', `must be an object, got ${describeValue(value)}`);
    return undefined;
  }
  return value;
}

/** A required, non-empty array (FHIR JSON never has empty arrays). */
function list(issues: IssueCollector, record: UnknownRecord, key: string, path: string, typeHint: string): readonly unknown[] | undefined {
  const value = own(record, key);
  if (value === undefined) {
    issues.add(path, 'required', 'is required');
    return undefined;
  }
  if (!Array.isArray(value)) {
    issues.add(path, 'type', `must be an array, got ${describeValue(value)}${typeHint}`);
    return undefined;
  }
  if (value.length === 0) {
    issues.add(path, 'value', 'must not be empty');
    return undefined;
  }
  return value;
}

function stringList(issues: IssueCollector, record: UnknownRecord, key: string, path: string): readonly string[] | undefined {
  const items = list(issues, record, key, path, '');
  if (items === undefined) return undefined;
  let ok = true;
  items.forEach((item, index) => {
    if (typeof item !== 'string') {
      issues.add(`${path}[${index}]`, 'type', `must be a string, got ${describeValue(item)}`);
      ok = false;
    } else if (item.trim() === '') {
      issues.add(`${path}[${index}]`, 'value', 'must not be empty or blank');
      ok = false;
    }
  });
  return ok ? (items as readonly string[]) : undefined;
}

function nonBlankString(issues: IssueCollector, record: UnknownRecord, key: string, path: string, typeHint = ''): string | undefined {
  const value = own(record, key);
  if (value === undefined) {
    issues.add(path, 'required', 'is required');
    return undefined;
  }
  if (typeof value !== 'string') {
    issues.add(path, 'type', `must be a string, got ${describeValue(value)}${typeHint}`);
    return undefined;
  }
  if (value.trim() === '') {
    issues.add(path, 'value', 'must not be empty or blank');
    return undefined;
  }
  return value;
}

function httpUrl(issues: IssueCollector, record: UnknownRecord, key: string, path: string, what: string): void {
  const value = nonBlankString(issues, record, key, path);
  if (value !== undefined && !isHttpUrl(value)) {
    issues.add(path, 'value', `must be an absolute http(s) URL (${what}), got ${describeValue(value)}`);
  }
}

function isHttpUrl(text: string): boolean {
  if (WHITESPACE.test(text)) return false;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function unixSeconds(issues: IssueCollector, record: UnknownRecord, key: string): number | undefined {
  const value = own(record, key);
  if (value === undefined) {
    issues.add(key, 'required', 'is required');
    return undefined;
  }
  if (typeof value !== 'number') {
    issues.add(key, 'type', `must be a number (UNIX time in seconds), got ${describeValue(value)}`);
    return undefined;
  }
  if (!Number.isSafeInteger(value) || value < 0) {
    issues.add(key, 'value', `must be a whole, non-negative number of seconds since 1970-01-01T00:00:00Z, got ${describeValue(value)}`);
    return undefined;
  }
  return value;
}

function fixed(issues: IssueCollector, record: UnknownRecord, key: string, path: string, expected: string): void {
  const value = own(record, key);
  if (value === expected) return;
  issues.add(path, value === undefined ? 'required' : 'fixed', `must be "${expected}", got ${describeValue(value)}`);
}
