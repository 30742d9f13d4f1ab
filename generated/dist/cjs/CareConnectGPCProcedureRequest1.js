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
var CareConnectGPCProcedureRequest1_exports = {};
__export(CareConnectGPCProcedureRequest1_exports, {
  buildCareConnectGPCProcedureRequest1: () => buildCareConnectGPCProcedureRequest1,
  buildCareConnectGPCProcedureRequest1BodySiteCodingSnomedCT: () => buildCareConnectGPCProcedureRequest1BodySiteCodingSnomedCT,
  buildCareConnectGPCProcedureRequest1BodySiteCodingSnomedCTSnomedCTDescriptionID: () => buildCareConnectGPCProcedureRequest1BodySiteCodingSnomedCTSnomedCTDescriptionID,
  buildCareConnectGPCProcedureRequest1CategoryCodingSnomedCT: () => buildCareConnectGPCProcedureRequest1CategoryCodingSnomedCT,
  buildCareConnectGPCProcedureRequest1CategoryCodingSnomedCTSnomedCTDescriptionID: () => buildCareConnectGPCProcedureRequest1CategoryCodingSnomedCTSnomedCTDescriptionID,
  buildCareConnectGPCProcedureRequest1CodeCodingSnomedCT: () => buildCareConnectGPCProcedureRequest1CodeCodingSnomedCT,
  buildCareConnectGPCProcedureRequest1CodeCodingSnomedCTSnomedCTDescriptionID: () => buildCareConnectGPCProcedureRequest1CodeCodingSnomedCTSnomedCTDescriptionID,
  buildCareConnectGPCProcedureRequest1ReasonCodeCodingSnomedCT: () => buildCareConnectGPCProcedureRequest1ReasonCodeCodingSnomedCT,
  buildCareConnectGPCProcedureRequest1ReasonCodeCodingSnomedCTSnomedCTDescriptionID: () => buildCareConnectGPCProcedureRequest1ReasonCodeCodingSnomedCTSnomedCTDescriptionID,
  checkCareConnectGPCProcedureRequest1: () => checkCareConnectGPCProcedureRequest1,
  checkCareConnectGPCProcedureRequest1BodySite: () => checkCareConnectGPCProcedureRequest1BodySite,
  checkCareConnectGPCProcedureRequest1BodySiteCodingSnomedCT: () => checkCareConnectGPCProcedureRequest1BodySiteCodingSnomedCT,
  checkCareConnectGPCProcedureRequest1BodySiteCodingSnomedCTSnomedCTDescriptionID: () => checkCareConnectGPCProcedureRequest1BodySiteCodingSnomedCTSnomedCTDescriptionID,
  checkCareConnectGPCProcedureRequest1Category: () => checkCareConnectGPCProcedureRequest1Category,
  checkCareConnectGPCProcedureRequest1CategoryCodingSnomedCT: () => checkCareConnectGPCProcedureRequest1CategoryCodingSnomedCT,
  checkCareConnectGPCProcedureRequest1CategoryCodingSnomedCTSnomedCTDescriptionID: () => checkCareConnectGPCProcedureRequest1CategoryCodingSnomedCTSnomedCTDescriptionID,
  checkCareConnectGPCProcedureRequest1Code: () => checkCareConnectGPCProcedureRequest1Code,
  checkCareConnectGPCProcedureRequest1CodeCodingSnomedCT: () => checkCareConnectGPCProcedureRequest1CodeCodingSnomedCT,
  checkCareConnectGPCProcedureRequest1CodeCodingSnomedCTSnomedCTDescriptionID: () => checkCareConnectGPCProcedureRequest1CodeCodingSnomedCTSnomedCTDescriptionID,
  checkCareConnectGPCProcedureRequest1Identifier: () => checkCareConnectGPCProcedureRequest1Identifier,
  checkCareConnectGPCProcedureRequest1Meta: () => checkCareConnectGPCProcedureRequest1Meta,
  checkCareConnectGPCProcedureRequest1Note: () => checkCareConnectGPCProcedureRequest1Note,
  checkCareConnectGPCProcedureRequest1ReasonCode: () => checkCareConnectGPCProcedureRequest1ReasonCode,
  checkCareConnectGPCProcedureRequest1ReasonCodeCodingSnomedCT: () => checkCareConnectGPCProcedureRequest1ReasonCodeCodingSnomedCT,
  checkCareConnectGPCProcedureRequest1ReasonCodeCodingSnomedCTSnomedCTDescriptionID: () => checkCareConnectGPCProcedureRequest1ReasonCodeCodingSnomedCTSnomedCTDescriptionID,
  checkCareConnectGPCProcedureRequest1Requester: () => checkCareConnectGPCProcedureRequest1Requester,
  checkCareConnectGPCProcedureRequest1Requisition: () => checkCareConnectGPCProcedureRequest1Requisition,
  isCareConnectGPCProcedureRequest1: () => isCareConnectGPCProcedureRequest1,
  validateCareConnectGPCProcedureRequest1: () => validateCareConnectGPCProcedureRequest1
});
module.exports = __toCommonJS(CareConnectGPCProcedureRequest1_exports);
var import_Address = require("./Address.js");
var import_Age = require("./Age.js");
var import_Annotation = require("./Annotation.js");
var import_Attachment = require("./Attachment.js");
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Coding = require("./Coding.js");
var import_ContactPoint = require("./ContactPoint.js");
var import_Count = require("./Count.js");
var import_Distance = require("./Distance.js");
var import_Duration = require("./Duration.js");
var import_HumanName = require("./HumanName.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Money = require("./Money.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Quantity = require("./Quantity.js");
var import_Range = require("./Range.js");
var import_Ratio = require("./Ratio.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var import_SampledData = require("./SampledData.js");
var import_Signature = require("./Signature.js");
var import_Timing = require("./Timing.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["ProcedureRequest"], type: "ProcedureRequest", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = ["ActivityDefinition", "PlanDefinition"];
const BINDING_1 = {
  has: vcodes.inCodes116,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/request-status"
};
const OCCURRENCE_0 = (v, x, q) => {
  let ok = true;
  if (!vrt.checkFixed(v, x, q, "active")) {
    if (x.c === null) return false;
    ok = false;
  }
  if (!vrt.checkCode(v, x, q, BINDING_1)) {
    if (x.c === null) return false;
    ok = false;
  }
  return ok;
};
const BINDING_2 = {
  has: vcodes.inCodes117,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/request-intent"
};
const BINDING_3 = {
  has: vcodes.inCodes97,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/request-priority"
};
const TARGETS_1 = ["Device", "Location", "Patient"];
const CHOICE_0 = vrt.choiceVariants([
  "occurrenceDateTime",
  "occurrencePeriod",
  "occurrenceTiming"
]);
const CHOICE_1 = vrt.choiceVariants(["asNeededBoolean", "asNeededCodeableConcept"]);
const TARGETS_2 = ["Organization", "Practitioner"];
const TARGETS_3 = ["Condition", "Observation"];
const TARGETS_4 = ["Observation"];
const TARGETS_5 = ["Specimen"];
const TARGETS_6 = ["Provenance"];
const OWNER_1 = { paths: ["ProcedureRequest.meta", "Meta"], type: "Meta", exact: true };
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/security-labels",
  reason: "a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server"
};
const OWNER_2 = {
  paths: ["ProcedureRequest.identifier", "Identifier"],
  type: "Identifier",
  exact: true
};
const BINDING_4 = {
  has: vcodes.inCodes68,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-use"
};
const BINDING_5 = {
  has: vcodes.inCodings69,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-type"
};
const TARGETS_7 = ["Organization"];
const OWNER_3 = {
  paths: ["ProcedureRequest.requisition", "Identifier"],
  type: "Identifier",
  exact: true
};
const OWNER_4 = {
  paths: ["ProcedureRequest.category", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const SLICING_0 = {
  rules: "open",
  ordered: false,
  element: "ProcedureRequest.category.coding",
  base: (v, x, q, d) => (0, import_Coding.checkCoding)(v, x, q, d),
  slices: [
    {
      name: "snomedCT",
      min: 0,
      max: -1,
      match: (v, x, d) => vrt.isObject(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectGPCProcedureRequest1CategoryCodingSnomedCT(v, x, q, d)
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
  paths: ["ProcedureRequest.code", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const SLICING_1 = {
  rules: "open",
  ordered: false,
  element: "ProcedureRequest.code.coding",
  base: (v, x, q, d) => (0, import_Coding.checkCoding)(v, x, q, d),
  slices: [
    {
      name: "snomedCT",
      min: 0,
      max: -1,
      match: (v, x, d) => vrt.isObject(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectGPCProcedureRequest1CodeCodingSnomedCT(v, x, q, d)
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
const OWNER_6 = { paths: ["ProcedureRequest.requester"], type: "BackboneElement", exact: true };
const TARGETS_8 = ["Device", "Organization", "Practitioner"];
const OWNER_7 = {
  paths: ["ProcedureRequest.reasonCode", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const SLICING_2 = {
  rules: "open",
  ordered: false,
  element: "ProcedureRequest.reasonCode.coding",
  base: (v, x, q, d) => (0, import_Coding.checkCoding)(v, x, q, d),
  slices: [
    {
      name: "snomedCT",
      min: 0,
      max: -1,
      match: (v, x, d) => vrt.isObject(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectGPCProcedureRequest1ReasonCodeCodingSnomedCT(v, x, q, d)
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
const OWNER_8 = {
  paths: ["ProcedureRequest.bodySite", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const SLICING_3 = {
  rules: "open",
  ordered: false,
  element: "ProcedureRequest.bodySite.coding",
  base: (v, x, q, d) => (0, import_Coding.checkCoding)(v, x, q, d),
  slices: [
    {
      name: "snomedCT",
      min: 0,
      max: -1,
      match: (v, x, d) => vrt.isObject(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectGPCProcedureRequest1BodySiteCodingSnomedCT(v, x, q, d)
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
const OWNER_9 = { paths: ["ProcedureRequest.note", "Annotation"], type: "Annotation", exact: true };
const CHOICE_2 = vrt.choiceVariants(["authorString", "authorReference"]);
const OWNER_10 = {
  paths: ["ProcedureRequest.category.coding", "Coding"],
  type: "Coding",
  exact: true
};
const EXTENSION_0 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_10, false);
const SLICING_4 = {
  rules: "open",
  ordered: false,
  element: "ProcedureRequest.category.coding:snomedCT.extension",
  base: (v, x, q, d) => EXTENSION_0(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => checkCareConnectGPCProcedureRequest1CategoryCodingSnomedCTSnomedCTDescriptionID(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const OWNER_11 = { paths: ["ProcedureRequest.code.coding", "Coding"], type: "Coding", exact: true };
const EXTENSION_1 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_11, false);
const SLICING_5 = {
  rules: "open",
  ordered: false,
  element: "ProcedureRequest.code.coding:snomedCT.extension",
  base: (v, x, q, d) => EXTENSION_1(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => checkCareConnectGPCProcedureRequest1CodeCodingSnomedCTSnomedCTDescriptionID(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const OWNER_12 = {
  paths: ["ProcedureRequest.reasonCode.coding", "Coding"],
  type: "Coding",
  exact: true
};
const EXTENSION_2 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_12, false);
const SLICING_6 = {
  rules: "open",
  ordered: false,
  element: "ProcedureRequest.reasonCode.coding:snomedCT.extension",
  base: (v, x, q, d) => EXTENSION_2(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => checkCareConnectGPCProcedureRequest1ReasonCodeCodingSnomedCTSnomedCTDescriptionID(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const OWNER_13 = {
  paths: ["ProcedureRequest.bodySite.coding", "Coding"],
  type: "Coding",
  exact: true
};
const EXTENSION_3 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_13, false);
const SLICING_7 = {
  rules: "open",
  ordered: false,
  element: "ProcedureRequest.bodySite.coding:snomedCT.extension",
  base: (v, x, q, d) => EXTENSION_3(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => checkCareConnectGPCProcedureRequest1BodySiteCodingSnomedCTSnomedCTDescriptionID(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const OWNER_14 = {
  paths: ["ProcedureRequest.category.coding.extension", "Coding.extension"],
  type: "Extension",
  exact: true
};
const CHOICE_3 = vrt.choiceVariants([
  "valueBase64Binary",
  "valueBoolean",
  "valueCode",
  "valueDate",
  "valueDateTime",
  "valueDecimal",
  "valueId",
  "valueInstant",
  "valueInteger",
  "valueMarkdown",
  "valueOid",
  "valuePositiveInt",
  "valueString",
  "valueTime",
  "valueUnsignedInt",
  "valueUri",
  "valueAddress",
  "valueAge",
  "valueAnnotation",
  "valueAttachment",
  "valueCodeableConcept",
  "valueCoding",
  "valueContactPoint",
  "valueCount",
  "valueDistance",
  "valueDuration",
  "valueHumanName",
  "valueIdentifier",
  "valueMoney",
  "valuePeriod",
  "valueQuantity",
  "valueRange",
  "valueRatio",
  "valueReference",
  "valueSampledData",
  "valueSignature",
  "valueTiming",
  "valueMeta"
]);
const OWNER_15 = {
  paths: ["ProcedureRequest.code.coding.extension", "Coding.extension"],
  type: "Extension",
  exact: true
};
const OWNER_16 = {
  paths: ["ProcedureRequest.reasonCode.coding.extension", "Coding.extension"],
  type: "Extension",
  exact: true
};
const OWNER_17 = {
  paths: ["ProcedureRequest.bodySite.coding.extension", "Coding.extension"],
  type: "Extension",
  exact: true
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-ProcedureRequest-1",
      check: checkCareConnectGPCProcedureRequest1,
      type: "ProcedureRequest",
      base: false
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkCareConnectGPCProcedureRequest1(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "ProcedureRequest") && x.c === null) return false;
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
      case "basedOn":
        m0 |= 8192;
        break;
      case "replaces":
        m0 |= 16384;
        break;
      case "requisition":
        m0 |= 32768;
        break;
      case "status":
        m0 |= 65536;
        break;
      case "intent":
        m0 |= 262144;
        break;
      case "priority":
        m0 |= 1048576;
        break;
      case "doNotPerform":
        m0 |= 4194304;
        break;
      case "category":
        m0 |= 16777216;
        break;
      case "code":
        m0 |= 33554432;
        break;
      case "subject":
        m0 |= 67108864;
        break;
      case "context":
        m0 |= 134217728;
        break;
      case "occurrenceDateTime":
        m1 |= 1;
        break;
      case "occurrencePeriod":
        m1 |= 4;
        break;
      case "occurrenceTiming":
        m1 |= 8;
        break;
      case "asNeededBoolean":
        m1 |= 16;
        break;
      case "asNeededCodeableConcept":
        m1 |= 64;
        break;
      case "authoredOn":
        m1 |= 128;
        break;
      case "requester":
        m1 |= 512;
        break;
      case "performerType":
        m1 |= 1024;
        break;
      case "performer":
        m1 |= 2048;
        break;
      case "reasonCode":
        m1 |= 4096;
        break;
      case "reasonReference":
        m1 |= 8192;
        break;
      case "supportingInfo":
        m1 |= 16384;
        break;
      case "specimen":
        m1 |= 32768;
        break;
      case "bodySite":
        m1 |= 65536;
        break;
      case "note":
        m1 |= 131072;
        break;
      case "relevantHistory":
        m1 |= 262144;
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
        m0 |= 131072;
        break;
      case "_intent":
        m0 |= 524288;
        break;
      case "_priority":
        m0 |= 2097152;
        break;
      case "_doNotPerform":
        m0 |= 8388608;
        break;
      case "_occurrenceDateTime":
        m1 |= 2;
        break;
      case "_asNeededBoolean":
        m1 |= 32;
        break;
      case "_authoredOn":
        m1 |= 256;
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
    if (!vrt.one(o.meta, x, p, "meta", d, 0, checkCareConnectGPCProcedureRequest1Meta) && x.c === null) return false;
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
  if (!vrt.many(o.identifier, x, p, "identifier", d, 1, -1, checkCareConnectGPCProcedureRequest1Identifier) && x.c === null)
    return false;
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(o.definition, x, p, "definition", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.definition, true, x, p, "definition", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(o.basedOn, x, p, "basedOn", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(o.replaces, x, p, "replaces", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(o.requisition, x, p, "requisition", d, 0, checkCareConnectGPCProcedureRequest1Requisition) && x.c === null)
      return false;
  }
  if (!((o.status === "active" || vrt.isValidCode(o.status)) && (m0 & 131072) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.each(o.status, false, x, p, "status", OCCURRENCE_0) && x.c === null) return false;
  if (!(vrt.isValidCode(o.intent) && (m0 & 524288) === 0)) {
    if (!vrt.prim(o.intent, o._intent, x, p, "intent", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.intent, vcodes.inCodes117)) {
    if (!vrt.eachWith(o.intent, false, x, p, "intent", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidCode(o.priority) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(o.priority, o._priority, x, p, "priority", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.priority, vcodes.inCodes97)) {
      if (!vrt.eachWith(o.priority, false, x, p, "priority", vrt.checkCode, BINDING_3) && x.c === null) return false;
    }
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidBoolean(o.doNotPerform) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(
        o.doNotPerform,
        o._doNotPerform,
        x,
        p,
        "doNotPerform",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.many(o.category, x, p, "category", d, 0, -1, checkCareConnectGPCProcedureRequest1Category) && x.c === null)
      return false;
  }
  if (!vrt.one(o.code, x, p, "code", d, 1, checkCareConnectGPCProcedureRequest1Code) && x.c === null) return false;
  if (!vrt.one(o.subject, x, p, "subject", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
    return false;
  if ((m0 & 134217728) !== 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  if (vrt.bitCount(m1 & 15) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "occurrence", 0) && x.c === null) return false;
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidDateTime(o.occurrenceDateTime) && (m1 & 2) === 0)) {
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
  if ((m1 & 4) !== 0) {
    if (!vrt.one(o.occurrencePeriod, x, p, "occurrence.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null)
      return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.one(o.occurrenceTiming, x, p, "occurrence.ofType(Timing)", d, 0, import_Timing.checkTiming) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m1 & 112) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "asNeeded", 0) && x.c === null) return false;
  }
  if ((m1 & 48) !== 0) {
    if (!(vrt.isValidBoolean(o.asNeededBoolean) && (m1 & 32) === 0)) {
      if (!vrt.prim(
        o.asNeededBoolean,
        o._asNeededBoolean,
        x,
        p,
        "asNeeded.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(o.asNeededCodeableConcept, x, p, "asNeeded.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m1 & 384) !== 0) {
    if (!(vrt.isValidDateTime(o.authoredOn) && (m1 & 256) === 0)) {
      if (!vrt.prim(o.authoredOn, o._authoredOn, x, p, "authoredOn", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(o.requester, x, p, "requester", d, 0, checkCareConnectGPCProcedureRequest1Requester) && x.c === null)
      return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.one(o.performerType, x, p, "performerType", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(o.performer, x, p, "performer", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.performer, false, x, p, "performer", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.many(o.reasonCode, x, p, "reasonCode", d, 0, -1, checkCareConnectGPCProcedureRequest1ReasonCode) && x.c === null)
      return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.many(o.reasonReference, x, p, "reasonReference", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.reasonReference, true, x, p, "reasonReference", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.many(o.supportingInfo, x, p, "supportingInfo", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.supportingInfo, true, x, p, "supportingInfo", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.many(o.specimen, x, p, "specimen", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.specimen, true, x, p, "specimen", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.many(o.bodySite, x, p, "bodySite", d, 0, -1, checkCareConnectGPCProcedureRequest1BodySite) && x.c === null)
      return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, checkCareConnectGPCProcedureRequest1Note) && x.c === null)
      return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.many(o.relevantHistory, x, p, "relevantHistory", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.relevantHistory, true, x, p, "relevantHistory", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
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
function checkCareConnectGPCProcedureRequest1Meta(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.meta");
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
function checkCareConnectGPCProcedureRequest1Identifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.identifier");
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
      if (!vrt.eachWith(o.use, false, x, p, "use", vrt.checkCode, BINDING_4) && x.c === null) return false;
    }
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkConcept, BINDING_5) && x.c === null) return false;
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
    if (!vrt.eachWith(o.assigner, false, x, p, "assigner", vrt.checkReferenceTarget, TARGETS_7) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectGPCProcedureRequest1Requisition(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.requisition");
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidCode(o.use) && (m0 & 8) === 0)) {
      if (!vrt.prim(o.use, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_3) && x.c === null) return false;
    }
    if (!vrt.codeIn(o.use, vcodes.inCodes68)) {
      if (!vrt.eachWith(o.use, false, x, p, "use", vrt.checkCode, BINDING_4) && x.c === null) return false;
    }
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkConcept, BINDING_5) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidUri(o.system) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.system, o._system, x, p, "system", d, 0, vrt.isValidUri, "uri", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(o.value) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.value, o._value, x, p, "value", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(o.assigner, x, p, "assigner", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.assigner, false, x, p, "assigner", vrt.checkReferenceTarget, TARGETS_7) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectGPCProcedureRequest1Category(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.category");
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
    if (!vrt.checkSliced(o.coding, x, p, "coding", d, 0, -1, SLICING_0) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.text) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCProcedureRequest1Code(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.code");
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
    if (!vrt.checkSliced(o.coding, x, p, "coding", d, 0, -1, SLICING_1) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.text) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCProcedureRequest1Requester(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.requester");
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_6, true) && x.c === null)
      return false;
  }
  if (!vrt.one(o.agent, x, p, "agent", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.agent, false, x, p, "agent", vrt.checkReferenceTarget, TARGETS_8) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.onBehalfOf, x, p, "onBehalfOf", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.onBehalfOf, false, x, p, "onBehalfOf", vrt.checkReferenceTarget, TARGETS_7) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectGPCProcedureRequest1ReasonCode(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.reasonCode");
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(o.coding, x, p, "coding", d, 0, -1, SLICING_2) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.text) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_7) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCProcedureRequest1BodySite(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.bodySite");
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_8, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(o.coding, x, p, "coding", d, 0, -1, SLICING_3) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.text) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_8) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCProcedureRequest1Note(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.note");
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
      case "authorString":
        n++;
        m0 |= 4;
        break;
      case "authorReference":
        n++;
        m0 |= 16;
        break;
      case "time":
        n++;
        m0 |= 32;
        break;
      case "text":
        n++;
        m0 |= 128;
        break;
      case "_authorString":
        n++;
        m0 |= 8;
        break;
      case "_time":
        n++;
        m0 |= 64;
        break;
      case "_text":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_9, false) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 28) > 1) {
    if (!vrt.checkChoice(o, CHOICE_2, x, p, "author", 0) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidString(o.authorString) && (m0 & 8) === 0)) {
      if (!vrt.prim(
        o.authorString,
        o._authorString,
        x,
        p,
        "author.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_9
      ) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.authorString, false, x, p, "author.ofType(string)", vrt.onObject, vrt.checkRef1) && x.c === null)
      return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.authorReference, x, p, "author.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidDateTime(o.time) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.time, o._time, x, p, "time", d, 0, vrt.isValidDateTime, "dateTime", OWNER_9) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(o.text) && (m0 & 256) === 0)) {
    if (!vrt.prim(o.text, o._text, x, p, "text", d, 1, vrt.isValidString, "string", OWNER_9) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectGPCProcedureRequest1CategoryCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.category.coding");
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
    if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_4) && x.c === null) return false;
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
function checkCareConnectGPCProcedureRequest1CodeCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.code.coding");
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
function checkCareConnectGPCProcedureRequest1ReasonCodeCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.reasonCode.coding");
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
function checkCareConnectGPCProcedureRequest1BodySiteCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.bodySite.coding");
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
function checkCareConnectGPCProcedureRequest1CategoryCodingSnomedCTSnomedCTDescriptionID(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.category.coding.extension");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
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
      case "url":
        n++;
        m0 |= 4;
        break;
      case "valueBase64Binary":
        n++;
        m0 |= 8;
        break;
      case "valueBoolean":
        n++;
        m0 |= 32;
        break;
      case "valueCode":
        n++;
        m0 |= 128;
        break;
      case "valueDate":
        n++;
        m0 |= 512;
        break;
      case "valueDateTime":
        n++;
        m0 |= 2048;
        break;
      case "valueDecimal":
        n++;
        m0 |= 8192;
        break;
      case "valueId":
        n++;
        m0 |= 32768;
        break;
      case "valueInstant":
        n++;
        m0 |= 131072;
        break;
      case "valueInteger":
        n++;
        m0 |= 524288;
        break;
      case "valueMarkdown":
        n++;
        m0 |= 2097152;
        break;
      case "valueOid":
        n++;
        m0 |= 8388608;
        break;
      case "valuePositiveInt":
        n++;
        m0 |= 33554432;
        break;
      case "valueString":
        n++;
        m0 |= 134217728;
        break;
      case "valueTime":
        n++;
        m0 |= 536870912;
        break;
      case "valueUnsignedInt":
        n++;
        m1 |= 1;
        break;
      case "valueUri":
        n++;
        m1 |= 4;
        break;
      case "valueAddress":
        n++;
        m1 |= 16;
        break;
      case "valueAge":
        n++;
        m1 |= 32;
        break;
      case "valueAnnotation":
        n++;
        m1 |= 64;
        break;
      case "valueAttachment":
        n++;
        m1 |= 128;
        break;
      case "valueCodeableConcept":
        n++;
        m1 |= 256;
        break;
      case "valueCoding":
        n++;
        m1 |= 512;
        break;
      case "valueContactPoint":
        n++;
        m1 |= 1024;
        break;
      case "valueCount":
        n++;
        m1 |= 2048;
        break;
      case "valueDistance":
        n++;
        m1 |= 4096;
        break;
      case "valueDuration":
        n++;
        m1 |= 8192;
        break;
      case "valueHumanName":
        n++;
        m1 |= 16384;
        break;
      case "valueIdentifier":
        n++;
        m1 |= 32768;
        break;
      case "valueMoney":
        n++;
        m1 |= 65536;
        break;
      case "valuePeriod":
        n++;
        m1 |= 131072;
        break;
      case "valueQuantity":
        n++;
        m1 |= 262144;
        break;
      case "valueRange":
        n++;
        m1 |= 524288;
        break;
      case "valueRatio":
        n++;
        m1 |= 1048576;
        break;
      case "valueReference":
        n++;
        m1 |= 2097152;
        break;
      case "valueSampledData":
        n++;
        m1 |= 4194304;
        break;
      case "valueSignature":
        n++;
        m1 |= 8388608;
        break;
      case "valueTiming":
        n++;
        m1 |= 16777216;
        break;
      case "valueMeta":
        n++;
        m1 |= 33554432;
        break;
      case "_valueBase64Binary":
        n++;
        m0 |= 16;
        break;
      case "_valueBoolean":
        n++;
        m0 |= 64;
        break;
      case "_valueCode":
        n++;
        m0 |= 256;
        break;
      case "_valueDate":
        n++;
        m0 |= 1024;
        break;
      case "_valueDateTime":
        n++;
        m0 |= 4096;
        break;
      case "_valueDecimal":
        n++;
        m0 |= 16384;
        break;
      case "_valueId":
        n++;
        m0 |= 65536;
        break;
      case "_valueInstant":
        n++;
        m0 |= 262144;
        break;
      case "_valueInteger":
        n++;
        m0 |= 1048576;
        break;
      case "_valueMarkdown":
        n++;
        m0 |= 4194304;
        break;
      case "_valueOid":
        n++;
        m0 |= 16777216;
        break;
      case "_valuePositiveInt":
        n++;
        m0 |= 67108864;
        break;
      case "_valueString":
        n++;
        m0 |= 268435456;
        break;
      case "_valueTime":
        n++;
        m0 |= 1073741824;
        break;
      case "_valueUnsignedInt":
        n++;
        m1 |= 2;
        break;
      case "_valueUri":
        n++;
        m1 |= 8;
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
  if (!(o.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid" || vrt.isValidUri(o.url))) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!(o.url === void 0 || o.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid")) {
    if (!vrt.eachWith(
      o.url,
      false,
      x,
      p,
      "url",
      vrt.checkFixed,
      "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid"
    ) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 2147483640) + vrt.bitCount(m1 & 67108863) > 1) {
    if (!vrt.checkChoice(o, CHOICE_3, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidBase64Binary(o.valueBase64Binary) && (m0 & 16) === 0)) {
      if (!vrt.prim(
        o.valueBase64Binary,
        o._valueBase64Binary,
        x,
        p,
        "value.ofType(base64Binary)",
        d,
        0,
        vrt.isValidBase64Binary,
        "base64Binary",
        OWNER_14
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(o.valueBoolean) && (m0 & 64) === 0)) {
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
        OWNER_14
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidCode(o.valueCode) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.valueCode, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_14) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidDate(o.valueDate) && (m0 & 1024) === 0)) {
      if (!vrt.prim(o.valueDate, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_14) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidDateTime(o.valueDateTime) && (m0 & 4096) === 0)) {
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
        OWNER_14
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidDecimal(o.valueDecimal) && (m0 & 16384) === 0)) {
      if (!vrt.prim(
        o.valueDecimal,
        o._valueDecimal,
        x,
        p,
        "value.ofType(decimal)",
        d,
        0,
        vrt.isValidDecimal,
        "decimal",
        OWNER_14
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidId(o.valueId) && (m0 & 65536) === 0)) {
      if (!vrt.prim(o.valueId, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_14) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidInstant(o.valueInstant) && (m0 & 262144) === 0)) {
      if (!vrt.prim(
        o.valueInstant,
        o._valueInstant,
        x,
        p,
        "value.ofType(instant)",
        d,
        0,
        vrt.isValidInstant,
        "instant",
        OWNER_14
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidInteger(o.valueInteger) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(
        o.valueInteger,
        o._valueInteger,
        x,
        p,
        "value.ofType(integer)",
        d,
        0,
        vrt.isValidInteger,
        "integer",
        OWNER_14
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidMarkdown(o.valueMarkdown) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(
        o.valueMarkdown,
        o._valueMarkdown,
        x,
        p,
        "value.ofType(markdown)",
        d,
        0,
        vrt.isValidMarkdown,
        "markdown",
        OWNER_14
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidOid(o.valueOid) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(o.valueOid, o._valueOid, x, p, "value.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_14) && x.c === null)
        return false;
    }
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidPositiveInt(o.valuePositiveInt) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(
        o.valuePositiveInt,
        o._valuePositiveInt,
        x,
        p,
        "value.ofType(positiveInt)",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_14
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidString(o.valueString) && (m0 & 268435456) === 0)) {
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
        OWNER_14
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidTime(o.valueTime) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(o.valueTime, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_14) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidUnsignedInt(o.valueUnsignedInt) && (m1 & 2) === 0)) {
      if (!vrt.prim(
        o.valueUnsignedInt,
        o._valueUnsignedInt,
        x,
        p,
        "value.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_14
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidUri(o.valueUri) && (m1 & 8) === 0)) {
      if (!vrt.prim(o.valueUri, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_14) && x.c === null)
        return false;
    }
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.one(o.valueAddress, x, p, "value.ofType(Address)", d, 0, import_Address.checkAddress) && x.c === null) return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.one(o.valueAge, x, p, "value.ofType(Age)", d, 0, import_Age.checkAge) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(o.valueAnnotation, x, p, "value.ofType(Annotation)", d, 0, import_Annotation.checkAnnotation) && x.c === null)
      return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.one(o.valueAttachment, x, p, "value.ofType(Attachment)", d, 0, import_Attachment.checkAttachment) && x.c === null)
      return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(o.valueCoding, x, p, "value.ofType(Coding)", d, 0, import_Coding.checkCoding) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.one(o.valueContactPoint, x, p, "value.ofType(ContactPoint)", d, 0, import_ContactPoint.checkContactPoint) && x.c === null)
      return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(o.valueCount, x, p, "value.ofType(Count)", d, 0, import_Count.checkCount) && x.c === null) return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.one(o.valueDistance, x, p, "value.ofType(Distance)", d, 0, import_Distance.checkDistance) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.one(o.valueDuration, x, p, "value.ofType(Duration)", d, 0, import_Duration.checkDuration) && x.c === null) return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.one(o.valueHumanName, x, p, "value.ofType(HumanName)", d, 0, import_HumanName.checkHumanName) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.one(o.valueIdentifier, x, p, "value.ofType(Identifier)", d, 0, import_Identifier.checkIdentifier) && x.c === null)
      return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.one(o.valueMoney, x, p, "value.ofType(Money)", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.one(o.valuePeriod, x, p, "value.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, import_Quantity.checkQuantity) && x.c === null) return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.one(o.valueRange, x, p, "value.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if ((m1 & 1048576) !== 0) {
    if (!vrt.one(o.valueRatio, x, p, "value.ofType(Ratio)", d, 0, import_Ratio.checkRatio) && x.c === null) return false;
  }
  if ((m1 & 2097152) !== 0) {
    if (!vrt.one(o.valueReference, x, p, "value.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m1 & 4194304) !== 0) {
    if (!vrt.one(o.valueSampledData, x, p, "value.ofType(SampledData)", d, 0, import_SampledData.checkSampledData) && x.c === null)
      return false;
  }
  if ((m1 & 8388608) !== 0) {
    if (!vrt.one(o.valueSignature, x, p, "value.ofType(Signature)", d, 0, import_Signature.checkSignature) && x.c === null) return false;
  }
  if ((m1 & 16777216) !== 0) {
    if (!vrt.one(o.valueTiming, x, p, "value.ofType(Timing)", d, 0, import_Timing.checkTiming) && x.c === null) return false;
  }
  if ((m1 & 33554432) !== 0) {
    if (!vrt.one(o.valueMeta, x, p, "value.ofType(Meta)", d, 0, import_Meta.checkMeta) && x.c === null) return false;
  }
  if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  return true;
}
function checkCareConnectGPCProcedureRequest1CodeCodingSnomedCTSnomedCTDescriptionID(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.code.coding.extension");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
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
      case "url":
        n++;
        m0 |= 4;
        break;
      case "valueBase64Binary":
        n++;
        m0 |= 8;
        break;
      case "valueBoolean":
        n++;
        m0 |= 32;
        break;
      case "valueCode":
        n++;
        m0 |= 128;
        break;
      case "valueDate":
        n++;
        m0 |= 512;
        break;
      case "valueDateTime":
        n++;
        m0 |= 2048;
        break;
      case "valueDecimal":
        n++;
        m0 |= 8192;
        break;
      case "valueId":
        n++;
        m0 |= 32768;
        break;
      case "valueInstant":
        n++;
        m0 |= 131072;
        break;
      case "valueInteger":
        n++;
        m0 |= 524288;
        break;
      case "valueMarkdown":
        n++;
        m0 |= 2097152;
        break;
      case "valueOid":
        n++;
        m0 |= 8388608;
        break;
      case "valuePositiveInt":
        n++;
        m0 |= 33554432;
        break;
      case "valueString":
        n++;
        m0 |= 134217728;
        break;
      case "valueTime":
        n++;
        m0 |= 536870912;
        break;
      case "valueUnsignedInt":
        n++;
        m1 |= 1;
        break;
      case "valueUri":
        n++;
        m1 |= 4;
        break;
      case "valueAddress":
        n++;
        m1 |= 16;
        break;
      case "valueAge":
        n++;
        m1 |= 32;
        break;
      case "valueAnnotation":
        n++;
        m1 |= 64;
        break;
      case "valueAttachment":
        n++;
        m1 |= 128;
        break;
      case "valueCodeableConcept":
        n++;
        m1 |= 256;
        break;
      case "valueCoding":
        n++;
        m1 |= 512;
        break;
      case "valueContactPoint":
        n++;
        m1 |= 1024;
        break;
      case "valueCount":
        n++;
        m1 |= 2048;
        break;
      case "valueDistance":
        n++;
        m1 |= 4096;
        break;
      case "valueDuration":
        n++;
        m1 |= 8192;
        break;
      case "valueHumanName":
        n++;
        m1 |= 16384;
        break;
      case "valueIdentifier":
        n++;
        m1 |= 32768;
        break;
      case "valueMoney":
        n++;
        m1 |= 65536;
        break;
      case "valuePeriod":
        n++;
        m1 |= 131072;
        break;
      case "valueQuantity":
        n++;
        m1 |= 262144;
        break;
      case "valueRange":
        n++;
        m1 |= 524288;
        break;
      case "valueRatio":
        n++;
        m1 |= 1048576;
        break;
      case "valueReference":
        n++;
        m1 |= 2097152;
        break;
      case "valueSampledData":
        n++;
        m1 |= 4194304;
        break;
      case "valueSignature":
        n++;
        m1 |= 8388608;
        break;
      case "valueTiming":
        n++;
        m1 |= 16777216;
        break;
      case "valueMeta":
        n++;
        m1 |= 33554432;
        break;
      case "_valueBase64Binary":
        n++;
        m0 |= 16;
        break;
      case "_valueBoolean":
        n++;
        m0 |= 64;
        break;
      case "_valueCode":
        n++;
        m0 |= 256;
        break;
      case "_valueDate":
        n++;
        m0 |= 1024;
        break;
      case "_valueDateTime":
        n++;
        m0 |= 4096;
        break;
      case "_valueDecimal":
        n++;
        m0 |= 16384;
        break;
      case "_valueId":
        n++;
        m0 |= 65536;
        break;
      case "_valueInstant":
        n++;
        m0 |= 262144;
        break;
      case "_valueInteger":
        n++;
        m0 |= 1048576;
        break;
      case "_valueMarkdown":
        n++;
        m0 |= 4194304;
        break;
      case "_valueOid":
        n++;
        m0 |= 16777216;
        break;
      case "_valuePositiveInt":
        n++;
        m0 |= 67108864;
        break;
      case "_valueString":
        n++;
        m0 |= 268435456;
        break;
      case "_valueTime":
        n++;
        m0 |= 1073741824;
        break;
      case "_valueUnsignedInt":
        n++;
        m1 |= 2;
        break;
      case "_valueUri":
        n++;
        m1 |= 8;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_15, false) && x.c === null) return false;
  }
  if (!(o.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid" || vrt.isValidUri(o.url))) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!(o.url === void 0 || o.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid")) {
    if (!vrt.eachWith(
      o.url,
      false,
      x,
      p,
      "url",
      vrt.checkFixed,
      "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid"
    ) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 2147483640) + vrt.bitCount(m1 & 67108863) > 1) {
    if (!vrt.checkChoice(o, CHOICE_3, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidBase64Binary(o.valueBase64Binary) && (m0 & 16) === 0)) {
      if (!vrt.prim(
        o.valueBase64Binary,
        o._valueBase64Binary,
        x,
        p,
        "value.ofType(base64Binary)",
        d,
        0,
        vrt.isValidBase64Binary,
        "base64Binary",
        OWNER_15
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(o.valueBoolean) && (m0 & 64) === 0)) {
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
        OWNER_15
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidCode(o.valueCode) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.valueCode, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_15) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidDate(o.valueDate) && (m0 & 1024) === 0)) {
      if (!vrt.prim(o.valueDate, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_15) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidDateTime(o.valueDateTime) && (m0 & 4096) === 0)) {
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
        OWNER_15
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidDecimal(o.valueDecimal) && (m0 & 16384) === 0)) {
      if (!vrt.prim(
        o.valueDecimal,
        o._valueDecimal,
        x,
        p,
        "value.ofType(decimal)",
        d,
        0,
        vrt.isValidDecimal,
        "decimal",
        OWNER_15
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidId(o.valueId) && (m0 & 65536) === 0)) {
      if (!vrt.prim(o.valueId, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_15) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidInstant(o.valueInstant) && (m0 & 262144) === 0)) {
      if (!vrt.prim(
        o.valueInstant,
        o._valueInstant,
        x,
        p,
        "value.ofType(instant)",
        d,
        0,
        vrt.isValidInstant,
        "instant",
        OWNER_15
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidInteger(o.valueInteger) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(
        o.valueInteger,
        o._valueInteger,
        x,
        p,
        "value.ofType(integer)",
        d,
        0,
        vrt.isValidInteger,
        "integer",
        OWNER_15
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidMarkdown(o.valueMarkdown) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(
        o.valueMarkdown,
        o._valueMarkdown,
        x,
        p,
        "value.ofType(markdown)",
        d,
        0,
        vrt.isValidMarkdown,
        "markdown",
        OWNER_15
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidOid(o.valueOid) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(o.valueOid, o._valueOid, x, p, "value.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_15) && x.c === null)
        return false;
    }
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidPositiveInt(o.valuePositiveInt) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(
        o.valuePositiveInt,
        o._valuePositiveInt,
        x,
        p,
        "value.ofType(positiveInt)",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_15
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidString(o.valueString) && (m0 & 268435456) === 0)) {
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
        OWNER_15
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidTime(o.valueTime) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(o.valueTime, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_15) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidUnsignedInt(o.valueUnsignedInt) && (m1 & 2) === 0)) {
      if (!vrt.prim(
        o.valueUnsignedInt,
        o._valueUnsignedInt,
        x,
        p,
        "value.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_15
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidUri(o.valueUri) && (m1 & 8) === 0)) {
      if (!vrt.prim(o.valueUri, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_15) && x.c === null)
        return false;
    }
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.one(o.valueAddress, x, p, "value.ofType(Address)", d, 0, import_Address.checkAddress) && x.c === null) return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.one(o.valueAge, x, p, "value.ofType(Age)", d, 0, import_Age.checkAge) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(o.valueAnnotation, x, p, "value.ofType(Annotation)", d, 0, import_Annotation.checkAnnotation) && x.c === null)
      return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.one(o.valueAttachment, x, p, "value.ofType(Attachment)", d, 0, import_Attachment.checkAttachment) && x.c === null)
      return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(o.valueCoding, x, p, "value.ofType(Coding)", d, 0, import_Coding.checkCoding) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.one(o.valueContactPoint, x, p, "value.ofType(ContactPoint)", d, 0, import_ContactPoint.checkContactPoint) && x.c === null)
      return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(o.valueCount, x, p, "value.ofType(Count)", d, 0, import_Count.checkCount) && x.c === null) return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.one(o.valueDistance, x, p, "value.ofType(Distance)", d, 0, import_Distance.checkDistance) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.one(o.valueDuration, x, p, "value.ofType(Duration)", d, 0, import_Duration.checkDuration) && x.c === null) return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.one(o.valueHumanName, x, p, "value.ofType(HumanName)", d, 0, import_HumanName.checkHumanName) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.one(o.valueIdentifier, x, p, "value.ofType(Identifier)", d, 0, import_Identifier.checkIdentifier) && x.c === null)
      return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.one(o.valueMoney, x, p, "value.ofType(Money)", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.one(o.valuePeriod, x, p, "value.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, import_Quantity.checkQuantity) && x.c === null) return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.one(o.valueRange, x, p, "value.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if ((m1 & 1048576) !== 0) {
    if (!vrt.one(o.valueRatio, x, p, "value.ofType(Ratio)", d, 0, import_Ratio.checkRatio) && x.c === null) return false;
  }
  if ((m1 & 2097152) !== 0) {
    if (!vrt.one(o.valueReference, x, p, "value.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m1 & 4194304) !== 0) {
    if (!vrt.one(o.valueSampledData, x, p, "value.ofType(SampledData)", d, 0, import_SampledData.checkSampledData) && x.c === null)
      return false;
  }
  if ((m1 & 8388608) !== 0) {
    if (!vrt.one(o.valueSignature, x, p, "value.ofType(Signature)", d, 0, import_Signature.checkSignature) && x.c === null) return false;
  }
  if ((m1 & 16777216) !== 0) {
    if (!vrt.one(o.valueTiming, x, p, "value.ofType(Timing)", d, 0, import_Timing.checkTiming) && x.c === null) return false;
  }
  if ((m1 & 33554432) !== 0) {
    if (!vrt.one(o.valueMeta, x, p, "value.ofType(Meta)", d, 0, import_Meta.checkMeta) && x.c === null) return false;
  }
  if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  return true;
}
function checkCareConnectGPCProcedureRequest1ReasonCodeCodingSnomedCTSnomedCTDescriptionID(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.reasonCode.coding.extension");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
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
      case "url":
        n++;
        m0 |= 4;
        break;
      case "valueBase64Binary":
        n++;
        m0 |= 8;
        break;
      case "valueBoolean":
        n++;
        m0 |= 32;
        break;
      case "valueCode":
        n++;
        m0 |= 128;
        break;
      case "valueDate":
        n++;
        m0 |= 512;
        break;
      case "valueDateTime":
        n++;
        m0 |= 2048;
        break;
      case "valueDecimal":
        n++;
        m0 |= 8192;
        break;
      case "valueId":
        n++;
        m0 |= 32768;
        break;
      case "valueInstant":
        n++;
        m0 |= 131072;
        break;
      case "valueInteger":
        n++;
        m0 |= 524288;
        break;
      case "valueMarkdown":
        n++;
        m0 |= 2097152;
        break;
      case "valueOid":
        n++;
        m0 |= 8388608;
        break;
      case "valuePositiveInt":
        n++;
        m0 |= 33554432;
        break;
      case "valueString":
        n++;
        m0 |= 134217728;
        break;
      case "valueTime":
        n++;
        m0 |= 536870912;
        break;
      case "valueUnsignedInt":
        n++;
        m1 |= 1;
        break;
      case "valueUri":
        n++;
        m1 |= 4;
        break;
      case "valueAddress":
        n++;
        m1 |= 16;
        break;
      case "valueAge":
        n++;
        m1 |= 32;
        break;
      case "valueAnnotation":
        n++;
        m1 |= 64;
        break;
      case "valueAttachment":
        n++;
        m1 |= 128;
        break;
      case "valueCodeableConcept":
        n++;
        m1 |= 256;
        break;
      case "valueCoding":
        n++;
        m1 |= 512;
        break;
      case "valueContactPoint":
        n++;
        m1 |= 1024;
        break;
      case "valueCount":
        n++;
        m1 |= 2048;
        break;
      case "valueDistance":
        n++;
        m1 |= 4096;
        break;
      case "valueDuration":
        n++;
        m1 |= 8192;
        break;
      case "valueHumanName":
        n++;
        m1 |= 16384;
        break;
      case "valueIdentifier":
        n++;
        m1 |= 32768;
        break;
      case "valueMoney":
        n++;
        m1 |= 65536;
        break;
      case "valuePeriod":
        n++;
        m1 |= 131072;
        break;
      case "valueQuantity":
        n++;
        m1 |= 262144;
        break;
      case "valueRange":
        n++;
        m1 |= 524288;
        break;
      case "valueRatio":
        n++;
        m1 |= 1048576;
        break;
      case "valueReference":
        n++;
        m1 |= 2097152;
        break;
      case "valueSampledData":
        n++;
        m1 |= 4194304;
        break;
      case "valueSignature":
        n++;
        m1 |= 8388608;
        break;
      case "valueTiming":
        n++;
        m1 |= 16777216;
        break;
      case "valueMeta":
        n++;
        m1 |= 33554432;
        break;
      case "_valueBase64Binary":
        n++;
        m0 |= 16;
        break;
      case "_valueBoolean":
        n++;
        m0 |= 64;
        break;
      case "_valueCode":
        n++;
        m0 |= 256;
        break;
      case "_valueDate":
        n++;
        m0 |= 1024;
        break;
      case "_valueDateTime":
        n++;
        m0 |= 4096;
        break;
      case "_valueDecimal":
        n++;
        m0 |= 16384;
        break;
      case "_valueId":
        n++;
        m0 |= 65536;
        break;
      case "_valueInstant":
        n++;
        m0 |= 262144;
        break;
      case "_valueInteger":
        n++;
        m0 |= 1048576;
        break;
      case "_valueMarkdown":
        n++;
        m0 |= 4194304;
        break;
      case "_valueOid":
        n++;
        m0 |= 16777216;
        break;
      case "_valuePositiveInt":
        n++;
        m0 |= 67108864;
        break;
      case "_valueString":
        n++;
        m0 |= 268435456;
        break;
      case "_valueTime":
        n++;
        m0 |= 1073741824;
        break;
      case "_valueUnsignedInt":
        n++;
        m1 |= 2;
        break;
      case "_valueUri":
        n++;
        m1 |= 8;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_16, false) && x.c === null) return false;
  }
  if (!(o.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid" || vrt.isValidUri(o.url))) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!(o.url === void 0 || o.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid")) {
    if (!vrt.eachWith(
      o.url,
      false,
      x,
      p,
      "url",
      vrt.checkFixed,
      "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid"
    ) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 2147483640) + vrt.bitCount(m1 & 67108863) > 1) {
    if (!vrt.checkChoice(o, CHOICE_3, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidBase64Binary(o.valueBase64Binary) && (m0 & 16) === 0)) {
      if (!vrt.prim(
        o.valueBase64Binary,
        o._valueBase64Binary,
        x,
        p,
        "value.ofType(base64Binary)",
        d,
        0,
        vrt.isValidBase64Binary,
        "base64Binary",
        OWNER_16
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(o.valueBoolean) && (m0 & 64) === 0)) {
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
        OWNER_16
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidCode(o.valueCode) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.valueCode, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_16) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidDate(o.valueDate) && (m0 & 1024) === 0)) {
      if (!vrt.prim(o.valueDate, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_16) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidDateTime(o.valueDateTime) && (m0 & 4096) === 0)) {
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
        OWNER_16
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidDecimal(o.valueDecimal) && (m0 & 16384) === 0)) {
      if (!vrt.prim(
        o.valueDecimal,
        o._valueDecimal,
        x,
        p,
        "value.ofType(decimal)",
        d,
        0,
        vrt.isValidDecimal,
        "decimal",
        OWNER_16
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidId(o.valueId) && (m0 & 65536) === 0)) {
      if (!vrt.prim(o.valueId, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_16) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidInstant(o.valueInstant) && (m0 & 262144) === 0)) {
      if (!vrt.prim(
        o.valueInstant,
        o._valueInstant,
        x,
        p,
        "value.ofType(instant)",
        d,
        0,
        vrt.isValidInstant,
        "instant",
        OWNER_16
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidInteger(o.valueInteger) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(
        o.valueInteger,
        o._valueInteger,
        x,
        p,
        "value.ofType(integer)",
        d,
        0,
        vrt.isValidInteger,
        "integer",
        OWNER_16
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidMarkdown(o.valueMarkdown) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(
        o.valueMarkdown,
        o._valueMarkdown,
        x,
        p,
        "value.ofType(markdown)",
        d,
        0,
        vrt.isValidMarkdown,
        "markdown",
        OWNER_16
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidOid(o.valueOid) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(o.valueOid, o._valueOid, x, p, "value.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_16) && x.c === null)
        return false;
    }
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidPositiveInt(o.valuePositiveInt) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(
        o.valuePositiveInt,
        o._valuePositiveInt,
        x,
        p,
        "value.ofType(positiveInt)",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_16
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidString(o.valueString) && (m0 & 268435456) === 0)) {
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
        OWNER_16
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidTime(o.valueTime) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(o.valueTime, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_16) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidUnsignedInt(o.valueUnsignedInt) && (m1 & 2) === 0)) {
      if (!vrt.prim(
        o.valueUnsignedInt,
        o._valueUnsignedInt,
        x,
        p,
        "value.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_16
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidUri(o.valueUri) && (m1 & 8) === 0)) {
      if (!vrt.prim(o.valueUri, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_16) && x.c === null)
        return false;
    }
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.one(o.valueAddress, x, p, "value.ofType(Address)", d, 0, import_Address.checkAddress) && x.c === null) return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.one(o.valueAge, x, p, "value.ofType(Age)", d, 0, import_Age.checkAge) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(o.valueAnnotation, x, p, "value.ofType(Annotation)", d, 0, import_Annotation.checkAnnotation) && x.c === null)
      return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.one(o.valueAttachment, x, p, "value.ofType(Attachment)", d, 0, import_Attachment.checkAttachment) && x.c === null)
      return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(o.valueCoding, x, p, "value.ofType(Coding)", d, 0, import_Coding.checkCoding) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.one(o.valueContactPoint, x, p, "value.ofType(ContactPoint)", d, 0, import_ContactPoint.checkContactPoint) && x.c === null)
      return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(o.valueCount, x, p, "value.ofType(Count)", d, 0, import_Count.checkCount) && x.c === null) return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.one(o.valueDistance, x, p, "value.ofType(Distance)", d, 0, import_Distance.checkDistance) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.one(o.valueDuration, x, p, "value.ofType(Duration)", d, 0, import_Duration.checkDuration) && x.c === null) return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.one(o.valueHumanName, x, p, "value.ofType(HumanName)", d, 0, import_HumanName.checkHumanName) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.one(o.valueIdentifier, x, p, "value.ofType(Identifier)", d, 0, import_Identifier.checkIdentifier) && x.c === null)
      return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.one(o.valueMoney, x, p, "value.ofType(Money)", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.one(o.valuePeriod, x, p, "value.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, import_Quantity.checkQuantity) && x.c === null) return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.one(o.valueRange, x, p, "value.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if ((m1 & 1048576) !== 0) {
    if (!vrt.one(o.valueRatio, x, p, "value.ofType(Ratio)", d, 0, import_Ratio.checkRatio) && x.c === null) return false;
  }
  if ((m1 & 2097152) !== 0) {
    if (!vrt.one(o.valueReference, x, p, "value.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m1 & 4194304) !== 0) {
    if (!vrt.one(o.valueSampledData, x, p, "value.ofType(SampledData)", d, 0, import_SampledData.checkSampledData) && x.c === null)
      return false;
  }
  if ((m1 & 8388608) !== 0) {
    if (!vrt.one(o.valueSignature, x, p, "value.ofType(Signature)", d, 0, import_Signature.checkSignature) && x.c === null) return false;
  }
  if ((m1 & 16777216) !== 0) {
    if (!vrt.one(o.valueTiming, x, p, "value.ofType(Timing)", d, 0, import_Timing.checkTiming) && x.c === null) return false;
  }
  if ((m1 & 33554432) !== 0) {
    if (!vrt.one(o.valueMeta, x, p, "value.ofType(Meta)", d, 0, import_Meta.checkMeta) && x.c === null) return false;
  }
  if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  return true;
}
function checkCareConnectGPCProcedureRequest1BodySiteCodingSnomedCTSnomedCTDescriptionID(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ProcedureRequest.bodySite.coding.extension");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
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
      case "url":
        n++;
        m0 |= 4;
        break;
      case "valueBase64Binary":
        n++;
        m0 |= 8;
        break;
      case "valueBoolean":
        n++;
        m0 |= 32;
        break;
      case "valueCode":
        n++;
        m0 |= 128;
        break;
      case "valueDate":
        n++;
        m0 |= 512;
        break;
      case "valueDateTime":
        n++;
        m0 |= 2048;
        break;
      case "valueDecimal":
        n++;
        m0 |= 8192;
        break;
      case "valueId":
        n++;
        m0 |= 32768;
        break;
      case "valueInstant":
        n++;
        m0 |= 131072;
        break;
      case "valueInteger":
        n++;
        m0 |= 524288;
        break;
      case "valueMarkdown":
        n++;
        m0 |= 2097152;
        break;
      case "valueOid":
        n++;
        m0 |= 8388608;
        break;
      case "valuePositiveInt":
        n++;
        m0 |= 33554432;
        break;
      case "valueString":
        n++;
        m0 |= 134217728;
        break;
      case "valueTime":
        n++;
        m0 |= 536870912;
        break;
      case "valueUnsignedInt":
        n++;
        m1 |= 1;
        break;
      case "valueUri":
        n++;
        m1 |= 4;
        break;
      case "valueAddress":
        n++;
        m1 |= 16;
        break;
      case "valueAge":
        n++;
        m1 |= 32;
        break;
      case "valueAnnotation":
        n++;
        m1 |= 64;
        break;
      case "valueAttachment":
        n++;
        m1 |= 128;
        break;
      case "valueCodeableConcept":
        n++;
        m1 |= 256;
        break;
      case "valueCoding":
        n++;
        m1 |= 512;
        break;
      case "valueContactPoint":
        n++;
        m1 |= 1024;
        break;
      case "valueCount":
        n++;
        m1 |= 2048;
        break;
      case "valueDistance":
        n++;
        m1 |= 4096;
        break;
      case "valueDuration":
        n++;
        m1 |= 8192;
        break;
      case "valueHumanName":
        n++;
        m1 |= 16384;
        break;
      case "valueIdentifier":
        n++;
        m1 |= 32768;
        break;
      case "valueMoney":
        n++;
        m1 |= 65536;
        break;
      case "valuePeriod":
        n++;
        m1 |= 131072;
        break;
      case "valueQuantity":
        n++;
        m1 |= 262144;
        break;
      case "valueRange":
        n++;
        m1 |= 524288;
        break;
      case "valueRatio":
        n++;
        m1 |= 1048576;
        break;
      case "valueReference":
        n++;
        m1 |= 2097152;
        break;
      case "valueSampledData":
        n++;
        m1 |= 4194304;
        break;
      case "valueSignature":
        n++;
        m1 |= 8388608;
        break;
      case "valueTiming":
        n++;
        m1 |= 16777216;
        break;
      case "valueMeta":
        n++;
        m1 |= 33554432;
        break;
      case "_valueBase64Binary":
        n++;
        m0 |= 16;
        break;
      case "_valueBoolean":
        n++;
        m0 |= 64;
        break;
      case "_valueCode":
        n++;
        m0 |= 256;
        break;
      case "_valueDate":
        n++;
        m0 |= 1024;
        break;
      case "_valueDateTime":
        n++;
        m0 |= 4096;
        break;
      case "_valueDecimal":
        n++;
        m0 |= 16384;
        break;
      case "_valueId":
        n++;
        m0 |= 65536;
        break;
      case "_valueInstant":
        n++;
        m0 |= 262144;
        break;
      case "_valueInteger":
        n++;
        m0 |= 1048576;
        break;
      case "_valueMarkdown":
        n++;
        m0 |= 4194304;
        break;
      case "_valueOid":
        n++;
        m0 |= 16777216;
        break;
      case "_valuePositiveInt":
        n++;
        m0 |= 67108864;
        break;
      case "_valueString":
        n++;
        m0 |= 268435456;
        break;
      case "_valueTime":
        n++;
        m0 |= 1073741824;
        break;
      case "_valueUnsignedInt":
        n++;
        m1 |= 2;
        break;
      case "_valueUri":
        n++;
        m1 |= 8;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_17, false) && x.c === null) return false;
  }
  if (!(o.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid" || vrt.isValidUri(o.url))) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!(o.url === void 0 || o.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid")) {
    if (!vrt.eachWith(
      o.url,
      false,
      x,
      p,
      "url",
      vrt.checkFixed,
      "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid"
    ) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 2147483640) + vrt.bitCount(m1 & 67108863) > 1) {
    if (!vrt.checkChoice(o, CHOICE_3, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidBase64Binary(o.valueBase64Binary) && (m0 & 16) === 0)) {
      if (!vrt.prim(
        o.valueBase64Binary,
        o._valueBase64Binary,
        x,
        p,
        "value.ofType(base64Binary)",
        d,
        0,
        vrt.isValidBase64Binary,
        "base64Binary",
        OWNER_17
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(o.valueBoolean) && (m0 & 64) === 0)) {
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
        OWNER_17
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidCode(o.valueCode) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.valueCode, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_17) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidDate(o.valueDate) && (m0 & 1024) === 0)) {
      if (!vrt.prim(o.valueDate, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_17) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidDateTime(o.valueDateTime) && (m0 & 4096) === 0)) {
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
        OWNER_17
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidDecimal(o.valueDecimal) && (m0 & 16384) === 0)) {
      if (!vrt.prim(
        o.valueDecimal,
        o._valueDecimal,
        x,
        p,
        "value.ofType(decimal)",
        d,
        0,
        vrt.isValidDecimal,
        "decimal",
        OWNER_17
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidId(o.valueId) && (m0 & 65536) === 0)) {
      if (!vrt.prim(o.valueId, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_17) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidInstant(o.valueInstant) && (m0 & 262144) === 0)) {
      if (!vrt.prim(
        o.valueInstant,
        o._valueInstant,
        x,
        p,
        "value.ofType(instant)",
        d,
        0,
        vrt.isValidInstant,
        "instant",
        OWNER_17
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidInteger(o.valueInteger) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(
        o.valueInteger,
        o._valueInteger,
        x,
        p,
        "value.ofType(integer)",
        d,
        0,
        vrt.isValidInteger,
        "integer",
        OWNER_17
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidMarkdown(o.valueMarkdown) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(
        o.valueMarkdown,
        o._valueMarkdown,
        x,
        p,
        "value.ofType(markdown)",
        d,
        0,
        vrt.isValidMarkdown,
        "markdown",
        OWNER_17
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidOid(o.valueOid) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(o.valueOid, o._valueOid, x, p, "value.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_17) && x.c === null)
        return false;
    }
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidPositiveInt(o.valuePositiveInt) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(
        o.valuePositiveInt,
        o._valuePositiveInt,
        x,
        p,
        "value.ofType(positiveInt)",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_17
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidString(o.valueString) && (m0 & 268435456) === 0)) {
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
        OWNER_17
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidTime(o.valueTime) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(o.valueTime, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_17) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidUnsignedInt(o.valueUnsignedInt) && (m1 & 2) === 0)) {
      if (!vrt.prim(
        o.valueUnsignedInt,
        o._valueUnsignedInt,
        x,
        p,
        "value.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_17
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidUri(o.valueUri) && (m1 & 8) === 0)) {
      if (!vrt.prim(o.valueUri, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_17) && x.c === null)
        return false;
    }
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.one(o.valueAddress, x, p, "value.ofType(Address)", d, 0, import_Address.checkAddress) && x.c === null) return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.one(o.valueAge, x, p, "value.ofType(Age)", d, 0, import_Age.checkAge) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(o.valueAnnotation, x, p, "value.ofType(Annotation)", d, 0, import_Annotation.checkAnnotation) && x.c === null)
      return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.one(o.valueAttachment, x, p, "value.ofType(Attachment)", d, 0, import_Attachment.checkAttachment) && x.c === null)
      return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(o.valueCoding, x, p, "value.ofType(Coding)", d, 0, import_Coding.checkCoding) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.one(o.valueContactPoint, x, p, "value.ofType(ContactPoint)", d, 0, import_ContactPoint.checkContactPoint) && x.c === null)
      return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(o.valueCount, x, p, "value.ofType(Count)", d, 0, import_Count.checkCount) && x.c === null) return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.one(o.valueDistance, x, p, "value.ofType(Distance)", d, 0, import_Distance.checkDistance) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.one(o.valueDuration, x, p, "value.ofType(Duration)", d, 0, import_Duration.checkDuration) && x.c === null) return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.one(o.valueHumanName, x, p, "value.ofType(HumanName)", d, 0, import_HumanName.checkHumanName) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.one(o.valueIdentifier, x, p, "value.ofType(Identifier)", d, 0, import_Identifier.checkIdentifier) && x.c === null)
      return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.one(o.valueMoney, x, p, "value.ofType(Money)", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.one(o.valuePeriod, x, p, "value.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, import_Quantity.checkQuantity) && x.c === null) return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.one(o.valueRange, x, p, "value.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if ((m1 & 1048576) !== 0) {
    if (!vrt.one(o.valueRatio, x, p, "value.ofType(Ratio)", d, 0, import_Ratio.checkRatio) && x.c === null) return false;
  }
  if ((m1 & 2097152) !== 0) {
    if (!vrt.one(o.valueReference, x, p, "value.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m1 & 4194304) !== 0) {
    if (!vrt.one(o.valueSampledData, x, p, "value.ofType(SampledData)", d, 0, import_SampledData.checkSampledData) && x.c === null)
      return false;
  }
  if ((m1 & 8388608) !== 0) {
    if (!vrt.one(o.valueSignature, x, p, "value.ofType(Signature)", d, 0, import_Signature.checkSignature) && x.c === null) return false;
  }
  if ((m1 & 16777216) !== 0) {
    if (!vrt.one(o.valueTiming, x, p, "value.ofType(Timing)", d, 0, import_Timing.checkTiming) && x.c === null) return false;
  }
  if ((m1 & 33554432) !== 0) {
    if (!vrt.one(o.valueMeta, x, p, "value.ofType(Meta)", d, 0, import_Meta.checkMeta) && x.c === null) return false;
  }
  if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  return true;
}
function validateCareConnectGPCProcedureRequest1(value, options) {
  return vrt.validateWith(value, "ProcedureRequest", checkCareConnectGPCProcedureRequest1, true, options, REGISTRY_0);
}
function isCareConnectGPCProcedureRequest1(value, options) {
  return vrt.testWith(value, checkCareConnectGPCProcedureRequest1, true, options, REGISTRY_0);
}
function buildCareConnectGPCProcedureRequest1(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    {
      resourceType: "ProcedureRequest",
      profile: "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-ProcedureRequest-1",
      set: { status: "active" }
    },
    isCareConnectGPCProcedureRequest1,
    validateCareConnectGPCProcedureRequest1,
    "CareConnectGPCProcedureRequest1"
  );
}
function buildCareConnectGPCProcedureRequest1CategoryCodingSnomedCT(input) {
  return (0, import_fill.fillPart)(input, {
    set: { system: "http://snomed.info/sct" }
  });
}
function buildCareConnectGPCProcedureRequest1CategoryCodingSnomedCTSnomedCTDescriptionID(input) {
  return (0, import_fill.fillPart)(input, {
    set: { url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid" }
  });
}
function buildCareConnectGPCProcedureRequest1CodeCodingSnomedCT(input) {
  return (0, import_fill.fillPart)(input, {
    set: { system: "http://snomed.info/sct" }
  });
}
function buildCareConnectGPCProcedureRequest1CodeCodingSnomedCTSnomedCTDescriptionID(input) {
  return (0, import_fill.fillPart)(input, {
    set: { url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid" }
  });
}
function buildCareConnectGPCProcedureRequest1ReasonCodeCodingSnomedCT(input) {
  return (0, import_fill.fillPart)(input, {
    set: { system: "http://snomed.info/sct" }
  });
}
function buildCareConnectGPCProcedureRequest1ReasonCodeCodingSnomedCTSnomedCTDescriptionID(input) {
  return (0, import_fill.fillPart)(input, {
    set: { url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid" }
  });
}
function buildCareConnectGPCProcedureRequest1BodySiteCodingSnomedCT(input) {
  return (0, import_fill.fillPart)(input, {
    set: { system: "http://snomed.info/sct" }
  });
}
function buildCareConnectGPCProcedureRequest1BodySiteCodingSnomedCTSnomedCTDescriptionID(input) {
  return (0, import_fill.fillPart)(input, {
    set: { url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid" }
  });
}
