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
var Bodytemp_exports = {};
__export(Bodytemp_exports, {
  buildBodytemp: () => buildBodytemp,
  buildBodytempCodeCodingBodyTempCode: () => buildBodytempCodeCodingBodyTempCode,
  checkBodytemp: () => checkBodytemp,
  checkBodytempCode: () => checkBodytempCode,
  checkBodytempCodeCodingBodyTempCode: () => checkBodytempCodeCodingBodyTempCode,
  checkBodytempComponent: () => checkBodytempComponent,
  checkBodytempComponentValue: () => checkBodytempComponentValue,
  checkBodytempRelated: () => checkBodytempRelated,
  checkBodytempValue: () => checkBodytempValue,
  isBodytemp: () => isBodytemp,
  validateBodytemp: () => validateBodytemp
});
module.exports = __toCommonJS(Bodytemp_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Coding = require("./Coding.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Observation = require("./Observation.js");
var import_Period = require("./Period.js");
var import_Range = require("./Range.js");
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
const INVARIANT_0 = vrt.invariant({
  key: "vs-4",
  path: "Observation.category",
  expression: "where(coding.system='http://hl7.org/fhir/observation-category' and coding.code='vital-signs').exists()",
  severity: "error",
  human: "Must have a category of 'vital-signs' and a code system 'http://hl7.org/fhir/observation-category'"
});
const FHIRPATH_0 = (n) => vrt.fpAnd3(
  vrt.fpEqValue(
    vrt.fpOneEach(vrt.fpChildOf(n, "coding", "_coding"), "system", "_system"),
    "http://hl7.org/fhir/observation-category"
  ),
  vrt.fpEqValue(vrt.fpOneEach(vrt.fpChildOf(n, "coding", "_coding"), "code", "_code"), "vital-signs")
) === true;
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const OCCURRENCE_0 = (v, x, q) => {
  let ok = true;
  if (!vrt.checkConcept(v, x, q, BINDING_2)) {
    if (x.c === null) return false;
    ok = false;
  }
  if (!vrt.checkBooleanInvariant(v, x, q, TRANSLATED_0)) {
    if (x.c === null) return false;
    ok = false;
  }
  return ok;
};
const BINDING_3 = {
  has: vcodes.inCodings38,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/observation-vitalsignresult"
};
const TARGETS_1 = ["Patient"];
const TARGETS_2 = ["Encounter", "EpisodeOfCare"];
const CHOICE_0 = vrt.choiceVariants(["effectiveDateTime", "effectivePeriod"]);
const INVARIANT_1 = vrt.invariant({
  key: "vs-1",
  path: "Observation.effective[x]",
  expression: "($this as dateTime).toString().length() >= 8",
  severity: "error",
  human: "Datetime must be at least to day."
});
const TARGETS_3 = ["Organization", "Patient", "Practitioner", "RelatedPerson"];
const CHOICE_1 = vrt.choiceVariants(["valueQuantity"]);
const BINDING_4 = {
  has: vcodes.inCodings39,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/ucum-vitals-common"
};
const BINDING_5 = {
  has: vcodes.inCodings40,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/observation-valueabsentreason"
};
const BINDING_6 = {
  has: vcodes.inCodings41,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/observation-interpretation"
};
const TARGETS_4 = ["Specimen"];
const TARGETS_5 = ["Device", "DeviceMetric"];
const INVARIANT_2 = vrt.invariant({
  key: "obs-6",
  path: "Observation",
  expression: "dataAbsentReason.empty() or value.empty()",
  severity: "error",
  human: "dataAbsentReason SHALL only be present if Observation.value[x] is not present"
});
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
const FHIRPATH_1 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpSizeOfValue(o["_dataAbsentReason"], o["dataAbsentReason"]) === 0,
    vrt.fpSizeOfChoice(n, CHOICE_KEYS_0) === 0
  );
};
const TRANSLATED_1 = { inv: INVARIANT_2, fn: FHIRPATH_1 };
const INVARIANT_3 = vrt.invariant({
  key: "vs-2",
  path: "Observation",
  expression: "(component.empty() and related.empty()) implies (dataAbsentReason or value)",
  severity: "error",
  human: "If there is no component or related element then either a value[x] or a data absent reason must be present"
});
const FHIRPATH_2 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpImplies3(
    vrt.fpAnd3(
      vrt.fpSizeOfValue(o["_component"], o["component"]) === 0,
      vrt.fpSizeOfValue(o["_related"], o["related"]) === 0
    ),
    vrt.fpOr3(
      vrt.fpTruthValue(vrt.fpOneValue(o["_dataAbsentReason"], o["dataAbsentReason"])),
      vrt.fpTruthValue(vrt.fpSingle(vrt.fpChoice([n], CHOICE_KEYS_0)))
    )
  );
};
const TRANSLATED_2 = { inv: INVARIANT_3, fn: FHIRPATH_2 };
const OWNER_1 = {
  paths: ["Observation.code", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const SLICING_0 = {
  rules: "open",
  ordered: false,
  element: "Observation.code.coding",
  base: (v, x, q, d) => (0, import_Coding.checkCoding)(v, x, q, d),
  slices: [
    {
      name: "BodyTempCode",
      min: 0,
      max: -1,
      match: (v, x, d) => vrt.isObject(v) && v.code === "8310-5",
      check: (v, x, q, d) => checkBodytempCodeCodingBodyTempCode(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.code) {
      case "8310-5":
        return 0;
    }
    return -1;
  }
};
const OWNER_2 = { paths: ["Observation.value[x]", "Quantity"], type: "Quantity", exact: true };
const BINDING_7 = {
  has: vcodes.inCodes12,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/quantity-comparator"
};
const BINDING_8 = {
  has: vcodes.inCodes45,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/ucum-bodytemp"
};
const OWNER_3 = { paths: ["Observation.related"], type: "BackboneElement", exact: true };
const BINDING_9 = {
  has: vcodes.inCodes43,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/observation-relationshiptypes"
};
const OCCURRENCE_1 = (v, x, q) => {
  let ok = true;
  if (!vrt.checkFixed(v, x, q, "has-member")) {
    if (x.c === null) return false;
    ok = false;
  }
  if (!vrt.checkCode(v, x, q, BINDING_9)) {
    if (x.c === null) return false;
    ok = false;
  }
  return ok;
};
const TARGETS_6 = ["Observation"];
const OWNER_4 = { paths: ["Observation.component"], type: "BackboneElement", exact: true };
const INVARIANT_4 = vrt.invariant({
  key: "vs-3",
  path: "Observation.component",
  expression: "value.exists() or dataAbsentReason.exists()",
  severity: "error",
  human: "If there is no a value a data absent reason must be present"
});
const CHOICE_KEYS_1 = [
  ["valueQuantity", "_valueQuantity"],
  ["valueCodeableConcept", "_valueCodeableConcept"],
  ["valueString", "_valueString"],
  ["valueRange", "_valueRange"],
  ["valueRatio", "_valueRatio"],
  ["valueSampledData", "_valueSampledData"],
  ["valueAttachment", "_valueAttachment"],
  ["valueTime", "_valueTime"],
  ["valueDateTime", "_valueDateTime"],
  ["valuePeriod", "_valuePeriod"]
];
const FHIRPATH_3 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpSizeOfChoice(n, CHOICE_KEYS_1) > 0,
    vrt.fpSizeOfValue(o["_dataAbsentReason"], o["dataAbsentReason"]) > 0
  );
};
const TRANSLATED_3 = { inv: INVARIANT_4, fn: FHIRPATH_3 };
const OWNER_5 = { paths: ["Observation.code.coding", "Coding"], type: "Coding", exact: true };
const OWNER_6 = {
  paths: ["Observation.component.value[x]", "Quantity"],
  type: "Quantity",
  exact: true
};
const OWNER_7 = { paths: ["Observation.referenceRange"], type: "BackboneElement", exact: true };
const BINDING_10 = {
  has: vcodes.inCodings44,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/referencerange-meaning"
};
const INVARIANT_5 = vrt.invariant({
  key: "obs-3",
  path: "Observation.referenceRange",
  expression: "low.exists() or high.exists() or text.exists()",
  severity: "error",
  human: "Must have at least a low or a high or text"
});
const FHIRPATH_4 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpOr3(vrt.fpSizeOfValue(o["_low"], o["low"]) > 0, vrt.fpSizeOfValue(o["_high"], o["high"]) > 0),
    vrt.fpSizeOfValue(o["_text"], o["text"]) > 0
  );
};
const TRANSLATED_4 = { inv: INVARIANT_5, fn: FHIRPATH_4 };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    { url: "http://hl7.org/fhir/StructureDefinition/bodytemp", check: checkBodytemp, type: "Observation", base: false }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkBodytemp(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Observation") && x.c === null) return false;
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
      case "basedOn":
        m0 |= 4096;
        break;
      case "status":
        m0 |= 8192;
        break;
      case "category":
        m0 |= 32768;
        break;
      case "code":
        m0 |= 65536;
        break;
      case "subject":
        m0 |= 131072;
        break;
      case "context":
        m0 |= 262144;
        break;
      case "effectiveDateTime":
        m0 |= 524288;
        break;
      case "effectivePeriod":
        m0 |= 2097152;
        break;
      case "issued":
        m0 |= 4194304;
        break;
      case "performer":
        m0 |= 16777216;
        break;
      case "valueQuantity":
        m0 |= 33554432;
        break;
      case "dataAbsentReason":
        m0 |= 67108864;
        break;
      case "interpretation":
        m0 |= 134217728;
        break;
      case "comment":
        m0 |= 268435456;
        break;
      case "bodySite":
        m0 |= 1073741824;
        break;
      case "method":
        m1 |= 1;
        break;
      case "specimen":
        m1 |= 2;
        break;
      case "device":
        m1 |= 4;
        break;
      case "referenceRange":
        m1 |= 8;
        break;
      case "related":
        m1 |= 16;
        break;
      case "component":
        m1 |= 32;
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
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(o.basedOn, x, p, "basedOn", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.basedOn, true, x, p, "basedOn", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.status) && (m0 & 16384) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes36)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!vrt.many(o.category, x, p, "category", d, 1, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (!vrt.each(o.category, true, x, p, "category", OCCURRENCE_0) && x.c === null) return false;
  if (!vrt.one(o.code, x, p, "code", d, 1, checkBodytempCode) && x.c === null) return false;
  if (!vrt.eachWith(o.code, false, x, p, "code", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  if (!vrt.one(o.subject, x, p, "subject", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
    return false;
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.context, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "effective", 1) && x.c === null) return false;
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidDateTime(o.effectiveDateTime) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(
        o.effectiveDateTime,
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
    if (!vrt.eachWith(o.effectiveDateTime, false, x, p, "effective.ofType(dateTime)", vrt.checkInvariant, INVARIANT_1) && x.c === null)
      return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(o.effectivePeriod, x, p, "effective.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
    if (!vrt.eachWith(o.effectivePeriod, false, x, p, "effective.ofType(Period)", vrt.checkInvariant, INVARIANT_1) && x.c === null)
      return false;
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidInstant(o.issued) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(o.issued, o._issued, x, p, "issued", d, 0, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.many(o.performer, x, p, "performer", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.performer, true, x, p, "performer", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 33554432) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, checkBodytempValue) && x.c === null)
      return false;
    if (!vrt.eachWith(o.valueQuantity, false, x, p, "value.ofType(Quantity)", vrt.checkCoding, BINDING_4) && x.c === null)
      return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(o.dataAbsentReason, x, p, "dataAbsentReason", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
    if (!vrt.eachWith(o.dataAbsentReason, false, x, p, "dataAbsentReason", vrt.checkConcept, BINDING_5) && x.c === null)
      return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.one(o.interpretation, x, p, "interpretation", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.interpretation, false, x, p, "interpretation", vrt.checkConcept, BINDING_6) && x.c === null)
      return false;
  }
  if ((m0 & 805306368) !== 0) {
    if (!(vrt.isValidString(o.comment) && (m0 & 536870912) === 0)) {
      if (!vrt.prim(o.comment, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.one(o.bodySite, x, p, "bodySite", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.one(o.method, x, p, "method", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.one(o.specimen, x, p, "specimen", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.specimen, false, x, p, "specimen", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.one(o.device, x, p, "device", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.device, false, x, p, "device", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.many(o.referenceRange, x, p, "referenceRange", d, 0, -1, import_Observation.checkObservationReferenceRange) && x.c === null)
      return false;
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.many(o.related, x, p, "related", d, 0, -1, checkBodytempRelated) && x.c === null) return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.many(o.component, x, p, "component", d, 0, -1, checkBodytempComponent) && x.c === null) return false;
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
    if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_1) && x.c === null) return false;
  }
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_2) && x.c === null) return false;
  return true;
}
function checkBodytempCode(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.code");
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
      case "coding":
        n++;
        m0 |= 4;
        break;
      case "text":
        n++;
        m0 |= 8;
        break;
      case "_text":
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
    if (!vrt.checkSliced(o.coding, x, p, "coding", d, 0, -1, SLICING_0) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.text) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkBodytempValue(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.value[x]");
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
      case "value":
        n++;
        m0 |= 4;
        break;
      case "comparator":
        n++;
        m0 |= 16;
        break;
      case "unit":
        n++;
        m0 |= 64;
        break;
      case "system":
        n++;
        m0 |= 256;
        break;
      case "code":
        n++;
        m0 |= 1024;
        break;
      case "_value":
        n++;
        m0 |= 8;
        break;
      case "_comparator":
        n++;
        m0 |= 32;
        break;
      case "_unit":
        n++;
        m0 |= 128;
        break;
      case "_system":
        n++;
        m0 |= 512;
        break;
      case "_code":
        n++;
        m0 |= 2048;
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
  if (!(vrt.isValidDecimal(o.value) && (m0 & 8) === 0)) {
    if (!vrt.prim(o.value, o._value, x, p, "value", d, 1, vrt.isValidDecimal, "decimal", OWNER_2) && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidCode(o.comparator) && (m0 & 32) === 0)) {
      if (!vrt.prim(o.comparator, o._comparator, x, p, "comparator", d, 0, vrt.isValidCode, "code", OWNER_2) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.comparator, vcodes.inCodes12)) {
      if (!vrt.eachWith(o.comparator, false, x, p, "comparator", vrt.checkCode, BINDING_7) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(o.unit) && (m0 & 128) === 0)) {
    if (!vrt.prim(o.unit, o._unit, x, p, "unit", d, 1, vrt.isValidString, "string", OWNER_2) && x.c === null)
      return false;
  }
  if (!((o.system === "http://unitsofmeasure.org" || vrt.isValidUri(o.system)) && (m0 & 512) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_2) && x.c === null)
      return false;
  }
  if (!(o.system === void 0 || o.system === "http://unitsofmeasure.org")) {
    if (!vrt.eachWith(o.system, false, x, p, "system", vrt.checkFixed, "http://unitsofmeasure.org") && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.code) && (m0 & 2048) === 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_2) && x.c === null) return false;
  }
  if (!vrt.codeIn(o.code, vcodes.inCodes45)) {
    if (!vrt.eachWith(o.code, false, x, p, "code", vrt.checkCode, BINDING_8) && x.c === null) return false;
  }
  return true;
}
function checkBodytempRelated(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.related");
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
      case "type":
        n++;
        m0 |= 8;
        break;
      case "target":
        n++;
        m0 |= 32;
        break;
      case "_type":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null)
      return false;
  }
  if (!((o.type === "has-member" || vrt.isValidCode(o.type)) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.type, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_3) && x.c === null) return false;
  }
  if (!vrt.each(o.type, false, x, p, "type", OCCURRENCE_1) && x.c === null) return false;
  if (!vrt.one(o.target, x, p, "target", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.target, false, x, p, "target", vrt.checkReferenceTarget, TARGETS_6) && x.c === null) return false;
  return true;
}
function checkBodytempComponent(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.component");
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
      case "code":
        n++;
        m0 |= 8;
        break;
      case "valueQuantity":
        n++;
        m0 |= 16;
        break;
      case "dataAbsentReason":
        n++;
        m0 |= 32;
        break;
      case "interpretation":
        n++;
        m0 |= 64;
        break;
      case "referenceRange":
        n++;
        m0 |= 128;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null)
      return false;
  }
  if (!vrt.one(o.code, x, p, "code", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (!vrt.eachWith(o.code, false, x, p, "code", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  if (vrt.bitCount(m0 & 16) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, checkBodytempComponentValue) && x.c === null)
      return false;
    if (!vrt.eachWith(o.valueQuantity, false, x, p, "value.ofType(Quantity)", vrt.checkCoding, BINDING_4) && x.c === null)
      return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.dataAbsentReason, x, p, "dataAbsentReason", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
    if (!vrt.eachWith(o.dataAbsentReason, false, x, p, "dataAbsentReason", vrt.checkConcept, BINDING_5) && x.c === null)
      return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(o.interpretation, x, p, "interpretation", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.interpretation, false, x, p, "interpretation", vrt.checkConcept, BINDING_6) && x.c === null)
      return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.many(o.referenceRange, x, p, "referenceRange", d, 0, -1, _checkObservationReferenceRange) && x.c === null)
      return false;
  }
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_3) && x.c === null) return false;
  return true;
}
function checkBodytempCodeCodingBodyTempCode(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.code.coding");
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
      case "system":
        n++;
        m0 |= 4;
        break;
      case "version":
        n++;
        m0 |= 16;
        break;
      case "code":
        n++;
        m0 |= 64;
        break;
      case "display":
        n++;
        m0 |= 256;
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
        break;
      case "_system":
        n++;
        m0 |= 8;
        break;
      case "_version":
        n++;
        m0 |= 32;
        break;
      case "_code":
        n++;
        m0 |= 128;
        break;
      case "_display":
        n++;
        m0 |= 512;
        break;
      case "_userSelected":
        n++;
        m0 |= 2048;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!((o.system === "http://loinc.org" || vrt.isValidUri(o.system)) && (m0 & 8) === 0)) {
      if (!vrt.prim(o.system, o._system, x, p, "system", d, 0, vrt.isValidUri, "uri", OWNER_5) && x.c === null)
        return false;
    }
    if (!(o.system === void 0 || o.system === "http://loinc.org")) {
      if (!vrt.eachWith(o.system, false, x, p, "system", vrt.checkFixed, "http://loinc.org") && x.c === null)
        return false;
    }
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidString(o.version) && (m0 & 32) === 0)) {
      if (!vrt.prim(o.version, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 192) !== 0) {
    if (!((o.code === "8310-5" || vrt.isValidCode(o.code)) && (m0 & 128) === 0)) {
      if (!vrt.prim(o.code, o._code, x, p, "code", d, 0, vrt.isValidCode, "code", OWNER_5) && x.c === null)
        return false;
    }
    if (!(o.code === void 0 || o.code === "8310-5")) {
      if (!vrt.eachWith(o.code, false, x, p, "code", vrt.checkFixed, "8310-5") && x.c === null) return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(o.display) && (m0 & 512) === 0)) {
      if (!vrt.prim(o.display, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(o.userSelected) && (m0 & 2048) === 0)) {
      if (!vrt.prim(
        o.userSelected,
        o._userSelected,
        x,
        p,
        "userSelected",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_5
      ) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkBodytempComponentValue(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.component.value[x]");
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
      case "value":
        n++;
        m0 |= 4;
        break;
      case "comparator":
        n++;
        m0 |= 16;
        break;
      case "unit":
        n++;
        m0 |= 64;
        break;
      case "system":
        n++;
        m0 |= 256;
        break;
      case "code":
        n++;
        m0 |= 1024;
        break;
      case "_value":
        n++;
        m0 |= 8;
        break;
      case "_comparator":
        n++;
        m0 |= 32;
        break;
      case "_unit":
        n++;
        m0 |= 128;
        break;
      case "_system":
        n++;
        m0 |= 512;
        break;
      case "_code":
        n++;
        m0 |= 2048;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if (!(vrt.isValidDecimal(o.value) && (m0 & 8) === 0)) {
    if (!vrt.prim(o.value, o._value, x, p, "value", d, 1, vrt.isValidDecimal, "decimal", OWNER_6) && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidCode(o.comparator) && (m0 & 32) === 0)) {
      if (!vrt.prim(o.comparator, o._comparator, x, p, "comparator", d, 0, vrt.isValidCode, "code", OWNER_6) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.comparator, vcodes.inCodes12)) {
      if (!vrt.eachWith(o.comparator, false, x, p, "comparator", vrt.checkCode, BINDING_7) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(o.unit) && (m0 & 128) === 0)) {
    if (!vrt.prim(o.unit, o._unit, x, p, "unit", d, 1, vrt.isValidString, "string", OWNER_6) && x.c === null)
      return false;
  }
  if (!((o.system === "http://unitsofmeasure.org" || vrt.isValidUri(o.system)) && (m0 & 512) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_6) && x.c === null)
      return false;
  }
  if (!(o.system === void 0 || o.system === "http://unitsofmeasure.org")) {
    if (!vrt.eachWith(o.system, false, x, p, "system", vrt.checkFixed, "http://unitsofmeasure.org") && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.code) && (m0 & 2048) === 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_6) && x.c === null) return false;
  }
  return true;
}
function _checkObservationReferenceRange(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.referenceRange");
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
      case "low":
        n++;
        m0 |= 8;
        break;
      case "high":
        n++;
        m0 |= 16;
        break;
      case "type":
        n++;
        m0 |= 32;
        break;
      case "appliesTo":
        n++;
        m0 |= 64;
        break;
      case "age":
        n++;
        m0 |= 128;
        break;
      case "text":
        n++;
        m0 |= 256;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_7, true) && x.c === null)
      return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.low, x, p, "low", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.high, x, p, "high", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkConcept, BINDING_10) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.many(o.appliesTo, x, p, "appliesTo", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(o.age, x, p, "age", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(o.text) && (m0 & 512) === 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_7) && x.c === null)
        return false;
    }
  }
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_4) && x.c === null) return false;
  return true;
}
function validateBodytemp(value, options) {
  return vrt.validateWith(value, "Observation", checkBodytemp, true, options, REGISTRY_0);
}
function isBodytemp(value, options) {
  return vrt.testWith(value, checkBodytemp, true, options, REGISTRY_0);
}
function buildBodytemp(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    {
      resourceType: "Observation",
      profile: "http://hl7.org/fhir/StructureDefinition/bodytemp",
      each: {
        valueQuantity: { set: { system: "http://unitsofmeasure.org" } },
        related: { set: { type: "has-member" } },
        component: { each: { valueQuantity: { set: { system: "http://unitsofmeasure.org" } } } }
      }
    },
    isBodytemp,
    validateBodytemp,
    "Bodytemp"
  );
}
function buildBodytempCodeCodingBodyTempCode(input) {
  return (0, import_fill.fillPart)(input, { set: { system: "http://loinc.org", code: "8310-5" } });
}
