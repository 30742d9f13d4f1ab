import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_action",
  "_created",
  "_exclude",
  "_id",
  "_implicitRules",
  "_include",
  "_language",
  "_nullify",
  "_reference",
  "_status",
  "action",
  "contained",
  "created",
  "exclude",
  "extension",
  "id",
  "identifier",
  "implicitRules",
  "include",
  "item",
  "language",
  "meta",
  "modifierExtension",
  "nullify",
  "organization",
  "period",
  "provider",
  "reference",
  "request",
  "resourceType",
  "response",
  "status",
  "target",
  "text"
]);
const OWNER_0 = { paths: ["ProcessRequest"], type: "ProcessRequest", exact: true };
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
const BINDING_2 = {
  has: vcodes.inCodes273,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/actionlist"
};
const TARGETS_0 = /* @__PURE__ */ new Set(["Organization"]);
const TARGETS_1 = /* @__PURE__ */ new Set(["Practitioner"]);
const KEYS_1 = /* @__PURE__ */ new Set([
  "_sequenceLinkId",
  "extension",
  "id",
  "modifierExtension",
  "sequenceLinkId"
]);
const OWNER_1 = { paths: ["ProcessRequest.item"], type: "BackboneElement", exact: true };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/ProcessRequest",
      check: checkProcessRequest,
      type: "ProcessRequest",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkProcessRequest(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcessRequest");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "ProcessRequest") && x.c === null) return false;
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
  if (o.action !== void 0 || o._action !== void 0) {
    if (!(vrt.isValidCode(o.action) && o._action === void 0)) {
      if (!vrt.prim(o.action, o._action, x, p, "action", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.action, false, x, p, "action", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if (o.target !== void 0) {
    if (!vrt.one(o.target, x, p, "target", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.target, false, x, p, "target", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (o.created !== void 0 || o._created !== void 0) {
    if (!(vrt.isValidDateTime(o.created) && o._created === void 0)) {
      if (!vrt.prim(o.created, o._created, x, p, "created", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
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
  if (o.request !== void 0) {
    if (!vrt.one(o.request, x, p, "request", d, 0, checkReference) && x.c === null) return false;
  }
  if (o.response !== void 0) {
    if (!vrt.one(o.response, x, p, "response", d, 0, checkReference) && x.c === null) return false;
  }
  if (o.nullify !== void 0 || o._nullify !== void 0) {
    if (!(vrt.isValidBoolean(o.nullify) && o._nullify === void 0)) {
      if (!vrt.prim(o.nullify, o._nullify, x, p, "nullify", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.reference !== void 0 || o._reference !== void 0) {
    if (!(vrt.isValidString(o.reference) && o._reference === void 0)) {
      if (!vrt.prim(o.reference, o._reference, x, p, "reference", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.item !== void 0) {
    if (!vrt.many(o.item, x, p, "item", d, 0, -1, checkProcessRequestItem) && x.c === null) return false;
  }
  if (o.include !== void 0 || o._include !== void 0) {
    if (!vrt.prims(o.include, o._include, x, p, "include", d, 0, -1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if (o.exclude !== void 0 || o._exclude !== void 0) {
    if (!vrt.prims(o.exclude, o._exclude, x, p, "exclude", d, 0, -1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if (o.period !== void 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkProcessRequestItem(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcessRequest.item");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_1, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidInteger(o.sequenceLinkId) && o._sequenceLinkId === void 0)) {
    if (!vrt.prim(
      o.sequenceLinkId,
      o._sequenceLinkId,
      x,
      p,
      "sequenceLinkId",
      d,
      1,
      vrt.isValidInteger,
      "integer",
      OWNER_1
    ) && x.c === null)
      return false;
  }
  return true;
}
function validateProcessRequest(value, options) {
  return vrt.validateWith(value, "ProcessRequest", checkProcessRequest, true, options, REGISTRY_0);
}
function isProcessRequest(value, options) {
  return vrt.testWith(value, checkProcessRequest, true, options, REGISTRY_0);
}
function buildProcessRequest(input) {
  return fillAndCheck(
    input,
    { resourceType: "ProcessRequest" },
    isProcessRequest,
    validateProcessRequest,
    "ProcessRequest"
  );
}
export {
  buildProcessRequest,
  checkProcessRequest,
  checkProcessRequestItem,
  isProcessRequest,
  validateProcessRequest
};
