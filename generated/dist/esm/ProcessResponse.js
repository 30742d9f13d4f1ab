import { checkCodeableConcept } from "./CodeableConcept.js";
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
  "_disposition",
  "_id",
  "_implicitRules",
  "_language",
  "_status",
  "communicationRequest",
  "contained",
  "created",
  "disposition",
  "error",
  "extension",
  "form",
  "id",
  "identifier",
  "implicitRules",
  "language",
  "meta",
  "modifierExtension",
  "organization",
  "outcome",
  "processNote",
  "request",
  "requestOrganization",
  "requestProvider",
  "resourceType",
  "status",
  "text"
]);
const OWNER_0 = { paths: ["ProcessResponse"], type: "ProcessResponse", exact: true };
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
const TARGETS_2 = /* @__PURE__ */ new Set(["CommunicationRequest"]);
const KEYS_1 = /* @__PURE__ */ new Set(["_text", "extension", "id", "modifierExtension", "text", "type"]);
const OWNER_1 = { paths: ["ProcessResponse.processNote"], type: "BackboneElement", exact: true };
const BINDING_2 = {
  has: vcodes.inCodes133,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/note-type"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/ProcessResponse",
      check: checkProcessResponse,
      type: "ProcessResponse",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkProcessResponse(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcessResponse");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "ProcessResponse") && x.c === null) return false;
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
  if (o.organization !== void 0) {
    if (!vrt.one(o.organization, x, p, "organization", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.organization, false, x, p, "organization", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (o.request !== void 0) {
    if (!vrt.one(o.request, x, p, "request", d, 0, checkReference) && x.c === null) return false;
  }
  if (o.outcome !== void 0) {
    if (!vrt.one(o.outcome, x, p, "outcome", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.disposition !== void 0 || o._disposition !== void 0) {
    if (!(vrt.isValidString(o.disposition) && o._disposition === void 0)) {
      if (!vrt.prim(o.disposition, o._disposition, x, p, "disposition", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.requestProvider !== void 0) {
    if (!vrt.one(o.requestProvider, x, p, "requestProvider", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.requestProvider, false, x, p, "requestProvider", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.requestOrganization !== void 0) {
    if (!vrt.one(o.requestOrganization, x, p, "requestOrganization", d, 0, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.requestOrganization, false, x, p, "requestOrganization", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (o.form !== void 0) {
    if (!vrt.one(o.form, x, p, "form", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.processNote !== void 0) {
    if (!vrt.many(o.processNote, x, p, "processNote", d, 0, -1, checkProcessResponseProcessNote) && x.c === null)
      return false;
  }
  if (o.error !== void 0) {
    if (!vrt.many(o.error, x, p, "error", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.communicationRequest !== void 0) {
    if (!vrt.many(o.communicationRequest, x, p, "communicationRequest", d, 0, -1, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.communicationRequest, true, x, p, "communicationRequest", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkProcessResponseProcessNote(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcessResponse.processNote");
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
  if (o.type !== void 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (o.text !== void 0 || o._text !== void 0) {
    if (!(vrt.isValidString(o.text) && o._text === void 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateProcessResponse(value, options) {
  return vrt.validateWith(value, "ProcessResponse", checkProcessResponse, true, options, REGISTRY_0);
}
function isProcessResponse(value, options) {
  return vrt.testWith(value, checkProcessResponse, true, options, REGISTRY_0);
}
function buildProcessResponse(input) {
  return fillAndCheck(
    input,
    { resourceType: "ProcessResponse", each: { processNote: { system: { type: "http://hl7.org/fhir/note-type" } } } },
    isProcessResponse,
    validateProcessResponse,
    "ProcessResponse"
  );
}
export {
  buildProcessResponse,
  checkProcessResponse,
  checkProcessResponseProcessNote,
  isProcessResponse,
  validateProcessResponse
};
