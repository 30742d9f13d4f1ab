var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var EnrollmentResponse_exports = {};
__export(EnrollmentResponse_exports, {
  buildEnrollmentResponse: () => buildEnrollmentResponse,
  checkEnrollmentResponse: () => checkEnrollmentResponse,
  isEnrollmentResponse: () => isEnrollmentResponse,
  validateEnrollmentResponse: () => validateEnrollmentResponse
});
module.exports = __toCommonJS(EnrollmentResponse_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const KEYS_0 = /* @__PURE__ */ new Set([
  "_created",
  "_disposition",
  "_id",
  "_implicitRules",
  "_language",
  "_status",
  "contained",
  "created",
  "disposition",
  "extension",
  "id",
  "identifier",
  "implicitRules",
  "language",
  "meta",
  "modifierExtension",
  "organization",
  "outcome",
  "request",
  "requestOrganization",
  "requestProvider",
  "resourceType",
  "status",
  "text"
]);
const OWNER_0 = { paths: ["EnrollmentResponse"], type: "EnrollmentResponse", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes130,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/fm-status"
};
const TARGETS_0 = /* @__PURE__ */ new Set(["EnrollmentRequest"]);
const BINDING_2 = {
  has: vcodes.inCodes179,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/remittance-outcome"
};
const TARGETS_1 = /* @__PURE__ */ new Set(["Organization"]);
const TARGETS_2 = /* @__PURE__ */ new Set(["Practitioner"]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/EnrollmentResponse",
      check: checkEnrollmentResponse,
      type: "EnrollmentResponse",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkEnrollmentResponse(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "EnrollmentResponse");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "EnrollmentResponse") && x.c === null) return false;
  if (!vrt.checkKeys(o, KEYS_0, x, p, false) && x.c === null) return false;
  if (o.id !== void 0 || o._id !== void 0) {
    if (!(vrt.isValidId(o.id) && o._id === void 0)) {
      if (!vrt.prim(o.id, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if (o.meta !== void 0) {
    if (!vrt.one(o.meta, x, p, "meta", d, 0, import_Meta.checkMeta) && x.c === null) return false;
  }
  if (o.implicitRules !== void 0 || o._implicitRules !== void 0) {
    if (!(vrt.isValidUri(o.implicitRules) && o._implicitRules === void 0)) {
      if (!vrt.prim(o.implicitRules, o._implicitRules, x, p, "implicitRules", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.language !== void 0 || o._language !== void 0) {
    if (!(vrt.isValidCode(o.language) && o._language === void 0)) {
      if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.language, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
  }
  if (o.text !== void 0) {
    if (!vrt.one(o.text, x, p, "text", d, 0, import_Narrative.checkNarrative) && x.c === null) return false;
  }
  if (o.contained !== void 0) {
    if (!vrt.many(o.contained, x, p, "contained", d, 0, -1, vrt.checkContainedResource) && x.c === null) return false;
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if (o.identifier !== void 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if (o.status !== void 0 || o._status !== void 0) {
    if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
      if (!vrt.prim(o.status, o._status, x, p, "status", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (o.request !== void 0) {
    if (!vrt.one(o.request, x, p, "request", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.request, false, x, p, "request", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (o.outcome !== void 0) {
    if (!vrt.one(o.outcome, x, p, "outcome", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.outcome, false, x, p, "outcome", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (o.disposition !== void 0 || o._disposition !== void 0) {
    if (!(vrt.isValidString(o.disposition) && o._disposition === void 0)) {
      if (!vrt.prim(o.disposition, o._disposition, x, p, "disposition", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.created !== void 0 || o._created !== void 0) {
    if (!(vrt.isValidDateTime(o.created) && o._created === void 0)) {
      if (!vrt.prim(o.created, o._created, x, p, "created", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.organization !== void 0) {
    if (!vrt.one(o.organization, x, p, "organization", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.organization, false, x, p, "organization", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.requestProvider !== void 0) {
    if (!vrt.one(o.requestProvider, x, p, "requestProvider", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.requestProvider, false, x, p, "requestProvider", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (o.requestOrganization !== void 0) {
    if (!vrt.one(o.requestOrganization, x, p, "requestOrganization", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.requestOrganization, false, x, p, "requestOrganization", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function validateEnrollmentResponse(value, options) {
  return vrt.validateWith(value, "EnrollmentResponse", checkEnrollmentResponse, true, options, REGISTRY_0);
}
function isEnrollmentResponse(value, options) {
  return vrt.testWith(value, checkEnrollmentResponse, true, options, REGISTRY_0);
}
function buildEnrollmentResponse(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "EnrollmentResponse", system: { outcome: "http://hl7.org/fhir/remittance-outcome" } },
    isEnrollmentResponse,
    validateEnrollmentResponse,
    "EnrollmentResponse"
  );
}
