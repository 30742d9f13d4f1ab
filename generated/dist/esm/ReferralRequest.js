import { checkAnnotation } from "./Annotation.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["ReferralRequest"], type: "ReferralRequest", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = ["ActivityDefinition", "PlanDefinition"];
const TARGETS_1 = ["CarePlan", "ProcedureRequest", "ReferralRequest"];
const TARGETS_2 = ["ReferralRequest"];
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
const TARGETS_3 = ["Group", "Patient"];
const TARGETS_4 = ["Encounter", "EpisodeOfCare"];
const CHOICE_0 = vrt.choiceVariants(["occurrenceDateTime", "occurrencePeriod"]);
const TARGETS_5 = ["HealthcareService", "Organization", "Practitioner"];
const TARGETS_6 = ["Condition", "Observation"];
const TARGETS_7 = ["Provenance"];
const OWNER_1 = { paths: ["ReferralRequest.requester"], type: "BackboneElement", exact: true };
const TARGETS_8 = ["Device", "Organization", "Patient", "Practitioner", "RelatedPerson"];
const TARGETS_9 = ["Organization"];
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/ReferralRequest",
      check: checkReferralRequest,
      type: "ReferralRequest",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkReferralRequest(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ReferralRequest");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "ReferralRequest") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31;
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
      case "groupIdentifier":
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
      case "type":
        m0 |= 1048576;
        e15 = o[k];
        break;
      case "priority":
        m0 |= 2097152;
        e16 = o[k];
        break;
      case "serviceRequested":
        m0 |= 8388608;
        e17 = o[k];
        break;
      case "subject":
        m0 |= 16777216;
        e18 = o[k];
        break;
      case "context":
        m0 |= 33554432;
        e19 = o[k];
        break;
      case "occurrenceDateTime":
        m0 |= 67108864;
        e20 = o[k];
        break;
      case "occurrencePeriod":
        m0 |= 268435456;
        e21 = o[k];
        break;
      case "authoredOn":
        m0 |= 536870912;
        e22 = o[k];
        break;
      case "requester":
        m1 |= 1;
        e23 = o[k];
        break;
      case "specialty":
        m1 |= 2;
        e24 = o[k];
        break;
      case "recipient":
        m1 |= 4;
        e25 = o[k];
        break;
      case "reasonCode":
        m1 |= 8;
        e26 = o[k];
        break;
      case "reasonReference":
        m1 |= 16;
        e27 = o[k];
        break;
      case "description":
        m1 |= 32;
        e28 = o[k];
        break;
      case "supportingInfo":
        m1 |= 128;
        e29 = o[k];
        break;
      case "note":
        m1 |= 256;
        e30 = o[k];
        break;
      case "relevantHistory":
        m1 |= 512;
        e31 = o[k];
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
        m0 |= 4194304;
        break;
      case "_occurrenceDateTime":
        m0 |= 134217728;
        break;
      case "_authoredOn":
        m0 |= 1073741824;
        break;
      case "_description":
        m1 |= 64;
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
    if (!vrt.checkExtensions(e6, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
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
    if (!vrt.eachWith(e10, true, x, p, "basedOn", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(e11, x, p, "replaces", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e11, true, x, p, "replaces", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(e12, x, p, "groupIdentifier", d, 0, checkIdentifier) && x.c === null) return false;
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
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(e15, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidCode(e16) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(e16, o._priority, x, p, "priority", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e16, vcodes.inCodes97)) {
      if (!vrt.eachWith(e16, false, x, p, "priority", vrt.checkCode, BINDING_3) && x.c === null) return false;
    }
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.many(e17, x, p, "serviceRequested", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(e18, x, p, "subject", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e18, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(e19, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e19, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 469762048) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "occurrence", 0) && x.c === null) return false;
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidDateTime(e20) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(
        e20,
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
  if ((m0 & 268435456) !== 0) {
    if (!vrt.one(e21, x, p, "occurrence.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidDateTime(e22) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(e22, o._authoredOn, x, p, "authoredOn", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.one(e23, x, p, "requester", d, 0, checkReferralRequestRequester) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.one(e24, x, p, "specialty", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.many(e25, x, p, "recipient", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e25, true, x, p, "recipient", vrt.checkReferenceTarget, TARGETS_5) && x.c === null) return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.many(e26, x, p, "reasonCode", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.many(e27, x, p, "reasonReference", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e27, true, x, p, "reasonReference", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  if ((m1 & 96) !== 0) {
    if (!(vrt.isValidString(e28) && (m1 & 64) === 0)) {
      if (!vrt.prim(e28, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.many(e29, x, p, "supportingInfo", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.many(e30, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.many(e31, x, p, "relevantHistory", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e31, true, x, p, "relevantHistory", vrt.checkReferenceTarget, TARGETS_7) && x.c === null)
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
function checkReferralRequestRequester(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ReferralRequest.requester");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4;
  for (const k in o) {
    switch (k) {
      case "id":
        m0 |= 1;
        e0 = o[k];
        break;
      case "extension":
        n++;
        m0 |= 2;
        e1 = o[k];
        break;
      case "modifierExtension":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "agent":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "onBehalfOf":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      default:
        if (!vrt.unknownKey(o, k, x, p) && x.c === null) return false;
    }
  }
  if (n === 0 && !vrt.emptyElement(x, p) && x.c === null) return false;
  if ((m0 & 1) !== 0) {
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null) return false;
  }
  if (!vrt.one(e3, x, p, "agent", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e3, false, x, p, "agent", vrt.checkReferenceTarget, TARGETS_8) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "onBehalfOf", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "onBehalfOf", vrt.checkReferenceTarget, TARGETS_9) && x.c === null) return false;
  }
  return true;
}
function validateReferralRequest(value, options) {
  return vrt.validateWith(value, "ReferralRequest", checkReferralRequest, true, options, REGISTRY_0);
}
function isReferralRequest(value, options) {
  return vrt.testWith(value, checkReferralRequest, true, options, REGISTRY_0);
}
function buildReferralRequest(input) {
  return fillAndCheck(
    input,
    { resourceType: "ReferralRequest" },
    isReferralRequest,
    validateReferralRequest,
    "ReferralRequest"
  );
}
export {
  buildReferralRequest,
  checkReferralRequest,
  checkReferralRequestRequester,
  isReferralRequest,
  validateReferralRequest
};
