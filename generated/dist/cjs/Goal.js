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
var Goal_exports = {};
__export(Goal_exports, {
  buildGoal: () => buildGoal,
  checkGoal: () => checkGoal,
  checkGoalTarget: () => checkGoalTarget,
  isGoal: () => isGoal,
  validateGoal: () => validateGoal
});
module.exports = __toCommonJS(Goal_exports);
var import_Annotation = require("./Annotation.js");
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Duration = require("./Duration.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Quantity = require("./Quantity.js");
var import_Range = require("./Range.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["Goal"], type: "Goal", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes222,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/goal-status"
};
const BINDING_2 = {
  has: vcodes.inCodings223,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/goal-priority"
};
const TARGETS_0 = ["Group", "Organization", "Patient"];
const CHOICE_0 = vrt.choiceVariants(["startDate", "startCodeableConcept"]);
const TARGETS_1 = ["Patient", "Practitioner", "RelatedPerson"];
const TARGETS_2 = [
  "Condition",
  "MedicationStatement",
  "NutritionOrder",
  "Observation",
  "ProcedureRequest",
  "RiskAssessment"
];
const TARGETS_3 = ["Observation"];
const OWNER_1 = { paths: ["Goal.target"], type: "BackboneElement", exact: true };
const CHOICE_1 = vrt.choiceVariants([
  "detailQuantity",
  "detailRange",
  "detailCodeableConcept"
]);
const CHOICE_2 = vrt.choiceVariants(["dueDate", "dueDuration"]);
const CHOICE_KEYS_0 = [
  ["detailQuantity", "_detailQuantity"],
  ["detailRange", "_detailRange"],
  ["detailCodeableConcept", "_detailCodeableConcept"]
];
const INVARIANT_0 = vrt.invariant({
  key: "gol-1",
  path: "Goal.target",
  expression: "(detail.exists() and measure.exists()) or detail.exists().not()",
  severity: "error",
  human: "Goal.target.measure is required if Goal.target.detail is populated"
});
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [{ url: "http://hl7.org/fhir/StructureDefinition/Goal", check: checkGoal, type: "Goal", base: true }],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkGoal(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Goal");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Goal") && x.c === null) return false;
  let m0 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23;
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
      case "status":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "category":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "priority":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "description":
        m0 |= 65536;
        e12 = o[k];
        break;
      case "subject":
        m0 |= 131072;
        e13 = o[k];
        break;
      case "startDate":
        m0 |= 262144;
        e14 = o[k];
        break;
      case "startCodeableConcept":
        m0 |= 1048576;
        e15 = o[k];
        break;
      case "target":
        m0 |= 2097152;
        e16 = o[k];
        break;
      case "statusDate":
        m0 |= 4194304;
        e17 = o[k];
        break;
      case "statusReason":
        m0 |= 16777216;
        e18 = o[k];
        break;
      case "expressedBy":
        m0 |= 67108864;
        e19 = o[k];
        break;
      case "addresses":
        m0 |= 134217728;
        e20 = o[k];
        break;
      case "note":
        m0 |= 268435456;
        e21 = o[k];
        break;
      case "outcomeCode":
        m0 |= 536870912;
        e22 = o[k];
        break;
      case "outcomeReference":
        m0 |= 1073741824;
        e23 = o[k];
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
        m0 |= 8192;
        break;
      case "_startDate":
        m0 |= 524288;
        break;
      case "_statusDate":
        m0 |= 8388608;
        break;
      case "_statusReason":
        m0 |= 33554432;
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
  if (!(vrt.isValidCode(e9) && (m0 & 8192) === 0)) {
    if (!vrt.prim(e9, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e9, vcodes.inCodes222)) {
    if (!vrt.eachWith(e9, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(e10, x, p, "category", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(e11, x, p, "priority", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e11, false, x, p, "priority", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (!vrt.one(e12, x, p, "description", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(e13, x, p, "subject", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e13, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 1835008) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "start", 0) && x.c === null) return false;
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidDate(e14) && (m0 & 524288) === 0)) {
      if (!vrt.prim(e14, o._startDate, x, p, "start.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(e15, x, p, "start.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(e16, x, p, "target", d, 0, checkGoalTarget) && x.c === null) return false;
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidDate(e17) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(e17, o._statusDate, x, p, "statusDate", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidString(e18) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(e18, o._statusReason, x, p, "statusReason", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(e19, x, p, "expressedBy", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e19, false, x, p, "expressedBy", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(e20, x, p, "addresses", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e20, true, x, p, "addresses", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(e21, x, p, "note", d, 0, -1, import_Annotation.checkAnnotation) && x.c === null) return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.many(e22, x, p, "outcomeCode", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(e23, x, p, "outcomeReference", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e23, true, x, p, "outcomeReference", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
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
function checkGoalTarget(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Goal.target");
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
      case "measure":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "detailQuantity":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "detailRange":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "detailCodeableConcept":
        n++;
        m0 |= 64;
        e6 = o[k];
        break;
      case "dueDate":
        n++;
        m0 |= 128;
        e7 = o[k];
        break;
      case "dueDuration":
        n++;
        m0 |= 512;
        e8 = o[k];
        break;
      case "_dueDate":
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
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "measure", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 112) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "detail", 0) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "detail.ofType(Quantity)", d, 0, import_Quantity.checkQuantity) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "detail.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e6, x, p, "detail.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 896) > 1) {
    if (!vrt.checkChoice(o, CHOICE_2, x, p, "due", 0) && x.c === null) return false;
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidDate(e7) && (m0 & 256) === 0)) {
      if (!vrt.prim(e7, o._dueDate, x, p, "due.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(e8, x, p, "due.ofType(Duration)", d, 0, import_Duration.checkDuration) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpOr3(
        vrt.fpAnd3(vrt.fpSizeOfChoice(o, CHOICE_KEYS_0) > 0, vrt.fpSizeOfValue(o["_measure"], o["measure"]) > 0),
        !(vrt.fpSizeOfChoice(o, CHOICE_KEYS_0) > 0)
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
  }
  return true;
}
function validateGoal(value, options) {
  return vrt.validateWith(value, "Goal", checkGoal, true, options, REGISTRY_0);
}
function isGoal(value, options) {
  return vrt.testWith(value, checkGoal, true, options, REGISTRY_0);
}
function buildGoal(input) {
  return (0, import_fill.fillAndCheck)(input, { resourceType: "Goal" }, isGoal, validateGoal, "Goal");
}
