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
var FamilyMemberHistory_exports = {};
__export(FamilyMemberHistory_exports, {
  buildFamilyMemberHistory: () => buildFamilyMemberHistory,
  checkFamilyMemberHistory: () => checkFamilyMemberHistory,
  checkFamilyMemberHistoryCondition: () => checkFamilyMemberHistoryCondition,
  isFamilyMemberHistory: () => isFamilyMemberHistory,
  validateFamilyMemberHistory: () => validateFamilyMemberHistory
});
module.exports = __toCommonJS(FamilyMemberHistory_exports);
var import_Age = require("./Age.js");
var import_Annotation = require("./Annotation.js");
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Range = require("./Range.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["FamilyMemberHistory"], type: "FamilyMemberHistory", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = ["PlanDefinition", "Questionnaire"];
const BINDING_1 = {
  has: vcodes.inCodes221,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/history-status"
};
const TARGETS_1 = ["Patient"];
const BINDING_2 = {
  has: vcodes.inCodes109,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/administrative-gender"
};
const CHOICE_0 = vrt.choiceVariants(["bornPeriod", "bornDate", "bornString"]);
const CHOICE_1 = vrt.choiceVariants(["ageAge", "ageRange", "ageString"]);
const CHOICE_2 = vrt.choiceVariants([
  "deceasedBoolean",
  "deceasedAge",
  "deceasedRange",
  "deceasedDate",
  "deceasedString"
]);
const TARGETS_2 = ["AllergyIntolerance", "Condition", "Observation", "QuestionnaireResponse"];
const CHOICE_KEYS_0 = [
  ["ageAge", "_ageAge"],
  ["ageRange", "_ageRange"],
  ["ageString", "_ageString"]
];
const INVARIANT_0 = vrt.invariant({
  key: "fhs-2",
  path: "FamilyMemberHistory",
  expression: "age.exists() or estimatedAge.empty()",
  severity: "error",
  human: "Can only have estimatedAge if age[x] is present"
});
const INVARIANT_1 = vrt.invariant({
  key: "fhs-3",
  path: "FamilyMemberHistory",
  expression: "notDone or notDoneReason.exists().not()",
  severity: "error",
  human: 'Not Done Reason can only be specified if NotDone is "true"'
});
const CHOICE_KEYS_1 = [
  ["bornPeriod", "_bornPeriod"],
  ["bornDate", "_bornDate"],
  ["bornString", "_bornString"]
];
const INVARIANT_2 = vrt.invariant({
  key: "fhs-1",
  path: "FamilyMemberHistory",
  expression: "age.empty() or born.empty()",
  severity: "error",
  human: "Can have age[x] or born[x], but not both"
});
const OWNER_1 = { paths: ["FamilyMemberHistory.condition"], type: "BackboneElement", exact: true };
const CHOICE_3 = vrt.choiceVariants([
  "onsetAge",
  "onsetRange",
  "onsetPeriod",
  "onsetString"
]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/FamilyMemberHistory",
      check: checkFamilyMemberHistory,
      type: "FamilyMemberHistory",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkFamilyMemberHistory(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "FamilyMemberHistory");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "FamilyMemberHistory") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31, e32, e33;
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
      case "definition":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "status":
        m0 |= 8192;
        e10 = o[k];
        break;
      case "notDone":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "notDoneReason":
        m0 |= 131072;
        e12 = o[k];
        break;
      case "patient":
        m0 |= 262144;
        e13 = o[k];
        break;
      case "date":
        m0 |= 524288;
        e14 = o[k];
        break;
      case "name":
        m0 |= 2097152;
        e15 = o[k];
        break;
      case "relationship":
        m0 |= 8388608;
        e16 = o[k];
        break;
      case "gender":
        m0 |= 16777216;
        e17 = o[k];
        break;
      case "bornPeriod":
        m0 |= 67108864;
        e18 = o[k];
        break;
      case "bornDate":
        m0 |= 134217728;
        e19 = o[k];
        break;
      case "bornString":
        m0 |= 536870912;
        e20 = o[k];
        break;
      case "ageAge":
        m1 |= 1;
        e21 = o[k];
        break;
      case "ageRange":
        m1 |= 2;
        e22 = o[k];
        break;
      case "ageString":
        m1 |= 4;
        e23 = o[k];
        break;
      case "estimatedAge":
        m1 |= 16;
        e24 = o[k];
        break;
      case "deceasedBoolean":
        m1 |= 64;
        e25 = o[k];
        break;
      case "deceasedAge":
        m1 |= 256;
        e26 = o[k];
        break;
      case "deceasedRange":
        m1 |= 512;
        e27 = o[k];
        break;
      case "deceasedDate":
        m1 |= 1024;
        e28 = o[k];
        break;
      case "deceasedString":
        m1 |= 4096;
        e29 = o[k];
        break;
      case "reasonCode":
        m1 |= 16384;
        e30 = o[k];
        break;
      case "reasonReference":
        m1 |= 32768;
        e31 = o[k];
        break;
      case "note":
        m1 |= 65536;
        e32 = o[k];
        break;
      case "condition":
        m1 |= 131072;
        e33 = o[k];
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
      case "_notDone":
        m0 |= 65536;
        break;
      case "_date":
        m0 |= 1048576;
        break;
      case "_name":
        m0 |= 4194304;
        break;
      case "_gender":
        m0 |= 33554432;
        break;
      case "_bornDate":
        m0 |= 268435456;
        break;
      case "_bornString":
        m0 |= 1073741824;
        break;
      case "_ageString":
        m1 |= 8;
        break;
      case "_estimatedAge":
        m1 |= 32;
        break;
      case "_deceasedBoolean":
        m1 |= 128;
        break;
      case "_deceasedDate":
        m1 |= 2048;
        break;
      case "_deceasedString":
        m1 |= 8192;
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
    if (!vrt.many(e9, x, p, "definition", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e9, true, x, p, "definition", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e10) && (m0 & 16384) === 0)) {
    if (!vrt.prim(e10, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e10, vcodes.inCodes221)) {
    if (!vrt.eachWith(e10, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidBoolean(e11) && (m0 & 65536) === 0)) {
      if (!vrt.prim(e11, o._notDone, x, p, "notDone", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(e12, x, p, "notDoneReason", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(e13, x, p, "patient", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e13, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidDateTime(e14) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(e14, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidString(e15) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(e15, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!vrt.one(e16, x, p, "relationship", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidCode(e17) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(e17, o._gender, x, p, "gender", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e17, vcodes.inCodes109)) {
      if (!vrt.eachWith(e17, false, x, p, "gender", vrt.checkCode, BINDING_2) && x.c === null) return false;
    }
  }
  if (vrt.bitCount(m0 & 2080374784) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "born", 0) && x.c === null) return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(e18, x, p, "born.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidDate(e19) && (m0 & 268435456) === 0)) {
      if (!vrt.prim(e19, o._bornDate, x, p, "born.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidString(e20) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(e20, o._bornString, x, p, "born.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (vrt.bitCount(m1 & 15) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "age", 0) && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.one(e21, x, p, "age.ofType(Age)", d, 0, import_Age.checkAge) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.one(e22, x, p, "age.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidString(e23) && (m1 & 8) === 0)) {
      if (!vrt.prim(e23, o._ageString, x, p, "age.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 48) !== 0) {
    if (!(vrt.isValidBoolean(e24) && (m1 & 32) === 0)) {
      if (!vrt.prim(e24, o._estimatedAge, x, p, "estimatedAge", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (vrt.bitCount(m1 & 16320) > 1) {
    if (!vrt.checkChoice(o, CHOICE_2, x, p, "deceased", 0) && x.c === null) return false;
  }
  if ((m1 & 192) !== 0) {
    if (!(vrt.isValidBoolean(e25) && (m1 & 128) === 0)) {
      if (!vrt.prim(
        e25,
        o._deceasedBoolean,
        x,
        p,
        "deceased.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(e26, x, p, "deceased.ofType(Age)", d, 0, import_Age.checkAge) && x.c === null) return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(e27, x, p, "deceased.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if ((m1 & 3072) !== 0) {
    if (!(vrt.isValidDate(e28) && (m1 & 2048) === 0)) {
      if (!vrt.prim(e28, o._deceasedDate, x, p, "deceased.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12288) !== 0) {
    if (!(vrt.isValidString(e29) && (m1 & 8192) === 0)) {
      if (!vrt.prim(
        e29,
        o._deceasedString,
        x,
        p,
        "deceased.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.many(e30, x, p, "reasonCode", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.many(e31, x, p, "reasonReference", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e31, true, x, p, "reasonReference", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.many(e32, x, p, "note", d, 0, -1, import_Annotation.checkAnnotation) && x.c === null) return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.many(e33, x, p, "condition", d, 0, -1, checkFamilyMemberHistoryCondition) && x.c === null) return false;
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
  if ((m1 & 48) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfChoice(o, CHOICE_KEYS_0) > 0,
          vrt.fpSizeOfValue(o["_estimatedAge"], o["estimatedAge"]) === 0
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
    }
  }
  if ((m0 & 131072) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpTruthValue(vrt.fpOneValue(o["_notDone"], o["notDone"])),
          !(vrt.fpSizeOfValue(o["_notDoneReason"], o["notDoneReason"]) > 0)
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
      r = vrt.fpOr3(vrt.fpSizeOfChoice(o, CHOICE_KEYS_0) === 0, vrt.fpSizeOfChoice(o, CHOICE_KEYS_1) === 0);
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_2) && x.c === null) return false;
  }
  return true;
}
function checkFamilyMemberHistoryCondition(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "FamilyMemberHistory.condition");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9;
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
      case "outcome":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "onsetAge":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "onsetRange":
        n++;
        m0 |= 64;
        e6 = o[k];
        break;
      case "onsetPeriod":
        n++;
        m0 |= 128;
        e7 = o[k];
        break;
      case "onsetString":
        n++;
        m0 |= 256;
        e8 = o[k];
        break;
      case "note":
        n++;
        m0 |= 1024;
        e9 = o[k];
        break;
      case "_onsetString":
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
  if (!vrt.one(e3, x, p, "code", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "outcome", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 992) > 1) {
    if (!vrt.checkChoice(o, CHOICE_3, x, p, "onset", 0) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "onset.ofType(Age)", d, 0, import_Age.checkAge) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e6, x, p, "onset.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e7, x, p, "onset.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(e8) && (m0 & 512) === 0)) {
      if (!vrt.prim(e8, o._onsetString, x, p, "onset.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.many(e9, x, p, "note", d, 0, -1, import_Annotation.checkAnnotation) && x.c === null) return false;
  }
  return true;
}
function validateFamilyMemberHistory(value, options) {
  return vrt.validateWith(value, "FamilyMemberHistory", checkFamilyMemberHistory, true, options, REGISTRY_0);
}
function isFamilyMemberHistory(value, options) {
  return vrt.testWith(value, checkFamilyMemberHistory, true, options, REGISTRY_0);
}
function buildFamilyMemberHistory(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "FamilyMemberHistory" },
    isFamilyMemberHistory,
    validateFamilyMemberHistory,
    "FamilyMemberHistory"
  );
}
