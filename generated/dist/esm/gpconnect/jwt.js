import {
  LEGACY_DSTU2_SYSTEMS,
  NHS_NUMBER_SYSTEM,
  ODS_ORGANIZATION_CODE_SYSTEM,
  SDS_ROLE_PROFILE_ID_SYSTEM,
  SDS_UNKNOWN,
  SDS_USER_ID_SYSTEM
} from "./jwt-resources.js";
import {
  GP_CONNECT_JWT_HEADER,
  GP_CONNECT_JWT_LIFETIME_SECONDS,
  GP_CONNECT_MANDATORY_CLAIMS,
  GP_CONNECT_REASON_FOR_REQUEST
} from "./jwt-claims.js";
import { buildGpConnectJwtClaims } from "./jwt-build.js";
import { decodeJwt, encodeUnsignedJwt } from "./jwt-codec.js";
import { validateGpConnectJwt, validateGpConnectJwtClaims } from "./jwt-validate.js";
export {
  GP_CONNECT_JWT_HEADER,
  GP_CONNECT_JWT_LIFETIME_SECONDS,
  GP_CONNECT_MANDATORY_CLAIMS,
  GP_CONNECT_REASON_FOR_REQUEST,
  LEGACY_DSTU2_SYSTEMS,
  NHS_NUMBER_SYSTEM,
  ODS_ORGANIZATION_CODE_SYSTEM,
  SDS_ROLE_PROFILE_ID_SYSTEM,
  SDS_UNKNOWN,
  SDS_USER_ID_SYSTEM,
  buildGpConnectJwtClaims,
  decodeJwt,
  encodeUnsignedJwt,
  validateGpConnectJwt,
  validateGpConnectJwtClaims
};
