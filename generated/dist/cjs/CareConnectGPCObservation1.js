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
var CareConnectGPCObservation1_exports = {};
__export(CareConnectGPCObservation1_exports, {
  buildCareConnectGPCObservation1: () => buildCareConnectGPCObservation1,
  buildCareConnectGPCObservation1BodySiteCodingSnomedCT: () => buildCareConnectGPCObservation1BodySiteCodingSnomedCT,
  buildCareConnectGPCObservation1CategoryCodingSnomedCT: () => buildCareConnectGPCObservation1CategoryCodingSnomedCT,
  buildCareConnectGPCObservation1CodeCodingSnomedCT: () => buildCareConnectGPCObservation1CodeCodingSnomedCT,
  buildCareConnectGPCObservation1ComponentCodeCodingSnomedCT: () => buildCareConnectGPCObservation1ComponentCodeCodingSnomedCT,
  buildCareConnectGPCObservation1MethodCodingSnomedCT: () => buildCareConnectGPCObservation1MethodCodingSnomedCT,
  checkCareConnectGPCObservation1: () => checkCareConnectGPCObservation1,
  checkCareConnectGPCObservation1BodySite: () => checkCareConnectGPCObservation1BodySite,
  checkCareConnectGPCObservation1BodySiteCodingSnomedCT: () => checkCareConnectGPCObservation1BodySiteCodingSnomedCT,
  checkCareConnectGPCObservation1Category: () => checkCareConnectGPCObservation1Category,
  checkCareConnectGPCObservation1CategoryCodingSnomedCT: () => checkCareConnectGPCObservation1CategoryCodingSnomedCT,
  checkCareConnectGPCObservation1Code: () => checkCareConnectGPCObservation1Code,
  checkCareConnectGPCObservation1CodeCodingSnomedCT: () => checkCareConnectGPCObservation1CodeCodingSnomedCT,
  checkCareConnectGPCObservation1Component: () => checkCareConnectGPCObservation1Component,
  checkCareConnectGPCObservation1ComponentCode: () => checkCareConnectGPCObservation1ComponentCode,
  checkCareConnectGPCObservation1ComponentCodeCodingSnomedCT: () => checkCareConnectGPCObservation1ComponentCodeCodingSnomedCT,
  checkCareConnectGPCObservation1Identifier: () => checkCareConnectGPCObservation1Identifier,
  checkCareConnectGPCObservation1Meta: () => checkCareConnectGPCObservation1Meta,
  checkCareConnectGPCObservation1Method: () => checkCareConnectGPCObservation1Method,
  checkCareConnectGPCObservation1MethodCodingSnomedCT: () => checkCareConnectGPCObservation1MethodCodingSnomedCT,
  checkCareConnectGPCObservation1Related: () => checkCareConnectGPCObservation1Related,
  isCareConnectGPCObservation1: () => isCareConnectGPCObservation1,
  validateCareConnectGPCObservation1: () => validateCareConnectGPCObservation1
});
module.exports = __toCommonJS(CareConnectGPCObservation1_exports);
var import_Attachment = require("./Attachment.js");
var import_CareConnectQuantity1 = require("./CareConnectQuantity1.js");
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Coding = require("./Coding.js");
var import_ExtensionCareConnectGPCReasonCondition1 = require("./ExtensionCareConnectGPCReasonCondition1.js");
var import_ExtensionCodingSctdescid2 = require("./ExtensionCodingSctdescid2.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
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
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ReasonCondition-1",
      check: (v, x, q, d) => (0, import_ExtensionCareConnectGPCReasonCondition1.checkExtensionCareConnectGPCReasonCondition1)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.url) {
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ReasonCondition-1":
        return 0;
    }
    return -1;
  }
};
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
const TARGETS_0 = ["Patient"];
const TARGETS_1 = ["Encounter"];
const CHOICE_0 = vrt.choiceVariants(["effectiveDateTime", "effectivePeriod"]);
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
  has: vcodes.inCodings105,
  strength: "extensible",
  valueSet: "https://fhir.nhs.uk/STU3/ValueSet/CareConnect-ObservationInterpretation-1"
};
const TARGETS_2 = ["Specimen"];
const TARGETS_3 = ["Device", "DeviceMetric"];
const INVARIANT_1 = vrt.invariant({
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
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpSizeOfValue(o["_dataAbsentReason"], o["dataAbsentReason"]) === 0,
    vrt.fpSizeOfChoice(n, CHOICE_KEYS_0) === 0
  );
};
const TRANSLATED_0 = { inv: INVARIANT_1, fn: FHIRPATH_0 };
const OWNER_1 = { paths: ["Observation.meta", "Meta"], type: "Meta", exact: true };
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/security-labels",
  reason: "a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server"
};
const OWNER_2 = {
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
const TARGETS_4 = ["Organization"];
const OWNER_3 = {
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
      match: (v, x, d) => vrt.isObject(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectGPCObservation1CategoryCodingSnomedCT(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.system) {
      case "http://snomed.info/sct":
        return 0;
    }
    return -1;
  }
};
const OWNER_4 = {
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
      match: (v, x, d) => vrt.isObject(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectGPCObservation1CodeCodingSnomedCT(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.system) {
      case "http://snomed.info/sct":
        return 0;
    }
    return -1;
  }
};
const OWNER_5 = {
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
      match: (v, x, d) => vrt.isObject(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectGPCObservation1BodySiteCodingSnomedCT(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.system) {
      case "http://snomed.info/sct":
        return 0;
    }
    return -1;
  }
};
const OWNER_6 = {
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
      match: (v, x, d) => vrt.isObject(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectGPCObservation1MethodCodingSnomedCT(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.system) {
      case "http://snomed.info/sct":
        return 0;
    }
    return -1;
  }
};
const OWNER_7 = { paths: ["Observation.referenceRange"], type: "BackboneElement", exact: true };
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
const FHIRPATH_1 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpOr3(vrt.fpSizeOfValue(o["_low"], o["low"]) > 0, vrt.fpSizeOfValue(o["_high"], o["high"]) > 0),
    vrt.fpSizeOfValue(o["_text"], o["text"]) > 0
  );
};
const TRANSLATED_1 = { inv: INVARIANT_2, fn: FHIRPATH_1 };
const OWNER_8 = { paths: ["Observation.related"], type: "BackboneElement", exact: true };
const BINDING_8 = {
  has: vcodes.inCodes43,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/observation-relationshiptypes"
};
const TARGETS_5 = ["Observation", "QuestionnaireResponse", "Sequence"];
const OWNER_9 = { paths: ["Observation.component"], type: "BackboneElement", exact: true };
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
const BINDING_9 = {
  has: vcodes.inCodings41,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/observation-interpretation"
};
const OWNER_10 = { paths: ["Observation.category.coding", "Coding"], type: "Coding", exact: true };
const EXTENSION_1 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_10, false);
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
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => (0, import_ExtensionCodingSctdescid2.checkExtensionCodingSctdescid2)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.url) {
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const OWNER_11 = { paths: ["Observation.code.coding", "Coding"], type: "Coding", exact: true };
const EXTENSION_2 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_11, false);
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
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => (0, import_ExtensionCodingSctdescid2.checkExtensionCodingSctdescid2)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.url) {
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const OWNER_12 = { paths: ["Observation.bodySite.coding", "Coding"], type: "Coding", exact: true };
const EXTENSION_3 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_12, false);
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
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => (0, import_ExtensionCodingSctdescid2.checkExtensionCodingSctdescid2)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.url) {
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const OWNER_13 = { paths: ["Observation.method.coding", "Coding"], type: "Coding", exact: true };
const EXTENSION_4 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_13, false);
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
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => (0, import_ExtensionCodingSctdescid2.checkExtensionCodingSctdescid2)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.url) {
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const OWNER_14 = {
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
      match: (v, x, d) => vrt.isObject(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectGPCObservation1ComponentCodeCodingSnomedCT(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.system) {
      case "http://snomed.info/sct":
        return 0;
    }
    return -1;
  }
};
const OWNER_15 = {
  paths: ["Observation.component.code.coding", "Coding"],
  type: "Coding",
  exact: true
};
const EXTENSION_5 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_15, false);
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
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => (0, import_ExtensionCodingSctdescid2.checkExtensionCodingSctdescid2)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.url) {
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Observation-1",
      check: checkCareConnectGPCObservation1,
      type: "Observation",
      base: false
    }
  ],
  extensions: [
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ReasonCondition-1",
      check: import_ExtensionCareConnectGPCReasonCondition1.checkExtensionCareConnectGPCReasonCondition1,
      contexts: ["Observation", "Procedure", "MedicationStatement", "MedicationRequest"],
      contextTypes: ["MedicationRequest", "MedicationStatement", "Observation", "Procedure"]
    },
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: import_ExtensionCodingSctdescid2.checkExtensionCodingSctdescid2,
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
        "Medication",
        "DocumentReference"
      ],
      contextTypes: [
        "AllergyIntolerance",
        "Condition",
        "DocumentReference",
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
function checkCareConnectGPCObservation1(v, x, p, d) {
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
        m1 |= 1;
        break;
      case "valueCodeableConcept":
        m1 |= 2;
        break;
      case "valueString":
        m1 |= 4;
        break;
      case "valueBoolean":
        m1 |= 16;
        break;
      case "valueRange":
        m1 |= 64;
        break;
      case "valueRatio":
        m1 |= 128;
        break;
      case "valueSampledData":
        m1 |= 256;
        break;
      case "valueAttachment":
        m1 |= 512;
        break;
      case "valueTime":
        m1 |= 1024;
        break;
      case "valueDateTime":
        m1 |= 4096;
        break;
      case "valuePeriod":
        m1 |= 16384;
        break;
      case "dataAbsentReason":
        m1 |= 32768;
        break;
      case "interpretation":
        m1 |= 65536;
        break;
      case "comment":
        m1 |= 131072;
        break;
      case "bodySite":
        m1 |= 524288;
        break;
      case "method":
        m1 |= 1048576;
        break;
      case "specimen":
        m1 |= 2097152;
        break;
      case "device":
        m1 |= 4194304;
        break;
      case "referenceRange":
        m1 |= 8388608;
        break;
      case "related":
        m1 |= 16777216;
        break;
      case "component":
        m1 |= 33554432;
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
    if (!(vrt.isValidId(o.id) && (m0 & 2) === 0)) {
      if (!vrt.prim(o.id, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(o.meta, x, p, "meta", d, 0, checkCareConnectGPCObservation1Meta) && x.c === null) return false;
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
    if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_0) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if (!vrt.many(o.identifier, x, p, "identifier", d, 1, -1, checkCareConnectGPCObservation1Identifier) && x.c === null)
    return false;
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(o.basedOn, x, p, "basedOn", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.status) && (m0 & 16384) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes36)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.many(o.category, x, p, "category", d, 0, -1, checkCareConnectGPCObservation1Category) && x.c === null)
      return false;
    if (!vrt.eachWith(o.category, true, x, p, "category", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (!vrt.one(o.code, x, p, "code", d, 1, checkCareConnectGPCObservation1Code) && x.c === null) return false;
  if (!vrt.one(o.subject, x, p, "subject", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
    return false;
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.context, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 3670016) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "effective", 0) && x.c === null) return false;
  }
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
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(o.effectivePeriod, x, p, "effective.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if (!(vrt.isValidInstant(o.issued) && (m0 & 8388608) === 0)) {
    if (!vrt.prim(o.issued, o._issued, x, p, "issued", d, 1, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.many(o.performer, x, p, "performer", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
  }
  if (vrt.bitCount(m1 & 32767) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, import_CareConnectQuantity1.checkCareConnectQuantity1) && x.c === null)
      return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.valueCodeableConcept,
      false,
      x,
      p,
      "value.ofType(CodeableConcept)",
      vrt.checkInvariant,
      INVARIANT_0
    ) && x.c === null)
      return false;
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidString(o.valueString) && (m1 & 8) === 0)) {
      if (!vrt.prim(
        o.valueString,
        o._valueString,
        x,
        p,
        "value.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_0
      ) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.valueString, false, x, p, "value.ofType(string)", vrt.checkInvariant, INVARIANT_0) && x.c === null)
      return false;
  }
  if ((m1 & 48) !== 0) {
    if (!(vrt.isValidBoolean(o.valueBoolean) && (m1 & 32) === 0)) {
      if (!vrt.prim(
        o.valueBoolean,
        o._valueBoolean,
        x,
        p,
        "value.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.valueBoolean, false, x, p, "value.ofType(boolean)", vrt.checkInvariant, INVARIANT_0) && x.c === null)
      return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(o.valueRange, x, p, "value.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
    if (!vrt.eachWith(o.valueRange, false, x, p, "value.ofType(Range)", vrt.checkInvariant, INVARIANT_0) && x.c === null)
      return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.one(o.valueRatio, x, p, "value.ofType(Ratio)", d, 0, import_Ratio.checkRatio) && x.c === null) return false;
    if (!vrt.eachWith(o.valueRatio, false, x, p, "value.ofType(Ratio)", vrt.checkInvariant, INVARIANT_0) && x.c === null)
      return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(o.valueSampledData, x, p, "value.ofType(SampledData)", d, 0, import_SampledData.checkSampledData) && x.c === null)
      return false;
    if (!vrt.eachWith(o.valueSampledData, false, x, p, "value.ofType(SampledData)", vrt.checkInvariant, INVARIANT_0) && x.c === null)
      return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(o.valueAttachment, x, p, "value.ofType(Attachment)", d, 0, import_Attachment.checkAttachment) && x.c === null)
      return false;
    if (!vrt.eachWith(o.valueAttachment, false, x, p, "value.ofType(Attachment)", vrt.checkInvariant, INVARIANT_0) && x.c === null)
      return false;
  }
  if ((m1 & 3072) !== 0) {
    if (!(vrt.isValidTime(o.valueTime) && (m1 & 2048) === 0)) {
      if (!vrt.prim(o.valueTime, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.valueTime, false, x, p, "value.ofType(time)", vrt.checkInvariant, INVARIANT_0) && x.c === null)
      return false;
  }
  if ((m1 & 12288) !== 0) {
    if (!(vrt.isValidDateTime(o.valueDateTime) && (m1 & 8192) === 0)) {
      if (!vrt.prim(
        o.valueDateTime,
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
    if (!vrt.eachWith(o.valueDateTime, false, x, p, "value.ofType(dateTime)", vrt.checkInvariant, INVARIANT_0) && x.c === null)
      return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.one(o.valuePeriod, x, p, "value.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
    if (!vrt.eachWith(o.valuePeriod, false, x, p, "value.ofType(Period)", vrt.checkInvariant, INVARIANT_0) && x.c === null)
      return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.one(o.dataAbsentReason, x, p, "dataAbsentReason", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
    if (!vrt.eachWith(o.dataAbsentReason, false, x, p, "dataAbsentReason", vrt.checkConcept, BINDING_3) && x.c === null)
      return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.one(o.interpretation, x, p, "interpretation", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.interpretation, false, x, p, "interpretation", vrt.checkConcept, BINDING_4) && x.c === null)
      return false;
  }
  if ((m1 & 393216) !== 0) {
    if (!(vrt.isValidString(o.comment) && (m1 & 262144) === 0)) {
      if (!vrt.prim(o.comment, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.one(o.bodySite, x, p, "bodySite", d, 0, checkCareConnectGPCObservation1BodySite) && x.c === null)
      return false;
  }
  if ((m1 & 1048576) !== 0) {
    if (!vrt.one(o.method, x, p, "method", d, 0, checkCareConnectGPCObservation1Method) && x.c === null) return false;
  }
  if ((m1 & 2097152) !== 0) {
    if (!vrt.one(o.specimen, x, p, "specimen", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.specimen, false, x, p, "specimen", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m1 & 4194304) !== 0) {
    if (!vrt.one(o.device, x, p, "device", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.device, false, x, p, "device", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m1 & 8388608) !== 0) {
    if (!vrt.many(o.referenceRange, x, p, "referenceRange", d, 0, -1, _checkObservationReferenceRange) && x.c === null)
      return false;
  }
  if ((m1 & 16777216) !== 0) {
    if (!vrt.many(o.related, x, p, "related", d, 0, -1, checkCareConnectGPCObservation1Related) && x.c === null)
      return false;
  }
  if ((m1 & 33554432) !== 0) {
    if (!vrt.many(o.component, x, p, "component", d, 0, -1, checkCareConnectGPCObservation1Component) && x.c === null)
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
    if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCObservation1Meta(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.meta");
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
      case "versionId":
        n++;
        m0 |= 4;
        break;
      case "lastUpdated":
        n++;
        m0 |= 16;
        break;
      case "profile":
        n++;
        m0 |= 64;
        break;
      case "security":
        n++;
        m0 |= 256;
        break;
      case "tag":
        n++;
        m0 |= 512;
        break;
      case "_versionId":
        n++;
        m0 |= 8;
        break;
      case "_lastUpdated":
        n++;
        m0 |= 32;
        break;
      case "_profile":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidId(o.versionId) && (m0 & 8) === 0)) {
      if (!vrt.prim(o.versionId, o._versionId, x, p, "versionId", d, 0, vrt.isValidId, "id", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidInstant(o.lastUpdated) && (m0 & 32) === 0)) {
      if (!vrt.prim(o.lastUpdated, o._lastUpdated, x, p, "lastUpdated", d, 0, vrt.isValidInstant, "instant", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!vrt.prims(o.profile, o._profile, x, p, "profile", d, 1, -1, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
    return false;
  if ((m0 & 256) !== 0) {
    if (!vrt.many(o.security, x, p, "security", d, 0, -1, import_Coding.checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(o.security, true, x, p, "security", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.many(o.tag, x, p, "tag", d, 0, -1, import_Coding.checkCoding) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCObservation1Identifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.identifier");
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
      case "use":
        n++;
        m0 |= 4;
        break;
      case "type":
        n++;
        m0 |= 16;
        break;
      case "system":
        n++;
        m0 |= 32;
        break;
      case "value":
        n++;
        m0 |= 128;
        break;
      case "period":
        n++;
        m0 |= 512;
        break;
      case "assigner":
        n++;
        m0 |= 1024;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidCode(o.use) && (m0 & 8) === 0)) {
      if (!vrt.prim(o.use, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_2) && x.c === null) return false;
    }
    if (!vrt.codeIn(o.use, vcodes.inCodes68)) {
      if (!vrt.eachWith(o.use, false, x, p, "use", vrt.checkCode, BINDING_5) && x.c === null) return false;
    }
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkConcept, BINDING_6) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(o.system) && (m0 & 64) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_2) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(o.value) && (m0 & 256) === 0)) {
    if (!vrt.prim(o.value, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_2) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(o.assigner, x, p, "assigner", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.assigner, false, x, p, "assigner", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectGPCObservation1Category(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.category");
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(o.coding, x, p, "coding", d, 0, -1, SLICING_1) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.text) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCObservation1Code(v, x, p, d) {
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(o.coding, x, p, "coding", d, 0, -1, SLICING_2) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.text) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCObservation1BodySite(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.bodySite");
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(o.coding, x, p, "coding", d, 0, -1, SLICING_3) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.text) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCObservation1Method(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.method");
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(o.coding, x, p, "coding", d, 0, -1, SLICING_4) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.text) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_6) && x.c === null)
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
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkConcept, BINDING_7) && x.c === null) return false;
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
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_1) && x.c === null) return false;
  return true;
}
function checkCareConnectGPCObservation1Related(v, x, p, d) {
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_8, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_8, true) && x.c === null)
      return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidCode(o.type) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.type, o._type, x, p, "type", d, 0, vrt.isValidCode, "code", OWNER_8) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.type, vcodes.inCodes43)) {
      if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_8) && x.c === null) return false;
    }
  }
  if (!vrt.one(o.target, x, p, "target", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.target, false, x, p, "target", vrt.checkReferenceTarget, TARGETS_5) && x.c === null) return false;
  return true;
}
function checkCareConnectGPCObservation1Component(v, x, p, d) {
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
      case "valueCodeableConcept":
        n++;
        m0 |= 32;
        break;
      case "valueString":
        n++;
        m0 |= 64;
        break;
      case "valueRange":
        n++;
        m0 |= 256;
        break;
      case "valueRatio":
        n++;
        m0 |= 512;
        break;
      case "valueSampledData":
        n++;
        m0 |= 1024;
        break;
      case "valueAttachment":
        n++;
        m0 |= 2048;
        break;
      case "valueTime":
        n++;
        m0 |= 4096;
        break;
      case "valueDateTime":
        n++;
        m0 |= 16384;
        break;
      case "valuePeriod":
        n++;
        m0 |= 65536;
        break;
      case "dataAbsentReason":
        n++;
        m0 |= 131072;
        break;
      case "interpretation":
        n++;
        m0 |= 262144;
        break;
      case "referenceRange":
        n++;
        m0 |= 524288;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_9, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_9, true) && x.c === null)
      return false;
  }
  if (!vrt.one(o.code, x, p, "code", d, 1, checkCareConnectGPCObservation1ComponentCode) && x.c === null) return false;
  if (vrt.bitCount(m0 & 131056) > 1) {
    if (!vrt.checkChoice(o, CHOICE_2, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, import_CareConnectQuantity1.checkCareConnectQuantity1) && x.c === null)
      return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.valueCodeableConcept,
      false,
      x,
      p,
      "value.ofType(CodeableConcept)",
      vrt.checkInvariant,
      INVARIANT_3
    ) && x.c === null)
      return false;
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidString(o.valueString) && (m0 & 128) === 0)) {
      if (!vrt.prim(
        o.valueString,
        o._valueString,
        x,
        p,
        "value.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_9
      ) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.valueString, false, x, p, "value.ofType(string)", vrt.checkInvariant, INVARIANT_3) && x.c === null)
      return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(o.valueRange, x, p, "value.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
    if (!vrt.eachWith(o.valueRange, false, x, p, "value.ofType(Range)", vrt.checkInvariant, INVARIANT_3) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(o.valueRatio, x, p, "value.ofType(Ratio)", d, 0, import_Ratio.checkRatio) && x.c === null) return false;
    if (!vrt.eachWith(o.valueRatio, false, x, p, "value.ofType(Ratio)", vrt.checkInvariant, INVARIANT_3) && x.c === null)
      return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(o.valueSampledData, x, p, "value.ofType(SampledData)", d, 0, import_SampledData.checkSampledData) && x.c === null)
      return false;
    if (!vrt.eachWith(o.valueSampledData, false, x, p, "value.ofType(SampledData)", vrt.checkInvariant, INVARIANT_3) && x.c === null)
      return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(o.valueAttachment, x, p, "value.ofType(Attachment)", d, 0, import_Attachment.checkAttachment) && x.c === null)
      return false;
    if (!vrt.eachWith(o.valueAttachment, false, x, p, "value.ofType(Attachment)", vrt.checkInvariant, INVARIANT_3) && x.c === null)
      return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidTime(o.valueTime) && (m0 & 8192) === 0)) {
      if (!vrt.prim(o.valueTime, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_9) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.valueTime, false, x, p, "value.ofType(time)", vrt.checkInvariant, INVARIANT_3) && x.c === null)
      return false;
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidDateTime(o.valueDateTime) && (m0 & 32768) === 0)) {
      if (!vrt.prim(
        o.valueDateTime,
        o._valueDateTime,
        x,
        p,
        "value.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_9
      ) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.valueDateTime, false, x, p, "value.ofType(dateTime)", vrt.checkInvariant, INVARIANT_3) && x.c === null)
      return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(o.valuePeriod, x, p, "value.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
    if (!vrt.eachWith(o.valuePeriod, false, x, p, "value.ofType(Period)", vrt.checkInvariant, INVARIANT_3) && x.c === null)
      return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(o.dataAbsentReason, x, p, "dataAbsentReason", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
    if (!vrt.eachWith(o.dataAbsentReason, false, x, p, "dataAbsentReason", vrt.checkConcept, BINDING_3) && x.c === null)
      return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(o.interpretation, x, p, "interpretation", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.interpretation, false, x, p, "interpretation", vrt.checkConcept, BINDING_9) && x.c === null)
      return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.many(o.referenceRange, x, p, "referenceRange", d, 0, -1, _checkObservationReferenceRange) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectGPCObservation1CategoryCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.category.coding");
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
    if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_5) && x.c === null) return false;
  }
  if (!((o.system === "http://snomed.info/sct" || vrt.isValidUri(o.system)) && (m0 & 8) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_10) && x.c === null)
      return false;
  }
  if (!(o.system === void 0 || o.system === "http://snomed.info/sct")) {
    if (!vrt.eachWith(o.system, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(o.version, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.code) && (m0 & 128) === 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_10) && x.c === null) return false;
  }
  if (!(vrt.isValidString(o.display) && (m0 & 512) === 0)) {
    if (!vrt.prim(o.display, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_10) && x.c === null)
      return false;
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
        OWNER_10
      ) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCObservation1CodeCodingSnomedCT(v, x, p, d) {
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
    if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_6) && x.c === null) return false;
  }
  if (!((o.system === "http://snomed.info/sct" || vrt.isValidUri(o.system)) && (m0 & 8) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_11) && x.c === null)
      return false;
  }
  if (!(o.system === void 0 || o.system === "http://snomed.info/sct")) {
    if (!vrt.eachWith(o.system, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(o.version, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.code) && (m0 & 128) === 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_11) && x.c === null) return false;
  }
  if (!(vrt.isValidString(o.display) && (m0 & 512) === 0)) {
    if (!vrt.prim(o.display, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_11) && x.c === null)
      return false;
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
        OWNER_11
      ) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCObservation1BodySiteCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.bodySite.coding");
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
    if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_7) && x.c === null) return false;
  }
  if (!((o.system === "http://snomed.info/sct" || vrt.isValidUri(o.system)) && (m0 & 8) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_12) && x.c === null)
      return false;
  }
  if (!(o.system === void 0 || o.system === "http://snomed.info/sct")) {
    if (!vrt.eachWith(o.system, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(o.version, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.code) && (m0 & 128) === 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_12) && x.c === null) return false;
  }
  if (!(vrt.isValidString(o.display) && (m0 & 512) === 0)) {
    if (!vrt.prim(o.display, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_12) && x.c === null)
      return false;
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
        OWNER_12
      ) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCObservation1MethodCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.method.coding");
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
    if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_8) && x.c === null) return false;
  }
  if (!((o.system === "http://snomed.info/sct" || vrt.isValidUri(o.system)) && (m0 & 8) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_13) && x.c === null)
      return false;
  }
  if (!(o.system === void 0 || o.system === "http://snomed.info/sct")) {
    if (!vrt.eachWith(o.system, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(o.version, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.code) && (m0 & 128) === 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_13) && x.c === null) return false;
  }
  if (!(vrt.isValidString(o.display) && (m0 & 512) === 0)) {
    if (!vrt.prim(o.display, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_13) && x.c === null)
      return false;
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
        OWNER_13
      ) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCObservation1ComponentCode(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.component.code");
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_14, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(o.coding, x, p, "coding", d, 0, -1, SLICING_9) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.text) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_14) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCObservation1ComponentCodeCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.component.code.coding");
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
    if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_10) && x.c === null) return false;
  }
  if (!((o.system === "http://snomed.info/sct" || vrt.isValidUri(o.system)) && (m0 & 8) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_15) && x.c === null)
      return false;
  }
  if (!(o.system === void 0 || o.system === "http://snomed.info/sct")) {
    if (!vrt.eachWith(o.system, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(o.version, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.code) && (m0 & 128) === 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_15) && x.c === null) return false;
  }
  if (!(vrt.isValidString(o.display) && (m0 & 512) === 0)) {
    if (!vrt.prim(o.display, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_15) && x.c === null)
      return false;
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
        OWNER_15
      ) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateCareConnectGPCObservation1(value, options) {
  return vrt.validateWith(value, "Observation", checkCareConnectGPCObservation1, true, options, REGISTRY_0);
}
function isCareConnectGPCObservation1(value, options) {
  return vrt.testWith(value, checkCareConnectGPCObservation1, true, options, REGISTRY_0);
}
function buildCareConnectGPCObservation1(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    {
      resourceType: "Observation",
      profile: "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-Observation-1"
    },
    isCareConnectGPCObservation1,
    validateCareConnectGPCObservation1,
    "CareConnectGPCObservation1"
  );
}
function buildCareConnectGPCObservation1CategoryCodingSnomedCT(input) {
  return (0, import_fill.fillPart)(input, {
    set: { system: "http://snomed.info/sct" }
  });
}
function buildCareConnectGPCObservation1CodeCodingSnomedCT(input) {
  return (0, import_fill.fillPart)(input, { set: { system: "http://snomed.info/sct" } });
}
function buildCareConnectGPCObservation1BodySiteCodingSnomedCT(input) {
  return (0, import_fill.fillPart)(input, {
    set: { system: "http://snomed.info/sct" }
  });
}
function buildCareConnectGPCObservation1MethodCodingSnomedCT(input) {
  return (0, import_fill.fillPart)(input, { set: { system: "http://snomed.info/sct" } });
}
function buildCareConnectGPCObservation1ComponentCodeCodingSnomedCT(input) {
  return (0, import_fill.fillPart)(input, {
    set: { system: "http://snomed.info/sct" }
  });
}
