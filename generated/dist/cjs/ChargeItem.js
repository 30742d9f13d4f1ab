var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var ChargeItem_exports = {};
__export(ChargeItem_exports, {
  buildChargeItem: () => buildChargeItem,
  checkChargeItem: () => checkChargeItem,
  checkChargeItemParticipant: () => checkChargeItemParticipant,
  isChargeItem: () => isChargeItem,
  validateChargeItem: () => validateChargeItem
});
module.exports = __toCommonJS(ChargeItem_exports);
var import_Annotation = require("./Annotation.js");
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Money = require("./Money.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Quantity = require("./Quantity.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var import_Timing = require("./Timing.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["ChargeItem"], type: "ChargeItem", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes128,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/chargeitem-status"
};
const TARGETS_0 = ["ChargeItem"];
const TARGETS_1 = ["Group", "Patient"];
const TARGETS_2 = ["Encounter", "EpisodeOfCare"];
const CHOICE_0 = vrt.choiceVariants([
  "occurrenceDateTime",
  "occurrencePeriod",
  "occurrenceTiming"
]);
const TARGETS_3 = ["Organization"];
const TARGETS_4 = ["Device", "Organization", "Patient", "Practitioner", "RelatedPerson"];
const TARGETS_5 = [
  "DiagnosticReport",
  "ImagingStudy",
  "Immunization",
  "MedicationAdministration",
  "MedicationDispense",
  "Observation",
  "Procedure",
  "SupplyDelivery"
];
const TARGETS_6 = ["Account"];
const OWNER_1 = { paths: ["ChargeItem.participant"], type: "BackboneElement", exact: true };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/ChargeItem",
      check: checkChargeItem,
      type: "ChargeItem",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkChargeItem(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ChargeItem");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "ChargeItem") && x.c === null) return false;
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
      case "status":
        m0 |= 16384;
        break;
      case "partOf":
        m0 |= 65536;
        break;
      case "code":
        m0 |= 131072;
        break;
      case "subject":
        m0 |= 262144;
        break;
      case "context":
        m0 |= 524288;
        break;
      case "occurrenceDateTime":
        m0 |= 1048576;
        break;
      case "occurrencePeriod":
        m0 |= 4194304;
        break;
      case "occurrenceTiming":
        m0 |= 8388608;
        break;
      case "participant":
        m0 |= 16777216;
        break;
      case "performingOrganization":
        m0 |= 33554432;
        break;
      case "requestingOrganization":
        m0 |= 67108864;
        break;
      case "quantity":
        m0 |= 134217728;
        break;
      case "bodysite":
        m0 |= 268435456;
        break;
      case "factorOverride":
        m0 |= 536870912;
        break;
      case "priceOverride":
        m1 |= 1;
        break;
      case "overrideReason":
        m1 |= 2;
        break;
      case "enterer":
        m1 |= 8;
        break;
      case "enteredDate":
        m1 |= 16;
        break;
      case "reason":
        m1 |= 64;
        break;
      case "service":
        m1 |= 128;
        break;
      case "account":
        m1 |= 256;
        break;
      case "note":
        m1 |= 512;
        break;
      case "supportingInformation":
        m1 |= 1024;
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
      case "_definition":
        m0 |= 8192;
        break;
      case "_status":
        m0 |= 32768;
        break;
      case "_occurrenceDateTime":
        m0 |= 2097152;
        break;
      case "_factorOverride":
        m0 |= 1073741824;
        break;
      case "_overrideReason":
        m1 |= 4;
        break;
      case "_enteredDate":
        m1 |= 32;
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
    if (!vrt.one(o.meta, x, p, "meta", d, 0, import_Meta.checkMeta) && x.c === null) return false;
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
    if (!vrt.one(o.text, x, p, "text", d, 0, import_Narrative.checkNarrative) && x.c === null) return false;
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
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!vrt.prims(o.definition, o._definition, x, p, "definition", d, 0, -1, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.status) && (m0 & 32768) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes128)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.many(o.partOf, x, p, "partOf", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.partOf, true, x, p, "partOf", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (!vrt.one(o.code, x, p, "code", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (!vrt.one(o.subject, x, p, "subject", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
    return false;
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.context, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 15728640) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "occurrence", 0) && x.c === null) return false;
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidDateTime(o.occurrenceDateTime) && (m0 & 2097152) === 0)) {
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
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(o.occurrencePeriod, x, p, "occurrence.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null)
      return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(o.occurrenceTiming, x, p, "occurrence.ofType(Timing)", d, 0, import_Timing.checkTiming) && x.c === null)
      return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.many(o.participant, x, p, "participant", d, 0, -1, checkChargeItemParticipant) && x.c === null)
      return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(o.performingOrganization, x, p, "performingOrganization", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.performingOrganization,
      false,
      x,
      p,
      "performingOrganization",
      vrt.checkReferenceTarget,
      TARGETS_3
    ) && x.c === null)
      return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(o.requestingOrganization, x, p, "requestingOrganization", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.requestingOrganization,
      false,
      x,
      p,
      "requestingOrganization",
      vrt.checkReferenceTarget,
      TARGETS_3
    ) && x.c === null)
      return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.one(o.quantity, x, p, "quantity", d, 0, import_Quantity.checkQuantity) && x.c === null) return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(o.bodysite, x, p, "bodysite", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidDecimal(o.factorOverride) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(
        o.factorOverride,
        o._factorOverride,
        x,
        p,
        "factorOverride",
        d,
        0,
        vrt.isValidDecimal,
        "decimal",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.one(o.priceOverride, x, p, "priceOverride", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m1 & 6) !== 0) {
    if (!(vrt.isValidString(o.overrideReason) && (m1 & 4) === 0)) {
      if (!vrt.prim(
        o.overrideReason,
        o._overrideReason,
        x,
        p,
        "overrideReason",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.one(o.enterer, x, p, "enterer", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.enterer, false, x, p, "enterer", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if ((m1 & 48) !== 0) {
    if (!(vrt.isValidDateTime(o.enteredDate) && (m1 & 32) === 0)) {
      if (!vrt.prim(o.enteredDate, o._enteredDate, x, p, "enteredDate", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.many(o.reason, x, p, "reason", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.many(o.service, x, p, "service", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.service, true, x, p, "service", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.many(o.account, x, p, "account", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.account, true, x, p, "account", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, import_Annotation.checkAnnotation) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.many(o.supportingInformation, x, p, "supportingInformation", d, 0, -1, import_Reference.checkReference) && x.c === null)
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
function checkChargeItemParticipant(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ChargeItem.participant");
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
      case "role":
        n++;
        m0 |= 8;
        break;
      case "actor":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null)
      return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.role, x, p, "role", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(o.actor, x, p, "actor", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.actor, false, x, p, "actor", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  return true;
}
function validateChargeItem(value, options) {
  return vrt.validateWith(value, "ChargeItem", checkChargeItem, true, options, REGISTRY_0);
}
function isChargeItem(value, options) {
  return vrt.testWith(value, checkChargeItem, true, options, REGISTRY_0);
}
function buildChargeItem(input) {
  return (0, import_fill.fillAndCheck)(input, { resourceType: "ChargeItem" }, isChargeItem, validateChargeItem, "ChargeItem");
}
