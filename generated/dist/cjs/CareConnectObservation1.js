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
var CareConnectObservation1_exports = {};
__export(CareConnectObservation1_exports, {
  buildCareConnectObservation1: () => buildCareConnectObservation1,
  buildCareConnectObservation1BodySiteCodingSnomedCT: () => buildCareConnectObservation1BodySiteCodingSnomedCT,
  buildCareConnectObservation1CategoryCodingSnomedCT: () => buildCareConnectObservation1CategoryCodingSnomedCT,
  buildCareConnectObservation1CodeCodingSnomedCT: () => buildCareConnectObservation1CodeCodingSnomedCT,
  buildCareConnectObservation1ComponentCodeCodingSnomedCT: () => buildCareConnectObservation1ComponentCodeCodingSnomedCT,
  buildCareConnectObservation1MethodCodingSnomedCT: () => buildCareConnectObservation1MethodCodingSnomedCT,
  checkCareConnectObservation1: () => checkCareConnectObservation1,
  checkCareConnectObservation1BodySite: () => checkCareConnectObservation1BodySite,
  checkCareConnectObservation1BodySiteCodingSnomedCT: () => checkCareConnectObservation1BodySiteCodingSnomedCT,
  checkCareConnectObservation1Category: () => checkCareConnectObservation1Category,
  checkCareConnectObservation1CategoryCodingSnomedCT: () => checkCareConnectObservation1CategoryCodingSnomedCT,
  checkCareConnectObservation1Code: () => checkCareConnectObservation1Code,
  checkCareConnectObservation1CodeCodingSnomedCT: () => checkCareConnectObservation1CodeCodingSnomedCT,
  checkCareConnectObservation1Component: () => checkCareConnectObservation1Component,
  checkCareConnectObservation1ComponentCode: () => checkCareConnectObservation1ComponentCode,
  checkCareConnectObservation1ComponentCodeCodingSnomedCT: () => checkCareConnectObservation1ComponentCodeCodingSnomedCT,
  checkCareConnectObservation1Identifier: () => checkCareConnectObservation1Identifier,
  checkCareConnectObservation1Method: () => checkCareConnectObservation1Method,
  checkCareConnectObservation1MethodCodingSnomedCT: () => checkCareConnectObservation1MethodCodingSnomedCT,
  checkCareConnectObservation1Related: () => checkCareConnectObservation1Related,
  isCareConnectObservation1: () => isCareConnectObservation1,
  validateCareConnectObservation1: () => validateCareConnectObservation1
});
module.exports = __toCommonJS(CareConnectObservation1_exports);
var import_Attachment = require("./Attachment.js");
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Coding = require("./Coding.js");
var import_ExtensionCareConnectReasonCondition1 = require("./ExtensionCareConnectReasonCondition1.js");
var import_ExtensionCodingSctdescid = require("./ExtensionCodingSctdescid.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Quantity = require("./Quantity.js");
var import_Range = require("./Range.js");
var import_Ratio = require("./Ratio.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var import_SampledData = require("./SampledData.js");
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
const EXTENSION_0 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_0, false);
const SLICING_0 = {
  rules: "open",
  ordered: false,
  element: "Observation.extension",
  base: (v, x, q, d) => EXTENSION_0(v, x, q, d),
  slices: [
    {
      name: "reason",
      min: 0,
      max: -1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ReasonCondition-1",
      check: (v, x, q, d) => (0, import_ExtensionCareConnectReasonCondition1.checkExtensionCareConnectReasonCondition1)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ReasonCondition-1":
        return 0;
    }
    return -1;
  }
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
const TARGETS_1 = ["Device", "Group", "Location", "Patient"];
const TARGETS_2 = ["Encounter", "EpisodeOfCare"];
const CHOICE_0 = vrt.choiceVariants(["effectiveDateTime", "effectivePeriod"]);
const TARGETS_3 = ["Organization", "Patient", "Practitioner", "RelatedPerson"];
const CHOICE_1 = vrt.choiceVariants([
  "valueQuantity",
  "valueCodeableConcept",
  "valueString",
  "valueBoolean",
  "valueRange",
  "valueRatio",
  "valueSampledData",
  "valueAttachment",
  "valueTime",
  "valueDateTime",
  "valuePeriod"
]);
const INVARIANT_0 = vrt.invariant({
  key: "qty-3",
  path: "Observation.value[x]",
  expression: "code.empty() or system.exists()",
  severity: "error",
  human: "If a code for the unit is present, the system SHALL also be present"
});
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
const INVARIANT_1 = vrt.invariant({
  key: "obs-6",
  path: "Observation",
  expression: "dataAbsentReason.empty() or value.empty()",
  severity: "error",
  human: "dataAbsentReason SHALL only be present if Observation.value[x] is not present"
});
const OWNER_1 = {
  paths: ["Observation.identifier", "Identifier"],
  type: "Identifier",
  exact: true
};
const BINDING_5 = {
  has: vcodes.inCodes68,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-use"
};
const BINDING_6 = {
  has: vcodes.inCodings69,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-type"
};
const TARGETS_6 = ["Organization"];
const OWNER_2 = {
  paths: ["Observation.category", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const SLICING_1 = {
  rules: "open",
  ordered: false,
  element: "Observation.category.coding",
  base: (v, x, q, d) => (0, import_Coding.checkCoding)(v, x, q, d),
  slices: [
    {
      name: "snomedCT",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectObservation1CategoryCodingSnomedCT(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.system) {
      case "http://snomed.info/sct":
        return 0;
    }
    return -1;
  }
};
const OWNER_3 = {
  paths: ["Observation.code", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const SLICING_2 = {
  rules: "open",
  ordered: false,
  element: "Observation.code.coding",
  base: (v, x, q, d) => (0, import_Coding.checkCoding)(v, x, q, d),
  slices: [
    {
      name: "snomedCT",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectObservation1CodeCodingSnomedCT(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.system) {
      case "http://snomed.info/sct":
        return 0;
    }
    return -1;
  }
};
const OWNER_4 = {
  paths: ["Observation.bodySite", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const SLICING_3 = {
  rules: "open",
  ordered: false,
  element: "Observation.bodySite.coding",
  base: (v, x, q, d) => (0, import_Coding.checkCoding)(v, x, q, d),
  slices: [
    {
      name: "snomedCT",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectObservation1BodySiteCodingSnomedCT(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.system) {
      case "http://snomed.info/sct":
        return 0;
    }
    return -1;
  }
};
const OWNER_5 = {
  paths: ["Observation.method", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const SLICING_4 = {
  rules: "open",
  ordered: false,
  element: "Observation.method.coding",
  base: (v, x, q, d) => (0, import_Coding.checkCoding)(v, x, q, d),
  slices: [
    {
      name: "snomedCT",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectObservation1MethodCodingSnomedCT(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.system) {
      case "http://snomed.info/sct":
        return 0;
    }
    return -1;
  }
};
const OWNER_6 = { paths: ["Observation.referenceRange"], type: "BackboneElement", exact: true };
const BINDING_7 = {
  has: vcodes.inCodings44,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/referencerange-meaning"
};
const INVARIANT_2 = vrt.invariant({
  key: "obs-3",
  path: "Observation.referenceRange",
  expression: "low.exists() or high.exists() or text.exists()",
  severity: "error",
  human: "Must have at least a low or a high or text"
});
const OWNER_7 = { paths: ["Observation.related"], type: "BackboneElement", exact: true };
const BINDING_8 = {
  has: vcodes.inCodes43,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/observation-relationshiptypes"
};
const TARGETS_7 = ["Observation", "QuestionnaireResponse", "Sequence"];
const OWNER_8 = { paths: ["Observation.component"], type: "BackboneElement", exact: true };
const CHOICE_2 = vrt.choiceVariants([
  "valueQuantity",
  "valueCodeableConcept",
  "valueString",
  "valueRange",
  "valueRatio",
  "valueSampledData",
  "valueAttachment",
  "valueTime",
  "valueDateTime",
  "valuePeriod"
]);
const INVARIANT_3 = vrt.invariant({
  key: "qty-3",
  path: "Observation.component.value[x]",
  expression: "code.empty() or system.exists()",
  severity: "error",
  human: "If a code for the unit is present, the system SHALL also be present"
});
const OWNER_9 = { paths: ["Observation.category.coding", "Coding"], type: "Coding", exact: true };
const EXTENSION_1 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_9, false);
const SLICING_5 = {
  rules: "open",
  ordered: false,
  element: "Observation.category.coding:snomedCT.extension",
  base: (v, x, q, d) => EXTENSION_1(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => (0, import_ExtensionCodingSctdescid.checkExtensionCodingSctdescid)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const OWNER_10 = { paths: ["Observation.code.coding", "Coding"], type: "Coding", exact: true };
const EXTENSION_2 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_10, false);
const SLICING_6 = {
  rules: "open",
  ordered: false,
  element: "Observation.code.coding:snomedCT.extension",
  base: (v, x, q, d) => EXTENSION_2(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => (0, import_ExtensionCodingSctdescid.checkExtensionCodingSctdescid)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const OWNER_11 = { paths: ["Observation.bodySite.coding", "Coding"], type: "Coding", exact: true };
const EXTENSION_3 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_11, false);
const SLICING_7 = {
  rules: "open",
  ordered: false,
  element: "Observation.bodySite.coding:snomedCT.extension",
  base: (v, x, q, d) => EXTENSION_3(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => (0, import_ExtensionCodingSctdescid.checkExtensionCodingSctdescid)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const OWNER_12 = { paths: ["Observation.method.coding", "Coding"], type: "Coding", exact: true };
const EXTENSION_4 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_12, false);
const SLICING_8 = {
  rules: "open",
  ordered: false,
  element: "Observation.method.coding:snomedCT.extension",
  base: (v, x, q, d) => EXTENSION_4(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => (0, import_ExtensionCodingSctdescid.checkExtensionCodingSctdescid)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const OWNER_13 = {
  paths: ["Observation.component.code", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const SLICING_9 = {
  rules: "open",
  ordered: false,
  element: "Observation.component.code.coding",
  base: (v, x, q, d) => (0, import_Coding.checkCoding)(v, x, q, d),
  slices: [
    {
      name: "snomedCT",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectObservation1ComponentCodeCodingSnomedCT(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.system) {
      case "http://snomed.info/sct":
        return 0;
    }
    return -1;
  }
};
const OWNER_14 = {
  paths: ["Observation.component.code.coding", "Coding"],
  type: "Coding",
  exact: true
};
const EXTENSION_5 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_14, false);
const SLICING_10 = {
  rules: "open",
  ordered: false,
  element: "Observation.component.code.coding:snomedCT.extension",
  base: (v, x, q, d) => EXTENSION_5(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => (0, import_ExtensionCodingSctdescid.checkExtensionCodingSctdescid)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Observation-1",
      check: checkCareConnectObservation1,
      type: "Observation",
      base: false
    }
  ],
  extensions: [
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ReasonCondition-1",
      check: import_ExtensionCareConnectReasonCondition1.checkExtensionCareConnectReasonCondition1,
      contexts: ["Observation"],
      contextTypes: ["Observation"]
    },
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: import_ExtensionCodingSctdescid.checkExtensionCodingSctdescid,
      contexts: [
        "Encounter",
        "Condition",
        "Observation",
        "Flag",
        "Immunization",
        "AllergyIntolerance",
        "FamilyMemberHistory",
        "MedicationRequest",
        "MedicationStatement",
        "Procedure",
        "Medication"
      ],
      contextTypes: [
        "AllergyIntolerance",
        "Condition",
        "Encounter",
        "FamilyMemberHistory",
        "Flag",
        "Immunization",
        "Medication",
        "MedicationRequest",
        "MedicationStatement",
        "Observation",
        "Procedure"
      ]
    }
  ],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkCareConnectObservation1(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Observation") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31, e32, e33, e34, e35, e36, e37, e38, e39;
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
        m1 |= 1;
        e19 = o[k];
        break;
      case "valueCodeableConcept":
        m1 |= 2;
        e20 = o[k];
        break;
      case "valueString":
        m1 |= 4;
        e21 = o[k];
        break;
      case "valueBoolean":
        m1 |= 16;
        e22 = o[k];
        break;
      case "valueRange":
        m1 |= 64;
        e23 = o[k];
        break;
      case "valueRatio":
        m1 |= 128;
        e24 = o[k];
        break;
      case "valueSampledData":
        m1 |= 256;
        e25 = o[k];
        break;
      case "valueAttachment":
        m1 |= 512;
        e26 = o[k];
        break;
      case "valueTime":
        m1 |= 1024;
        e27 = o[k];
        break;
      case "valueDateTime":
        m1 |= 4096;
        e28 = o[k];
        break;
      case "valuePeriod":
        m1 |= 16384;
        e29 = o[k];
        break;
      case "dataAbsentReason":
        m1 |= 32768;
        e30 = o[k];
        break;
      case "interpretation":
        m1 |= 65536;
        e31 = o[k];
        break;
      case "comment":
        m1 |= 131072;
        e32 = o[k];
        break;
      case "bodySite":
        m1 |= 524288;
        e33 = o[k];
        break;
      case "method":
        m1 |= 1048576;
        e34 = o[k];
        break;
      case "specimen":
        m1 |= 2097152;
        e35 = o[k];
        break;
      case "device":
        m1 |= 4194304;
        e36 = o[k];
        break;
      case "referenceRange":
        m1 |= 8388608;
        e37 = o[k];
        break;
      case "related":
        m1 |= 16777216;
        e38 = o[k];
        break;
      case "component":
        m1 |= 33554432;
        e39 = o[k];
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
      case "_valueString":
        m1 |= 8;
        break;
      case "_valueBoolean":
        m1 |= 32;
        break;
      case "_valueTime":
        m1 |= 2048;
        break;
      case "_valueDateTime":
        m1 |= 8192;
        break;
      case "_comment":
        m1 |= 262144;
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
    if (!vrt.checkSliced(e6, x, p, "extension", d, 0, -1, SLICING_0) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(e7, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null) return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(e8, x, p, "identifier", d, 0, -1, checkCareConnectObservation1Identifier) && x.c === null)
      return false;
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
    if (!vrt.many(e11, x, p, "category", d, 0, -1, checkCareConnectObservation1Category) && x.c === null) return false;
    if (!vrt.eachWith(e11, true, x, p, "category", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (!vrt.one(e12, x, p, "code", d, 1, checkCareConnectObservation1Code) && x.c === null) return false;
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
  if (vrt.bitCount(m1 & 32767) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.one(e19, x, p, "value.ofType(Quantity)", d, 0, import_Quantity.checkQuantity) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.one(e20, x, p, "value.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e20, false, x, p, "value.ofType(CodeableConcept)", vrt.checkInvariant, INVARIANT_0) && x.c === null)
      return false;
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidString(e21) && (m1 & 8) === 0)) {
      if (!vrt.prim(e21, o._valueString, x, p, "value.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(e21, false, x, p, "value.ofType(string)", vrt.checkInvariant, INVARIANT_0) && x.c === null)
      return false;
  }
  if ((m1 & 48) !== 0) {
    if (!(vrt.isValidBoolean(e22) && (m1 & 32) === 0)) {
      if (!vrt.prim(e22, o._valueBoolean, x, p, "value.ofType(boolean)", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(e22, false, x, p, "value.ofType(boolean)", vrt.checkInvariant, INVARIANT_0) && x.c === null)
      return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(e23, x, p, "value.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
    if (!vrt.eachWith(e23, false, x, p, "value.ofType(Range)", vrt.checkInvariant, INVARIANT_0) && x.c === null)
      return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.one(e24, x, p, "value.ofType(Ratio)", d, 0, import_Ratio.checkRatio) && x.c === null) return false;
    if (!vrt.eachWith(e24, false, x, p, "value.ofType(Ratio)", vrt.checkInvariant, INVARIANT_0) && x.c === null)
      return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(e25, x, p, "value.ofType(SampledData)", d, 0, import_SampledData.checkSampledData) && x.c === null) return false;
    if (!vrt.eachWith(e25, false, x, p, "value.ofType(SampledData)", vrt.checkInvariant, INVARIANT_0) && x.c === null)
      return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(e26, x, p, "value.ofType(Attachment)", d, 0, import_Attachment.checkAttachment) && x.c === null) return false;
    if (!vrt.eachWith(e26, false, x, p, "value.ofType(Attachment)", vrt.checkInvariant, INVARIANT_0) && x.c === null)
      return false;
  }
  if ((m1 & 3072) !== 0) {
    if (!(vrt.isValidTime(e27) && (m1 & 2048) === 0)) {
      if (!vrt.prim(e27, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(e27, false, x, p, "value.ofType(time)", vrt.checkInvariant, INVARIANT_0) && x.c === null)
      return false;
  }
  if ((m1 & 12288) !== 0) {
    if (!(vrt.isValidDateTime(e28) && (m1 & 8192) === 0)) {
      if (!vrt.prim(
        e28,
        o._valueDateTime,
        x,
        p,
        "value.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(e28, false, x, p, "value.ofType(dateTime)", vrt.checkInvariant, INVARIANT_0) && x.c === null)
      return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.one(e29, x, p, "value.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
    if (!vrt.eachWith(e29, false, x, p, "value.ofType(Period)", vrt.checkInvariant, INVARIANT_0) && x.c === null)
      return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.one(e30, x, p, "dataAbsentReason", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e30, false, x, p, "dataAbsentReason", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.one(e31, x, p, "interpretation", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e31, false, x, p, "interpretation", vrt.checkConcept, BINDING_4) && x.c === null) return false;
  }
  if ((m1 & 393216) !== 0) {
    if (!(vrt.isValidString(e32) && (m1 & 262144) === 0)) {
      if (!vrt.prim(e32, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.one(e33, x, p, "bodySite", d, 0, checkCareConnectObservation1BodySite) && x.c === null) return false;
  }
  if ((m1 & 1048576) !== 0) {
    if (!vrt.one(e34, x, p, "method", d, 0, checkCareConnectObservation1Method) && x.c === null) return false;
  }
  if ((m1 & 2097152) !== 0) {
    if (!vrt.one(e35, x, p, "specimen", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e35, false, x, p, "specimen", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  }
  if ((m1 & 4194304) !== 0) {
    if (!vrt.one(e36, x, p, "device", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e36, false, x, p, "device", vrt.checkReferenceTarget, TARGETS_5) && x.c === null) return false;
  }
  if ((m1 & 8388608) !== 0) {
    if (!vrt.many(e37, x, p, "referenceRange", d, 0, -1, _checkObservationReferenceRange) && x.c === null) return false;
  }
  if ((m1 & 16777216) !== 0) {
    if (!vrt.many(e38, x, p, "related", d, 0, -1, checkCareConnectObservation1Related) && x.c === null) return false;
  }
  if ((m1 & 33554432) !== 0) {
    if (!vrt.many(e39, x, p, "component", d, 0, -1, checkCareConnectObservation1Component) && x.c === null)
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
  if ((m1 & 33554432) !== 0) {
    if (!vrt.checkObs7(o, x, p) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
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
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_1) && x.c === null) return false;
    }
  }
  return true;
}
function checkCareConnectObservation1Identifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.identifier");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7;
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
      case "use":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "type":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "system":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "value":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "period":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "assigner":
        n++;
        m0 |= 1024;
        e7 = o[k];
        break;
      case "_use":
        n++;
        m0 |= 8;
        break;
      case "_system":
        n++;
        m0 |= 64;
        break;
      case "_value":
        n++;
        m0 |= 256;
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
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidCode(e2) && (m0 & 8) === 0)) {
      if (!vrt.prim(e2, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
    }
    if (!vrt.codeIn(e2, vcodes.inCodes68)) {
      if (!vrt.eachWith(e2, false, x, p, "use", vrt.checkCode, BINDING_5) && x.c === null) return false;
    }
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e3, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e3, false, x, p, "type", vrt.checkConcept, BINDING_6) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(e4) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_1) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
    if (!vrt.prim(e5, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(e6, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(e7, x, p, "assigner", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e7, false, x, p, "assigner", vrt.checkReferenceTarget, TARGETS_6) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectObservation1Category(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.category");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3;
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
      case "coding":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "text":
        n++;
        m0 |= 8;
        e3 = o[k];
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(e2, x, p, "coding", d, 0, -1, SLICING_1) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectObservation1Code(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.code");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3;
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
      case "coding":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "text":
        n++;
        m0 |= 8;
        e3 = o[k];
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(e2, x, p, "coding", d, 0, -1, SLICING_2) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectObservation1BodySite(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.bodySite");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3;
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
      case "coding":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "text":
        n++;
        m0 |= 8;
        e3 = o[k];
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(e2, x, p, "coding", d, 0, -1, SLICING_3) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectObservation1Method(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.method");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3;
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
      case "coding":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "text":
        n++;
        m0 |= 8;
        e3 = o[k];
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(e2, x, p, "coding", d, 0, -1, SLICING_4) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  return true;
}
function _checkObservationReferenceRange(v, x, p, d) {
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_6, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "low", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "high", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e5, false, x, p, "type", vrt.checkConcept, BINDING_7) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.many(e6, x, p, "appliesTo", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e7, x, p, "age", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(e8) && (m0 & 512) === 0)) {
      if (!vrt.prim(e8, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_6) && x.c === null)
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
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_2) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectObservation1Related(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.related");
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
      case "type":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "target":
        n++;
        m0 |= 32;
        e4 = o[k];
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_7, true) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._type, x, p, "type", d, 0, vrt.isValidCode, "code", OWNER_7) && x.c === null) return false;
    }
    if (!vrt.codeIn(e3, vcodes.inCodes43)) {
      if (!vrt.eachWith(e3, false, x, p, "type", vrt.checkCode, BINDING_8) && x.c === null) return false;
    }
  }
  if (!vrt.one(e4, x, p, "target", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e4, false, x, p, "target", vrt.checkReferenceTarget, TARGETS_7) && x.c === null) return false;
  return true;
}
function checkCareConnectObservation1Component(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.component");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16;
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
      case "code":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "valueQuantity":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "valueCodeableConcept":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "valueString":
        n++;
        m0 |= 64;
        e6 = o[k];
        break;
      case "valueRange":
        n++;
        m0 |= 256;
        e7 = o[k];
        break;
      case "valueRatio":
        n++;
        m0 |= 512;
        e8 = o[k];
        break;
      case "valueSampledData":
        n++;
        m0 |= 1024;
        e9 = o[k];
        break;
      case "valueAttachment":
        n++;
        m0 |= 2048;
        e10 = o[k];
        break;
      case "valueTime":
        n++;
        m0 |= 4096;
        e11 = o[k];
        break;
      case "valueDateTime":
        n++;
        m0 |= 16384;
        e12 = o[k];
        break;
      case "valuePeriod":
        n++;
        m0 |= 65536;
        e13 = o[k];
        break;
      case "dataAbsentReason":
        n++;
        m0 |= 131072;
        e14 = o[k];
        break;
      case "interpretation":
        n++;
        m0 |= 262144;
        e15 = o[k];
        break;
      case "referenceRange":
        n++;
        m0 |= 524288;
        e16 = o[k];
        break;
      case "_valueString":
        n++;
        m0 |= 128;
        break;
      case "_valueTime":
        n++;
        m0 |= 8192;
        break;
      case "_valueDateTime":
        n++;
        m0 |= 32768;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_8, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_8, true) && x.c === null) return false;
  }
  if (!vrt.one(e3, x, p, "code", d, 1, checkCareConnectObservation1ComponentCode) && x.c === null) return false;
  if (vrt.bitCount(m0 & 131056) > 1) {
    if (!vrt.checkChoice(o, CHOICE_2, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "value.ofType(Quantity)", d, 0, import_Quantity.checkQuantity) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "value.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e5, false, x, p, "value.ofType(CodeableConcept)", vrt.checkInvariant, INVARIANT_3) && x.c === null)
      return false;
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 128) === 0)) {
      if (!vrt.prim(e6, o._valueString, x, p, "value.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_8) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(e6, false, x, p, "value.ofType(string)", vrt.checkInvariant, INVARIANT_3) && x.c === null)
      return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(e7, x, p, "value.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
    if (!vrt.eachWith(e7, false, x, p, "value.ofType(Range)", vrt.checkInvariant, INVARIANT_3) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(e8, x, p, "value.ofType(Ratio)", d, 0, import_Ratio.checkRatio) && x.c === null) return false;
    if (!vrt.eachWith(e8, false, x, p, "value.ofType(Ratio)", vrt.checkInvariant, INVARIANT_3) && x.c === null)
      return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(e9, x, p, "value.ofType(SampledData)", d, 0, import_SampledData.checkSampledData) && x.c === null) return false;
    if (!vrt.eachWith(e9, false, x, p, "value.ofType(SampledData)", vrt.checkInvariant, INVARIANT_3) && x.c === null)
      return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(e10, x, p, "value.ofType(Attachment)", d, 0, import_Attachment.checkAttachment) && x.c === null) return false;
    if (!vrt.eachWith(e10, false, x, p, "value.ofType(Attachment)", vrt.checkInvariant, INVARIANT_3) && x.c === null)
      return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidTime(e11) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e11, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_8) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(e11, false, x, p, "value.ofType(time)", vrt.checkInvariant, INVARIANT_3) && x.c === null)
      return false;
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidDateTime(e12) && (m0 & 32768) === 0)) {
      if (!vrt.prim(
        e12,
        o._valueDateTime,
        x,
        p,
        "value.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_8
      ) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(e12, false, x, p, "value.ofType(dateTime)", vrt.checkInvariant, INVARIANT_3) && x.c === null)
      return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(e13, x, p, "value.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
    if (!vrt.eachWith(e13, false, x, p, "value.ofType(Period)", vrt.checkInvariant, INVARIANT_3) && x.c === null)
      return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(e14, x, p, "dataAbsentReason", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e14, false, x, p, "dataAbsentReason", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e15, x, p, "interpretation", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e15, false, x, p, "interpretation", vrt.checkConcept, BINDING_4) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.many(e16, x, p, "referenceRange", d, 0, -1, _checkObservationReferenceRange) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectObservation1CategoryCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.category.coding");
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
      case "system":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "version":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "code":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "display":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
        e6 = o[k];
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkSliced(e1, x, p, "extension", d, 0, -1, SLICING_5) && x.c === null) return false;
  }
  if (!((e2 === "http://snomed.info/sct" || vrt.isValidUri(e2)) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_9) && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "http://snomed.info/sct")) {
    if (!vrt.eachWith(e2, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(e3, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_9) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 512) === 0)) {
    if (!vrt.prim(e5, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_9) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._userSelected, x, p, "userSelected", d, 0, vrt.isValidBoolean, "boolean", OWNER_9) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectObservation1CodeCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.code.coding");
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
      case "system":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "version":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "code":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "display":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
        e6 = o[k];
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkSliced(e1, x, p, "extension", d, 0, -1, SLICING_6) && x.c === null) return false;
  }
  if (!((e2 === "http://snomed.info/sct" || vrt.isValidUri(e2)) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_10) && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "http://snomed.info/sct")) {
    if (!vrt.eachWith(e2, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(e3, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_10) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 512) === 0)) {
    if (!vrt.prim(e5, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_10) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._userSelected, x, p, "userSelected", d, 0, vrt.isValidBoolean, "boolean", OWNER_10) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectObservation1BodySiteCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.bodySite.coding");
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
      case "system":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "version":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "code":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "display":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
        e6 = o[k];
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkSliced(e1, x, p, "extension", d, 0, -1, SLICING_7) && x.c === null) return false;
  }
  if (!((e2 === "http://snomed.info/sct" || vrt.isValidUri(e2)) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_11) && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "http://snomed.info/sct")) {
    if (!vrt.eachWith(e2, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(e3, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_11) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 512) === 0)) {
    if (!vrt.prim(e5, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_11) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._userSelected, x, p, "userSelected", d, 0, vrt.isValidBoolean, "boolean", OWNER_11) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectObservation1MethodCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.method.coding");
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
      case "system":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "version":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "code":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "display":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
        e6 = o[k];
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkSliced(e1, x, p, "extension", d, 0, -1, SLICING_8) && x.c === null) return false;
  }
  if (!((e2 === "http://snomed.info/sct" || vrt.isValidUri(e2)) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_12) && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "http://snomed.info/sct")) {
    if (!vrt.eachWith(e2, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(e3, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_12) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 512) === 0)) {
    if (!vrt.prim(e5, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_12) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._userSelected, x, p, "userSelected", d, 0, vrt.isValidBoolean, "boolean", OWNER_12) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectObservation1ComponentCode(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.component.code");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3;
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
      case "coding":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "text":
        n++;
        m0 |= 8;
        e3 = o[k];
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_13, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(e2, x, p, "coding", d, 0, -1, SLICING_9) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_13) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectObservation1ComponentCodeCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.component.code.coding");
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
      case "system":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "version":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "code":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "display":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
        e6 = o[k];
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkSliced(e1, x, p, "extension", d, 0, -1, SLICING_10) && x.c === null) return false;
  }
  if (!((e2 === "http://snomed.info/sct" || vrt.isValidUri(e2)) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_14) && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "http://snomed.info/sct")) {
    if (!vrt.eachWith(e2, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(e3, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_14) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 512) === 0)) {
    if (!vrt.prim(e5, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_14) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._userSelected, x, p, "userSelected", d, 0, vrt.isValidBoolean, "boolean", OWNER_14) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateCareConnectObservation1(value, options) {
  return vrt.validateWith(value, "Observation", checkCareConnectObservation1, true, options, REGISTRY_0);
}
function isCareConnectObservation1(value, options) {
  return vrt.testWith(value, checkCareConnectObservation1, true, options, REGISTRY_0);
}
function buildCareConnectObservation1(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    {
      resourceType: "Observation",
      profile: "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Observation-1"
    },
    isCareConnectObservation1,
    validateCareConnectObservation1,
    "CareConnectObservation1"
  );
}
function buildCareConnectObservation1CategoryCodingSnomedCT(input) {
  return (0, import_fill.fillPart)(input, { set: { system: "http://snomed.info/sct" } });
}
function buildCareConnectObservation1CodeCodingSnomedCT(input) {
  return (0, import_fill.fillPart)(input, { set: { system: "http://snomed.info/sct" } });
}
function buildCareConnectObservation1BodySiteCodingSnomedCT(input) {
  return (0, import_fill.fillPart)(input, { set: { system: "http://snomed.info/sct" } });
}
function buildCareConnectObservation1MethodCodingSnomedCT(input) {
  return (0, import_fill.fillPart)(input, { set: { system: "http://snomed.info/sct" } });
}
function buildCareConnectObservation1ComponentCodeCodingSnomedCT(input) {
  return (0, import_fill.fillPart)(input, {
    set: { system: "http://snomed.info/sct" }
  });
}
