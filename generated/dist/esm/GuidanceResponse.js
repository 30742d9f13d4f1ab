import { checkAnnotation } from "./Annotation.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkDataRequirement } from "./DataRequirement.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_id",
  "_implicitRules",
  "_language",
  "_occurrenceDateTime",
  "_requestId",
  "_status",
  "contained",
  "context",
  "dataRequirement",
  "evaluationMessage",
  "extension",
  "id",
  "identifier",
  "implicitRules",
  "language",
  "meta",
  "modifierExtension",
  "module",
  "note",
  "occurrenceDateTime",
  "outputParameters",
  "performer",
  "reasonCodeableConcept",
  "reasonReference",
  "requestId",
  "resourceType",
  "result",
  "status",
  "subject",
  "text"
]);
const OWNER_0 = { paths: ["GuidanceResponse"], type: "GuidanceResponse", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = /* @__PURE__ */ new Set(["ServiceDefinition"]);
const BINDING_1 = {
  has: vcodes.inCodes230,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/guidance-response-status"
};
const TARGETS_1 = /* @__PURE__ */ new Set(["Group", "Patient"]);
const TARGETS_2 = /* @__PURE__ */ new Set(["Encounter", "EpisodeOfCare"]);
const TARGETS_3 = /* @__PURE__ */ new Set(["Device"]);
const CHOICE_0 = vrt.choiceVariants(["reasonCodeableConcept", "reasonReference"]);
const TARGETS_4 = /* @__PURE__ */ new Set(["OperationOutcome"]);
const TARGETS_5 = /* @__PURE__ */ new Set(["Parameters"]);
const TARGETS_6 = /* @__PURE__ */ new Set(["CarePlan", "RequestGroup"]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/GuidanceResponse",
      check: checkGuidanceResponse,
      type: "GuidanceResponse",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkGuidanceResponse(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "GuidanceResponse");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "GuidanceResponse") && x.c === null) return false;
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
  if (o.requestId !== void 0 || o._requestId !== void 0) {
    if (!(vrt.isValidId(o.requestId) && o._requestId === void 0)) {
      if (!vrt.prim(o.requestId, o._requestId, x, p, "requestId", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.identifier !== void 0) {
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if (!vrt.one(o.module, x, p, "module", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.module, false, x, p, "module", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  if (o.subject !== void 0) {
    if (!vrt.one(o.subject, x, p, "subject", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.context !== void 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.context, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (o.occurrenceDateTime !== void 0 || o._occurrenceDateTime !== void 0) {
    if (!(vrt.isValidDateTime(o.occurrenceDateTime) && o._occurrenceDateTime === void 0)) {
      if (!vrt.prim(
        o.occurrenceDateTime,
        o._occurrenceDateTime,
        x,
        p,
        "occurrenceDateTime",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.performer !== void 0) {
    if (!vrt.one(o.performer, x, p, "performer", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.performer, false, x, p, "performer", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "reason", 0) && x.c === null) return false;
  if (o.reasonCodeableConcept !== void 0) {
    if (!vrt.one(o.reasonCodeableConcept, x, p, "reason.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.reasonReference !== void 0) {
    if (!vrt.one(o.reasonReference, x, p, "reason.ofType(Reference)", d, 0, checkReference) && x.c === null)
      return false;
  }
  if (o.note !== void 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
  }
  if (o.evaluationMessage !== void 0) {
    if (!vrt.many(o.evaluationMessage, x, p, "evaluationMessage", d, 0, -1, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.evaluationMessage, true, x, p, "evaluationMessage", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if (o.outputParameters !== void 0) {
    if (!vrt.one(o.outputParameters, x, p, "outputParameters", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.outputParameters, false, x, p, "outputParameters", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if (o.result !== void 0) {
    if (!vrt.one(o.result, x, p, "result", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.result, false, x, p, "result", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  if (o.dataRequirement !== void 0) {
    if (!vrt.many(o.dataRequirement, x, p, "dataRequirement", d, 0, -1, checkDataRequirement) && x.c === null)
      return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function validateGuidanceResponse(value, options) {
  return vrt.validateWith(value, "GuidanceResponse", checkGuidanceResponse, true, options, REGISTRY_0);
}
function isGuidanceResponse(value, options) {
  return vrt.testWith(value, checkGuidanceResponse, true, options, REGISTRY_0);
}
function buildGuidanceResponse(input) {
  return fillAndCheck(
    input,
    { resourceType: "GuidanceResponse" },
    isGuidanceResponse,
    validateGuidanceResponse,
    "GuidanceResponse"
  );
}
export {
  buildGuidanceResponse,
  checkGuidanceResponse,
  isGuidanceResponse,
  validateGuidanceResponse
};
