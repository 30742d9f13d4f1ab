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
var AllergyIntolerance_exports = {};
__export(AllergyIntolerance_exports, {
  buildAllergyIntolerance: () => buildAllergyIntolerance,
  checkAllergyIntolerance: () => checkAllergyIntolerance,
  checkAllergyIntoleranceReaction: () => checkAllergyIntoleranceReaction,
  isAllergyIntolerance: () => isAllergyIntolerance,
  validateAllergyIntolerance: () => validateAllergyIntolerance
});
module.exports = __toCommonJS(AllergyIntolerance_exports);
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
const KEYS_0 = /* @__PURE__ */ new Set([
  "_assertedDate",
  "_category",
  "_clinicalStatus",
  "_criticality",
  "_id",
  "_implicitRules",
  "_language",
  "_lastOccurrence",
  "_onsetDateTime",
  "_onsetString",
  "_type",
  "_verificationStatus",
  "assertedDate",
  "asserter",
  "category",
  "clinicalStatus",
  "code",
  "contained",
  "criticality",
  "extension",
  "id",
  "identifier",
  "implicitRules",
  "language",
  "lastOccurrence",
  "meta",
  "modifierExtension",
  "note",
  "onsetAge",
  "onsetDateTime",
  "onsetPeriod",
  "onsetRange",
  "onsetString",
  "patient",
  "reaction",
  "recorder",
  "resourceType",
  "text",
  "type",
  "verificationStatus"
]);
const OWNER_0 = { paths: ["AllergyIntolerance"], type: "AllergyIntolerance", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes13,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/allergy-clinical-status"
};
const BINDING_2 = {
  has: vcodes.inCodes14,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/allergy-verification-status"
};
const BINDING_3 = {
  has: vcodes.inCodes15,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/allergy-intolerance-type"
};
const BINDING_4 = {
  has: vcodes.inCodes16,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/allergy-intolerance-category"
};
const BINDING_5 = {
  has: vcodes.inCodes17,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/allergy-intolerance-criticality"
};
const TARGETS_0 = /* @__PURE__ */ new Set(["Patient"]);
const CHOICE_0 = vrt.choiceVariants([
  "onsetDateTime",
  "onsetAge",
  "onsetPeriod",
  "onsetRange",
  "onsetString"
]);
const TARGETS_1 = /* @__PURE__ */ new Set(["Patient", "Practitioner"]);
const TARGETS_2 = /* @__PURE__ */ new Set(["Patient", "Practitioner", "RelatedPerson"]);
const INVARIANT_0 = vrt.invariant({
  key: "ait-1",
  path: "AllergyIntolerance",
  expression: "verificationStatus='entered-in-error' or clinicalStatus.exists()",
  severity: "error",
  human: "AllergyIntolerance.clinicalStatus SHALL be present if verificationStatus is not entered-in-error."
});
const FHIRPATH_0 = (n) => vrt.fpOr(
  vrt.fpEq(vrt.fpChildOf(n, "verificationStatus", "_verificationStatus"), ["entered-in-error"]),
  vrt.fpExists(vrt.fpChildOf(n, "clinicalStatus", "_clinicalStatus"))
);
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const INVARIANT_1 = vrt.invariant({
  key: "ait-2",
  path: "AllergyIntolerance",
  expression: "verificationStatus!='entered-in-error' or clinicalStatus.empty()",
  severity: "error",
  human: "AllergyIntolerance.clinicalStatus SHALL NOT be present if verification Status is entered-in-error"
});
const FHIRPATH_1 = (n) => vrt.fpOr(
  vrt.fpNe(vrt.fpChildOf(n, "verificationStatus", "_verificationStatus"), ["entered-in-error"]),
  vrt.fpEmpty(vrt.fpChildOf(n, "clinicalStatus", "_clinicalStatus"))
);
const TRANSLATED_1 = { inv: INVARIANT_1, fn: FHIRPATH_1 };
const KEYS_1 = /* @__PURE__ */ new Set([
  "_description",
  "_onset",
  "_severity",
  "description",
  "exposureRoute",
  "extension",
  "id",
  "manifestation",
  "modifierExtension",
  "note",
  "onset",
  "severity",
  "substance"
]);
const OWNER_1 = { paths: ["AllergyIntolerance.reaction"], type: "BackboneElement", exact: true };
const BINDING_6 = {
  has: vcodes.inCodes18,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/reaction-event-severity"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/AllergyIntolerance",
      check: checkAllergyIntolerance,
      type: "AllergyIntolerance",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkAllergyIntolerance(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AllergyIntolerance");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "AllergyIntolerance") && x.c === null) return false;
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
  if (o.clinicalStatus !== void 0 || o._clinicalStatus !== void 0) {
    if (!(vrt.isValidCode(o.clinicalStatus) && o._clinicalStatus === void 0)) {
      if (!vrt.prim(
        o.clinicalStatus,
        o._clinicalStatus,
        x,
        p,
        "clinicalStatus",
        d,
        0,
        vrt.isValidCode,
        "code",
        OWNER_0
      ) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.clinicalStatus, false, x, p, "clinicalStatus", vrt.checkCode, BINDING_1) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.verificationStatus) && o._verificationStatus === void 0)) {
    if (!vrt.prim(
      o.verificationStatus,
      o._verificationStatus,
      x,
      p,
      "verificationStatus",
      d,
      1,
      vrt.isValidCode,
      "code",
      OWNER_0
    ) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.verificationStatus, false, x, p, "verificationStatus", vrt.checkCode, BINDING_2) && x.c === null)
    return false;
  if (o.type !== void 0 || o._type !== void 0) {
    if (!(vrt.isValidCode(o.type) && o._type === void 0)) {
      if (!vrt.prim(o.type, o._type, x, p, "type", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if (o.category !== void 0 || o._category !== void 0) {
    if (!vrt.prims(o.category, o._category, x, p, "category", d, 0, -1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
    if (!vrt.eachWith(o.category, true, x, p, "category", vrt.checkCode, BINDING_4) && x.c === null) return false;
  }
  if (o.criticality !== void 0 || o._criticality !== void 0) {
    if (!(vrt.isValidCode(o.criticality) && o._criticality === void 0)) {
      if (!vrt.prim(o.criticality, o._criticality, x, p, "criticality", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.criticality, false, x, p, "criticality", vrt.checkCode, BINDING_5) && x.c === null)
      return false;
  }
  if (o.code !== void 0) {
    if (!vrt.one(o.code, x, p, "code", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(o.patient, x, p, "patient", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.patient, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
    return false;
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "onset", 0) && x.c === null) return false;
  if (o.onsetDateTime !== void 0 || o._onsetDateTime !== void 0) {
    if (!(vrt.isValidDateTime(o.onsetDateTime) && o._onsetDateTime === void 0)) {
      if (!vrt.prim(
        o.onsetDateTime,
        o._onsetDateTime,
        x,
        p,
        "onset.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.onsetAge !== void 0) {
    if (!vrt.one(o.onsetAge, x, p, "onset.ofType(Age)", d, 0, import_Age.checkAge) && x.c === null) return false;
  }
  if (o.onsetPeriod !== void 0) {
    if (!vrt.one(o.onsetPeriod, x, p, "onset.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if (o.onsetRange !== void 0) {
    if (!vrt.one(o.onsetRange, x, p, "onset.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if (o.onsetString !== void 0 || o._onsetString !== void 0) {
    if (!(vrt.isValidString(o.onsetString) && o._onsetString === void 0)) {
      if (!vrt.prim(
        o.onsetString,
        o._onsetString,
        x,
        p,
        "onset.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.assertedDate !== void 0 || o._assertedDate !== void 0) {
    if (!(vrt.isValidDateTime(o.assertedDate) && o._assertedDate === void 0)) {
      if (!vrt.prim(
        o.assertedDate,
        o._assertedDate,
        x,
        p,
        "assertedDate",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.recorder !== void 0) {
    if (!vrt.one(o.recorder, x, p, "recorder", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.recorder, false, x, p, "recorder", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.asserter !== void 0) {
    if (!vrt.one(o.asserter, x, p, "asserter", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.asserter, false, x, p, "asserter", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (o.lastOccurrence !== void 0 || o._lastOccurrence !== void 0) {
    if (!(vrt.isValidDateTime(o.lastOccurrence) && o._lastOccurrence === void 0)) {
      if (!vrt.prim(
        o.lastOccurrence,
        o._lastOccurrence,
        x,
        p,
        "lastOccurrence",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.note !== void 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, import_Annotation.checkAnnotation) && x.c === null) return false;
  }
  if (o.reaction !== void 0) {
    if (!vrt.many(o.reaction, x, p, "reaction", d, 0, -1, checkAllergyIntoleranceReaction) && x.c === null)
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
function checkAllergyIntoleranceReaction(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AllergyIntolerance.reaction");
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
  if (o.substance !== void 0) {
    if (!vrt.one(o.substance, x, p, "substance", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.many(o.manifestation, x, p, "manifestation", d, 1, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidString(o.description) && o._description === void 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.onset !== void 0 || o._onset !== void 0) {
    if (!(vrt.isValidDateTime(o.onset) && o._onset === void 0)) {
      if (!vrt.prim(o.onset, o._onset, x, p, "onset", d, 0, vrt.isValidDateTime, "dateTime", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.severity !== void 0 || o._severity !== void 0) {
    if (!(vrt.isValidCode(o.severity) && o._severity === void 0)) {
      if (!vrt.prim(o.severity, o._severity, x, p, "severity", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.severity, false, x, p, "severity", vrt.checkCode, BINDING_6) && x.c === null) return false;
  }
  if (o.exposureRoute !== void 0) {
    if (!vrt.one(o.exposureRoute, x, p, "exposureRoute", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.note !== void 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, import_Annotation.checkAnnotation) && x.c === null) return false;
  }
  return true;
}
function validateAllergyIntolerance(value, options) {
  return vrt.validateWith(value, "AllergyIntolerance", checkAllergyIntolerance, true, options, REGISTRY_0);
}
function isAllergyIntolerance(value, options) {
  return vrt.testWith(value, checkAllergyIntolerance, true, options, REGISTRY_0);
}
function buildAllergyIntolerance(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "AllergyIntolerance" },
    isAllergyIntolerance,
    validateAllergyIntolerance,
    "AllergyIntolerance"
  );
}
