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
var jwt_build_exports = {};
__export(jwt_build_exports, {
  buildGpConnectJwtClaims: () => buildGpConnectJwtClaims
});
module.exports = __toCommonJS(jwt_build_exports);
var import_issues = require("./issues.js");
var import_jwt_claims = require("./jwt-claims.js");
var import_jwt_resources = require("./jwt-resources.js");
var import_jwt_validate = require("./jwt-validate.js");
var import_read = require("./read.js");
function buildGpConnectJwtClaims(input, options = {}) {
  const subject = "Cannot build GP Connect JWT claims";
  const shapeIssues = checkInputShape(input);
  if (shapeIssues.length > 0) throw new import_issues.GpConnectInputError(subject, shapeIssues);
  const nowMs = (options.now ?? Date.now)();
  if (typeof nowMs !== "number" || !Number.isFinite(nowMs)) {
    throw new import_issues.GpConnectInputError(subject, [{ path: "options.now", code: "type", message: `the clock must return a finite number of milliseconds, got ${(0, import_issues.describeValue)(nowMs)}` }]);
  }
  const iat = Math.floor(nowMs / 1e3);
  const { requesting_device: device, requesting_organization: organization, requesting_practitioner: practitioner } = input;
  const reason = input.reason_for_request ?? import_jwt_claims.GP_CONNECT_REASON_FOR_REQUEST;
  const claims = {
    iss: input.iss,
    sub: practitioner.id,
    aud: input.aud,
    exp: iat + import_jwt_claims.GP_CONNECT_JWT_LIFETIME_SECONDS,
    iat,
    // A JavaScript caller may pass another value; it is kept so that validation reports it.
    reason_for_request: reason,
    ...input.requested_record === void 0 ? {} : { requested_record: requestedRecord(input.requested_record.nhsNumber) },
    requested_scope: input.requested_scope,
    requesting_device: {
      resourceType: "Device",
      identifier: [{ system: device.identifier.system, value: device.identifier.value }],
      model: device.model,
      version: device.version
    },
    requesting_organization: {
      resourceType: "Organization",
      identifier: [{ system: import_jwt_resources.ODS_ORGANIZATION_CODE_SYSTEM, value: organization.odsCode }],
      name: organization.name
    },
    requesting_practitioner: {
      resourceType: "Practitioner",
      id: practitioner.id,
      identifier: [
        { system: import_jwt_resources.SDS_USER_ID_SYSTEM, value: practitioner.sdsUserId },
        { system: import_jwt_resources.SDS_ROLE_PROFILE_ID_SYSTEM, value: practitioner.sdsRoleProfileId },
        { system: practitioner.localIdentifier.system, value: practitioner.localIdentifier.value }
      ],
      name: [humanName(practitioner.name)]
    }
  };
  const issues = (0, import_jwt_validate.validateGpConnectJwtClaims)(claims);
  if (issues.length > 0) throw new import_issues.GpConnectInputError(subject, uniqueIssues(issues.map(toInputPath)));
  return claims;
}
function requestedRecord(nhsNumber) {
  return { resourceType: "Patient", identifier: [{ system: import_jwt_resources.NHS_NUMBER_SYSTEM, value: nhsNumber }] };
}
function humanName(name) {
  const given = typeof name.given === "string" ? [name.given] : [...name.given];
  const prefix = name.prefix === void 0 ? [] : typeof name.prefix === "string" ? [name.prefix] : [...name.prefix];
  return prefix.length > 0 ? { family: name.family, given, prefix } : { family: name.family, given };
}
function checkInputShape(input) {
  const issues = [];
  const needObject = (record, key, path) => {
    const value = (0, import_read.own)(record, key);
    if ((0, import_read.isRecord)(value)) return value;
    issues.push({ path, code: value === void 0 ? "required" : "type", message: `must be an object, got ${(0, import_issues.describeValue)(value)}` });
    return void 0;
  };
  const needStringOrArray = (record, key, path, optional) => {
    const value = (0, import_read.own)(record, key);
    if (typeof value === "string" || Array.isArray(value) || optional && value === void 0) return;
    issues.push({ path, code: value === void 0 ? "required" : "type", message: `must be a string or an array of strings, got ${(0, import_issues.describeValue)(value)}` });
  };
  if (!(0, import_read.isRecord)(input)) return [{ path: "", code: "type", message: `the input must be an object, got ${(0, import_issues.describeValue)(input)}` }];
  const device = needObject(input, "requesting_device", "requesting_device");
  if (device !== void 0) needObject(device, "identifier", "requesting_device.identifier");
  needObject(input, "requesting_organization", "requesting_organization");
  const practitioner = needObject(input, "requesting_practitioner", "requesting_practitioner");
  if (practitioner !== void 0) {
    needObject(practitioner, "localIdentifier", "requesting_practitioner.localIdentifier");
    const name = needObject(practitioner, "name", "requesting_practitioner.name");
    if (name !== void 0) {
      needStringOrArray(name, "given", "requesting_practitioner.name.given", false);
      needStringOrArray(name, "prefix", "requesting_practitioner.name.prefix", true);
    }
  }
  if ((0, import_read.own)(input, "requested_record") !== void 0) needObject(input, "requested_record", "requested_record");
  return issues;
}
const CLAIM_TO_INPUT_PATH = [
  ["requesting_organization.identifier[0].value", "requesting_organization.odsCode"],
  ["requesting_practitioner.identifier[0].value", "requesting_practitioner.sdsUserId"],
  ["requesting_practitioner.identifier[1].value", "requesting_practitioner.sdsRoleProfileId"],
  ["requesting_practitioner.identifier[2]", "requesting_practitioner.localIdentifier"],
  ["requesting_practitioner.name[0]", "requesting_practitioner.name"],
  ["requesting_device.identifier[0]", "requesting_device.identifier"],
  ["requested_record.identifier[0].value", "requested_record.nhsNumber"],
  ["sub", "requesting_practitioner.id"],
  ["iat", "options.now"],
  ["exp", "options.now"]
];
function toInputPath(issue) {
  for (const [claimPath, inputPath] of CLAIM_TO_INPUT_PATH) {
    if (issue.path === claimPath || issue.path.startsWith(`${claimPath}.`) || issue.path.startsWith(`${claimPath}[`)) {
      return { ...issue, path: inputPath + issue.path.slice(claimPath.length) };
    }
  }
  return issue;
}
function uniqueIssues(issues) {
  const seen = /* @__PURE__ */ new Set();
  return issues.filter((issue) => {
    const key = `${issue.path}\0${issue.code}\0${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
