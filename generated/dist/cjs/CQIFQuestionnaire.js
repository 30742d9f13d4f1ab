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
var CQIFQuestionnaire_exports = {};
__export(CQIFQuestionnaire_exports, {
  buildCQIFQuestionnaire: () => buildCQIFQuestionnaire,
  checkCQIFQuestionnaire: () => checkCQIFQuestionnaire,
  checkCQIFQuestionnaireItem: () => checkCQIFQuestionnaireItem,
  checkCQIFQuestionnaireItemOption: () => checkCQIFQuestionnaireItemOption,
  isCQIFQuestionnaire: () => isCQIFQuestionnaire,
  validateCQIFQuestionnaire: () => validateCQIFQuestionnaire
});
module.exports = __toCommonJS(CQIFQuestionnaire_exports);
var import_Attachment = require("./Attachment.js");
var import_CalculatedValue = require("./CalculatedValue.js");
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Coding = require("./Coding.js");
var import_ContactDetail = require("./ContactDetail.js");
var import_CqifCondition = require("./CqifCondition.js");
var import_CqifLibrary = require("./CqifLibrary.js");
var import_Identifier = require("./Identifier.js");
var import_InitialValue = require("./InitialValue.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_OptionCode = require("./OptionCode.js");
var import_Period = require("./Period.js");
var import_Quantity = require("./Quantity.js");
var import_Questionnaire = require("./Questionnaire.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var import_UsageContext = require("./UsageContext.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["Questionnaire"], type: "Questionnaire", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const EXTENSION_0 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_0, false);
const SLICING_0 = {
  rules: "open",
  ordered: false,
  element: "Questionnaire.extension",
  base: (v, x, q, d) => EXTENSION_0(v, x, q, d),
  slices: [
    {
      name: "library",
      min: 0,
      max: -1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "http://hl7.org/fhir/StructureDefinition/cqif-library",
      check: (v, x, q, d) => (0, import_CqifLibrary.checkCqifLibrary)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.url) {
      case "http://hl7.org/fhir/StructureDefinition/cqif-library":
        return 0;
    }
    return -1;
  }
};
const BINDING_1 = {
  has: vcodes.inCodes3,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/publication-status"
};
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/jurisdiction",
  reason: "code system urn:iso:std:iso:3166 is not in the loaded packages"
};
const BINDING_2 = {
  has: vcodes.inCodes4,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/resource-types"
};
const INVARIANT_0 = vrt.invariant({
  key: "que-2",
  path: "Questionnaire",
  expression: "descendants().linkId.isDistinct()",
  severity: "error",
  human: "The link ids for groups and questions must be unique within the questionnaire"
});
const OWNER_1 = { paths: ["Questionnaire.item"], type: "BackboneElement", exact: true };
const EXTENSION_1 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_1, false);
const SLICING_1 = {
  rules: "open",
  ordered: false,
  element: "Questionnaire.item.extension",
  base: (v, x, q, d) => EXTENSION_1(v, x, q, d),
  slices: [
    {
      name: "condition",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "http://hl7.org/fhir/StructureDefinition/cqif-condition",
      check: (v, x, q, d) => (0, import_CqifCondition.checkCqifCondition)(v, x, q, d)
    },
    {
      name: "initialValue",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "http://hl7.org/fhir/StructureDefinition/cqif-initialValue",
      check: (v, x, q, d) => (0, import_InitialValue.checkInitialValue)(v, x, q, d)
    },
    {
      name: "calculatedValue",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "http://hl7.org/fhir/StructureDefinition/cqif-calculatedValue",
      check: (v, x, q, d) => (0, import_CalculatedValue.checkCalculatedValue)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.url) {
      case "http://hl7.org/fhir/StructureDefinition/cqif-condition":
        return 0;
      case "http://hl7.org/fhir/StructureDefinition/cqif-initialValue":
        return 1;
      case "http://hl7.org/fhir/StructureDefinition/cqif-calculatedValue":
        return 2;
    }
    return -1;
  }
};
const BINDING_3 = {
  has: vcodes.inCodes154,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/item-type"
};
const TARGETS_0 = ["ValueSet"];
const CHOICE_0 = vrt.choiceVariants([
  "initialBoolean",
  "initialDecimal",
  "initialInteger",
  "initialDate",
  "initialDateTime",
  "initialTime",
  "initialString",
  "initialUri",
  "initialAttachment",
  "initialCoding",
  "initialQuantity",
  "initialReference"
]);
const INVARIANT_1 = vrt.invariant({
  key: "que-9",
  path: "Questionnaire.item",
  expression: "type!='display' or readOnly.empty()",
  severity: "error",
  human: `Read-only can't be specified for "display" items`
});
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpNeValue(vrt.fpOneValue(o["_type"], o["type"]), "display"),
    vrt.fpSizeOfValue(o["_readOnly"], o["readOnly"]) === 0
  );
};
const TRANSLATED_0 = { inv: INVARIANT_1, fn: FHIRPATH_0 };
const INVARIANT_2 = vrt.invariant({
  key: "que-8",
  path: "Questionnaire.item",
  expression: "(type!='group' and type!='display') or initial.empty()",
  severity: "error",
  human: "Default values can't be specified for groups or display items"
});
const CHOICE_KEYS_0 = [
  ["initialBoolean", "_initialBoolean"],
  ["initialDecimal", "_initialDecimal"],
  ["initialInteger", "_initialInteger"],
  ["initialDate", "_initialDate"],
  ["initialDateTime", "_initialDateTime"],
  ["initialTime", "_initialTime"],
  ["initialString", "_initialString"],
  ["initialUri", "_initialUri"],
  ["initialAttachment", "_initialAttachment"],
  ["initialCoding", "_initialCoding"],
  ["initialQuantity", "_initialQuantity"],
  ["initialReference", "_initialReference"]
];
const FHIRPATH_1 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpAnd3(
      vrt.fpNeValue(vrt.fpOneValue(o["_type"], o["type"]), "group"),
      vrt.fpNeValue(vrt.fpOneValue(o["_type"], o["type"]), "display")
    ),
    vrt.fpSizeOfChoice(n, CHOICE_KEYS_0) === 0
  );
};
const TRANSLATED_1 = { inv: INVARIANT_2, fn: FHIRPATH_1 };
const INVARIANT_3 = vrt.invariant({
  key: "que-6",
  path: "Questionnaire.item",
  expression: "type!='display' or (required.empty() and repeats.empty())",
  severity: "error",
  human: "Required and repeat aren't permitted for display items"
});
const FHIRPATH_2 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpNeValue(vrt.fpOneValue(o["_type"], o["type"]), "display"),
    vrt.fpAnd3(
      vrt.fpSizeOfValue(o["_required"], o["required"]) === 0,
      vrt.fpSizeOfValue(o["_repeats"], o["repeats"]) === 0
    )
  );
};
const TRANSLATED_2 = { inv: INVARIANT_3, fn: FHIRPATH_2 };
const INVARIANT_4 = vrt.invariant({
  key: "que-5",
  path: "Questionnaire.item",
  expression: "(type ='choice' or type = 'open-choice') or (options.empty() and option.empty())",
  severity: "error",
  human: "Only 'choice' items can have options"
});
const FHIRPATH_3 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpOr3(
      vrt.fpEqValue(vrt.fpOneValue(o["_type"], o["type"]), "choice"),
      vrt.fpEqValue(vrt.fpOneValue(o["_type"], o["type"]), "open-choice")
    ),
    vrt.fpAnd3(
      vrt.fpSizeOfValue(o["_options"], o["options"]) === 0,
      vrt.fpSizeOfValue(o["_option"], o["option"]) === 0
    )
  );
};
const TRANSLATED_3 = { inv: INVARIANT_4, fn: FHIRPATH_3 };
const INVARIANT_5 = vrt.invariant({
  key: "que-4",
  path: "Questionnaire.item",
  expression: "option.empty() or options.empty()",
  severity: "error",
  human: "A question cannot have both option and options"
});
const FHIRPATH_4 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpSizeOfValue(o["_option"], o["option"]) === 0,
    vrt.fpSizeOfValue(o["_options"], o["options"]) === 0
  );
};
const TRANSLATED_4 = { inv: INVARIANT_5, fn: FHIRPATH_4 };
const INVARIANT_6 = vrt.invariant({
  key: "que-3",
  path: "Questionnaire.item",
  expression: "type!='display' or code.empty()",
  severity: "error",
  human: 'Display items cannot have a "code" asserted'
});
const FHIRPATH_5 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpNeValue(vrt.fpOneValue(o["_type"], o["type"]), "display"),
    vrt.fpSizeOfValue(o["_code"], o["code"]) === 0
  );
};
const TRANSLATED_5 = { inv: INVARIANT_6, fn: FHIRPATH_5 };
const INVARIANT_7 = vrt.invariant({
  key: "que-10",
  path: "Questionnaire.item",
  expression: "(type in ('boolean' | 'decimal' | 'integer' | 'string' | 'text' | 'url')) or maxLength.empty()",
  severity: "error",
  human: "Maximum length can only be declared for simple question types"
});
const INVARIANT_8 = vrt.invariant({
  key: "que-1",
  path: "Questionnaire.item",
  expression: "(type='group' implies item.empty().not()) and (type.trace('type')='display' implies item.trace('item').empty())",
  severity: "error",
  human: "Group items must have nested items, display items cannot have nested items"
});
const OWNER_2 = { paths: ["Questionnaire.item.option"], type: "BackboneElement", exact: true };
const EXTENSION_2 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_2, false);
const SLICING_2 = {
  rules: "open",
  ordered: false,
  element: "Questionnaire.item.option.extension",
  base: (v, x, q, d) => EXTENSION_2(v, x, q, d),
  slices: [
    {
      name: "optionCode",
      min: 0,
      max: -1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "http://hl7.org/fhir/StructureDefinition/cqif-optionCode",
      check: (v, x, q, d) => (0, import_OptionCode.checkOptionCode)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.url) {
      case "http://hl7.org/fhir/StructureDefinition/cqif-optionCode":
        return 0;
    }
    return -1;
  }
};
const CHOICE_1 = vrt.choiceVariants([
  "valueInteger",
  "valueDate",
  "valueTime",
  "valueString",
  "valueCoding"
]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-questionnaire",
      check: checkCQIFQuestionnaire,
      type: "Questionnaire",
      base: false
    }
  ],
  extensions: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-calculatedValue",
      check: import_CalculatedValue.checkCalculatedValue,
      contexts: ["*"],
      contextTypes: []
    },
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-condition",
      check: import_CqifCondition.checkCqifCondition,
      contexts: ["*"],
      contextTypes: []
    },
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-initialValue",
      check: import_InitialValue.checkInitialValue,
      contexts: ["*"],
      contextTypes: []
    },
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-library",
      check: import_CqifLibrary.checkCqifLibrary,
      contexts: ["*"],
      contextTypes: []
    },
    {
      url: "http://hl7.org/fhir/StructureDefinition/cqif-optionCode",
      check: import_OptionCode.checkOptionCode,
      contexts: ["Questionnaire"],
      contextTypes: ["Questionnaire"]
    }
  ],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkCQIFQuestionnaire(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Questionnaire");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Questionnaire") && x.c === null) return false;
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
      case "url":
        m0 |= 2048;
        break;
      case "identifier":
        m0 |= 8192;
        break;
      case "version":
        m0 |= 16384;
        break;
      case "name":
        m0 |= 65536;
        break;
      case "title":
        m0 |= 262144;
        break;
      case "status":
        m0 |= 1048576;
        break;
      case "experimental":
        m0 |= 4194304;
        break;
      case "date":
        m0 |= 16777216;
        break;
      case "publisher":
        m0 |= 67108864;
        break;
      case "description":
        m0 |= 268435456;
        break;
      case "purpose":
        m1 |= 1;
        break;
      case "approvalDate":
        m1 |= 4;
        break;
      case "lastReviewDate":
        m1 |= 16;
        break;
      case "effectivePeriod":
        m1 |= 64;
        break;
      case "useContext":
        m1 |= 128;
        break;
      case "jurisdiction":
        m1 |= 256;
        break;
      case "contact":
        m1 |= 512;
        break;
      case "copyright":
        m1 |= 1024;
        break;
      case "code":
        m1 |= 4096;
        break;
      case "subjectType":
        m1 |= 8192;
        break;
      case "item":
        m1 |= 32768;
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
      case "_url":
        m0 |= 4096;
        break;
      case "_version":
        m0 |= 32768;
        break;
      case "_name":
        m0 |= 131072;
        break;
      case "_title":
        m0 |= 524288;
        break;
      case "_status":
        m0 |= 2097152;
        break;
      case "_experimental":
        m0 |= 8388608;
        break;
      case "_date":
        m0 |= 33554432;
        break;
      case "_publisher":
        m0 |= 134217728;
        break;
      case "_description":
        m0 |= 536870912;
        break;
      case "_purpose":
        m1 |= 2;
        break;
      case "_approvalDate":
        m1 |= 8;
        break;
      case "_lastReviewDate":
        m1 |= 32;
        break;
      case "_copyright":
        m1 |= 2048;
        break;
      case "_subjectType":
        m1 |= 16384;
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
    if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_0) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidUri(o.url) && (m0 & 4096) === 0)) {
      if (!vrt.prim(o.url, o._url, x, p, "url", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidString(o.version) && (m0 & 32768) === 0)) {
      if (!vrt.prim(o.version, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidString(o.name) && (m0 & 131072) === 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidString(o.title) && (m0 & 524288) === 0)) {
      if (!vrt.prim(o.title, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(o.status) && (m0 & 2097152) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes3)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidBoolean(o.experimental) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(
        o.experimental,
        o._experimental,
        x,
        p,
        "experimental",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidDateTime(o.date) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidString(o.publisher) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(o.publisher, o._publisher, x, p, "publisher", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 805306368) !== 0) {
    if (!(vrt.isValidMarkdown(o.description) && (m0 & 536870912) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidMarkdown(o.purpose) && (m1 & 2) === 0)) {
      if (!vrt.prim(o.purpose, o._purpose, x, p, "purpose", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidDate(o.approvalDate) && (m1 & 8) === 0)) {
      if (!vrt.prim(o.approvalDate, o._approvalDate, x, p, "approvalDate", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 48) !== 0) {
    if (!(vrt.isValidDate(o.lastReviewDate) && (m1 & 32) === 0)) {
      if (!vrt.prim(
        o.lastReviewDate,
        o._lastReviewDate,
        x,
        p,
        "lastReviewDate",
        d,
        0,
        vrt.isValidDate,
        "date",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(o.effectivePeriod, x, p, "effectivePeriod", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.many(o.useContext, x, p, "useContext", d, 0, -1, import_UsageContext.checkUsageContext) && x.c === null) return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.many(o.jurisdiction, x, p, "jurisdiction", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.jurisdiction, true, x, p, "jurisdiction", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.many(o.contact, x, p, "contact", d, 0, -1, import_ContactDetail.checkContactDetail) && x.c === null) return false;
  }
  if ((m1 & 3072) !== 0) {
    if (!(vrt.isValidMarkdown(o.copyright) && (m1 & 2048) === 0)) {
      if (!vrt.prim(o.copyright, o._copyright, x, p, "copyright", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.many(o.code, x, p, "code", d, 0, -1, import_Coding.checkCoding) && x.c === null) return false;
  }
  if ((m1 & 24576) !== 0) {
    if (!vrt.prims(o.subjectType, o._subjectType, x, p, "subjectType", d, 0, -1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
    if (!vrt.eachWith(o.subjectType, true, x, p, "subjectType", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.many(o.item, x, p, "item", d, 0, -1, checkCQIFQuestionnaireItem) && x.c === null) return false;
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
  if (!vrt.checkInvariant(o, x, p, INVARIANT_0) && x.c === null) return false;
  return true;
}
function checkCQIFQuestionnaireItem(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Questionnaire.item");
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
      case "modifierExtension":
        n++;
        m0 |= 4;
        break;
      case "linkId":
        n++;
        m0 |= 8;
        break;
      case "definition":
        n++;
        m0 |= 32;
        break;
      case "code":
        n++;
        m0 |= 128;
        break;
      case "prefix":
        n++;
        m0 |= 256;
        break;
      case "text":
        n++;
        m0 |= 1024;
        break;
      case "type":
        n++;
        m0 |= 4096;
        break;
      case "enableWhen":
        n++;
        m0 |= 16384;
        break;
      case "required":
        n++;
        m0 |= 32768;
        break;
      case "repeats":
        n++;
        m0 |= 131072;
        break;
      case "readOnly":
        n++;
        m0 |= 524288;
        break;
      case "maxLength":
        n++;
        m0 |= 2097152;
        break;
      case "options":
        n++;
        m0 |= 8388608;
        break;
      case "option":
        n++;
        m0 |= 16777216;
        break;
      case "initialBoolean":
        n++;
        m1 |= 1;
        break;
      case "initialDecimal":
        n++;
        m1 |= 4;
        break;
      case "initialInteger":
        n++;
        m1 |= 16;
        break;
      case "initialDate":
        n++;
        m1 |= 64;
        break;
      case "initialDateTime":
        n++;
        m1 |= 256;
        break;
      case "initialTime":
        n++;
        m1 |= 1024;
        break;
      case "initialString":
        n++;
        m1 |= 4096;
        break;
      case "initialUri":
        n++;
        m1 |= 16384;
        break;
      case "initialAttachment":
        n++;
        m1 |= 65536;
        break;
      case "initialCoding":
        n++;
        m1 |= 131072;
        break;
      case "initialQuantity":
        n++;
        m1 |= 262144;
        break;
      case "initialReference":
        n++;
        m1 |= 524288;
        break;
      case "item":
        n++;
        m1 |= 1048576;
        break;
      case "_linkId":
        n++;
        m0 |= 16;
        break;
      case "_definition":
        n++;
        m0 |= 64;
        break;
      case "_prefix":
        n++;
        m0 |= 512;
        break;
      case "_text":
        n++;
        m0 |= 2048;
        break;
      case "_type":
        n++;
        m0 |= 8192;
        break;
      case "_required":
        n++;
        m0 |= 65536;
        break;
      case "_repeats":
        n++;
        m0 |= 262144;
        break;
      case "_readOnly":
        n++;
        m0 |= 1048576;
        break;
      case "_maxLength":
        n++;
        m0 |= 4194304;
        break;
      case "_initialBoolean":
        n++;
        m1 |= 2;
        break;
      case "_initialDecimal":
        n++;
        m1 |= 8;
        break;
      case "_initialInteger":
        n++;
        m1 |= 32;
        break;
      case "_initialDate":
        n++;
        m1 |= 128;
        break;
      case "_initialDateTime":
        n++;
        m1 |= 512;
        break;
      case "_initialTime":
        n++;
        m1 |= 2048;
        break;
      case "_initialString":
        n++;
        m1 |= 8192;
        break;
      case "_initialUri":
        n++;
        m1 |= 32768;
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
    if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_1) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(o.linkId) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.linkId, o._linkId, x, p, "linkId", d, 1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidUri(o.definition) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.definition, o._definition, x, p, "definition", d, 0, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.many(o.code, x, p, "code", d, 0, -1, import_Coding.checkCoding) && x.c === null) return false;
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(o.prefix) && (m0 & 512) === 0)) {
      if (!vrt.prim(o.prefix, o._prefix, x, p, "prefix", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidString(o.text) && (m0 & 2048) === 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(o.type) && (m0 & 8192) === 0)) {
    if (!vrt.prim(o.type, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
  }
  if (!vrt.codeIn(o.type, vcodes.inCodes154)) {
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(o.enableWhen, x, p, "enableWhen", d, 0, -1, import_Questionnaire.checkQuestionnaireItemEnableWhen) && x.c === null)
      return false;
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidBoolean(o.required) && (m0 & 65536) === 0)) {
      if (!vrt.prim(o.required, o._required, x, p, "required", d, 0, vrt.isValidBoolean, "boolean", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidBoolean(o.repeats) && (m0 & 262144) === 0)) {
      if (!vrt.prim(o.repeats, o._repeats, x, p, "repeats", d, 0, vrt.isValidBoolean, "boolean", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidBoolean(o.readOnly) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(o.readOnly, o._readOnly, x, p, "readOnly", d, 0, vrt.isValidBoolean, "boolean", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidInteger(o.maxLength) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(o.maxLength, o._maxLength, x, p, "maxLength", d, 0, vrt.isValidInteger, "integer", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(o.options, x, p, "options", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.options, false, x, p, "options", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.many(o.option, x, p, "option", d, 0, -1, checkCQIFQuestionnaireItemOption) && x.c === null) return false;
  }
  if (vrt.bitCount(m1 & 1048575) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "initial", 0) && x.c === null) return false;
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidBoolean(o.initialBoolean) && (m1 & 2) === 0)) {
      if (!vrt.prim(
        o.initialBoolean,
        o._initialBoolean,
        x,
        p,
        "initial.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidDecimal(o.initialDecimal) && (m1 & 8) === 0)) {
      if (!vrt.prim(
        o.initialDecimal,
        o._initialDecimal,
        x,
        p,
        "initial.ofType(decimal)",
        d,
        0,
        vrt.isValidDecimal,
        "decimal",
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 48) !== 0) {
    if (!(vrt.isValidInteger(o.initialInteger) && (m1 & 32) === 0)) {
      if (!vrt.prim(
        o.initialInteger,
        o._initialInteger,
        x,
        p,
        "initial.ofType(integer)",
        d,
        0,
        vrt.isValidInteger,
        "integer",
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 192) !== 0) {
    if (!(vrt.isValidDate(o.initialDate) && (m1 & 128) === 0)) {
      if (!vrt.prim(
        o.initialDate,
        o._initialDate,
        x,
        p,
        "initial.ofType(date)",
        d,
        0,
        vrt.isValidDate,
        "date",
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 768) !== 0) {
    if (!(vrt.isValidDateTime(o.initialDateTime) && (m1 & 512) === 0)) {
      if (!vrt.prim(
        o.initialDateTime,
        o._initialDateTime,
        x,
        p,
        "initial.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3072) !== 0) {
    if (!(vrt.isValidTime(o.initialTime) && (m1 & 2048) === 0)) {
      if (!vrt.prim(
        o.initialTime,
        o._initialTime,
        x,
        p,
        "initial.ofType(time)",
        d,
        0,
        vrt.isValidTime,
        "time",
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12288) !== 0) {
    if (!(vrt.isValidString(o.initialString) && (m1 & 8192) === 0)) {
      if (!vrt.prim(
        o.initialString,
        o._initialString,
        x,
        p,
        "initial.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 49152) !== 0) {
    if (!(vrt.isValidUri(o.initialUri) && (m1 & 32768) === 0)) {
      if (!vrt.prim(o.initialUri, o._initialUri, x, p, "initial.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.one(o.initialAttachment, x, p, "initial.ofType(Attachment)", d, 0, import_Attachment.checkAttachment) && x.c === null)
      return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.one(o.initialCoding, x, p, "initial.ofType(Coding)", d, 0, import_Coding.checkCoding) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.one(o.initialQuantity, x, p, "initial.ofType(Quantity)", d, 0, import_Quantity.checkQuantity) && x.c === null)
      return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.one(o.initialReference, x, p, "initial.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
  }
  if ((m1 & 1048576) !== 0) {
    if (!vrt.many(o.item, x, p, "item", d, 0, -1, checkCQIFQuestionnaireItem) && x.c === null) return false;
  }
  if ((m0 & 1572864) !== 0) {
    if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  }
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_1) && x.c === null) return false;
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_2) && x.c === null) return false;
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_3) && x.c === null) return false;
  if ((m0 & 16777216) !== 0) {
    if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_4) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_5) && x.c === null) return false;
  }
  if (!vrt.checkInvariant(o, x, p, INVARIANT_7) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_8) && x.c === null) return false;
  return true;
}
function checkCQIFQuestionnaireItemOption(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Questionnaire.item.option");
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
      case "valueInteger":
        n++;
        m0 |= 8;
        break;
      case "valueDate":
        n++;
        m0 |= 32;
        break;
      case "valueTime":
        n++;
        m0 |= 128;
        break;
      case "valueString":
        n++;
        m0 |= 512;
        break;
      case "valueCoding":
        n++;
        m0 |= 2048;
        break;
      case "_valueInteger":
        n++;
        m0 |= 16;
        break;
      case "_valueDate":
        n++;
        m0 |= 64;
        break;
      case "_valueTime":
        n++;
        m0 |= 256;
        break;
      case "_valueString":
        n++;
        m0 |= 1024;
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
    if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_2) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null)
      return false;
  }
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "value", 1) && x.c === null) return false;
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidInteger(o.valueInteger) && (m0 & 16) === 0)) {
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
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidDate(o.valueDate) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.valueDate, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidTime(o.valueTime) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.valueTime, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(o.valueString) && (m0 & 1024) === 0)) {
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
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(o.valueCoding, x, p, "value.ofType(Coding)", d, 0, import_Coding.checkCoding) && x.c === null) return false;
  }
  return true;
}
function validateCQIFQuestionnaire(value, options) {
  return vrt.validateWith(value, "Questionnaire", checkCQIFQuestionnaire, true, options, REGISTRY_0);
}
function isCQIFQuestionnaire(value, options) {
  return vrt.testWith(value, checkCQIFQuestionnaire, true, options, REGISTRY_0);
}
function buildCQIFQuestionnaire(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "Questionnaire", profile: "http://hl7.org/fhir/StructureDefinition/cqif-questionnaire" },
    isCQIFQuestionnaire,
    validateCQIFQuestionnaire,
    "CQIFQuestionnaire"
  );
}
