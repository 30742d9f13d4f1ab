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
var jwt_claims_exports = {};
__export(jwt_claims_exports, {
  GP_CONNECT_JWT_HEADER: () => GP_CONNECT_JWT_HEADER,
  GP_CONNECT_JWT_LIFETIME_SECONDS: () => GP_CONNECT_JWT_LIFETIME_SECONDS,
  GP_CONNECT_MANDATORY_CLAIMS: () => GP_CONNECT_MANDATORY_CLAIMS,
  GP_CONNECT_REASON_FOR_REQUEST: () => GP_CONNECT_REASON_FOR_REQUEST
});
module.exports = __toCommonJS(jwt_claims_exports);
const GP_CONNECT_REASON_FOR_REQUEST = "directcare";
const GP_CONNECT_JWT_LIFETIME_SECONDS = 300;
const GP_CONNECT_JWT_HEADER = Object.freeze({ alg: "none", typ: "JWT" });
const GP_CONNECT_MANDATORY_CLAIMS = [
  "iss",
  "sub",
  "aud",
  "exp",
  "iat",
  "reason_for_request",
  "requested_scope",
  "requesting_device",
  "requesting_organization",
  "requesting_practitioner"
];
GP_CONNECT_MANDATORY_CLAIMS;
