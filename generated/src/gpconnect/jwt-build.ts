/**
 * Builds the GP Connect JWT claim set from what only the consumer knows; fills in the fixed and
 * derived parts (reason_for_request, sub, iat/exp, resourceType, identifier systems) as the
 * GP Connect 1.2.8 audit page prescribes.
 */
import type { GpConnectIssue } from './issues.js';
import { describeValue, GpConnectInputError } from './issues.js';
import type { GpConnectJwtClaims, GpConnectReasonForRequest } from './jwt-claims.js';
import { GP_CONNECT_JWT_LIFETIME_SECONDS, GP_CONNECT_REASON_FOR_REQUEST } from './jwt-claims.js';
import type { FhirIdentifier, GpConnectHumanName, GpConnectRequestedRecord } from './jwt-resources.js';
import { NHS_NUMBER_SYSTEM, ODS_ORGANIZATION_CODE_SYSTEM, SDS_ROLE_PROFILE_ID_SYSTEM, SDS_USER_ID_SYSTEM } from './jwt-resources.js';
import { validateGpConnectJwtClaims } from './jwt-validate.js';
import type { UnknownRecord } from './read.js';
import { isRecord, own } from './read.js';
import type { GpConnectRequestedScope } from './scopes.js';

export interface GpConnectRequestingDeviceInput {
  /** `system`: a consumer-defined system URL (e.g. https://consumersupplier.com/Id/device-identifier); `value`: the device or system identifier. */
  readonly identifier: FhirIdentifier;
  /** Consumer product or system name. */
  readonly model: string;
  /** Version number of the consumer product or system. */
  readonly version: string;
}

export interface GpConnectRequestingOrganizationInput {
  /** ODS code of the organisation the request originates from (normally the logged-on user's), not a hosting organisation's. */
  readonly odsCode: string;
  readonly name: string;
}

export interface GpConnectRequestingPractitionerInput {
  /** Unique logical id of the logged-on user (user ID or GUID); also becomes `sub`. */
  readonly id: string;
  readonly name: {
    readonly family: string;
    readonly given: string | readonly [string, ...string[]];
    /** Title(s), where available. */
    readonly prefix?: string | readonly string[];
  };
  /** SDS user ID from the user's NHS smartcard, or `SDS_UNKNOWN` ("UNK") without a smartcard. */
  readonly sdsUserId: string;
  /** SDS user role profile ID from the user's NHS smartcard, or `SDS_UNKNOWN` ("UNK") without a smartcard. */
  readonly sdsRoleProfileId: string;
  /** A unique local user or user-role identifier; `system` is a consumer-defined URL (e.g. https://consumersupplier.com/Id/user-guid). */
  readonly localIdentifier: FhirIdentifier;
}

export interface GpConnectRequestedRecordInput {
  readonly nhsNumber: string;
}

export interface GpConnectJwtInput {
  /** URL of the consumer system's Spine endpoint. */
  readonly iss: string;
  /** The provider's service root URL (SDS `nhsMhsEndPoint`). */
  readonly aud: string;
  /** Always `directcare`; may be left out. */
  readonly reason_for_request?: GpConnectReasonForRequest;
  /** See `requestedScopeFor(interactionId)`. */
  readonly requested_scope: GpConnectRequestedScope;
  /** Not a 1.2.8 claim (see `GpConnectJwtClaims.requested_record`); written only when given. */
  readonly requested_record?: GpConnectRequestedRecordInput;
  readonly requesting_device: GpConnectRequestingDeviceInput;
  readonly requesting_organization: GpConnectRequestingOrganizationInput;
  readonly requesting_practitioner: GpConnectRequestingPractitionerInput;
}

export interface BuildGpConnectJwtClaimsOptions {
  /** Clock in milliseconds since the UNIX epoch; default `Date.now`. `iat` is its whole seconds, `exp` is `iat` + 300. */
  readonly now?: () => number;
}

/**
 * The claim set for one request (the page: a new JWT for each API request). Keys are in the order
 * of the page's claim list and examples. Throws `GpConnectInputError`, listing every problem with
 * its input path, when the input cannot give a conforming claim set (blank strings, URLs that are
 * not URLs, a practitioner id that is not a FHIR id...).
 */
