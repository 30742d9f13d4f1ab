import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkQuantity } from "./Quantity.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkTiming } from "./Timing.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["SupplyRequest"], type: "SupplyRequest", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes116,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/supplyrequest-status"
};
const BINDING_2 = {
  has: vcodes.inCodes97,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/request-priority"
};
const CHOICE_0 = vrt.choiceVariants([
  "occurrenceDateTime",
  "occurrencePeriod",
  "occurrenceTiming"
]);
const TARGETS_0 = ["Organization"];
const CHOICE_1 = vrt.choiceVariants(["reasonCodeableConcept", "reasonReference"]);
const TARGETS_1 = ["Location", "Organization"];
const TARGETS_2 = ["Location", "Organization", "Patient"];
const OWNER_1 = { paths: ["SupplyRequest.orderedItem"], type: "BackboneElement", exact: true };
const CHOICE_2 = vrt.choiceVariants(["itemCodeableConcept", "itemReference"]);
const TARGETS_3 = ["Device", "Medication", "Substance"];
const OWNER_2 = { paths: ["SupplyRequest.requester"], type: "BackboneElement", exact: true };
const TARGETS_4 = ["Device", "Organization", "Patient", "Practitioner", "RelatedPerson"];
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/SupplyRequest",
      check: checkSupplyRequest,
      type: "SupplyRequest",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkSupplyRequest(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "SupplyRequest");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "SupplyRequest") && x.c === null) return false;
  let m0 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22;
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
      case "status":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "category":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "priority":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "orderedItem":
        m0 |= 131072;
        e12 = o[k];
        break;
      case "occurrenceDateTime":
        m0 |= 262144;
        e13 = o[k];
        break;
      case "occurrencePeriod":
        m0 |= 1048576;
        e14 = o[k];
        break;
      case "occurrenceTiming":
        m0 |= 2097152;
        e15 = o[k];
        break;
      case "authoredOn":
        m0 |= 4194304;
        e16 = o[k];
        break;
      case "requester":
        m0 |= 16777216;
        e17 = o[k];
        break;
      case "supplier":
        m0 |= 33554432;
        e18 = o[k];
        break;
      case "reasonCodeableConcept":
        m0 |= 67108864;
        e19 = o[k];
        break;
      case "reasonReference":
        m0 |= 134217728;
        e20 = o[k];
        break;
      case "deliverFrom":
        m0 |= 268435456;
        e21 = o[k];
        break;
      case "deliverTo":
        m0 |= 536870912;
        e22 = o[k];
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
        m0 |= 8192;
        break;
      case "_priority":
        m0 |= 65536;
        break;
      case "_occurrenceDateTime":
        m0 |= 524288;
        break;
      case "_authoredOn":
        m0 |= 8388608;
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
    if (!vrt.one(e8, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidCode(e9) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e9, o._status, x, p, "status", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e9, vcodes.inCodes116)) {
      if (!vrt.eachWith(e9, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(e10, x, p, "category", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidCode(e11) && (m0 & 65536) === 0)) {
      if (!vrt.prim(e11, o._priority, x, p, "priority", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e11, vcodes.inCodes97)) {
      if (!vrt.eachWith(e11, false, x, p, "priority", vrt.checkCode, BINDING_2) && x.c === null) return false;
    }
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(e12, x, p, "orderedItem", d, 0, checkSupplyRequestOrderedItem) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 3932160) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "occurrence", 0) && x.c === null) return false;
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidDateTime(e13) && (m0 & 524288) === 0)) {
      if (!vrt.prim(
        e13,
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
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(e14, x, p, "occurrence.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(e15, x, p, "occurrence.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidDateTime(e16) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(e16, o._authoredOn, x, p, "authoredOn", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(e17, x, p, "requester", d, 0, checkSupplyRequestRequester) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.many(e18, x, p, "supplier", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e18, true, x, p, "supplier", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 201326592) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "reason", 0) && x.c === null) return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(e19, x, p, "reason.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.one(e20, x, p, "reason.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.one(e21, x, p, "deliverFrom", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e21, false, x, p, "deliverFrom", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.one(e22, x, p, "deliverTo", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e22, false, x, p, "deliverTo", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
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
function checkSupplyRequestOrderedItem(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "SupplyRequest.orderedItem");
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
      case "quantity":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "itemCodeableConcept":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "itemReference":
        n++;
        m0 |= 32;
        e5 = o[k];
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
  if (!vrt.one(e3, x, p, "quantity", d, 1, checkQuantity) && x.c === null) return false;
  if (vrt.bitCount(m0 & 48) > 1) {
    if (!vrt.checkChoice(o, CHOICE_2, x, p, "item", 0) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "item.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "item.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e5, false, x, p, "item.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  return true;
}
function checkSupplyRequestRequester(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "SupplyRequest.requester");
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null) return false;
  }
  if (!vrt.one(e3, x, p, "agent", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e3, false, x, p, "agent", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "onBehalfOf", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "onBehalfOf", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  return true;
}
function validateSupplyRequest(value, options) {
  return vrt.validateWith(value, "SupplyRequest", checkSupplyRequest, true, options, REGISTRY_0);
}
function isSupplyRequest(value, options) {
  return vrt.testWith(value, checkSupplyRequest, true, options, REGISTRY_0);
}
function buildSupplyRequest(input) {
  return fillAndCheck(
    input,
    { resourceType: "SupplyRequest" },
    isSupplyRequest,
    validateSupplyRequest,
    "SupplyRequest"
  );
}
export {
  buildSupplyRequest,
  checkSupplyRequest,
  checkSupplyRequestOrderedItem,
  checkSupplyRequestRequester,
  isSupplyRequest,
  validateSupplyRequest
};
