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
      case "status":
        m0 |= 4096;
        break;
      case "category":
        m0 |= 16384;
        break;
      case "priority":
        m0 |= 32768;
        break;
      case "orderedItem":
        m0 |= 131072;
        break;
      case "occurrenceDateTime":
        m0 |= 262144;
        break;
      case "occurrencePeriod":
        m0 |= 1048576;
        break;
      case "occurrenceTiming":
        m0 |= 2097152;
        break;
      case "authoredOn":
        m0 |= 4194304;
        break;
      case "requester":
        m0 |= 16777216;
        break;
      case "supplier":
        m0 |= 33554432;
        break;
      case "reasonCodeableConcept":
        m0 |= 67108864;
        break;
      case "reasonReference":
        m0 |= 134217728;
        break;
      case "deliverFrom":
        m0 |= 268435456;
        break;
      case "deliverTo":
        m0 |= 536870912;
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
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidCode(o.status) && (m0 & 8192) === 0)) {
      if (!vrt.prim(o.status, o._status, x, p, "status", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.status, vcodes.inCodes116)) {
      if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(o.category, x, p, "category", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidCode(o.priority) && (m0 & 65536) === 0)) {
      if (!vrt.prim(o.priority, o._priority, x, p, "priority", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.priority, vcodes.inCodes97)) {
      if (!vrt.eachWith(o.priority, false, x, p, "priority", vrt.checkCode, BINDING_2) && x.c === null) return false;
    }
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(o.orderedItem, x, p, "orderedItem", d, 0, checkSupplyRequestOrderedItem) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 3932160) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "occurrence", 0) && x.c === null) return false;
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidDateTime(o.occurrenceDateTime) && (m0 & 524288) === 0)) {
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
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(o.occurrencePeriod, x, p, "occurrence.ofType(Period)", d, 0, checkPeriod) && x.c === null)
      return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(o.occurrenceTiming, x, p, "occurrence.ofType(Timing)", d, 0, checkTiming) && x.c === null)
      return false;
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidDateTime(o.authoredOn) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(o.authoredOn, o._authoredOn, x, p, "authoredOn", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(o.requester, x, p, "requester", d, 0, checkSupplyRequestRequester) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.many(o.supplier, x, p, "supplier", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.supplier, true, x, p, "supplier", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 201326592) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "reason", 0) && x.c === null) return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(o.reasonCodeableConcept, x, p, "reason.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.one(o.reasonReference, x, p, "reason.ofType(Reference)", d, 0, checkReference) && x.c === null)
      return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.one(o.deliverFrom, x, p, "deliverFrom", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.deliverFrom, false, x, p, "deliverFrom", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.one(o.deliverTo, x, p, "deliverTo", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.deliverTo, false, x, p, "deliverTo", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
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
function checkSupplyRequestOrderedItem(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "SupplyRequest.orderedItem");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  for (const k in o) {
    switch (k) {
      case "id":
        m0 |= 1;
        break;
      case "extension":
        n++;
        m0 |= 2;
        break;
      case "modifierExtension":
        n++;
        m0 |= 4;
        break;
      case "quantity":
        n++;
        m0 |= 8;
        break;
      case "itemCodeableConcept":
        n++;
        m0 |= 16;
        break;
      case "itemReference":
        n++;
        m0 |= 32;
        break;
      default:
        if (!vrt.unknownKey(o, k, x, p) && x.c === null) return false;
    }
  }
  if (n === 0 && !vrt.emptyElement(x, p) && x.c === null) return false;
  if ((m0 & 1) !== 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null)
      return false;
  }
  if (!vrt.one(o.quantity, x, p, "quantity", d, 1, checkQuantity) && x.c === null) return false;
  if (vrt.bitCount(m0 & 48) > 1) {
    if (!vrt.checkChoice(o, CHOICE_2, x, p, "item", 0) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.itemCodeableConcept, x, p, "item.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.itemReference, x, p, "item.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.itemReference, false, x, p, "item.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  return true;
}
function checkSupplyRequestRequester(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "SupplyRequest.requester");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  for (const k in o) {
    switch (k) {
      case "id":
        m0 |= 1;
        break;
      case "extension":
        n++;
        m0 |= 2;
        break;
      case "modifierExtension":
        n++;
        m0 |= 4;
        break;
      case "agent":
        n++;
        m0 |= 8;
        break;
      case "onBehalfOf":
        n++;
        m0 |= 16;
        break;
      default:
        if (!vrt.unknownKey(o, k, x, p) && x.c === null) return false;
    }
  }
  if (n === 0 && !vrt.emptyElement(x, p) && x.c === null) return false;
  if ((m0 & 1) !== 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null)
      return false;
  }
  if (!vrt.one(o.agent, x, p, "agent", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.agent, false, x, p, "agent", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.onBehalfOf, x, p, "onBehalfOf", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.onBehalfOf, false, x, p, "onBehalfOf", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
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
