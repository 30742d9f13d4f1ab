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
const INVARIANT_0 = vrt.invariant({
  key: "gol-1",
  path: "Goal.target",
  expression: "(detail.exists() and measure.exists()) or detail.exists().not()",
  severity: "error",
  human: "Goal.target.measure is required if Goal.target.detail is populated"
});
const CHOICE_KEYS_0 = [
  ["detailQuantity", "_detailQuantity"],
  ["detailRange", "_detailRange"],
  ["detailCodeableConcept", "_detailCodeableConcept"]
];
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpAnd3(vrt.fpSizeOfChoice(n, CHOICE_KEYS_0) > 0, vrt.fpSizeOfValue(o["_measure"], o["measure"]) > 0),
    !(vrt.fpSizeOfChoice(n, CHOICE_KEYS_0) > 0)
  );
};
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
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
      case "status":
        m0 |= 4096;
        break;
      case "category":
        m0 |= 16384;
        break;
      case "priority":
        m0 |= 32768;
        break;
      case "description":
        m0 |= 65536;
        break;
      case "subject":
        m0 |= 131072;
        break;
      case "startDate":
        m0 |= 262144;
        break;
      case "startCodeableConcept":
        m0 |= 1048576;
        break;
      case "target":
        m0 |= 2097152;
        break;
      case "statusDate":
        m0 |= 4194304;
        break;
      case "statusReason":
        m0 |= 16777216;
        break;
      case "expressedBy":
        m0 |= 67108864;
        break;
      case "addresses":
        m0 |= 134217728;
        break;
      case "note":
        m0 |= 268435456;
        break;
      case "outcomeCode":
        m0 |= 536870912;
        break;
      case "outcomeReference":
        m0 |= 1073741824;
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
  if (!(vrt.isValidCode(o.status) && (m0 & 8192) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes222)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.many(o.category, x, p, "category", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(o.priority, x, p, "priority", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.priority, false, x, p, "priority", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (!vrt.one(o.description, x, p, "description", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(o.subject, x, p, "subject", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 1835008) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "start", 0) && x.c === null) return false;
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidDate(o.startDate) && (m0 & 524288) === 0)) {
      if (!vrt.prim(o.startDate, o._startDate, x, p, "start.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(o.startCodeableConcept, x, p, "start.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(o.target, x, p, "target", d, 0, checkGoalTarget) && x.c === null) return false;
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidDate(o.statusDate) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(o.statusDate, o._statusDate, x, p, "statusDate", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidString(o.statusReason) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(o.statusReason, o._statusReason, x, p, "statusReason", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(o.expressedBy, x, p, "expressedBy", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.expressedBy, false, x, p, "expressedBy", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(o.addresses, x, p, "addresses", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.addresses, true, x, p, "addresses", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, import_Annotation.checkAnnotation) && x.c === null) return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.many(o.outcomeCode, x, p, "outcomeCode", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(o.outcomeReference, x, p, "outcomeReference", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.outcomeReference, true, x, p, "outcomeReference", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
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
      case "measure":
        n++;
        m0 |= 8;
        break;
      case "detailQuantity":
        n++;
        m0 |= 16;
        break;
      case "detailRange":
        n++;
        m0 |= 32;
        break;
      case "detailCodeableConcept":
        n++;
        m0 |= 64;
        break;
      case "dueDate":
        n++;
        m0 |= 128;
        break;
      case "dueDuration":
        n++;
        m0 |= 512;
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
    if (!vrt.one(o.measure, x, p, "measure", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 112) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "detail", 0) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.detailQuantity, x, p, "detail.ofType(Quantity)", d, 0, import_Quantity.checkQuantity) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.detailRange, x, p, "detail.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(o.detailCodeableConcept, x, p, "detail.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 896) > 1) {
    if (!vrt.checkChoice(o, CHOICE_2, x, p, "due", 0) && x.c === null) return false;
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidDate(o.dueDate) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.dueDate, o._dueDate, x, p, "due.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(o.dueDuration, x, p, "due.ofType(Duration)", d, 0, import_Duration.checkDuration) && x.c === null) return false;
  }
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
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
