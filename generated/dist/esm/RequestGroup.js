import { checkAnnotation } from "./Annotation.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkCoding } from "./Coding.js";
import { checkDuration } from "./Duration.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkRange } from "./Range.js";
import { checkReference } from "./Reference.js";
import { checkRelatedArtifact } from "./RelatedArtifact.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkTiming } from "./Timing.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["RequestGroup"], type: "RequestGroup", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
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
const TARGETS_0 = ["Group", "Patient"];
const TARGETS_1 = ["Encounter", "EpisodeOfCare"];
const TARGETS_2 = ["Device", "Practitioner"];
const CHOICE_0 = vrt.choiceVariants(["reasonCodeableConcept", "reasonReference"]);
const OWNER_1 = { paths: ["RequestGroup.action"], type: "BackboneElement", exact: true };
const CHOICE_1 = vrt.choiceVariants([
  "timingDateTime",
  "timingPeriod",
  "timingDuration",
  "timingRange",
  "timingTiming"
]);
const TARGETS_3 = ["Patient", "Person", "Practitioner", "RelatedPerson"];
const BINDING_4 = {
  has: vcodes.inCodings265,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/action-type"
};
const BINDING_5 = {
  has: vcodes.inCodes266,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/action-grouping-behavior"
};
const BINDING_6 = {
  has: vcodes.inCodes267,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/action-selection-behavior"
};
const BINDING_7 = {
  has: vcodes.inCodes268,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/action-required-behavior"
};
const BINDING_8 = {
  has: vcodes.inCodes269,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/action-precheck-behavior"
};
const BINDING_9 = {
  has: vcodes.inCodes270,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/action-cardinality-behavior"
};
const INVARIANT_0 = vrt.invariant({
  key: "rqg-1",
  path: "RequestGroup.action",
  expression: "resource.exists() != action.exists()",
  severity: "error",
  human: "Must have resource or action but not both"
});
const OWNER_2 = { paths: ["RequestGroup.action.condition"], type: "BackboneElement", exact: true };
const BINDING_10 = {
  has: vcodes.inCodes271,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/action-condition-kind"
};
const OWNER_3 = {
  paths: ["RequestGroup.action.relatedAction"],
  type: "BackboneElement",
  exact: true
};
const BINDING_11 = {
  has: vcodes.inCodes272,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/action-relationship-type"
};
const CHOICE_2 = vrt.choiceVariants(["offsetDuration", "offsetRange"]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/RequestGroup",
      check: checkRequestGroup,
      type: "RequestGroup",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkRequestGroup(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "RequestGroup");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "RequestGroup") && x.c === null) return false;
  let m0 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23;
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
      case "priority":
        m0 |= 1048576;
        e15 = o[k];
        break;
      case "subject":
        m0 |= 4194304;
        e16 = o[k];
        break;
      case "context":
        m0 |= 8388608;
        e17 = o[k];
        break;
      case "authoredOn":
        m0 |= 16777216;
        e18 = o[k];
        break;
      case "author":
        m0 |= 67108864;
        e19 = o[k];
        break;
      case "reasonCodeableConcept":
        m0 |= 134217728;
        e20 = o[k];
        break;
      case "reasonReference":
        m0 |= 268435456;
        e21 = o[k];
        break;
      case "note":
        m0 |= 536870912;
        e22 = o[k];
        break;
      case "action":
        m0 |= 1073741824;
        e23 = o[k];
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
      case "_authoredOn":
        m0 |= 33554432;
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
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(e10, x, p, "basedOn", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(e11, x, p, "replaces", d, 0, -1, checkReference) && x.c === null) return false;
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
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidCode(e15) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(e15, o._priority, x, p, "priority", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e15, vcodes.inCodes97)) {
      if (!vrt.eachWith(e15, false, x, p, "priority", vrt.checkCode, BINDING_3) && x.c === null) return false;
    }
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(e16, x, p, "subject", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e16, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(e17, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e17, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidDateTime(e18) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(e18, o._authoredOn, x, p, "authoredOn", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(e19, x, p, "author", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e19, false, x, p, "author", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 402653184) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "reason", 0) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.one(e20, x, p, "reason.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.one(e21, x, p, "reason.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.many(e22, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(e23, x, p, "action", d, 0, -1, checkRequestGroupAction) && x.c === null) return false;
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
function checkRequestGroupAction(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "RequestGroup.action");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24;
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
      case "label":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "title":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "description":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "textEquivalent":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "code":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "documentation":
        n++;
        m0 |= 4096;
        e8 = o[k];
        break;
      case "condition":
        n++;
        m0 |= 8192;
        e9 = o[k];
        break;
      case "relatedAction":
        n++;
        m0 |= 16384;
        e10 = o[k];
        break;
      case "timingDateTime":
        n++;
        m0 |= 32768;
        e11 = o[k];
        break;
      case "timingPeriod":
        n++;
        m0 |= 131072;
        e12 = o[k];
        break;
      case "timingDuration":
        n++;
        m0 |= 262144;
        e13 = o[k];
        break;
      case "timingRange":
        n++;
        m0 |= 524288;
        e14 = o[k];
        break;
      case "timingTiming":
        n++;
        m0 |= 1048576;
        e15 = o[k];
        break;
      case "participant":
        n++;
        m0 |= 2097152;
        e16 = o[k];
        break;
      case "type":
        n++;
        m0 |= 4194304;
        e17 = o[k];
        break;
      case "groupingBehavior":
        n++;
        m0 |= 8388608;
        e18 = o[k];
        break;
      case "selectionBehavior":
        n++;
        m0 |= 33554432;
        e19 = o[k];
        break;
      case "requiredBehavior":
        n++;
        m0 |= 134217728;
        e20 = o[k];
        break;
      case "precheckBehavior":
        n++;
        m0 |= 536870912;
        e21 = o[k];
        break;
      case "cardinalityBehavior":
        n++;
        m1 |= 1;
        e22 = o[k];
        break;
      case "resource":
        n++;
        m1 |= 4;
        e23 = o[k];
        break;
      case "action":
        n++;
        m1 |= 8;
        e24 = o[k];
        break;
      case "_label":
        n++;
        m0 |= 16;
        break;
      case "_title":
        n++;
        m0 |= 64;
        break;
      case "_description":
        n++;
        m0 |= 256;
        break;
      case "_textEquivalent":
        n++;
        m0 |= 1024;
        break;
      case "_timingDateTime":
        n++;
        m0 |= 65536;
        break;
      case "_groupingBehavior":
        n++;
        m0 |= 16777216;
        break;
      case "_selectionBehavior":
        n++;
        m0 |= 67108864;
        break;
      case "_requiredBehavior":
        n++;
        m0 |= 268435456;
        break;
      case "_precheckBehavior":
        n++;
        m0 |= 1073741824;
        break;
      case "_cardinalityBehavior":
        n++;
        m1 |= 2;
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
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._label, x, p, "label", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._textEquivalent, x, p, "textEquivalent", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(e7, x, p, "code", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(e8, x, p, "documentation", d, 0, -1, checkRelatedArtifact) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(e9, x, p, "condition", d, 0, -1, checkRequestGroupActionCondition) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(e10, x, p, "relatedAction", d, 0, -1, checkRequestGroupActionRelatedAction) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 2064384) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "timing", 0) && x.c === null) return false;
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidDateTime(e11) && (m0 & 65536) === 0)) {
      if (!vrt.prim(
        e11,
        o._timingDateTime,
        x,
        p,
        "timing.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(e12, x, p, "timing.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e13, x, p, "timing.ofType(Duration)", d, 0, checkDuration) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(e14, x, p, "timing.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(e15, x, p, "timing.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.many(e16, x, p, "participant", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e16, true, x, p, "participant", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(e17, x, p, "type", d, 0, checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(e17, false, x, p, "type", vrt.checkCoding, BINDING_4) && x.c === null) return false;
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidCode(e18) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(e18, o._groupingBehavior, x, p, "groupingBehavior", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e18, vcodes.inCodes266)) {
      if (!vrt.eachWith(e18, false, x, p, "groupingBehavior", vrt.checkCode, BINDING_5) && x.c === null) return false;
    }
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidCode(e19) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(e19, o._selectionBehavior, x, p, "selectionBehavior", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e19, vcodes.inCodes267)) {
      if (!vrt.eachWith(e19, false, x, p, "selectionBehavior", vrt.checkCode, BINDING_6) && x.c === null) return false;
    }
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidCode(e20) && (m0 & 268435456) === 0)) {
      if (!vrt.prim(e20, o._requiredBehavior, x, p, "requiredBehavior", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e20, vcodes.inCodes268)) {
      if (!vrt.eachWith(e20, false, x, p, "requiredBehavior", vrt.checkCode, BINDING_7) && x.c === null) return false;
    }
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidCode(e21) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(e21, o._precheckBehavior, x, p, "precheckBehavior", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e21, vcodes.inCodes269)) {
      if (!vrt.eachWith(e21, false, x, p, "precheckBehavior", vrt.checkCode, BINDING_8) && x.c === null) return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidCode(e22) && (m1 & 2) === 0)) {
      if (!vrt.prim(e22, o._cardinalityBehavior, x, p, "cardinalityBehavior", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e22, vcodes.inCodes270)) {
      if (!vrt.eachWith(e22, false, x, p, "cardinalityBehavior", vrt.checkCode, BINDING_9) && x.c === null)
        return false;
    }
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.one(e23, x, p, "resource", d, 0, checkReference) && x.c === null) return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.many(e24, x, p, "action", d, 0, -1, checkRequestGroupAction) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpNeValue(
        vrt.fpSingle(vrt.fpExists(vrt.fpChildOf(o, "resource", "_resource"))),
        vrt.fpSingle(vrt.fpExists(vrt.fpChildOf(o, "action", "_action")))
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
  }
  return true;
}
function checkRequestGroupActionCondition(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "RequestGroup.action.condition");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6;
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
      case "kind":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "description":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "language":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "expression":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "_kind":
        n++;
        m0 |= 16;
        break;
      case "_description":
        n++;
        m0 |= 64;
        break;
      case "_language":
        n++;
        m0 |= 256;
        break;
      case "_expression":
        n++;
        m0 |= 1024;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._kind, x, p, "kind", d, 1, vrt.isValidCode, "code", OWNER_2) && x.c === null) return false;
  }
  if (!vrt.codeIn(e3, vcodes.inCodes271)) {
    if (!vrt.eachWith(e3, false, x, p, "kind", vrt.checkCode, BINDING_10) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._language, x, p, "language", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._expression, x, p, "expression", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkRequestGroupActionRelatedAction(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "RequestGroup.action.relatedAction");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6;
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
      case "actionId":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "relationship":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "offsetDuration":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "offsetRange":
        n++;
        m0 |= 256;
        e6 = o[k];
        break;
      case "_actionId":
        n++;
        m0 |= 16;
        break;
      case "_relationship":
        n++;
        m0 |= 64;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null) return false;
  }
  if (!(vrt.isValidId(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._actionId, x, p, "actionId", d, 1, vrt.isValidId, "id", OWNER_3) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e4) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._relationship, x, p, "relationship", d, 1, vrt.isValidCode, "code", OWNER_3) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(e4, vcodes.inCodes272)) {
    if (!vrt.eachWith(e4, false, x, p, "relationship", vrt.checkCode, BINDING_11) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 384) > 1) {
    if (!vrt.checkChoice(o, CHOICE_2, x, p, "offset", 0) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e5, x, p, "offset.ofType(Duration)", d, 0, checkDuration) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(e6, x, p, "offset.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  return true;
}
function validateRequestGroup(value, options) {
  return vrt.validateWith(value, "RequestGroup", checkRequestGroup, true, options, REGISTRY_0);
}
function isRequestGroup(value, options) {
  return vrt.testWith(value, checkRequestGroup, true, options, REGISTRY_0);
}
function buildRequestGroup(input) {
  return fillAndCheck(input, { resourceType: "RequestGroup" }, isRequestGroup, validateRequestGroup, "RequestGroup");
}
export {
  buildRequestGroup,
  checkRequestGroup,
  checkRequestGroupAction,
  checkRequestGroupActionCondition,
  checkRequestGroupActionRelatedAction,
  isRequestGroup,
  validateRequestGroup
};
