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
var Hdlcholesterol_exports = {};
__export(Hdlcholesterol_exports, {
  buildHdlcholesterol: () => buildHdlcholesterol,
  checkHdlcholesterol: () => checkHdlcholesterol,
  checkHdlcholesterolReferenceRange: () => checkHdlcholesterolReferenceRange,
  isHdlcholesterol: () => isHdlcholesterol,
  validateHdlcholesterol: () => validateHdlcholesterol
});
module.exports = __toCommonJS(Hdlcholesterol_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Observation = require("./Observation.js");
var import_Period = require("./Period.js");
var import_Quantity = require("./Quantity.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var import_SimpleQuantity = require("./SimpleQuantity.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["Observation"], type: "Observation", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = [
  "CarePlan",
  "DeviceRequest",
  "ImmunizationRecommendation",
  "MedicationRequest",
  "NutritionOrder",
  "ProcedureRequest",
  "ReferralRequest"
];
const BINDING_1 = {
  has: vcodes.inCodes36,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/observation-status"
};
const BINDING_2 = {
  has: vcodes.inCodings37,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/observation-category"
};
const FIXED_0 = { coding: [{ system: "http://loinc.org", code: "2085-9", display: "HDL Cholesterol" }] };
const TARGETS_1 = ["Device", "Group", "Location", "Patient"];
const TARGETS_2 = ["Encounter", "EpisodeOfCare"];
const CHOICE_0 = vrt.choiceVariants(["effectiveDateTime", "effectivePeriod"]);
const TARGETS_3 = ["Organization", "Patient", "Practitioner", "RelatedPerson"];
const CHOICE_1 = vrt.choiceVariants(["valueQuantity"]);
const BINDING_3 = {
  has: vcodes.inCodings40,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/observation-valueabsentreason"
};
const BINDING_4 = {
  has: vcodes.inCodings41,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/observation-interpretation"
};
const TARGETS_4 = ["Specimen"];
const TARGETS_5 = ["Device", "DeviceMetric"];
const CHOICE_KEYS_0 = [
  ["valueQuantity", "_valueQuantity"],
  ["valueCodeableConcept", "_valueCodeableConcept"],
  ["valueString", "_valueString"],
  ["valueBoolean", "_valueBoolean"],
  ["valueRange", "_valueRange"],
  ["valueRatio", "_valueRatio"],
  ["valueSampledData", "_valueSampledData"],
  ["valueAttachment", "_valueAttachment"],
  ["valueTime", "_valueTime"],
  ["valueDateTime", "_valueDateTime"],
  ["valuePeriod", "_valuePeriod"]
];
const INVARIANT_0 = vrt.invariant({
  key: "obs-6",
  path: "Observation",
  expression: "dataAbsentReason.empty() or value.empty()",
  severity: "error",
  human: "dataAbsentReason SHALL only be present if Observation.value[x] is not present"
});
const OWNER_1 = { paths: ["Observation.referenceRange"], type: "BackboneElement", exact: true };
const FIXED_1 = { value: 1.5 };
const INVARIANT_1 = vrt.invariant({
  key: "obs-3",
  path: "Observation.referenceRange",
  expression: "low.exists() or high.exists() or text.exists()",
  severity: "error",
  human: "Must have at least a low or a high or text"
});
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/hdlcholesterol",
      check: checkHdlcholesterol,
      type: "Observation",
      base: false
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkHdlcholesterol(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Observation") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29;
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
      case "status":
        m0 |= 8192;
        e10 = o[k];
        break;
      case "category":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "code":
        m0 |= 65536;
        e12 = o[k];
        break;
      case "subject":
        m0 |= 131072;
        e13 = o[k];
        break;
      case "context":
        m0 |= 262144;
        e14 = o[k];
        break;
      case "effectiveDateTime":
        m0 |= 524288;
        e15 = o[k];
        break;
      case "effectivePeriod":
        m0 |= 2097152;
        e16 = o[k];
        break;
      case "issued":
        m0 |= 4194304;
        e17 = o[k];
        break;
      case "performer":
        m0 |= 16777216;
        e18 = o[k];
        break;
      case "valueQuantity":
        m0 |= 33554432;
        e19 = o[k];
        break;
      case "dataAbsentReason":
        m0 |= 67108864;
        e20 = o[k];
        break;
      case "interpretation":
        m0 |= 134217728;
        e21 = o[k];
        break;
      case "comment":
        m0 |= 268435456;
        e22 = o[k];
        break;
      case "bodySite":
        m0 |= 1073741824;
        e23 = o[k];
        break;
      case "method":
        m1 |= 1;
        e24 = o[k];
        break;
      case "specimen":
        m1 |= 2;
        e25 = o[k];
        break;
      case "device":
        m1 |= 4;
        e26 = o[k];
        break;
      case "referenceRange":
        m1 |= 8;
        e27 = o[k];
        break;
      case "related":
        m1 |= 16;
        e28 = o[k];
        break;
      case "component":
        m1 |= 32;
        e29 = o[k];
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
        m0 |= 16384;
        break;
      case "_effectiveDateTime":
        m0 |= 1048576;
        break;
      case "_issued":
        m0 |= 8388608;
        break;
      case "_comment":
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
    if (!vrt.one(e1, x, p, "meta", d, 0, import_Meta.checkMeta) && x.c === null) return false;
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
    if (!vrt.one(e4, x, p, "text", d, 0, import_Narrative.checkNarrative) && x.c === null) return false;
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
    if (!vrt.many(e8, x, p, "identifier", d, 0, -1, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(e9, x, p, "basedOn", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e9, true, x, p, "basedOn", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e10) && (m0 & 16384) === 0)) {
    if (!vrt.prim(e10, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e10, vcodes.inCodes36)) {
    if (!vrt.eachWith(e10, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.many(e11, x, p, "category", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e11, true, x, p, "category", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (!vrt.one(e12, x, p, "code", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (!vrt.eachWith(e12, false, x, p, "code", vrt.checkFixed, FIXED_0) && x.c === null) return false;
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(e13, x, p, "subject", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e13, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e14, x, p, "context", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e14, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 3670016) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "effective", 0) && x.c === null) return false;
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidDateTime(e15) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(
        e15,
        o._effectiveDateTime,
        x,
        p,
        "effective.ofType(dateTime)",
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
    if (!vrt.one(e16, x, p, "effective.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidInstant(e17) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(e17, o._issued, x, p, "issued", d, 0, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.many(e18, x, p, "performer", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e18, true, x, p, "performer", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 33554432) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(e19, x, p, "value.ofType(Quantity)", d, 0, import_Quantity.checkQuantity) && x.c === null) return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(e20, x, p, "dataAbsentReason", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e20, false, x, p, "dataAbsentReason", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.one(e21, x, p, "interpretation", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e21, false, x, p, "interpretation", vrt.checkConcept, BINDING_4) && x.c === null) return false;
  }
  if ((m0 & 805306368) !== 0) {
    if (!(vrt.isValidString(e22) && (m0 & 536870912) === 0)) {
      if (!vrt.prim(e22, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.one(e23, x, p, "bodySite", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.one(e24, x, p, "method", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.one(e25, x, p, "specimen", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e25, false, x, p, "specimen", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.one(e26, x, p, "device", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e26, false, x, p, "device", vrt.checkReferenceTarget, TARGETS_5) && x.c === null) return false;
  }
  if (!vrt.many(e27, x, p, "referenceRange", d, 1, 1, checkHdlcholesterolReferenceRange) && x.c === null) return false;
  if ((m1 & 16) !== 0) {
    if (!vrt.prohibited(e28, void 0, x, p, "related") && x.c === null) return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.many(e29, x, p, "component", d, 0, -1, import_Observation.checkObservationComponent) && x.c === null) return false;
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
  if ((m1 & 32) !== 0) {
    if (!vrt.checkObs7(o, x, p) && x.c === null) return false;
  }
  if ((m0 & 67108864) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfValue(o["_dataAbsentReason"], o["dataAbsentReason"]) === 0,
          vrt.fpSizeOfChoice(o, CHOICE_KEYS_0) === 0
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
    }
  }
  return true;
}
function checkHdlcholesterolReferenceRange(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.referenceRange");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8;
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
      case "low":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "high":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "type":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "appliesTo":
        n++;
        m0 |= 64;
        e6 = o[k];
        break;
      case "age":
        n++;
        m0 |= 128;
        e7 = o[k];
        break;
      case "text":
        n++;
        m0 |= 256;
        e8 = o[k];
        break;
      case "_text":
        n++;
        m0 |= 512;
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
  if (!vrt.one(e3, x, p, "low", d, 1, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  if (!vrt.eachWith(e3, false, x, p, "low", vrt.checkFixed, FIXED_1) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.prohibited(e4, void 0, x, p, "high") && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.prohibited(e5, void 0, x, p, "type") && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.prohibited(e6, void 0, x, p, "appliesTo") && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.prohibited(e7, void 0, x, p, "age") && x.c === null) return false;
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(e8) && (m0 & 512) === 0)) {
      if (!vrt.prim(e8, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  {
    let r;
    try {
      r = vrt.fpOr3(
        vrt.fpOr3(vrt.fpSizeOfValue(o["_low"], o["low"]) > 0, vrt.fpSizeOfValue(o["_high"], o["high"]) > 0),
        vrt.fpSizeOfValue(o["_text"], o["text"]) > 0
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_1) && x.c === null) return false;
  }
  return true;
}
function validateHdlcholesterol(value, options) {
  return vrt.validateWith(value, "Observation", checkHdlcholesterol, true, options, REGISTRY_0);
}
function isHdlcholesterol(value, options) {
  return vrt.testWith(value, checkHdlcholesterol, true, options, REGISTRY_0);
}
function buildHdlcholesterol(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    {
      resourceType: "Observation",
      profile: "http://hl7.org/fhir/StructureDefinition/hdlcholesterol",
      set: { code: { coding: [{ system: "http://loinc.org", code: "2085-9", display: "HDL Cholesterol" }] } },
      each: { referenceRange: { set: { low: { value: 1.5 } } } }
    },
    isHdlcholesterol,
    validateHdlcholesterol,
    "Hdlcholesterol"
  );
}
