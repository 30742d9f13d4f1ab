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
var Immunization_exports = {};
__export(Immunization_exports, {
  buildImmunization: () => buildImmunization,
  checkImmunization: () => checkImmunization,
  checkImmunizationExplanation: () => checkImmunizationExplanation,
  checkImmunizationPractitioner: () => checkImmunizationPractitioner,
  checkImmunizationReaction: () => checkImmunizationReaction,
  checkImmunizationVaccinationProtocol: () => checkImmunizationVaccinationProtocol,
  isImmunization: () => isImmunization,
  validateImmunization: () => validateImmunization
});
module.exports = __toCommonJS(Immunization_exports);
var import_Annotation = require("./Annotation.js");
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var import_SimpleQuantity = require("./SimpleQuantity.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const KEYS_0 = /* @__PURE__ */ new Set([
  "_date",
  "_expirationDate",
  "_id",
  "_implicitRules",
  "_language",
  "_lotNumber",
  "_notGiven",
  "_primarySource",
  "_status",
  "contained",
  "date",
  "doseQuantity",
  "encounter",
  "expirationDate",
  "explanation",
  "extension",
  "id",
  "identifier",
  "implicitRules",
  "language",
  "location",
  "lotNumber",
  "manufacturer",
  "meta",
  "modifierExtension",
  "notGiven",
  "note",
  "patient",
  "practitioner",
  "primarySource",
  "reaction",
  "reportOrigin",
  "resourceType",
  "route",
  "site",
  "status",
  "text",
  "vaccinationProtocol",
  "vaccineCode"
]);
const OWNER_0 = { paths: ["Immunization"], type: "Immunization", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes85,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/immunization-status"
};
const TARGETS_0 = /* @__PURE__ */ new Set(["Patient"]);
const TARGETS_1 = /* @__PURE__ */ new Set(["Encounter"]);
const TARGETS_2 = /* @__PURE__ */ new Set(["Location"]);
const TARGETS_3 = /* @__PURE__ */ new Set(["Organization"]);
const INVARIANT_0 = vrt.invariant({
  key: "imm-2",
  path: "Immunization",
  expression: "(notGiven = true) or explanation.reasonNotGiven.empty()",
  severity: "error",
  human: "If immunization was administered (notGiven=false) then explanation.reasonNotGiven SHALL be absent."
});
const FHIRPATH_0 = (n) => vrt.fpOr(
  vrt.fpEq(vrt.fpChildOf(n, "notGiven", "_notGiven"), [true]),
  vrt.fpEmpty(vrt.fpChild(vrt.fpChildOf(n, "explanation", "_explanation"), "reasonNotGiven", "_reasonNotGiven"))
);
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const INVARIANT_1 = vrt.invariant({
  key: "imm-1",
  path: "Immunization",
  expression: "(notGiven = true).not() or (reaction.empty() and explanation.reason.empty())",
  severity: "error",
  human: "If immunization was not administered (notGiven=true) then there SHALL be no reaction nor explanation.reason present"
});
const FHIRPATH_1 = (n) => vrt.fpOr(
  vrt.fpNot(vrt.fpEq(vrt.fpChildOf(n, "notGiven", "_notGiven"), [true])),
  vrt.fpAnd(
    vrt.fpEmpty(vrt.fpChildOf(n, "reaction", "_reaction")),
    vrt.fpEmpty(vrt.fpChild(vrt.fpChildOf(n, "explanation", "_explanation"), "reason", "_reason"))
  )
);
const TRANSLATED_1 = { inv: INVARIANT_1, fn: FHIRPATH_1 };
const KEYS_1 = /* @__PURE__ */ new Set(["actor", "extension", "id", "modifierExtension", "role"]);
const OWNER_1 = { paths: ["Immunization.practitioner"], type: "BackboneElement", exact: true };
const BINDING_2 = {
  has: vcodes.inCodes86,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/immunization-role"
};
const TARGETS_4 = /* @__PURE__ */ new Set(["Practitioner"]);
const KEYS_2 = /* @__PURE__ */ new Set(["extension", "id", "modifierExtension", "reason", "reasonNotGiven"]);
const OWNER_2 = { paths: ["Immunization.explanation"], type: "BackboneElement", exact: true };
const KEYS_3 = /* @__PURE__ */ new Set([
  "_date",
  "_reported",
  "date",
  "detail",
  "extension",
  "id",
  "modifierExtension",
  "reported"
]);
const OWNER_3 = { paths: ["Immunization.reaction"], type: "BackboneElement", exact: true };
const TARGETS_5 = /* @__PURE__ */ new Set(["Observation"]);
const KEYS_4 = /* @__PURE__ */ new Set([
  "_description",
  "_doseSequence",
  "_series",
  "_seriesDoses",
  "authority",
  "description",
  "doseSequence",
  "doseStatus",
  "doseStatusReason",
  "extension",
  "id",
  "modifierExtension",
  "series",
  "seriesDoses",
  "targetDisease"
]);
const OWNER_4 = {
  paths: ["Immunization.vaccinationProtocol"],
  type: "BackboneElement",
  exact: true
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/Immunization",
      check: checkImmunization,
      type: "Immunization",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkImmunization(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Immunization") && x.c === null) return false;
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
  if (!(vrt.isValidBoolean(o.notGiven) && o._notGiven === void 0)) {
    if (!vrt.prim(o.notGiven, o._notGiven, x, p, "notGiven", d, 1, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.one(o.vaccineCode, x, p, "vaccineCode", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (!vrt.one(o.patient, x, p, "patient", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.patient, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
    return false;
  if (o.encounter !== void 0) {
    if (!vrt.one(o.encounter, x, p, "encounter", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.encounter, false, x, p, "encounter", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.date !== void 0 || o._date !== void 0) {
    if (!(vrt.isValidDateTime(o.date) && o._date === void 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidBoolean(o.primarySource) && o._primarySource === void 0)) {
    if (!vrt.prim(
      o.primarySource,
      o._primarySource,
      x,
      p,
      "primarySource",
      d,
      1,
      vrt.isValidBoolean,
      "boolean",
      OWNER_0
    ) && x.c === null)
      return false;
  }
  if (o.reportOrigin !== void 0) {
    if (!vrt.one(o.reportOrigin, x, p, "reportOrigin", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.location !== void 0) {
    if (!vrt.one(o.location, x, p, "location", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.location, false, x, p, "location", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (o.manufacturer !== void 0) {
    if (!vrt.one(o.manufacturer, x, p, "manufacturer", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.manufacturer, false, x, p, "manufacturer", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (o.lotNumber !== void 0 || o._lotNumber !== void 0) {
    if (!(vrt.isValidString(o.lotNumber) && o._lotNumber === void 0)) {
      if (!vrt.prim(o.lotNumber, o._lotNumber, x, p, "lotNumber", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.expirationDate !== void 0 || o._expirationDate !== void 0) {
    if (!(vrt.isValidDate(o.expirationDate) && o._expirationDate === void 0)) {
      if (!vrt.prim(
        o.expirationDate,
        o._expirationDate,
        x,
        p,
        "expirationDate",
        d,
        0,
        vrt.isValidDate,
        "date",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.site !== void 0) {
    if (!vrt.one(o.site, x, p, "site", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.route !== void 0) {
    if (!vrt.one(o.route, x, p, "route", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.doseQuantity !== void 0) {
    if (!vrt.one(o.doseQuantity, x, p, "doseQuantity", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if (o.practitioner !== void 0) {
    if (!vrt.many(o.practitioner, x, p, "practitioner", d, 0, -1, checkImmunizationPractitioner) && x.c === null)
      return false;
  }
  if (o.note !== void 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, import_Annotation.checkAnnotation) && x.c === null) return false;
  }
  if (o.explanation !== void 0) {
    if (!vrt.one(o.explanation, x, p, "explanation", d, 0, checkImmunizationExplanation) && x.c === null) return false;
  }
  if (o.reaction !== void 0) {
    if (!vrt.many(o.reaction, x, p, "reaction", d, 0, -1, checkImmunizationReaction) && x.c === null) return false;
  }
  if (o.vaccinationProtocol !== void 0) {
    if (!vrt.many(o.vaccinationProtocol, x, p, "vaccinationProtocol", d, 0, -1, checkImmunizationVaccinationProtocol) && x.c === null)
      return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_1) && x.c === null) return false;
  return true;
}
function checkImmunizationPractitioner(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.practitioner");
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
  if (o.role !== void 0) {
    if (!vrt.one(o.role, x, p, "role", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.role, false, x, p, "role", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (!vrt.one(o.actor, x, p, "actor", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.actor, false, x, p, "actor", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  return true;
}
function checkImmunizationExplanation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.explanation");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_2, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null)
      return false;
  }
  if (o.reason !== void 0) {
    if (!vrt.many(o.reason, x, p, "reason", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.reasonNotGiven !== void 0) {
    if (!vrt.many(o.reasonNotGiven, x, p, "reasonNotGiven", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  return true;
}
function checkImmunizationReaction(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.reaction");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_3, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null)
      return false;
  }
  if (o.date !== void 0 || o._date !== void 0) {
    if (!(vrt.isValidDateTime(o.date) && o._date === void 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_3) && x.c === null)
        return false;
    }
  }
  if (o.detail !== void 0) {
    if (!vrt.one(o.detail, x, p, "detail", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.detail, false, x, p, "detail", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if (o.reported !== void 0 || o._reported !== void 0) {
    if (!(vrt.isValidBoolean(o.reported) && o._reported === void 0)) {
      if (!vrt.prim(o.reported, o._reported, x, p, "reported", d, 0, vrt.isValidBoolean, "boolean", OWNER_3) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkImmunizationVaccinationProtocol(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Immunization.vaccinationProtocol");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_4, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null)
      return false;
  }
  if (o.doseSequence !== void 0 || o._doseSequence !== void 0) {
    if (!(vrt.isValidPositiveInt(o.doseSequence) && o._doseSequence === void 0)) {
      if (!vrt.prim(
        o.doseSequence,
        o._doseSequence,
        x,
        p,
        "doseSequence",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidString(o.description) && o._description === void 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if (o.authority !== void 0) {
    if (!vrt.one(o.authority, x, p, "authority", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.authority, false, x, p, "authority", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (o.series !== void 0 || o._series !== void 0) {
    if (!(vrt.isValidString(o.series) && o._series === void 0)) {
      if (!vrt.prim(o.series, o._series, x, p, "series", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if (o.seriesDoses !== void 0 || o._seriesDoses !== void 0) {
    if (!(vrt.isValidPositiveInt(o.seriesDoses) && o._seriesDoses === void 0)) {
      if (!vrt.prim(
        o.seriesDoses,
        o._seriesDoses,
        x,
        p,
        "seriesDoses",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if (!vrt.many(o.targetDisease, x, p, "targetDisease", d, 1, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (!vrt.one(o.doseStatus, x, p, "doseStatus", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (o.doseStatusReason !== void 0) {
    if (!vrt.one(o.doseStatusReason, x, p, "doseStatusReason", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  return true;
}
function validateImmunization(value, options) {
  return vrt.validateWith(value, "Immunization", checkImmunization, true, options, REGISTRY_0);
}
function isImmunization(value, options) {
  return vrt.testWith(value, checkImmunization, true, options, REGISTRY_0);
}
function buildImmunization(input) {
  return (0, import_fill.fillAndCheck)(input, { resourceType: "Immunization" }, isImmunization, validateImmunization, "Immunization");
}
