/**
 * The GP Connect JWT (GP Connect 1.2.8, "Cross-organisation audit and provenance"): claim types,
 * builder, unsecured encoding, decoding and validation. Split by job into the jwt-*.ts files.
 */
export type {
  FhirIdentifier,
  GpConnectHumanName,
  GpConnectRequestedRecord,
  GpConnectRequestingDevice,
  GpConnectRequestingOrganization,
  GpConnectRequestingPractitioner,
  NhsNumberIdentifier,
  OdsOrganizationCodeIdentifier,
  SdsRoleProfileIdIdentifier,
  SdsUserIdIdentifier,
} from './jwt-resources.js';
export {
  LEGACY_DSTU2_SYSTEMS,
  NHS_NUMBER_SYSTEM,
  ODS_ORGANIZATION_CODE_SYSTEM,
  SDS_ROLE_PROFILE_ID_SYSTEM,
  SDS_UNKNOWN,
  SDS_USER_ID_SYSTEM,
} from './jwt-resources.js';
export type { GpConnectJwtClaims, GpConnectReasonForRequest } from './jwt-claims.js';
export {
  GP_CONNECT_JWT_HEADER,
  GP_CONNECT_JWT_LIFETIME_SECONDS,
  GP_CONNECT_MANDATORY_CLAIMS,
  GP_CONNECT_REASON_FOR_REQUEST,
} from './jwt-claims.js';
export type {
  BuildGpConnectJwtClaimsOptions,
  GpConnectJwtInput,
  GpConnectRequestedRecordInput,
  GpConnectRequestingDeviceInput,
  GpConnectRequestingOrganizationInput,
  GpConnectRequestingPractitionerInput,
} from './jwt-build.js';
export { buildGpConnectJwtClaims } from './jwt-build.js';
export type { DecodedJwt, DecodeJwtResult, JsonObject, JsonPrimitive, JsonValue } from './jwt-codec.js';
export { decodeJwt, encodeUnsignedJwt } from './jwt-codec.js';
export type { ValidateGpConnectJwtClaimsOptions } from './jwt-validate.js';
export { validateGpConnectJwt, validateGpConnectJwtClaims } from './jwt-validate.js';
