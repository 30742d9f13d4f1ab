import { checkAnnotation } from "./Annotation.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkItem } from "./Item.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkProcedureRequestRequester } from "./ProcedureRequest.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkTiming } from "./Timing.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["ProcedureRequest"], type: "ProcedureRequest", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const EXTENSION_0 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_0, false);
const SLICING_0 = {
  rules: "open",
  ordered: false,
  element: "ProcedureRequest.extension",
  base: (v, x, q, d) => EXTENSION_0(v, x, q, d),
  slices: [
    {
      name: "Item",
      min: 0,
      max: -1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "http://hl7.org/fhir/StructureDefinition/procedurerequest-geneticsItem",
      check: (v, x, q, d) => checkItem(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "http://hl7.org/fhir/StructureDefinition/procedurerequest-geneticsItem":
        return 0;
    }
    return -1;
  }
};
const TARGETS_0 = ["ActivityDefinition", "PlanDefinition"];
const BINDING_1 = {
  has: vcodes.inCodes116,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/request-status"
};
const BINDING_2 = {
  has: vcodes.inCodes117,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/request-intent"
};
const BINDING_3 = {
  has: vcodes.inCodes97,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/request-priority"
};
const TARGETS_1 = ["Device", "Group", "Location", "Patient"];
const TARGETS_2 = ["Encounter", "EpisodeOfCare"];
const CHOICE_0 = vrt.choiceVariants([
  "occurrenceDateTime",
  "occurrencePeriod",
  "occurrenceTiming"
]);
const CHOICE_1 = vrt.choiceVariants(["asNeededBoolean", "asNeededCodeableConcept"]);
const TARGETS_3 = [
  "Device",
  "HealthcareService",
  "Organization",
  "Patient",
  "Practitioner",
  "RelatedPerson"
];
const TARGETS_4 = ["Condition", "Observation"];
const TARGETS_5 = ["Specimen"];
const TARGETS_6 = ["Provenance"];
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/procedurerequest-genetics",
      check: checkProcedureRequestGenetics,
      type: "ProcedureRequest",
      base: false
    }
  ],
  extensions: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/procedurerequest-geneticsItem",
      check: checkItem,
      contexts: ["DiagnosticReport"],
      contextTypes: ["DiagnosticReport"]
    }
  ],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkProcedureRequestGenetics(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "ProcedureRequest") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31, e32, e33, e34, e35, e36;
  for (const k in o) {
    switch (k) {
      case "resourceType":
        break;
      case "id":
        m0 |= 1;
        e0 = o[k];
        break;
      case "meta":
        m0 |= 4;
        e1 = o[k];
        break;
      case "implicitRules":
        m0 |= 8;
        e2 = o[k];
        break;
      case "language":
        m0 |= 32;
        e3 = o[k];
        break;
      case "text":
        m0 |= 128;
        e4 = o[k];
        break;
      case "contained":
        m0 |= 256;
        e5 = o[k];
        break;
      case "extension":
        m0 |= 512;
        e6 = o[k];
        break;
      case "modifierExtension":
        m0 |= 1024;
        e7 = o[k];
        break;
      case "identifier":
        m0 |= 2048;
        e8 = o[k];
        break;
      case "definition":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "basedOn":
        m0 |= 8192;
        e10 = o[k];
        break;
      case "replaces":
        m0 |= 16384;
        e11 = o[k];
        break;
      case "requisition":
        m0 |= 32768;
        e12 = o[k];
        break;
      case "status":
        m0 |= 65536;
        e13 = o[k];
        break;
      case "intent":
        m0 |= 262144;
        e14 = o[k];
        break;
      case "priority":
        m0 |= 1048576;
        e15 = o[k];
        break;
      case "doNotPerform":
        m0 |= 4194304;
        e16 = o[k];
        break;
      case "category":
        m0 |= 16777216;
        e17 = o[k];
        break;
      case "code":
        m0 |= 33554432;
        e18 = o[k];
        break;
      case "subject":
        m0 |= 67108864;
        e19 = o[k];
        break;
      case "context":
        m0 |= 134217728;
        e20 = o[k];
        break;
      case "occurrenceDateTime":
        m1 |= 1;
        e21 = o[k];
        break;
      case "occurrencePeriod":
        m1 |= 4;
        e22 = o[k];
        break;
      case "occurrenceTiming":
        m1 |= 8;
        e23 = o[k];
        break;
      case "asNeededBoolean":
        m1 |= 16;
        e24 = o[k];
        break;
      case "asNeededCodeableConcept":
        m1 |= 64;
        e25 = o[k];
        break;
      case "authoredOn":
        m1 |= 128;
        e26 = o[k];
        break;
      case "requester":
        m1 |= 512;
        e27 = o[k];
        break;
      case "performerType":
        m1 |= 1024;
        e28 = o[k];
        break;
      case "performer":
        m1 |= 2048;
        e29 = o[k];
        break;
      case "reasonCode":
        m1 |= 4096;
        e30 = o[k];
        break;
      case "reasonReference":
        m1 |= 8192;
        e31 = o[k];
        break;
      case "supportingInfo":
        m1 |= 16384;
        e32 = o[k];
        break;
      case "specimen":
        m1 |= 32768;
        e33 = o[k];
        break;
      case "bodySite":
        m1 |= 65536;
        e34 = o[k];
        break;
      case "note":
        m1 |= 131072;
        e35 = o[k];
        break;
      case "relevantHistory":
        m1 |= 262144;
        e36 = o[k];
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
      case "_status":
        m0 |= 131072;
        break;
      case "_intent":
        m0 |= 524288;
        break;
      case "_priority":
        m0 |= 2097152;
        break;
      case "_doNotPerform":
        m0 |= 8388608;
        break;
      case "_occurrenceDateTime":
        m1 |= 2;
        break;
      case "_asNeededBoolean":
        m1 |= 32;
        break;
      case "_authoredOn":
        m1 |= 256;
        break;
      default:
        if (!vrt.unknownKey(o, k, x, p) && x.c === null) return false;
    }
  }
  if ((m0 & 3) !== 0) {
    if (!(vrt.isValidId(e0) && (m0 & 2) === 0)) {
      if (!vrt.prim(e0, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(e1, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidUri(e2) && (m0 & 16) === 0)) {
      if (!vrt.prim(e2, o._implicitRules, x, p, "implicitRules", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidCode(e3) && (m0 & 64) === 0)) {
      if (!vrt.prim(e3, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e3, vcodes.inCodes1)) {
      if (!vrt.eachWith(e3, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e4, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(e5, x, p, "contained", d, 0, -1, vrt.checkContainedResource) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.checkSliced(e6, x, p, "extension", d, 0, -1, SLICING_0) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(e7, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null) return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(e8, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(e9, x, p, "definition", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e9, true, x, p, "definition", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(e10, x, p, "basedOn", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(e11, x, p, "replaces", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(e12, x, p, "requisition", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e13) && (m0 & 131072) === 0)) {
    if (!vrt.prim(e13, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e13, vcodes.inCodes116)) {
    if (!vrt.eachWith(e13, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e14) && (m0 & 524288) === 0)) {
    if (!vrt.prim(e14, o._intent, x, p, "intent", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e14, vcodes.inCodes117)) {
    if (!vrt.eachWith(e14, false, x, p, "intent", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidCode(e15) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(e15, o._priority, x, p, "priority", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e15, vcodes.inCodes97)) {
      if (!vrt.eachWith(e15, false, x, p, "priority", vrt.checkCode, BINDING_3) && x.c === null) return false;
    }
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidBoolean(e16) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(e16, o._doNotPerform, x, p, "doNotPerform", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.many(e17, x, p, "category", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(e18, x, p, "code", d, 1, checkCodeableConcept) && x.c === null) return false;
  if (!vrt.one(e19, x, p, "subject", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e19, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  if ((m0 & 134217728) !== 0) {
    if (!vrt.one(e20, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e20, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if (vrt.bitCount(m1 & 15) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "occurrence", 0) && x.c === null) return false;
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidDateTime(e21) && (m1 & 2) === 0)) {
      if (!vrt.prim(
        e21,
        o._occurrenceDateTime,
        x,
        p,
        "occurrence.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.one(e22, x, p, "occurrence.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.one(e23, x, p, "occurrence.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if (vrt.bitCount(m1 & 112) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "asNeeded", 0) && x.c === null) return false;
  }
  if ((m1 & 48) !== 0) {
    if (!(vrt.isValidBoolean(e24) && (m1 & 32) === 0)) {
      if (!vrt.prim(
        e24,
        o._asNeededBoolean,
        x,
        p,
        "asNeeded.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(e25, x, p, "asNeeded.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m1 & 384) !== 0) {
    if (!(vrt.isValidDateTime(e26) && (m1 & 256) === 0)) {
      if (!vrt.prim(e26, o._authoredOn, x, p, "authoredOn", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(e27, x, p, "requester", d, 0, checkProcedureRequestRequester) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.one(e28, x, p, "performerType", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(e29, x, p, "performer", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e29, false, x, p, "performer", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.many(e30, x, p, "reasonCode", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.many(e31, x, p, "reasonReference", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e31, true, x, p, "reasonReference", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.many(e32, x, p, "supportingInfo", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.many(e33, x, p, "specimen", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e33, true, x, p, "specimen", vrt.checkReferenceTarget, TARGETS_5) && x.c === null) return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.many(e34, x, p, "bodySite", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.many(e35, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.many(e36, x, p, "relevantHistory", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e36, true, x, p, "relevantHistory", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
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
function validateProcedureRequestGenetics(value, options) {
  return vrt.validateWith(value, "ProcedureRequest", checkProcedureRequestGenetics, true, options, REGISTRY_0);
}
function isProcedureRequestGenetics(value, options) {
  return vrt.testWith(value, checkProcedureRequestGenetics, true, options, REGISTRY_0);
}
function buildProcedureRequestGenetics(input) {
  return fillAndCheck(
    input,
    { resourceType: "ProcedureRequest", profile: "http://hl7.org/fhir/StructureDefinition/procedurerequest-genetics" },
    isProcedureRequestGenetics,
    validateProcedureRequestGenetics,
    "ProcedureRequestGenetics"
  );
}
export {
  buildProcedureRequestGenetics,
  checkProcedureRequestGenetics,
  isProcedureRequestGenetics,
  validateProcedureRequestGenetics
};