export function buildGpConnectJwtClaims(input: GpConnectJwtInput, options: BuildGpConnectJwtClaimsOptions = {}): GpConnectJwtClaims {
  const subject = 'Cannot build GP Connect JWT claims';
  const shapeIssues = checkInputShape(input);
  if (shapeIssues.length > 0) throw new GpConnectInputError(subject, shapeIssues);

  const nowMs = (options.now ?? Date.now)();
  if (typeof nowMs !== 'number' || !Number.isFinite(nowMs)) {
    throw new GpConnectInputError(subject, [{ path: 'options.now', code: 'type', message: `the clock must return a finite number of milliseconds, got ${describeValue(nowMs)}` }]);
  }
  const iat = Math.floor(nowMs / 1000);
  const { requesting_device: device, requesting_organization: organization, requesting_practitioner: practitioner } = input;
  const reason: unknown = input.reason_for_request ?? GP_CONNECT_REASON_FOR_REQUEST;

  const claims: GpConnectJwtClaims = {
    iss: input.iss,
    sub: practitioner.id,
    aud: input.aud,
    exp: iat + GP_CONNECT_JWT_LIFETIME_SECONDS,
    iat,
    // A JavaScript caller may pass another value; it is kept so that validation reports it.
    reason_for_request: reason as GpConnectReasonForRequest,
    ...(input.requested_record === undefined ? {} : { requested_record: requestedRecord(input.requested_record.nhsNumber) }),
    requested_scope: input.requested_scope,
    requesting_device: {
      resourceType: 'Device',
      identifier: [{ system: device.identifier.system, value: device.identifier.value }],
      model: device.model,
      version: device.version,
    },
    requesting_organization: {
      resourceType: 'Organization',
      identifier: [{ system: ODS_ORGANIZATION_CODE_SYSTEM, value: organization.odsCode }],
      name: organization.name,
    },
    requesting_practitioner: {
      resourceType: 'Practitioner',
      id: practitioner.id,
      identifier: [
        { system: SDS_USER_ID_SYSTEM, value: practitioner.sdsUserId },
        { system: SDS_ROLE_PROFILE_ID_SYSTEM, value: practitioner.sdsRoleProfileId },
        { system: practitioner.localIdentifier.system, value: practitioner.localIdentifier.value },
      ],
      name: [humanName(practitioner.name)],
    },
  };

  const issues = validateGpConnectJwtClaims(claims);
  if (issues.length > 0) throw new GpConnectInputError(subject, uniqueIssues(issues.map(toInputPath)));
  return claims;
}

function requestedRecord(nhsNumber: string): GpConnectRequestedRecord {
  return { resourceType: 'Patient', identifier: [{ system: NHS_NUMBER_SYSTEM, value: nhsNumber }] };
}

function humanName(name: GpConnectRequestingPractitionerInput['name']): GpConnectHumanName {
  const given = typeof name.given === 'string' ? [name.given] : [...name.given];
  const prefix = name.prefix === undefined ? [] : typeof name.prefix === 'string' ? [name.prefix] : [...name.prefix];
  // FHIR JSON has no empty arrays: no title, no prefix element.
  return prefix.length > 0 ? { family: name.family, given, prefix } : { family: name.family, given };
}

/**
 * The objects the builder reads into must exist before it can build; the type system guarantees it
 * for TypeScript callers, this guards JavaScript callers. Leaf values are checked after building.
 */
function checkInputShape(input: unknown): GpConnectIssue[] {
  const issues: GpConnectIssue[] = [];
  const needObject = (record: UnknownRecord, key: string, path: string): UnknownRecord | undefined => {
    const value = own(record, key);
    if (isRecord(value)) return value;
    issues.push({ path, code: value === undefined ? 'required' : 'type', message: `must be an object, got ${describeValue(value)}` });
    return undefined;
  };
  const needStringOrArray = (record: UnknownRecord, key: string, path: string, optional: boolean): void => {
    const value = own(record, key);
    if (typeof value === 'string' || Array.isArray(value) || (optional && value === undefined)) return;
    issues.push({ path, code: value === undefined ? 'required' : 'type', message: `must be a string or an array of strings, got ${describeValue(value)}` });
  };
  if (!isRecord(input)) return [{ path: '', code: 'type', message: `the input must be an object, got ${describeValue(input)}` }];
  const device = needObject(input, 'requesting_device', 'requesting_device');
  if (device !== undefined) needObject(device, 'identifier', 'requesting_device.identifier');
  needObject(input, 'requesting_organization', 'requesting_organization');
  const practitioner = needObject(input, 'requesting_practitioner', 'requesting_practitioner');
  if (practitioner !== undefined) {
    needObject(practitioner, 'localIdentifier', 'requesting_practitioner.localIdentifier');
    const name = needObject(practitioner, 'name', 'requesting_practitioner.name');
    if (name !== undefined) {
      needStringOrArray(name, 'given', 'requesting_practitioner.name.given', false);
      needStringOrArray(name, 'prefix', 'requesting_practitioner.name.prefix', true);
    }
  }
  if (own(input, 'requested_record') !== undefined) needObject(input, 'requested_record', 'requested_record');
  return issues;
}

/** Claim paths that the builder derives from differently named input fields, most specific first. */
const CLAIM_TO_INPUT_PATH: readonly (readonly [string, string])[] = [
  ['requesting_organization.identifier[0].value', 'requesting_organization.odsCode'],
  ['requesting_practitioner.identifier[0].value', 'requesting_practitioner.sdsUserId'],
  ['requesting_practitioner.identifier[1].value', 'requesting_practitioner.sdsRoleProfileId'],
  ['requesting_practitioner.identifier[2]', 'requesting_practitioner.localIdentifier'],
  ['requesting_practitioner.name[0]', 'requesting_practitioner.name'],
  ['requesting_device.identifier[0]', 'requesting_device.identifier'],
  ['requested_record.identifier[0].value', 'requested_record.nhsNumber'],
  ['sub', 'requesting_practitioner.id'],
  ['iat', 'options.now'],
  ['exp', 'options.now'],
];

function toInputPath(issue: GpConnectIssue): GpConnectIssue {
  for (const [claimPath, inputPath] of CLAIM_TO_INPUT_PATH) {
    if (issue.path === claimPath || issue.path.startsWith(`${claimPath}.`) || issue.path.startsWith(`${claimPath}[`)) {
      return { ...issue, path: inputPath + issue.path.slice(claimPath.length) };
    }
  }
  return issue;
}

/** `sub` and `requesting_practitioner.id` come from one input field: report its problem once. */
function uniqueIssues(issues: readonly GpConnectIssue[]): GpConnectIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.code}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
