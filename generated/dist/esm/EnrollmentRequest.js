import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_created",
  "_id",
  "_implicitRules",
  "_language",
  "_status",
  "contained",
  "coverage",
  "created",
  "extension",
  "id",
  "identifier",
  "implicitRules",
  "insurer",
  "language",
  "meta",
  "modifierExtension",
  "organization",
  "provider",
  "resourceType",
  "status",
  "subject",
  "text"
]);
const OWNER_0 = { paths: ["EnrollmentRequest"], type: "EnrollmentRequest", exact: true };
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
const TARGETS_0 = /* @__PURE__ */ new Set(["Organization"]);
const TARGETS_1 = /* @__PURE__ */ new Set(["Practitioner"]);
const TARGETS_2 = /* @__PURE__ */ new Set(["Patient"]);
const TARGETS_3 = /* @__PURE__ */ new Set(["Coverage"]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/EnrollmentRequest",
      check: checkEnrollmentRequest,
      type: "EnrollmentRequest",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkEnrollmentRequest(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "EnrollmentRequest");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "EnrollmentRequest") && x.c === null) return false;
  if (!vrt.checkKeys(o, KEYS_0, x, p, false) && x.c === null) return false;
  if (o.id !== void 0 || o._id !== void 0) {
    if (!(vrt.isValidId(o.id) && o._id === void 0)) {
      if (!vrt.prim(o.id, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if (o.meta !== void 0) {
    if (!vrt.one(o.meta, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
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
    if (!vrt.one(o.text, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
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
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if (o.status !== void 0 || o._status !== void 0) {
    if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
      if (!vrt.prim(o.status, o._status, x, p, "status", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (o.created !== void 0 || o._created !== void 0) {
    if (!(vrt.isValidDateTime(o.created) && o._created === void 0)) {
      if (!vrt.prim(o.created, o._created, x, p, "created", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.insurer !== void 0) {
    if (!vrt.one(o.insurer, x, p, "insurer", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.insurer, false, x, p, "insurer", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (o.provider !== void 0) {
    if (!vrt.one(o.provider, x, p, "provider", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.provider, false, x, p, "provider", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.organization !== void 0) {
    if (!vrt.one(o.organization, x, p, "organization", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.organization, false, x, p, "organization", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (o.subject !== void 0) {
    if (!vrt.one(o.subject, x, p, "subject", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (o.coverage !== void 0) {
    if (!vrt.one(o.coverage, x, p, "coverage", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.coverage, false, x, p, "coverage", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function validateEnrollmentRequest(value, options) {
  return vrt.validateWith(value, "EnrollmentRequest", checkEnrollmentRequest, true, options, REGISTRY_0);
}
function isEnrollmentRequest(value, options) {
  return vrt.testWith(value, checkEnrollmentRequest, true, options, REGISTRY_0);
}
function buildEnrollmentRequest(input) {
  return fillAndCheck(
    input,
    { resourceType: "EnrollmentRequest" },
    isEnrollmentRequest,
    validateEnrollmentRequest,
    "EnrollmentRequest"
  );
}
export {
  buildEnrollmentRequest,
  checkEnrollmentRequest,
  isEnrollmentRequest,
  validateEnrollmentRequest
};
