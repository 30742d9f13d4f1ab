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
const KEYS_0 = /* @__PURE__ */ new Set([
  "_id",
  "_implicitRules",
  "_language",
  "_startDate",
  "_status",
  "_statusDate",
  "_statusReason",
  "addresses",
  "category",
  "contained",
  "description",
  "expressedBy",
  "extension",
  "id",
  "identifier",
  "implicitRules",
  "language",
  "meta",
  "modifierExtension",
  "note",
  "outcomeCode",
  "outcomeReference",
  "priority",
  "resourceType",
  "startCodeableConcept",
  "startDate",
  "status",
  "statusDate",
  "statusReason",
  "subject",
  "target",
  "text"
]);
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
  has: vcodes.inCodes223,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/goal-priority"
};
const TARGETS_0 = /* @__PURE__ */ new Set(["Group", "Organization", "Patient"]);
const CHOICE_0 = vrt.choiceVariants(["startDate", "startCodeableConcept"]);
const TARGETS_1 = /* @__PURE__ */ new Set(["Patient", "Practitioner", "RelatedPerson"]);
const TARGETS_2 = /* @__PURE__ */ new Set([
  "Condition",
  "MedicationStatement",
  "NutritionOrder",
  "Observation",
  "ProcedureRequest",
  "RiskAssessment"
]);
const TARGETS_3 = /* @__PURE__ */ new Set(["Observation"]);
const KEYS_1 = /* @__PURE__ */ new Set([
  "_dueDate",
  "detailCodeableConcept",
  "detailQuantity",
  "detailRange",
  "dueDate",
  "dueDuration",
  "extension",
  "id",
  "measure",
  "modifierExtension"
]);
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
const FHIRPATH_0 = (n) => vrt.fpOr(
  vrt.fpAnd(vrt.fpExists(vrt.fpChoice([n], CHOICE_KEYS_0)), vrt.fpExists(vrt.fpChildOf(n, "measure", "_measure"))),
  vrt.fpNot(vrt.fpExists(vrt.fpChoice([n], CHOICE_KEYS_0)))
);
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
  if (!vrt.checkKeys(o, KEYS_0, x, p, false) && x.c === null) return false;
  if (o.id !== void 0 || o._id !== void 0) {
    if (!(vrt.isValidId(o.id) && o._id === void 0)) {
      if (!vrt.prim(o.id, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if (o.meta !== void 0) {
    if (!vrt.one(o.meta, x, p, "meta", d, 0, import_Meta.checkMeta) && x.c === null) return false;
  }
  if (o.implicitRules !== void 0 || o._implicitRules !== void 0) {
    if (!(vrt.isValidUri(o.implicitRules) && o._implicitRules === void 0)) {
      if (!vrt.prim(o.implicitRules, o._implicitRules, x, p, "implicitRules", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.language !== void 0 || o._language !== void 0) {
    if (!(vrt.isValidCode(o.language) && o._language === void 0)) {
      if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.language, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
  }
  if (o.text !== void 0) {
    if (!vrt.one(o.text, x, p, "text", d, 0, import_Narrative.checkNarrative) && x.c === null) return false;
  }
  if (o.contained !== void 0) {
    if (!vrt.many(o.contained, x, p, "contained", d, 0, -1, vrt.checkContainedResource) && x.c === null) return false;
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if (o.identifier !== void 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  if (o.category !== void 0) {
    if (!vrt.many(o.category, x, p, "category", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.priority !== void 0) {
    if (!vrt.one(o.priority, x, p, "priority", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.priority, false, x, p, "priority", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (!vrt.one(o.description, x, p, "description", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (o.subject !== void 0) {
    if (!vrt.one(o.subject, x, p, "subject", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "start", 0) && x.c === null) return false;
  if (o.startDate !== void 0 || o._startDate !== void 0) {
    if (!(vrt.isValidDate(o.startDate) && o._startDate === void 0)) {
      if (!vrt.prim(o.startDate, o._startDate, x, p, "start.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.startCodeableConcept !== void 0) {
    if (!vrt.one(o.startCodeableConcept, x, p, "start.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.target !== void 0) {
    if (!vrt.one(o.target, x, p, "target", d, 0, checkGoalTarget) && x.c === null) return false;
  }
  if (o.statusDate !== void 0 || o._statusDate !== void 0) {
    if (!(vrt.isValidDate(o.statusDate) && o._statusDate === void 0)) {
      if (!vrt.prim(o.statusDate, o._statusDate, x, p, "statusDate", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.statusReason !== void 0 || o._statusReason !== void 0) {
    if (!(vrt.isValidString(o.statusReason) && o._statusReason === void 0)) {
      if (!vrt.prim(o.statusReason, o._statusReason, x, p, "statusReason", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.expressedBy !== void 0) {
    if (!vrt.one(o.expressedBy, x, p, "expressedBy", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.expressedBy, false, x, p, "expressedBy", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.addresses !== void 0) {
    if (!vrt.many(o.addresses, x, p, "addresses", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.addresses, true, x, p, "addresses", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (o.note !== void 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, import_Annotation.checkAnnotation) && x.c === null) return false;
  }
  if (o.outcomeCode !== void 0) {
    if (!vrt.many(o.outcomeCode, x, p, "outcomeCode", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.outcomeReference !== void 0) {
    if (!vrt.many(o.outcomeReference, x, p, "outcomeReference", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.outcomeReference, true, x, p, "outcomeReference", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkGoalTarget(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Goal.target");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_1, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null)
      return false;
  }
  if (o.measure !== void 0) {
    if (!vrt.one(o.measure, x, p, "measure", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "detail", 0) && x.c === null) return false;
  if (o.detailQuantity !== void 0) {
    if (!vrt.one(o.detailQuantity, x, p, "detail.ofType(Quantity)", d, 0, import_Quantity.checkQuantity) && x.c === null) return false;
  }
  if (o.detailRange !== void 0) {
    if (!vrt.one(o.detailRange, x, p, "detail.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if (o.detailCodeableConcept !== void 0) {
    if (!vrt.one(o.detailCodeableConcept, x, p, "detail.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if (!vrt.checkChoice(o, CHOICE_2, x, p, "due", 0) && x.c === null) return false;
  if (o.dueDate !== void 0 || o._dueDate !== void 0) {
    if (!(vrt.isValidDate(o.dueDate) && o._dueDate === void 0)) {
      if (!vrt.prim(o.dueDate, o._dueDate, x, p, "due.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.dueDuration !== void 0) {
    if (!vrt.one(o.dueDuration, x, p, "due.ofType(Duration)", d, 0, import_Duration.checkDuration) && x.c === null) return false;
  }
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
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
