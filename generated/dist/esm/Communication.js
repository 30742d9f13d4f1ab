import { checkAnnotation } from "./Annotation.js";
import { checkAttachment } from "./Attachment.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Communication"], type: "Communication", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = ["ActivityDefinition", "PlanDefinition"];
const BINDING_1 = {
  has: vcodes.inCodes122,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/event-status"
};
const TARGETS_1 = ["Group", "Patient"];
const TARGETS_2 = ["Device", "Group", "Organization", "Patient", "Practitioner", "RelatedPerson"];
const TARGETS_3 = ["Encounter", "EpisodeOfCare"];
const TARGETS_4 = ["Device", "Organization", "Patient", "Practitioner", "RelatedPerson"];
const TARGETS_5 = ["Condition", "Observation"];
const INVARIANT_0 = vrt.invariant({
  key: "com-1",
  path: "Communication",
  expression: "notDone or notDoneReason.exists().not()",
  severity: "error",
  human: 'Not Done Reason can only be specified if NotDone is "true"'
});
const OWNER_1 = { paths: ["Communication.payload"], type: "BackboneElement", exact: true };
const CHOICE_0 = vrt.choiceVariants([
  "contentString",
  "contentAttachment",
  "contentReference"
]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/Communication",
      check: checkCommunication,
      type: "Communication",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkCommunication(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Communication");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Communication") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27;
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
      case "partOf":
        m0 |= 16384;
        e11 = o[k];
        break;
      case "status":
        m0 |= 32768;
        e12 = o[k];
        break;
      case "notDone":
        m0 |= 131072;
        e13 = o[k];
        break;
      case "notDoneReason":
        m0 |= 524288;
        e14 = o[k];
        break;
      case "category":
        m0 |= 1048576;
        e15 = o[k];
        break;
      case "medium":
        m0 |= 2097152;
        e16 = o[k];
        break;
      case "subject":
        m0 |= 4194304;
        e17 = o[k];
        break;
      case "recipient":
        m0 |= 8388608;
        e18 = o[k];
        break;
      case "topic":
        m0 |= 16777216;
        e19 = o[k];
        break;
      case "context":
        m0 |= 33554432;
        e20 = o[k];
        break;
      case "sent":
        m0 |= 67108864;
        e21 = o[k];
        break;
      case "received":
        m0 |= 268435456;
        e22 = o[k];
        break;
      case "sender":
        m0 |= 1073741824;
        e23 = o[k];
        break;
      case "reasonCode":
        m1 |= 1;
        e24 = o[k];
        break;
      case "reasonReference":
        m1 |= 2;
        e25 = o[k];
        break;
      case "payload":
        m1 |= 4;
        e26 = o[k];
        break;
      case "note":
        m1 |= 8;
        e27 = o[k];
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
        m0 |= 65536;
        break;
      case "_notDone":
        m0 |= 262144;
        break;
      case "_sent":
        m0 |= 134217728;
        break;
      case "_received":
        m0 |= 536870912;
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
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(e11, x, p, "partOf", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e12) && (m0 & 65536) === 0)) {
    if (!vrt.prim(e12, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e12, vcodes.inCodes122)) {
    if (!vrt.eachWith(e12, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidBoolean(e13) && (m0 & 262144) === 0)) {
      if (!vrt.prim(e13, o._notDone, x, p, "notDone", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(e14, x, p, "notDoneReason", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.many(e15, x, p, "category", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.many(e16, x, p, "medium", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(e17, x, p, "subject", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e17, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.many(e18, x, p, "recipient", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e18, true, x, p, "recipient", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.many(e19, x, p, "topic", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(e20, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e20, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidDateTime(e21) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(e21, o._sent, x, p, "sent", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 805306368) !== 0) {
    if (!(vrt.isValidDateTime(e22) && (m0 & 536870912) === 0)) {
      if (!vrt.prim(e22, o._received, x, p, "received", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.one(e23, x, p, "sender", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e23, false, x, p, "sender", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.many(e24, x, p, "reasonCode", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.many(e25, x, p, "reasonReference", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e25, true, x, p, "reasonReference", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.many(e26, x, p, "payload", d, 0, -1, checkCommunicationPayload) && x.c === null) return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.many(e27, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
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
  if ((m0 & 524288) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpTruthValue(vrt.fpOneValue(o["_notDone"], o["notDone"])),
          !(vrt.fpSizeOfValue(o["_notDoneReason"], o["notDoneReason"]) > 0)
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
    }
  }
  return true;
}
function checkCommunicationPayload(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Communication.payload");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5;
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
      case "contentString":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "contentAttachment":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "contentReference":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "_contentString":
        n++;
        m0 |= 16;
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
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "content", 1) && x.c === null) return false;
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._contentString, x, p, "content.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e4, x, p, "content.ofType(Attachment)", d, 0, checkAttachment) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e5, x, p, "content.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
  }
  return true;
}
function validateCommunication(value, options) {
  return vrt.validateWith(value, "Communication", checkCommunication, true, options, REGISTRY_0);
}
function isCommunication(value, options) {
  return vrt.testWith(value, checkCommunication, true, options, REGISTRY_0);
}
function buildCommunication(input) {
  return fillAndCheck(
    input,
    { resourceType: "Communication" },
    isCommunication,
    validateCommunication,
    "Communication"
  );
}
export {
  buildCommunication,
  checkCommunication,
  checkCommunicationPayload,
  isCommunication,
  validateCommunication
};
