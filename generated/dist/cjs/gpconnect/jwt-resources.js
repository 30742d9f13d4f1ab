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
var jwt_resources_exports = {};
__export(jwt_resources_exports, {
  LEGACY_DSTU2_SYSTEMS: () => LEGACY_DSTU2_SYSTEMS,
  NHS_NUMBER_SYSTEM: () => NHS_NUMBER_SYSTEM,
  ODS_ORGANIZATION_CODE_SYSTEM: () => ODS_ORGANIZATION_CODE_SYSTEM,
  SDS_ROLE_PROFILE_ID_SYSTEM: () => SDS_ROLE_PROFILE_ID_SYSTEM,
  SDS_UNKNOWN: () => SDS_UNKNOWN,
  SDS_USER_ID_SYSTEM: () => SDS_USER_ID_SYSTEM
});
module.exports = __toCommonJS(jwt_resources_exports);
const ODS_ORGANIZATION_CODE_SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code";
const SDS_USER_ID_SYSTEM = "https://fhir.nhs.uk/Id/sds-user-id";
const SDS_ROLE_PROFILE_ID_SYSTEM = "https://fhir.nhs.uk/Id/sds-role-profile-id";
const NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";
const SDS_UNKNOWN = "UNK";
const LEGACY_DSTU2_SYSTEMS = {
  "http://fhir.nhs.net/Id/ods-organization-code": ODS_ORGANIZATION_CODE_SYSTEM,
  "http://fhir.nhs.net/sds-user-id": SDS_USER_ID_SYSTEM,
  "http://fhir.nhs.net/Id/sds-user-id": SDS_USER_ID_SYSTEM,
  "http://fhir.nhs.net/Id/sds-role-profile-id": SDS_ROLE_PROFILE_ID_SYSTEM,
  "http://fhir.nhs.net/Id/nhs-number": NHS_NUMBER_SYSTEM
};
