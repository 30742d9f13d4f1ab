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
      match: (v, x, d) => vrt.isObject(v) && v.url === "http://hl7.org/fhir/StructureDefinition/procedurerequest-geneticsItem",
      check: (v, x, q, d) => checkItem(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
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
      case "identifier":
        m0 |= 2048;
        break;
      case "definition":
        m0 |= 4096;
        break;
      case "basedOn":
        m0 |= 8192;
        break;
      case "replaces":
        m0 |= 16384;
        break;
      case "requisition":
        m0 |= 32768;
        break;
      case "status":
        m0 |= 65536;
        break;
      case "intent":
        m0 |= 262144;
        break;
      case "priority":
        m0 |= 1048576;
        break;
      case "doNotPerform":
        m0 |= 4194304;
        break;
      case "category":
        m0 |= 16777216;
        break;
      case "code":
        m0 |= 33554432;
        break;
      case "subject":
        m0 |= 67108864;
        break;
      case "context":
        m0 |= 134217728;
        break;
      case "occurrenceDateTime":
        m1 |= 1;
        break;
      case "occurrencePeriod":
        m1 |= 4;
        break;
      case "occurrenceTiming":
        m1 |= 8;
        break;
      case "asNeededBoolean":
        m1 |= 16;
        break;
      case "asNeededCodeableConcept":
        m1 |= 64;
        break;
      case "authoredOn":
        m1 |= 128;
        break;
      case "requester":
        m1 |= 512;
        break;
      case "performerType":
        m1 |= 1024;
        break;
      case "performer":
        m1 |= 2048;
        break;
      case "reasonCode":
        m1 |= 4096;
        break;
      case "reasonReference":
        m1 |= 8192;
        break;
      case "supportingInfo":
        m1 |= 16384;
        break;
      case "specimen":
        m1 |= 32768;
        break;
      case "bodySite":
        m1 |= 65536;
        break;
      case "note":
        m1 |= 131072;
        break;
      case "relevantHistory":
        m1 |= 262144;
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
    if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_0) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(o.definition, x, p, "definition", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.definition, true, x, p, "definition", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(o.basedOn, x, p, "basedOn", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(o.replaces, x, p, "replaces", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(o.requisition, x, p, "requisition", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.status) && (m0 & 131072) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes116)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.intent) && (m0 & 524288) === 0)) {
    if (!vrt.prim(o.intent, o._intent, x, p, "intent", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.intent, vcodes.inCodes117)) {
    if (!vrt.eachWith(o.intent, false, x, p, "intent", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidCode(o.priority) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(o.priority, o._priority, x, p, "priority", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.priority, vcodes.inCodes97)) {
      if (!vrt.eachWith(o.priority, false, x, p, "priority", vrt.checkCode, BINDING_3) && x.c === null) return false;
    }
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidBoolean(o.doNotPerform) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(
        o.doNotPerform,
        o._doNotPerform,
        x,
        p,
        "doNotPerform",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.many(o.category, x, p, "category", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(o.code, x, p, "code", d, 1, checkCodeableConcept) && x.c === null) return false;
  if (!vrt.one(o.subject, x, p, "subject", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
    return false;
  if ((m0 & 134217728) !== 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.context, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m1 & 15) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "occurrence", 0) && x.c === null) return false;
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidDateTime(o.occurrenceDateTime) && (m1 & 2) === 0)) {
      if (!vrt.prim(
        o.occurrenceDateTime,
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
    if (!vrt.one(o.occurrencePeriod, x, p, "occurrence.ofType(Period)", d, 0, checkPeriod) && x.c === null)
      return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.one(o.occurrenceTiming, x, p, "occurrence.ofType(Timing)", d, 0, checkTiming) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m1 & 112) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "asNeeded", 0) && x.c === null) return false;
  }
  if ((m1 & 48) !== 0) {
    if (!(vrt.isValidBoolean(o.asNeededBoolean) && (m1 & 32) === 0)) {
      if (!vrt.prim(
        o.asNeededBoolean,
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
    if (!vrt.one(o.asNeededCodeableConcept, x, p, "asNeeded.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m1 & 384) !== 0) {
    if (!(vrt.isValidDateTime(o.authoredOn) && (m1 & 256) === 0)) {
      if (!vrt.prim(o.authoredOn, o._authoredOn, x, p, "authoredOn", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(o.requester, x, p, "requester", d, 0, checkProcedureRequestRequester) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.one(o.performerType, x, p, "performerType", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(o.performer, x, p, "performer", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.performer, false, x, p, "performer", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.many(o.reasonCode, x, p, "reasonCode", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.many(o.reasonReference, x, p, "reasonReference", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.reasonReference, true, x, p, "reasonReference", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.many(o.supportingInfo, x, p, "supportingInfo", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.many(o.specimen, x, p, "specimen", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.specimen, true, x, p, "specimen", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.many(o.bodySite, x, p, "bodySite", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.many(o.relevantHistory, x, p, "relevantHistory", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.relevantHistory, true, x, p, "relevantHistory", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
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
