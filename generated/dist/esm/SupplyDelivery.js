import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkSimpleQuantity } from "./SimpleQuantity.js";
import { checkTiming } from "./Timing.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["SupplyDelivery"], type: "SupplyDelivery", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = ["SupplyRequest"];
const TARGETS_1 = ["Contract", "SupplyDelivery"];
const BINDING_1 = {
  has: vcodes.inCodes300,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/supplydelivery-status"
};
const TARGETS_2 = ["Patient"];
const BINDING_2 = {
  has: vcodes.inCodings301,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/supplydelivery-type"
};
const CHOICE_0 = vrt.choiceVariants([
  "occurrenceDateTime",
  "occurrencePeriod",
  "occurrenceTiming"
]);
const TARGETS_3 = ["Organization", "Practitioner"];
const TARGETS_4 = ["Location"];
const TARGETS_5 = ["Practitioner"];
const OWNER_1 = { paths: ["SupplyDelivery.suppliedItem"], type: "BackboneElement", exact: true };
const CHOICE_1 = vrt.choiceVariants(["itemCodeableConcept", "itemReference"]);
const TARGETS_6 = ["Device", "Medication", "Substance"];
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/SupplyDelivery",
      check: checkSupplyDelivery,
      type: "SupplyDelivery",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkSupplyDelivery(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "SupplyDelivery");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "SupplyDelivery") && x.c === null) return false;
  let m0 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20;
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
      case "basedOn":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "partOf":
        m0 |= 8192;
        e10 = o[k];
        break;
      case "status":
        m0 |= 16384;
        e11 = o[k];
        break;
      case "patient":
        m0 |= 65536;
        e12 = o[k];
        break;
      case "type":
        m0 |= 131072;
        e13 = o[k];
        break;
      case "suppliedItem":
        m0 |= 262144;
        e14 = o[k];
        break;
      case "occurrenceDateTime":
        m0 |= 524288;
        e15 = o[k];
        break;
      case "occurrencePeriod":
        m0 |= 2097152;
        e16 = o[k];
        break;
      case "occurrenceTiming":
        m0 |= 4194304;
        e17 = o[k];
        break;
      case "supplier":
        m0 |= 8388608;
        e18 = o[k];
        break;
      case "destination":
        m0 |= 16777216;
        e19 = o[k];
        break;
      case "receiver":
        m0 |= 33554432;
        e20 = o[k];
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
        m0 |= 32768;
        break;
      case "_occurrenceDateTime":
        m0 |= 1048576;
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
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(e9, x, p, "basedOn", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e9, true, x, p, "basedOn", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(e10, x, p, "partOf", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e10, true, x, p, "partOf", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidCode(e11) && (m0 & 32768) === 0)) {
      if (!vrt.prim(e11, o._status, x, p, "status", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e11, vcodes.inCodes300)) {
      if (!vrt.eachWith(e11, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(e12, x, p, "patient", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e12, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(e13, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e13, false, x, p, "type", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e14, x, p, "suppliedItem", d, 0, checkSupplyDeliverySuppliedItem) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 7864320) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "occurrence", 0) && x.c === null) return false;
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidDateTime(e15) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(
        e15,
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
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(e16, x, p, "occurrence.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(e17, x, p, "occurrence.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(e18, x, p, "supplier", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e18, false, x, p, "supplier", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(e19, x, p, "destination", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e19, false, x, p, "destination", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.many(e20, x, p, "receiver", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e20, true, x, p, "receiver", vrt.checkReferenceTarget, TARGETS_5) && x.c === null) return false;
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
function checkSupplyDeliverySuppliedItem(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "SupplyDelivery.suppliedItem");
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
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "quantity", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 48) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "item", 0) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "item.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "item.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e5, false, x, p, "item.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  return true;
}
function validateSupplyDelivery(value, options) {
  return vrt.validateWith(value, "SupplyDelivery", checkSupplyDelivery, true, options, REGISTRY_0);
}
function isSupplyDelivery(value, options) {
  return vrt.testWith(value, checkSupplyDelivery, true, options, REGISTRY_0);
}
function buildSupplyDelivery(input) {
  return fillAndCheck(
    input,
    { resourceType: "SupplyDelivery", system: { type: "http://hl7.org/fhir/supply-item-type" } },
    isSupplyDelivery,
    validateSupplyDelivery,
    "SupplyDelivery"
  );
}
export {
  buildSupplyDelivery,
  checkSupplyDelivery,
  checkSupplyDeliverySuppliedItem,
  isSupplyDelivery,
  validateSupplyDelivery
};
