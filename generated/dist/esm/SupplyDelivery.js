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
      case "basedOn":
        m0 |= 4096;
        break;
      case "partOf":
        m0 |= 8192;
        break;
      case "status":
        m0 |= 16384;
        break;
      case "patient":
        m0 |= 65536;
        break;
      case "type":
        m0 |= 131072;
        break;
      case "suppliedItem":
        m0 |= 262144;
        break;
      case "occurrenceDateTime":
        m0 |= 524288;
        break;
      case "occurrencePeriod":
        m0 |= 2097152;
        break;
      case "occurrenceTiming":
        m0 |= 4194304;
        break;
      case "supplier":
        m0 |= 8388608;
        break;
      case "destination":
        m0 |= 16777216;
        break;
      case "receiver":
        m0 |= 33554432;
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
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(o.basedOn, x, p, "basedOn", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.basedOn, true, x, p, "basedOn", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(o.partOf, x, p, "partOf", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.partOf, true, x, p, "partOf", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidCode(o.status) && (m0 & 32768) === 0)) {
      if (!vrt.prim(o.status, o._status, x, p, "status", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.status, vcodes.inCodes300)) {
      if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(o.patient, x, p, "patient", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.patient, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(o.suppliedItem, x, p, "suppliedItem", d, 0, checkSupplyDeliverySuppliedItem) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 7864320) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "occurrence", 0) && x.c === null) return false;
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidDateTime(o.occurrenceDateTime) && (m0 & 1048576) === 0)) {
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
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(o.occurrencePeriod, x, p, "occurrence.ofType(Period)", d, 0, checkPeriod) && x.c === null)
      return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(o.occurrenceTiming, x, p, "occurrence.ofType(Timing)", d, 0, checkTiming) && x.c === null)
      return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(o.supplier, x, p, "supplier", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.supplier, false, x, p, "supplier", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(o.destination, x, p, "destination", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.destination, false, x, p, "destination", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.many(o.receiver, x, p, "receiver", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.receiver, true, x, p, "receiver", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
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
function checkSupplyDeliverySuppliedItem(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "SupplyDelivery.suppliedItem");
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
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.quantity, x, p, "quantity", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 48) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "item", 0) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.itemCodeableConcept, x, p, "item.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.itemReference, x, p, "item.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.itemReference, false, x, p, "item.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
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
