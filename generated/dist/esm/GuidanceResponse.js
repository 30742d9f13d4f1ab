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
const OWNER_0 = { paths: ["GuidanceResponse"], type: "GuidanceResponse", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = ["ServiceDefinition"];
const BINDING_1 = {
  has: vcodes.inCodes230,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/guidance-response-status"
};
const TARGETS_1 = ["Group", "Patient"];
const TARGETS_2 = ["Encounter", "EpisodeOfCare"];
const TARGETS_3 = ["Device"];
const CHOICE_0 = vrt.choiceVariants(["reasonCodeableConcept", "reasonReference"]);
const TARGETS_4 = ["OperationOutcome"];
const TARGETS_5 = ["Parameters"];
const TARGETS_6 = ["CarePlan", "RequestGroup"];
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
  let m0 = 0;
  for (const k in o) {
    switch (k) {
      case "resourceType":
        break;
      case "id":
        m0 |= 1;
        break;
      case "meta":
        m0 |= 4;
        break;
      case "implicitRules":
        m0 |= 8;
        break;
      case "language":
        m0 |= 32;
        break;
      case "text":
        m0 |= 128;
        break;
      case "contained":
        m0 |= 256;
        break;
      case "extension":
        m0 |= 512;
        break;
      case "modifierExtension":
        m0 |= 1024;
        break;
      case "requestId":
        m0 |= 2048;
        break;
      case "identifier":
        m0 |= 8192;
        break;
      case "module":
        m0 |= 16384;
        break;
      case "status":
        m0 |= 32768;
        break;
      case "subject":
        m0 |= 131072;
        break;
      case "context":
        m0 |= 262144;
        break;
      case "occurrenceDateTime":
        m0 |= 524288;
        break;
      case "performer":
        m0 |= 2097152;
        break;
      case "reasonCodeableConcept":
        m0 |= 4194304;
        break;
      case "reasonReference":
        m0 |= 8388608;
        break;
      case "note":
        m0 |= 16777216;
        break;
      case "evaluationMessage":
        m0 |= 33554432;
        break;
      case "outputParameters":
        m0 |= 67108864;
        break;
      case "result":
        m0 |= 134217728;
        break;
      case "dataRequirement":
        m0 |= 268435456;
        break;
      case "_id":
        m0 |= 2;
        break;
      case "_implicitRules":
        m0 |= 16;
        break;
      case "_language":
        m0 |= 64;
        break;
      case "_requestId":
        m0 |= 4096;
        break;
      case "_status":
        m0 |= 65536;
        break;
      case "_occurrenceDateTime":
        m0 |= 1048576;
        break;
      default:
        if (!vrt.unknownKey(o, k, x, p) && x.c === null) return false;
    }
  }
  if ((m0 & 3) !== 0) {
    if (!(vrt.isValidId(o.id) && (m0 & 2) === 0)) {
      if (!vrt.prim(o.id, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(o.meta, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidUri(o.implicitRules) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.implicitRules, o._implicitRules, x, p, "implicitRules", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidCode(o.language) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.language, vcodes.inCodes1)) {
      if (!vrt.eachWith(o.language, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(o.text, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(o.contained, x, p, "contained", d, 0, -1, vrt.checkContainedResource) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidId(o.requestId) && (m0 & 4096) === 0)) {
      if (!vrt.prim(o.requestId, o._requestId, x, p, "requestId", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if (!vrt.one(o.module, x, p, "module", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.module, false, x, p, "module", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  if (!(vrt.isValidCode(o.status) && (m0 & 65536) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes230)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(o.subject, x, p, "subject", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.context, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidDateTime(o.occurrenceDateTime) && (m0 & 1048576) === 0)) {
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
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(o.performer, x, p, "performer", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.performer, false, x, p, "performer", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 12582912) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "reason", 0) && x.c === null) return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(o.reasonCodeableConcept, x, p, "reason.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(o.reasonReference, x, p, "reason.ofType(Reference)", d, 0, checkReference) && x.c === null)
      return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.many(o.evaluationMessage, x, p, "evaluationMessage", d, 0, -1, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.evaluationMessage, true, x, p, "evaluationMessage", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(o.outputParameters, x, p, "outputParameters", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.outputParameters, false, x, p, "outputParameters", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.one(o.result, x, p, "result", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.result, false, x, p, "result", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(o.dataRequirement, x, p, "dataRequirement", d, 0, -1, checkDataRequirement) && x.c === null)
      return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  }
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
