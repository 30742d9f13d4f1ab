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
var Questionnaire_exports = {};
__export(Questionnaire_exports, {
  buildQuestionnaire: () => buildQuestionnaire,
  checkQuestionnaire: () => checkQuestionnaire,
  checkQuestionnaireItem: () => checkQuestionnaireItem,
  checkQuestionnaireItemEnableWhen: () => checkQuestionnaireItemEnableWhen,
  checkQuestionnaireItemOption: () => checkQuestionnaireItemOption,
  isQuestionnaire: () => isQuestionnaire,
  validateQuestionnaire: () => validateQuestionnaire
});
module.exports = __toCommonJS(Questionnaire_exports);
var import_Attachment = require("./Attachment.js");
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Coding = require("./Coding.js");
var import_ContactDetail = require("./ContactDetail.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Quantity = require("./Quantity.js");
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
const INVARIANT_2 = vrt.invariant({
  key: "que-8",
  path: "Questionnaire.item",
  expression: "(type!='group' and type!='display') or initial.empty()",
  severity: "error",
  human: "Default values can't be specified for groups or display items"
});
const INVARIANT_3 = vrt.invariant({
  key: "que-6",
  path: "Questionnaire.item",
  expression: "type!='display' or (required.empty() and repeats.empty())",
  severity: "error",
  human: "Required and repeat aren't permitted for display items"
});
const INVARIANT_4 = vrt.invariant({
  key: "que-5",
  path: "Questionnaire.item",
  expression: "(type ='choice' or type = 'open-choice') or (options.empty() and option.empty())",
  severity: "error",
  human: "Only 'choice' items can have options"
});
const INVARIANT_5 = vrt.invariant({
  key: "que-4",
  path: "Questionnaire.item",
  expression: "option.empty() or options.empty()",
  severity: "error",
  human: "A question cannot have both option and options"
});
const INVARIANT_6 = vrt.invariant({
  key: "que-3",
  path: "Questionnaire.item",
  expression: "type!='display' or code.empty()",
  severity: "error",
  human: 'Display items cannot have a "code" asserted'
});
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
const OWNER_2 = { paths: ["Questionnaire.item.enableWhen"], type: "BackboneElement", exact: true };
const CHOICE_1 = vrt.choiceVariants([
  "answerBoolean",
  "answerDecimal",
  "answerInteger",
  "answerDate",
  "answerDateTime",
  "answerTime",
  "answerString",
  "answerUri",
  "answerAttachment",
  "answerCoding",
  "answerQuantity",
  "answerReference"
]);
const CHOICE_KEYS_1 = [
  ["answerBoolean", "_answerBoolean"],
  ["answerDecimal", "_answerDecimal"],
  ["answerInteger", "_answerInteger"],
  ["answerDate", "_answerDate"],
  ["answerDateTime", "_answerDateTime"],
  ["answerTime", "_answerTime"],
  ["answerString", "_answerString"],
  ["answerUri", "_answerUri"],
  ["answerAttachment", "_answerAttachment"],
  ["answerCoding", "_answerCoding"],
  ["answerQuantity", "_answerQuantity"],
  ["answerReference", "_answerReference"]
];
const INVARIANT_9 = vrt.invariant({
  key: "que-7",
  path: "Questionnaire.item.enableWhen",
  expression: "hasAnswer.exists() xor answer.exists()",
  severity: "error",
  human: "enableWhen must contain either a 'answer' or a 'hasAnswer' element"
});
const OWNER_3 = { paths: ["Questionnaire.item.option"], type: "BackboneElement", exact: true };
const CHOICE_2 = vrt.choiceVariants([
  "valueInteger",
  "valueDate",
  "valueTime",
  "valueString",
  "valueCoding"
]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/Questionnaire",
      check: checkQuestionnaire,
      type: "Questionnaire",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkQuestionnaire(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Questionnaire");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Questionnaire") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28;
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
      case "url":
        m0 |= 2048;
        e8 = o[k];
        break;
      case "identifier":
        m0 |= 8192;
        e9 = o[k];
        break;
      case "version":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "name":
        m0 |= 65536;
        e11 = o[k];
        break;
      case "title":
        m0 |= 262144;
        e12 = o[k];
        break;
      case "status":
        m0 |= 1048576;
        e13 = o[k];
        break;
      case "experimental":
        m0 |= 4194304;
        e14 = o[k];
        break;
      case "date":
        m0 |= 16777216;
        e15 = o[k];
        break;
      case "publisher":
        m0 |= 67108864;
        e16 = o[k];
        break;
      case "description":
        m0 |= 268435456;
        e17 = o[k];
        break;
      case "purpose":
        m1 |= 1;
        e18 = o[k];
        break;
      case "approvalDate":
        m1 |= 4;
        e19 = o[k];
        break;
      case "lastReviewDate":
        m1 |= 16;
        e20 = o[k];
        break;
      case "effectivePeriod":
        m1 |= 64;
        e21 = o[k];
        break;
      case "useContext":
        m1 |= 128;
        e22 = o[k];
        break;
      case "jurisdiction":
        m1 |= 256;
        e23 = o[k];
        break;
      case "contact":
        m1 |= 512;
        e24 = o[k];
        break;
      case "copyright":
        m1 |= 1024;
        e25 = o[k];
        break;
      case "code":
        m1 |= 4096;
        e26 = o[k];
        break;
      case "subjectType":
        m1 |= 8192;
        e27 = o[k];
        break;
      case "item":
        m1 |= 32768;
        e28 = o[k];
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
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidUri(e8) && (m0 & 4096) === 0)) {
      if (!vrt.prim(e8, o._url, x, p, "url", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(e9, x, p, "identifier", d, 0, -1, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidString(e10) && (m0 & 32768) === 0)) {
      if (!vrt.prim(e10, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidString(e11) && (m0 & 131072) === 0)) {
      if (!vrt.prim(e11, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidString(e12) && (m0 & 524288) === 0)) {
      if (!vrt.prim(e12, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(e13) && (m0 & 2097152) === 0)) {
    if (!vrt.prim(e13, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e13, vcodes.inCodes3)) {
    if (!vrt.eachWith(e13, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidBoolean(e14) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(e14, o._experimental, x, p, "experimental", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidDateTime(e15) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(e15, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidString(e16) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(e16, o._publisher, x, p, "publisher", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 805306368) !== 0) {
    if (!(vrt.isValidMarkdown(e17) && (m0 & 536870912) === 0)) {
      if (!vrt.prim(e17, o._description, x, p, "description", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidMarkdown(e18) && (m1 & 2) === 0)) {
      if (!vrt.prim(e18, o._purpose, x, p, "purpose", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidDate(e19) && (m1 & 8) === 0)) {
      if (!vrt.prim(e19, o._approvalDate, x, p, "approvalDate", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 48) !== 0) {
    if (!(vrt.isValidDate(e20) && (m1 & 32) === 0)) {
      if (!vrt.prim(e20, o._lastReviewDate, x, p, "lastReviewDate", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(e21, x, p, "effectivePeriod", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.many(e22, x, p, "useContext", d, 0, -1, import_UsageContext.checkUsageContext) && x.c === null) return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.many(e23, x, p, "jurisdiction", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e23, true, x, p, "jurisdiction", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.many(e24, x, p, "contact", d, 0, -1, import_ContactDetail.checkContactDetail) && x.c === null) return false;
  }
  if ((m1 & 3072) !== 0) {
    if (!(vrt.isValidMarkdown(e25) && (m1 & 2048) === 0)) {
      if (!vrt.prim(e25, o._copyright, x, p, "copyright", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.many(e26, x, p, "code", d, 0, -1, import_Coding.checkCoding) && x.c === null) return false;
  }
  if ((m1 & 24576) !== 0) {
    if (!vrt.prims(e27, o._subjectType, x, p, "subjectType", d, 0, -1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
    if (!vrt.eachWith(e27, true, x, p, "subjectType", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.many(e28, x, p, "item", d, 0, -1, checkQuestionnaireItem) && x.c === null) return false;
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
function checkQuestionnaireItem(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Questionnaire.item");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28;
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
      case "linkId":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "definition":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "code":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "prefix":
        n++;
        m0 |= 256;
        e6 = o[k];
        break;
      case "text":
        n++;
        m0 |= 1024;
        e7 = o[k];
        break;
      case "type":
        n++;
        m0 |= 4096;
        e8 = o[k];
        break;
      case "enableWhen":
        n++;
        m0 |= 16384;
        e9 = o[k];
        break;
      case "required":
        n++;
        m0 |= 32768;
        e10 = o[k];
        break;
      case "repeats":
        n++;
        m0 |= 131072;
        e11 = o[k];
        break;
      case "readOnly":
        n++;
        m0 |= 524288;
        e12 = o[k];
        break;
      case "maxLength":
        n++;
        m0 |= 2097152;
        e13 = o[k];
        break;
      case "options":
        n++;
        m0 |= 8388608;
        e14 = o[k];
        break;
      case "option":
        n++;
        m0 |= 16777216;
        e15 = o[k];
        break;
      case "initialBoolean":
        n++;
        m1 |= 1;
        e16 = o[k];
        break;
      case "initialDecimal":
        n++;
        m1 |= 4;
        e17 = o[k];
        break;
      case "initialInteger":
        n++;
        m1 |= 16;
        e18 = o[k];
        break;
      case "initialDate":
        n++;
        m1 |= 64;
        e19 = o[k];
        break;
      case "initialDateTime":
        n++;
        m1 |= 256;
        e20 = o[k];
        break;
      case "initialTime":
        n++;
        m1 |= 1024;
        e21 = o[k];
        break;
      case "initialString":
        n++;
        m1 |= 4096;
        e22 = o[k];
        break;
      case "initialUri":
        n++;
        m1 |= 16384;
        e23 = o[k];
        break;
      case "initialAttachment":
        n++;
        m1 |= 65536;
        e24 = o[k];
        break;
      case "initialCoding":
        n++;
        m1 |= 131072;
        e25 = o[k];
        break;
      case "initialQuantity":
        n++;
        m1 |= 262144;
        e26 = o[k];
        break;
      case "initialReference":
        n++;
        m1 |= 524288;
        e27 = o[k];
        break;
      case "item":
        n++;
        m1 |= 1048576;
        e28 = o[k];
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
  if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._linkId, x, p, "linkId", d, 1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidUri(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._definition, x, p, "definition", d, 0, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.many(e5, x, p, "code", d, 0, -1, import_Coding.checkCoding) && x.c === null) return false;
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 512) === 0)) {
      if (!vrt.prim(e6, o._prefix, x, p, "prefix", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidString(e7) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e7, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(e8) && (m0 & 8192) === 0)) {
    if (!vrt.prim(e8, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
  }
  if (!vrt.codeIn(e8, vcodes.inCodes154)) {
    if (!vrt.eachWith(e8, false, x, p, "type", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(e9, x, p, "enableWhen", d, 0, -1, checkQuestionnaireItemEnableWhen) && x.c === null) return false;
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidBoolean(e10) && (m0 & 65536) === 0)) {
      if (!vrt.prim(e10, o._required, x, p, "required", d, 0, vrt.isValidBoolean, "boolean", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidBoolean(e11) && (m0 & 262144) === 0)) {
      if (!vrt.prim(e11, o._repeats, x, p, "repeats", d, 0, vrt.isValidBoolean, "boolean", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidBoolean(e12) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(e12, o._readOnly, x, p, "readOnly", d, 0, vrt.isValidBoolean, "boolean", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidInteger(e13) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(e13, o._maxLength, x, p, "maxLength", d, 0, vrt.isValidInteger, "integer", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(e14, x, p, "options", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e14, false, x, p, "options", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.many(e15, x, p, "option", d, 0, -1, checkQuestionnaireItemOption) && x.c === null) return false;
  }
  if (vrt.bitCount(m1 & 1048575) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "initial", 0) && x.c === null) return false;
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidBoolean(e16) && (m1 & 2) === 0)) {
      if (!vrt.prim(
        e16,
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
    if (!(vrt.isValidDecimal(e17) && (m1 & 8) === 0)) {
      if (!vrt.prim(
        e17,
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
    if (!(vrt.isValidInteger(e18) && (m1 & 32) === 0)) {
      if (!vrt.prim(
        e18,
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
    if (!(vrt.isValidDate(e19) && (m1 & 128) === 0)) {
      if (!vrt.prim(e19, o._initialDate, x, p, "initial.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m1 & 768) !== 0) {
    if (!(vrt.isValidDateTime(e20) && (m1 & 512) === 0)) {
      if (!vrt.prim(
        e20,
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
    if (!(vrt.isValidTime(e21) && (m1 & 2048) === 0)) {
      if (!vrt.prim(e21, o._initialTime, x, p, "initial.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12288) !== 0) {
    if (!(vrt.isValidString(e22) && (m1 & 8192) === 0)) {
      if (!vrt.prim(e22, o._initialString, x, p, "initial.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m1 & 49152) !== 0) {
    if (!(vrt.isValidUri(e23) && (m1 & 32768) === 0)) {
      if (!vrt.prim(e23, o._initialUri, x, p, "initial.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.one(e24, x, p, "initial.ofType(Attachment)", d, 0, import_Attachment.checkAttachment) && x.c === null) return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.one(e25, x, p, "initial.ofType(Coding)", d, 0, import_Coding.checkCoding) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.one(e26, x, p, "initial.ofType(Quantity)", d, 0, import_Quantity.checkQuantity) && x.c === null) return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.one(e27, x, p, "initial.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m1 & 1048576) !== 0) {
    if (!vrt.many(e28, x, p, "item", d, 0, -1, checkQuestionnaireItem) && x.c === null) return false;
  }
  if ((m0 & 1572864) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpNeValue(vrt.fpOneValue(o["_type"], o["type"]), "display"),
          vrt.fpSizeOfValue(o["_readOnly"], o["readOnly"]) === 0
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_1) && x.c === null) return false;
    }
  }
  {
    let r;
    try {
      r = vrt.fpOr3(
        vrt.fpAnd3(
          vrt.fpNeValue(vrt.fpOneValue(o["_type"], o["type"]), "group"),
          vrt.fpNeValue(vrt.fpOneValue(o["_type"], o["type"]), "display")
        ),
        vrt.fpSizeOfChoice(o, CHOICE_KEYS_0) === 0
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_2) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpOr3(
        vrt.fpNeValue(vrt.fpOneValue(o["_type"], o["type"]), "display"),
        vrt.fpAnd3(
          vrt.fpSizeOfValue(o["_required"], o["required"]) === 0,
          vrt.fpSizeOfValue(o["_repeats"], o["repeats"]) === 0
        )
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_3) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpOr3(
        vrt.fpOr3(
          vrt.fpEqValue(vrt.fpOneValue(o["_type"], o["type"]), "choice"),
          vrt.fpEqValue(vrt.fpOneValue(o["_type"], o["type"]), "open-choice")
        ),
        vrt.fpAnd3(
          vrt.fpSizeOfValue(o["_options"], o["options"]) === 0,
          vrt.fpSizeOfValue(o["_option"], o["option"]) === 0
        )
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_4) && x.c === null) return false;
  }
  if ((m0 & 16777216) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfValue(o["_option"], o["option"]) === 0,
          vrt.fpSizeOfValue(o["_options"], o["options"]) === 0
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_5) && x.c === null) return false;
    }
  }
  if ((m0 & 128) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpNeValue(vrt.fpOneValue(o["_type"], o["type"]), "display"),
          vrt.fpSizeOfValue(o["_code"], o["code"]) === 0
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_6) && x.c === null) return false;
    }
  }
  if (!vrt.checkInvariant(o, x, p, INVARIANT_7) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_8) && x.c === null) return false;
  return true;
}
function checkQuestionnaireItemEnableWhen(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Questionnaire.item.enableWhen");
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
      case "question":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "hasAnswer":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "answerBoolean":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "answerDecimal":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "answerInteger":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "answerDate":
        n++;
        m0 |= 8192;
        e8 = o[k];
        break;
      case "answerDateTime":
        n++;
        m0 |= 32768;
        e9 = o[k];
        break;
      case "answerTime":
        n++;
        m0 |= 131072;
        e10 = o[k];
        break;
      case "answerString":
        n++;
        m0 |= 524288;
        e11 = o[k];
        break;
      case "answerUri":
        n++;
        m0 |= 2097152;
        e12 = o[k];
        break;
      case "answerAttachment":
        n++;
        m0 |= 8388608;
        e13 = o[k];
        break;
      case "answerCoding":
        n++;
        m0 |= 16777216;
        e14 = o[k];
        break;
      case "answerQuantity":
        n++;
        m0 |= 33554432;
        e15 = o[k];
        break;
      case "answerReference":
        n++;
        m0 |= 67108864;
        e16 = o[k];
        break;
      case "_question":
        n++;
        m0 |= 16;
        break;
      case "_hasAnswer":
        n++;
        m0 |= 64;
        break;
      case "_answerBoolean":
        n++;
        m0 |= 256;
        break;
      case "_answerDecimal":
        n++;
        m0 |= 1024;
        break;
      case "_answerInteger":
        n++;
        m0 |= 4096;
        break;
      case "_answerDate":
        n++;
        m0 |= 16384;
        break;
      case "_answerDateTime":
        n++;
        m0 |= 65536;
        break;
      case "_answerTime":
        n++;
        m0 |= 262144;
        break;
      case "_answerString":
        n++;
        m0 |= 1048576;
        break;
      case "_answerUri":
        n++;
        m0 |= 4194304;
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
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._question, x, p, "question", d, 1, vrt.isValidString, "string", OWNER_2) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._hasAnswer, x, p, "hasAnswer", d, 0, vrt.isValidBoolean, "boolean", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (vrt.bitCount(m0 & 134217600) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "answer", 0) && x.c === null) return false;
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidBoolean(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._answerBoolean, x, p, "answer.ofType(boolean)", d, 0, vrt.isValidBoolean, "boolean", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidDecimal(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._answerDecimal, x, p, "answer.ofType(decimal)", d, 0, vrt.isValidDecimal, "decimal", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidInteger(e7) && (m0 & 4096) === 0)) {
      if (!vrt.prim(e7, o._answerInteger, x, p, "answer.ofType(integer)", d, 0, vrt.isValidInteger, "integer", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidDate(e8) && (m0 & 16384) === 0)) {
      if (!vrt.prim(e8, o._answerDate, x, p, "answer.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidDateTime(e9) && (m0 & 65536) === 0)) {
      if (!vrt.prim(
        e9,
        o._answerDateTime,
        x,
        p,
        "answer.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidTime(e10) && (m0 & 262144) === 0)) {
      if (!vrt.prim(e10, o._answerTime, x, p, "answer.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidString(e11) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(e11, o._answerString, x, p, "answer.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidUri(e12) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(e12, o._answerUri, x, p, "answer.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(e13, x, p, "answer.ofType(Attachment)", d, 0, import_Attachment.checkAttachment) && x.c === null) return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(e14, x, p, "answer.ofType(Coding)", d, 0, import_Coding.checkCoding) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(e15, x, p, "answer.ofType(Quantity)", d, 0, import_Quantity.checkQuantity) && x.c === null) return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(e16, x, p, "answer.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpXor3(vrt.fpSizeOfValue(o["_hasAnswer"], o["hasAnswer"]) > 0, vrt.fpSizeOfChoice(o, CHOICE_KEYS_1) > 0);
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_9) && x.c === null) return false;
  }
  return true;
}
function checkQuestionnaireItemOption(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Questionnaire.item.option");
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
      case "modifierExtension":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "valueInteger":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "valueDate":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "valueTime":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "valueString":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "valueCoding":
        n++;
        m0 |= 2048;
        e7 = o[k];
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_2, x, p, "value", 1) && x.c === null) return false;
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidInteger(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._valueInteger, x, p, "value.ofType(integer)", d, 0, vrt.isValidInteger, "integer", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidDate(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidTime(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._valueString, x, p, "value.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(e7, x, p, "value.ofType(Coding)", d, 0, import_Coding.checkCoding) && x.c === null) return false;
  }
  return true;
}
function validateQuestionnaire(value, options) {
  return vrt.validateWith(value, "Questionnaire", checkQuestionnaire, true, options, REGISTRY_0);
}
function isQuestionnaire(value, options) {
  return vrt.testWith(value, checkQuestionnaire, true, options, REGISTRY_0);
}
function buildQuestionnaire(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "Questionnaire" },
    isQuestionnaire,
    validateQuestionnaire,
    "Questionnaire"
  );
}
