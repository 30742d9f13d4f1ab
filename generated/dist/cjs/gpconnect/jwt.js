var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var jwt_exports = {};
__export(jwt_exports, {
  GP_CONNECT_JWT_HEADER: () => import_jwt_claims.GP_CONNECT_JWT_HEADER,
  GP_CONNECT_JWT_LIFETIME_SECONDS: () => import_jwt_claims.GP_CONNECT_JWT_LIFETIME_SECONDS,
  GP_CONNECT_MANDATORY_CLAIMS: () => import_jwt_claims.GP_CONNECT_MANDATORY_CLAIMS,
  GP_CONNECT_REASON_FOR_REQUEST: () => import_jwt_claims.GP_CONNECT_REASON_FOR_REQUEST,
  LEGACY_DSTU2_SYSTEMS: () => import_jwt_resources.LEGACY_DSTU2_SYSTEMS,
  NHS_NUMBER_SYSTEM: () => import_jwt_resources.NHS_NUMBER_SYSTEM,
  ODS_ORGANIZATION_CODE_SYSTEM: () => import_jwt_resources.ODS_ORGANIZATION_CODE_SYSTEM,
  SDS_ROLE_PROFILE_ID_SYSTEM: () => import_jwt_resources.SDS_ROLE_PROFILE_ID_SYSTEM,
  SDS_UNKNOWN: () => import_jwt_resources.SDS_UNKNOWN,
  SDS_USER_ID_SYSTEM: () => import_jwt_resources.SDS_USER_ID_SYSTEM,
  buildGpConnectJwtClaims: () => import_jwt_build.buildGpConnectJwtClaims,
  decodeJwt: () => import_jwt_codec.decodeJwt,
  encodeUnsignedJwt: () => import_jwt_codec.encodeUnsignedJwt,
  validateGpConnectJwt: () => import_jwt_validate.validateGpConnectJwt,
  validateGpConnectJwtClaims: () => import_jwt_validate.validateGpConnectJwtClaims
});
module.exports = __toCommonJS(jwt_exports);
var import_jwt_resources = require("./jwt-resources.js");
var import_jwt_claims = require("./jwt-claims.js");
var import_jwt_build = require("./jwt-build.js");
var import_jwt_codec = require("./jwt-codec.js");
var import_jwt_validate = require("./jwt-validate.js");
