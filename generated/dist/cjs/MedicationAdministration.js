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
var MedicationAdministration_exports = {};
__export(MedicationAdministration_exports, {
  buildMedicationAdministration: () => buildMedicationAdministration,
  checkMedicationAdministration: () => checkMedicationAdministration,
  checkMedicationAdministrationDosage: () => checkMedicationAdministrationDosage,
  checkMedicationAdministrationPerformer: () => checkMedicationAdministrationPerformer,
  isMedicationAdministration: () => isMedicationAdministration,
  validateMedicationAdministration: () => validateMedicationAdministration
});
module.exports = __toCommonJS(MedicationAdministration_exports);
var import_Annotation = require("./Annotation.js");
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Ratio = require("./Ratio.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var import_SimpleQuantity = require("./SimpleQuantity.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const KEYS_0 = /* @__PURE__ */ new Set([
  "_effectiveDateTime",
  "_id",
  "_implicitRules",
  "_language",
  "_notGiven",
  "_status",
  "category",
  "contained",
  "context",
  "definition",
  "device",
  "dosage",
  "effectiveDateTime",
  "effectivePeriod",
  "eventHistory",
  "extension",
  "id",
  "identifier",
  "implicitRules",
  "language",
  "medicationCodeableConcept",
  "medicationReference",
  "meta",
  "modifierExtension",
  "notGiven",
  "note",
  "partOf",
  "performer",
  "prescription",
  "reasonCode",
  "reasonNotGiven",
  "reasonReference",
  "resourceType",
  "status",
  "subject",
  "supportingInformation",
  "text"
]);
const OWNER_0 = {
  paths: ["MedicationAdministration"],
  type: "MedicationAdministration",
  exact: true
};
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = /* @__PURE__ */ new Set(["ActivityDefinition", "PlanDefinition"]);
const TARGETS_1 = /* @__PURE__ */ new Set(["MedicationAdministration", "Procedure"]);
const BINDING_1 = {
  has: vcodes.inCodes249,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/medication-admin-status"
};
const BINDING_2 = {
  has: vcodes.inCodes250,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/medication-admin-category"
};
const CHOICE_0 = vrt.choiceVariants(["medicationCodeableConcept", "medicationReference"]);
const TARGETS_2 = /* @__PURE__ */ new Set(["Medication"]);
const TARGETS_3 = /* @__PURE__ */ new Set(["Group", "Patient"]);
const TARGETS_4 = /* @__PURE__ */ new Set(["Encounter", "EpisodeOfCare"]);
const CHOICE_1 = vrt.choiceVariants(["effectiveDateTime", "effectivePeriod"]);
const TARGETS_5 = /* @__PURE__ */ new Set(["Condition", "Observation"]);
const TARGETS_6 = /* @__PURE__ */ new Set(["MedicationRequest"]);
const TARGETS_7 = /* @__PURE__ */ new Set(["Device"]);
const TARGETS_8 = /* @__PURE__ */ new Set(["Provenance"]);
const INVARIANT_0 = vrt.invariant({
  key: "mad-2",
  path: "MedicationAdministration",
  expression: "reasonNotGiven.empty() or notGiven = true",
  severity: "error",
  human: "Reason not given is only permitted if NotGiven is true"
});
const FHIRPATH_0 = (n) => vrt.fpOr(
  vrt.fpEmpty(vrt.fpChildOf(n, "reasonNotGiven", "_reasonNotGiven")),
  vrt.fpEq(vrt.fpChildOf(n, "notGiven", "_notGiven"), [true])
);
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const INVARIANT_1 = vrt.invariant({
  key: "mad-3",
  path: "MedicationAdministration",
  expression: "reasonCode.empty() or notGiven.empty() or notGiven = 'false'",
  severity: "error",
  human: "Reason given is only permitted if NotGiven is false"
});
const FHIRPATH_1 = (n) => vrt.fpOr(
  vrt.fpOr(
    vrt.fpEmpty(vrt.fpChildOf(n, "reasonCode", "_reasonCode")),
    vrt.fpEmpty(vrt.fpChildOf(n, "notGiven", "_notGiven"))
  ),
  vrt.fpEq(vrt.fpChildOf(n, "notGiven", "_notGiven"), ["false"])
);
const TRANSLATED_1 = { inv: INVARIANT_1, fn: FHIRPATH_1 };
const KEYS_1 = /* @__PURE__ */ new Set(["actor", "extension", "id", "modifierExtension", "onBehalfOf"]);
const OWNER_1 = {
  paths: ["MedicationAdministration.performer"],
  type: "BackboneElement",
  exact: true
};
const TARGETS_9 = /* @__PURE__ */ new Set(["Device", "Patient", "Practitioner", "RelatedPerson"]);
const TARGETS_10 = /* @__PURE__ */ new Set(["Organization"]);
const KEYS_2 = /* @__PURE__ */ new Set([
  "_text",
  "dose",
  "extension",
  "id",
  "method",
  "modifierExtension",
  "rateQuantity",
  "rateRatio",
  "route",
  "site",
  "text"
]);
const OWNER_2 = {
  paths: ["MedicationAdministration.dosage"],
  type: "BackboneElement",
  exact: true
};
const CHOICE_2 = vrt.choiceVariants(["rateRatio", "rateQuantity"]);
const INVARIANT_2 = vrt.invariant({
  key: "mad-1",
  path: "MedicationAdministration.dosage",
  expression: "dose.exists() or rate.exists()",
  severity: "error",
  human: "SHALL have at least one of dosage.dose or dosage.rate[x]"
});
const CHOICE_KEYS_0 = [
  ["rateRatio", "_rateRatio"],
  ["rateQuantity", "_rateQuantity"]
];
const FHIRPATH_2 = (n) => vrt.fpOr(vrt.fpExists(vrt.fpChildOf(n, "dose", "_dose")), vrt.fpExists(vrt.fpChoice([n], CHOICE_KEYS_0)));
const TRANSLATED_2 = { inv: INVARIANT_2, fn: FHIRPATH_2 };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/MedicationAdministration",
      check: checkMedicationAdministration,
      type: "MedicationAdministration",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkMedicationAdministration(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationAdministration");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "MedicationAdministration") && x.c === null) return false;
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
  if (o.definition !== void 0) {
    if (!vrt.many(o.definition, x, p, "definition", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.definition, true, x, p, "definition", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (o.partOf !== void 0) {
    if (!vrt.many(o.partOf, x, p, "partOf", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.partOf, true, x, p, "partOf", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  if (o.category !== void 0) {
    if (!vrt.one(o.category, x, p, "category", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.category, false, x, p, "category", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "medication", 1) && x.c === null) return false;
  if (o.medicationCodeableConcept !== void 0) {
    if (!vrt.one(o.medicationCodeableConcept, x, p, "medication.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.medicationReference !== void 0) {
    if (!vrt.one(o.medicationReference, x, p, "medication.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.medicationReference,
      false,
      x,
      p,
      "medication.ofType(Reference)",
      vrt.checkReferenceTarget,
      TARGETS_2
    ) && x.c === null)
      return false;
  }
  if (!vrt.one(o.subject, x, p, "subject", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
    return false;
  if (o.context !== void 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.context, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if (o.supportingInformation !== void 0) {
    if (!vrt.many(o.supportingInformation, x, p, "supportingInformation", d, 0, -1, import_Reference.checkReference) && x.c === null)
      return false;
  }
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "effective", 1) && x.c === null) return false;
  if (o.effectiveDateTime !== void 0 || o._effectiveDateTime !== void 0) {
    if (!(vrt.isValidDateTime(o.effectiveDateTime) && o._effectiveDateTime === void 0)) {
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
  if (o.effectivePeriod !== void 0) {
    if (!vrt.one(o.effectivePeriod, x, p, "effective.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if (o.performer !== void 0) {
    if (!vrt.many(o.performer, x, p, "performer", d, 0, -1, checkMedicationAdministrationPerformer) && x.c === null)
      return false;
  }
  if (o.notGiven !== void 0 || o._notGiven !== void 0) {
    if (!(vrt.isValidBoolean(o.notGiven) && o._notGiven === void 0)) {
      if (!vrt.prim(o.notGiven, o._notGiven, x, p, "notGiven", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.reasonNotGiven !== void 0) {
    if (!vrt.many(o.reasonNotGiven, x, p, "reasonNotGiven", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.reasonCode !== void 0) {
    if (!vrt.many(o.reasonCode, x, p, "reasonCode", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.reasonReference !== void 0) {
    if (!vrt.many(o.reasonReference, x, p, "reasonReference", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.reasonReference, true, x, p, "reasonReference", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if (o.prescription !== void 0) {
    if (!vrt.one(o.prescription, x, p, "prescription", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.prescription, false, x, p, "prescription", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  if (o.device !== void 0) {
    if (!vrt.many(o.device, x, p, "device", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.device, true, x, p, "device", vrt.checkReferenceTarget, TARGETS_7) && x.c === null)
      return false;
  }
  if (o.note !== void 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, import_Annotation.checkAnnotation) && x.c === null) return false;
  }
  if (o.dosage !== void 0) {
    if (!vrt.one(o.dosage, x, p, "dosage", d, 0, checkMedicationAdministrationDosage) && x.c === null) return false;
  }
  if (o.eventHistory !== void 0) {
    if (!vrt.many(o.eventHistory, x, p, "eventHistory", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.eventHistory, true, x, p, "eventHistory", vrt.checkReferenceTarget, TARGETS_8) && x.c === null)
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
function checkMedicationAdministrationPerformer(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationAdministration.performer");
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
  if (!vrt.one(o.actor, x, p, "actor", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.actor, false, x, p, "actor", vrt.checkReferenceTarget, TARGETS_9) && x.c === null) return false;
  if (o.onBehalfOf !== void 0) {
    if (!vrt.one(o.onBehalfOf, x, p, "onBehalfOf", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.onBehalfOf, false, x, p, "onBehalfOf", vrt.checkReferenceTarget, TARGETS_10) && x.c === null)
      return false;
  }
  return true;
}
function checkMedicationAdministrationDosage(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationAdministration.dosage");
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
  if (o.text !== void 0 || o._text !== void 0) {
    if (!(vrt.isValidString(o.text) && o._text === void 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (o.site !== void 0) {
    if (!vrt.one(o.site, x, p, "site", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.route !== void 0) {
    if (!vrt.one(o.route, x, p, "route", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.method !== void 0) {
    if (!vrt.one(o.method, x, p, "method", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.dose !== void 0) {
    if (!vrt.one(o.dose, x, p, "dose", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_2, x, p, "rate", 0) && x.c === null) return false;
  if (o.rateRatio !== void 0) {
    if (!vrt.one(o.rateRatio, x, p, "rate.ofType(Ratio)", d, 0, import_Ratio.checkRatio) && x.c === null) return false;
  }
  if (o.rateQuantity !== void 0) {
    if (!vrt.one(o.rateQuantity, x, p, "rate.ofType(Quantity)", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null)
      return false;
  }
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_2) && x.c === null) return false;
  return true;
}
function validateMedicationAdministration(value, options) {
  return vrt.validateWith(value, "MedicationAdministration", checkMedicationAdministration, true, options, REGISTRY_0);
}
function isMedicationAdministration(value, options) {
  return vrt.testWith(value, checkMedicationAdministration, true, options, REGISTRY_0);
}
function buildMedicationAdministration(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "MedicationAdministration" },
    isMedicationAdministration,
    validateMedicationAdministration,
    "MedicationAdministration"
  );
}
