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
var CareConnectGPCAllergyIntolerance1_exports = {};
__export(CareConnectGPCAllergyIntolerance1_exports, {
  buildCareConnectGPCAllergyIntolerance1: () => buildCareConnectGPCAllergyIntolerance1,
  buildCareConnectGPCAllergyIntolerance1ReactionExposureRouteCodingSnomedCT: () => buildCareConnectGPCAllergyIntolerance1ReactionExposureRouteCodingSnomedCT,
  buildCareConnectGPCAllergyIntolerance1ReactionManifestationCodingSnomedCT: () => buildCareConnectGPCAllergyIntolerance1ReactionManifestationCodingSnomedCT,
  buildCareConnectGPCAllergyIntolerance1ReactionSubstanceCodingSnomedCT: () => buildCareConnectGPCAllergyIntolerance1ReactionSubstanceCodingSnomedCT,
  checkCareConnectGPCAllergyIntolerance1: () => checkCareConnectGPCAllergyIntolerance1,
  checkCareConnectGPCAllergyIntolerance1Code: () => checkCareConnectGPCAllergyIntolerance1Code,
  checkCareConnectGPCAllergyIntolerance1CodeCoding: () => checkCareConnectGPCAllergyIntolerance1CodeCoding,
  checkCareConnectGPCAllergyIntolerance1Identifier: () => checkCareConnectGPCAllergyIntolerance1Identifier,
  checkCareConnectGPCAllergyIntolerance1Meta: () => checkCareConnectGPCAllergyIntolerance1Meta,
  checkCareConnectGPCAllergyIntolerance1Note: () => checkCareConnectGPCAllergyIntolerance1Note,
  checkCareConnectGPCAllergyIntolerance1Reaction: () => checkCareConnectGPCAllergyIntolerance1Reaction,
  checkCareConnectGPCAllergyIntolerance1ReactionExposureRoute: () => checkCareConnectGPCAllergyIntolerance1ReactionExposureRoute,
  checkCareConnectGPCAllergyIntolerance1ReactionExposureRouteCodingSnomedCT: () => checkCareConnectGPCAllergyIntolerance1ReactionExposureRouteCodingSnomedCT,
  checkCareConnectGPCAllergyIntolerance1ReactionManifestation: () => checkCareConnectGPCAllergyIntolerance1ReactionManifestation,
  checkCareConnectGPCAllergyIntolerance1ReactionManifestationCodingSnomedCT: () => checkCareConnectGPCAllergyIntolerance1ReactionManifestationCodingSnomedCT,
  checkCareConnectGPCAllergyIntolerance1ReactionNote: () => checkCareConnectGPCAllergyIntolerance1ReactionNote,
  checkCareConnectGPCAllergyIntolerance1ReactionSubstance: () => checkCareConnectGPCAllergyIntolerance1ReactionSubstance,
  checkCareConnectGPCAllergyIntolerance1ReactionSubstanceCodingSnomedCT: () => checkCareConnectGPCAllergyIntolerance1ReactionSubstanceCodingSnomedCT,
  isCareConnectGPCAllergyIntolerance1: () => isCareConnectGPCAllergyIntolerance1,
  validateCareConnectGPCAllergyIntolerance1: () => validateCareConnectGPCAllergyIntolerance1
});
module.exports = __toCommonJS(CareConnectGPCAllergyIntolerance1_exports);
var import_Age = require("./Age.js");
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Coding = require("./Coding.js");
var import_EncounterAssociatedEncounter = require("./EncounterAssociatedEncounter.js");
var import_ExtensionCareConnectGPCAllergyIntoleranceEnd1 = require("./ExtensionCareConnectGPCAllergyIntoleranceEnd1.js");
var import_ExtensionCareConnectGPCEvidence1 = require("./ExtensionCareConnectGPCEvidence1.js");
var import_ExtensionCodingSctdescid2 = require("./ExtensionCodingSctdescid2.js");
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
const EXTENSION_0 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_0, false);
const SLICING_0 = {
  rules: "open",
  ordered: false,
  element: "AllergyIntolerance.extension",
  base: (v, x, q, d) => EXTENSION_0(v, x, q, d),
  slices: [
    {
      name: "encounter",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "http://hl7.org/fhir/StructureDefinition/encounter-associatedEncounter",
      check: (v, x, q, d) => (0, import_EncounterAssociatedEncounter.checkEncounterAssociatedEncounter)(v, x, q, d)
    },
    {
      name: "allergyEnd",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEnd-1",
      check: (v, x, q, d) => (0, import_ExtensionCareConnectGPCAllergyIntoleranceEnd1.checkExtensionCareConnectGPCAllergyIntoleranceEnd1)(v, x, q, d)
    },
    {
      name: "evidence",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-Evidence-1",
      check: (v, x, q, d) => (0, import_ExtensionCareConnectGPCEvidence1.checkExtensionCareConnectGPCEvidence1)(v, x, q, d)
    }
  ]
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
const OCCURRENCE_0 = (v, x, q) => {
  let ok = true;
  if (!vrt.checkFixed(v, x, q, "unconfirmed")) {
    if (x.c === null) return false;
    ok = false;
  }
  if (!vrt.checkCode(v, x, q, BINDING_2)) {
    if (x.c === null) return false;
    ok = false;
  }
  return ok;
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
  "_lastUpdated",
  "_profile",
  "_versionId",
  "extension",
  "id",
  "lastUpdated",
  "profile",
  "security",
  "tag",
  "versionId"
]);
const OWNER_1 = { paths: ["AllergyIntolerance.meta", "Meta"], type: "Meta", exact: true };
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/security-labels",
  reason: "a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server"
};
const KEYS_2 = /* @__PURE__ */ new Set([
  "_system",
  "_use",
  "_value",
  "assigner",
  "extension",
  "id",
  "period",
  "system",
  "type",
  "use",
  "value"
]);
const OWNER_2 = {
  paths: ["AllergyIntolerance.identifier", "Identifier"],
  type: "Identifier",
  exact: true
};
const BINDING_6 = {
  has: vcodes.inCodes68,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-use"
};
const BINDING_7 = {
  has: vcodes.inCodes69,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-type"
};
const TARGETS_3 = /* @__PURE__ */ new Set(["Organization"]);
const KEYS_3 = /* @__PURE__ */ new Set(["_text", "coding", "extension", "id", "text"]);
const OWNER_3 = {
  paths: ["AllergyIntolerance.code", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const KEYS_4 = /* @__PURE__ */ new Set([
  "_authorString",
  "_text",
  "_time",
  "authorReference",
  "authorString",
  "extension",
  "id",
  "text",
  "time"
]);
const OWNER_4 = {
  paths: ["AllergyIntolerance.note", "Annotation"],
  type: "Annotation",
  exact: true
};
const CHOICE_1 = vrt.choiceVariants(["authorReference", "authorString"]);
const KEYS_5 = /* @__PURE__ */ new Set([
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
const OWNER_5 = { paths: ["AllergyIntolerance.reaction"], type: "BackboneElement", exact: true };
const UNCHECKED_1 = {
  strength: "extensible",
  valueSet: "https://fhir.nhs.uk/STU3/ValueSet/CareConnect-AllergyManifestation-1",
  reason: "a filter on http://snomed.info/sct needs a terminology server"
};
const BINDING_8 = {
  has: vcodes.inCodes18,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/reaction-event-severity"
};
const KEYS_6 = /* @__PURE__ */ new Set([
  "_code",
  "_display",
  "_system",
  "_userSelected",
  "_version",
  "code",
  "display",
  "extension",
  "id",
  "system",
  "userSelected",
  "version"
]);
const OWNER_6 = {
  paths: ["AllergyIntolerance.code.coding", "Coding"],
  type: "Coding",
  exact: true
};
const EXTENSION_1 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_6, false);
const SLICING_1 = {
  rules: "open",
  ordered: false,
  element: "AllergyIntolerance.code.coding.extension",
  base: (v, x, q, d) => EXTENSION_1(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => (0, import_ExtensionCodingSctdescid2.checkExtensionCodingSctdescid2)(v, x, q, d)
    }
  ]
};
const OWNER_7 = {
  paths: ["AllergyIntolerance.reaction.substance", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const SLICING_2 = {
  rules: "open",
  ordered: false,
  element: "AllergyIntolerance.reaction.substance.coding",
  base: (v, x, q, d) => (0, import_Coding.checkCoding)(v, x, q, d),
  slices: [
    {
      name: "snomedCT",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectGPCAllergyIntolerance1ReactionSubstanceCodingSnomedCT(v, x, q, d)
    }
  ]
};
const OWNER_8 = {
  paths: ["AllergyIntolerance.reaction.manifestation", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const SLICING_3 = {
  rules: "open",
  ordered: false,
  element: "AllergyIntolerance.reaction.manifestation.coding",
  base: (v, x, q, d) => (0, import_Coding.checkCoding)(v, x, q, d),
  slices: [
    {
      name: "snomedCT",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectGPCAllergyIntolerance1ReactionManifestationCodingSnomedCT(v, x, q, d)
    }
  ]
};
const OWNER_9 = {
  paths: ["AllergyIntolerance.reaction.exposureRoute", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const SLICING_4 = {
  rules: "open",
  ordered: false,
  element: "AllergyIntolerance.reaction.exposureRoute.coding",
  base: (v, x, q, d) => (0, import_Coding.checkCoding)(v, x, q, d),
  slices: [
    {
      name: "snomedCT",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectGPCAllergyIntolerance1ReactionExposureRouteCodingSnomedCT(v, x, q, d)
    }
  ]
};
const OWNER_10 = {
  paths: ["AllergyIntolerance.reaction.note", "Annotation"],
  type: "Annotation",
  exact: true
};
const OWNER_11 = {
  paths: ["AllergyIntolerance.reaction.substance.coding", "Coding"],
  type: "Coding",
  exact: true
};
const EXTENSION_2 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_11, false);
const SLICING_5 = {
  rules: "open",
  ordered: false,
  element: "AllergyIntolerance.reaction.substance.coding:snomedCT.extension",
  base: (v, x, q, d) => EXTENSION_2(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => (0, import_ExtensionCodingSctdescid2.checkExtensionCodingSctdescid2)(v, x, q, d)
    }
  ]
};
const OWNER_12 = {
  paths: ["AllergyIntolerance.reaction.manifestation.coding", "Coding"],
  type: "Coding",
  exact: true
};
const EXTENSION_3 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_12, false);
const SLICING_6 = {
  rules: "open",
  ordered: false,
  element: "AllergyIntolerance.reaction.manifestation.coding:snomedCT.extension",
  base: (v, x, q, d) => EXTENSION_3(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => (0, import_ExtensionCodingSctdescid2.checkExtensionCodingSctdescid2)(v, x, q, d)
    }
  ]
};
const OWNER_13 = {
  paths: ["AllergyIntolerance.reaction.exposureRoute.coding", "Coding"],
  type: "Coding",
  exact: true
};
const EXTENSION_4 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_13, false);
const SLICING_7 = {
  rules: "open",
  ordered: false,
  element: "AllergyIntolerance.reaction.exposureRoute.coding:snomedCT.extension",
  base: (v, x, q, d) => EXTENSION_4(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => (0, import_ExtensionCodingSctdescid2.checkExtensionCodingSctdescid2)(v, x, q, d)
    }
  ]
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-AllergyIntolerance-1",
      check: checkCareConnectGPCAllergyIntolerance1,
      type: "AllergyIntolerance",
      base: false
    }
  ],
  extensions: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/encounter-associatedEncounter",
      check: import_EncounterAssociatedEncounter.checkEncounterAssociatedEncounter,
      contexts: ["FamilyMemberHistory", "AllergyIntolerance"],
      contextTypes: ["AllergyIntolerance", "FamilyMemberHistory"]
    },
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEnd-1",
      check: import_ExtensionCareConnectGPCAllergyIntoleranceEnd1.checkExtensionCareConnectGPCAllergyIntoleranceEnd1,
      contexts: ["AllergyIntolerance"],
      contextTypes: ["AllergyIntolerance"]
    },
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-Evidence-1",
      check: import_ExtensionCareConnectGPCEvidence1.checkExtensionCareConnectGPCEvidence1,
      contexts: ["AllergyIntolerance"],
      contextTypes: ["AllergyIntolerance"]
    },
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: import_ExtensionCodingSctdescid2.checkExtensionCodingSctdescid2,
      contexts: [
        "Encounter",
        "Condition",
        "Observation",
        "Flag",
        "Immunization",
        "AllergyIntolerance",
        "FamilyMemberHistory",
        "MedicationRequest",
        "MedicationStatement",
        "Procedure",
        "Medication",
        "DocumentReference"
      ],
      contextTypes: [
        "AllergyIntolerance",
        "Condition",
        "DocumentReference",
        "Encounter",
        "FamilyMemberHistory",
        "Flag",
        "Immunization",
        "Medication",
        "MedicationRequest",
        "MedicationStatement",
        "Observation",
        "Procedure"
      ]
    }
  ],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkCareConnectGPCAllergyIntolerance1(v, x, p, d) {
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
    if (!vrt.one(o.meta, x, p, "meta", d, 0, checkCareConnectGPCAllergyIntolerance1Meta) && x.c === null) return false;
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
  if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_0) && x.c === null) return false;
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if (!vrt.many(o.identifier, x, p, "identifier", d, 1, -1, checkCareConnectGPCAllergyIntolerance1Identifier) && x.c === null)
    return false;
  if (!(vrt.isValidCode(o.clinicalStatus) && o._clinicalStatus === void 0)) {
    if (!vrt.prim(o.clinicalStatus, o._clinicalStatus, x, p, "clinicalStatus", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.clinicalStatus, false, x, p, "clinicalStatus", vrt.checkCode, BINDING_1) && x.c === null)
    return false;
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
  if (!vrt.each(o.verificationStatus, false, x, p, "verificationStatus", OCCURRENCE_0) && x.c === null) return false;
  if (o.type !== void 0 || o._type !== void 0) {
    if (!(vrt.isValidCode(o.type) && o._type === void 0)) {
      if (!vrt.prim(o.type, o._type, x, p, "type", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if (!vrt.prims(o.category, o._category, x, p, "category", d, 1, -1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
    return false;
  if (!vrt.eachWith(o.category, true, x, p, "category", vrt.checkCode, BINDING_4) && x.c === null) return false;
  if (o.criticality !== void 0 || o._criticality !== void 0) {
    if (!(vrt.isValidCode(o.criticality) && o._criticality === void 0)) {
      if (!vrt.prim(o.criticality, o._criticality, x, p, "criticality", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.criticality, false, x, p, "criticality", vrt.checkCode, BINDING_5) && x.c === null)
      return false;
  }
  if (!vrt.one(o.code, x, p, "code", d, 1, checkCareConnectGPCAllergyIntolerance1Code) && x.c === null) return false;
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
  if (!(vrt.isValidDateTime(o.assertedDate) && o._assertedDate === void 0)) {
    if (!vrt.prim(
      o.assertedDate,
      o._assertedDate,
      x,
      p,
      "assertedDate",
      d,
      1,
      vrt.isValidDateTime,
      "dateTime",
      OWNER_0
    ) && x.c === null)
      return false;
  }
  if (!vrt.one(o.recorder, x, p, "recorder", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.recorder, false, x, p, "recorder", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
    return false;
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
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, checkCareConnectGPCAllergyIntolerance1Note) && x.c === null)
      return false;
  }
  if (o.reaction !== void 0) {
    if (!vrt.many(o.reaction, x, p, "reaction", d, 0, -1, checkCareConnectGPCAllergyIntolerance1Reaction) && x.c === null)
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
function checkCareConnectGPCAllergyIntolerance1Meta(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AllergyIntolerance.meta");
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
  if (o.versionId !== void 0 || o._versionId !== void 0) {
    if (!(vrt.isValidId(o.versionId) && o._versionId === void 0)) {
      if (!vrt.prim(o.versionId, o._versionId, x, p, "versionId", d, 0, vrt.isValidId, "id", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.lastUpdated !== void 0 || o._lastUpdated !== void 0) {
    if (!(vrt.isValidInstant(o.lastUpdated) && o._lastUpdated === void 0)) {
      if (!vrt.prim(o.lastUpdated, o._lastUpdated, x, p, "lastUpdated", d, 0, vrt.isValidInstant, "instant", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!vrt.prims(o.profile, o._profile, x, p, "profile", d, 1, -1, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
    return false;
  if (o.security !== void 0) {
    if (!vrt.many(o.security, x, p, "security", d, 0, -1, import_Coding.checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(o.security, true, x, p, "security", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if (o.tag !== void 0) {
    if (!vrt.many(o.tag, x, p, "tag", d, 0, -1, import_Coding.checkCoding) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCAllergyIntolerance1Identifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AllergyIntolerance.identifier");
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
  if (o.use !== void 0 || o._use !== void 0) {
    if (!(vrt.isValidCode(o.use) && o._use === void 0)) {
      if (!vrt.prim(o.use, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_2) && x.c === null) return false;
    }
    if (!vrt.eachWith(o.use, false, x, p, "use", vrt.checkCode, BINDING_6) && x.c === null) return false;
  }
  if (o.type !== void 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkConcept, BINDING_7) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(o.system) && o._system === void 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_2) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(o.value) && o._value === void 0)) {
    if (!vrt.prim(o.value, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_2) && x.c === null)
      return false;
  }
  if (o.period !== void 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if (o.assigner !== void 0) {
    if (!vrt.one(o.assigner, x, p, "assigner", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.assigner, false, x, p, "assigner", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectGPCAllergyIntolerance1Code(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AllergyIntolerance.code");
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
  if (o.coding !== void 0) {
    if (!vrt.many(o.coding, x, p, "coding", d, 0, -1, checkCareConnectGPCAllergyIntolerance1CodeCoding) && x.c === null)
      return false;
  }
  if (o.text !== void 0 || o._text !== void 0) {
    if (!(vrt.isValidString(o.text) && o._text === void 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCAllergyIntolerance1Note(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AllergyIntolerance.note");
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
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "author", 0) && x.c === null) return false;
  if (o.authorReference !== void 0) {
    if (!vrt.one(o.authorReference, x, p, "author.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.authorReference, false, x, p, "author.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (o.authorString !== void 0 || o._authorString !== void 0) {
    if (!(vrt.isValidString(o.authorString) && o._authorString === void 0)) {
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
        OWNER_4
      ) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.authorString, false, x, p, "author.ofType(string)", vrt.onObject, vrt.checkRef1) && x.c === null)
      return false;
  }
  if (o.time !== void 0 || o._time !== void 0) {
    if (!(vrt.isValidDateTime(o.time) && o._time === void 0)) {
      if (!vrt.prim(o.time, o._time, x, p, "time", d, 0, vrt.isValidDateTime, "dateTime", OWNER_4) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(o.text) && o._text === void 0)) {
    if (!vrt.prim(o.text, o._text, x, p, "text", d, 1, vrt.isValidString, "string", OWNER_4) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectGPCAllergyIntolerance1Reaction(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AllergyIntolerance.reaction");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_5, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_5, true) && x.c === null)
      return false;
  }
  if (o.substance !== void 0) {
    if (!vrt.one(o.substance, x, p, "substance", d, 0, checkCareConnectGPCAllergyIntolerance1ReactionSubstance) && x.c === null)
      return false;
  }
  if (!vrt.many(
    o.manifestation,
    x,
    p,
    "manifestation",
    d,
    1,
    -1,
    checkCareConnectGPCAllergyIntolerance1ReactionManifestation
  ) && x.c === null)
    return false;
  if (!vrt.eachWith(o.manifestation, true, x, p, "manifestation", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null)
    return false;
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidString(o.description) && o._description === void 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if (o.onset !== void 0 || o._onset !== void 0) {
    if (!(vrt.isValidDateTime(o.onset) && o._onset === void 0)) {
      if (!vrt.prim(o.onset, o._onset, x, p, "onset", d, 0, vrt.isValidDateTime, "dateTime", OWNER_5) && x.c === null)
        return false;
    }
  }
  if (o.severity !== void 0 || o._severity !== void 0) {
    if (!(vrt.isValidCode(o.severity) && o._severity === void 0)) {
      if (!vrt.prim(o.severity, o._severity, x, p, "severity", d, 0, vrt.isValidCode, "code", OWNER_5) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.severity, false, x, p, "severity", vrt.checkCode, BINDING_8) && x.c === null) return false;
  }
  if (o.exposureRoute !== void 0) {
    if (!vrt.one(
      o.exposureRoute,
      x,
      p,
      "exposureRoute",
      d,
      0,
      checkCareConnectGPCAllergyIntolerance1ReactionExposureRoute
    ) && x.c === null)
      return false;
  }
  if (o.note !== void 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, checkCareConnectGPCAllergyIntolerance1ReactionNote) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectGPCAllergyIntolerance1CodeCoding(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AllergyIntolerance.code.coding");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_6, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_1) && x.c === null) return false;
  if (!(vrt.isValidUri(o.system) && o._system === void 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_6) && x.c === null)
      return false;
  }
  if (!vrt.prohibited(o.version, o._version, x, p, "version") && x.c === null) return false;
  if (!(vrt.isValidCode(o.code) && o._code === void 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_6) && x.c === null) return false;
  }
  if (o.display !== void 0 || o._display !== void 0) {
    if (!(vrt.isValidString(o.display) && o._display === void 0)) {
      if (!vrt.prim(o.display, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_6) && x.c === null)
        return false;
    }
  }
  if (o.userSelected !== void 0 || o._userSelected !== void 0) {
    if (!(vrt.isValidBoolean(o.userSelected) && o._userSelected === void 0)) {
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
        OWNER_6
      ) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCAllergyIntolerance1ReactionSubstance(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AllergyIntolerance.reaction.substance");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_3, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if (!vrt.checkSliced(o.coding, x, p, "coding", d, 0, -1, SLICING_2) && x.c === null) return false;
  if (o.text !== void 0 || o._text !== void 0) {
    if (!(vrt.isValidString(o.text) && o._text === void 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_7) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCAllergyIntolerance1ReactionManifestation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AllergyIntolerance.reaction.manifestation");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_3, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_8, false) && x.c === null) return false;
  }
  if (!vrt.checkSliced(o.coding, x, p, "coding", d, 0, -1, SLICING_3) && x.c === null) return false;
  if (o.text !== void 0 || o._text !== void 0) {
    if (!(vrt.isValidString(o.text) && o._text === void 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_8) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCAllergyIntolerance1ReactionExposureRoute(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AllergyIntolerance.reaction.exposureRoute");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_3, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_9, false) && x.c === null) return false;
  }
  if (!vrt.checkSliced(o.coding, x, p, "coding", d, 0, -1, SLICING_4) && x.c === null) return false;
  if (o.text !== void 0 || o._text !== void 0) {
    if (!(vrt.isValidString(o.text) && o._text === void 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_9) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCAllergyIntolerance1ReactionNote(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AllergyIntolerance.reaction.note");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_4, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_10, false) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "author", 0) && x.c === null) return false;
  if (o.authorReference !== void 0) {
    if (!vrt.one(o.authorReference, x, p, "author.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.authorReference, false, x, p, "author.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (o.authorString !== void 0 || o._authorString !== void 0) {
    if (!(vrt.isValidString(o.authorString) && o._authorString === void 0)) {
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
        OWNER_10
      ) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.authorString, false, x, p, "author.ofType(string)", vrt.onObject, vrt.checkRef1) && x.c === null)
      return false;
  }
  if (o.time !== void 0 || o._time !== void 0) {
    if (!(vrt.isValidDateTime(o.time) && o._time === void 0)) {
      if (!vrt.prim(o.time, o._time, x, p, "time", d, 0, vrt.isValidDateTime, "dateTime", OWNER_10) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(o.text) && o._text === void 0)) {
    if (!vrt.prim(o.text, o._text, x, p, "text", d, 1, vrt.isValidString, "string", OWNER_10) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectGPCAllergyIntolerance1ReactionSubstanceCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AllergyIntolerance.reaction.substance.coding");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_6, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_5) && x.c === null) return false;
  if (!(vrt.isValidUri(o.system) && o._system === void 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_11) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.system, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
    return false;
  if (!vrt.prohibited(o.version, o._version, x, p, "version") && x.c === null) return false;
  if (!(vrt.isValidCode(o.code) && o._code === void 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_11) && x.c === null) return false;
  }
  if (o.display !== void 0 || o._display !== void 0) {
    if (!(vrt.isValidString(o.display) && o._display === void 0)) {
      if (!vrt.prim(o.display, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_11) && x.c === null)
        return false;
    }
  }
  if (o.userSelected !== void 0 || o._userSelected !== void 0) {
    if (!(vrt.isValidBoolean(o.userSelected) && o._userSelected === void 0)) {
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
function checkCareConnectGPCAllergyIntolerance1ReactionManifestationCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AllergyIntolerance.reaction.manifestation.coding");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_6, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_6) && x.c === null) return false;
  if (!(vrt.isValidUri(o.system) && o._system === void 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_12) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.system, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
    return false;
  if (!vrt.prohibited(o.version, o._version, x, p, "version") && x.c === null) return false;
  if (!(vrt.isValidCode(o.code) && o._code === void 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_12) && x.c === null) return false;
  }
  if (o.display !== void 0 || o._display !== void 0) {
    if (!(vrt.isValidString(o.display) && o._display === void 0)) {
      if (!vrt.prim(o.display, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_12) && x.c === null)
        return false;
    }
  }
  if (o.userSelected !== void 0 || o._userSelected !== void 0) {
    if (!(vrt.isValidBoolean(o.userSelected) && o._userSelected === void 0)) {
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
function checkCareConnectGPCAllergyIntolerance1ReactionExposureRouteCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AllergyIntolerance.reaction.exposureRoute.coding");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_6, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_7) && x.c === null) return false;
  if (!(vrt.isValidUri(o.system) && o._system === void 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_13) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.system, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
    return false;
  if (!vrt.prohibited(o.version, o._version, x, p, "version") && x.c === null) return false;
  if (!(vrt.isValidCode(o.code) && o._code === void 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_13) && x.c === null) return false;
  }
  if (o.display !== void 0 || o._display !== void 0) {
    if (!(vrt.isValidString(o.display) && o._display === void 0)) {
      if (!vrt.prim(o.display, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_13) && x.c === null)
        return false;
    }
  }
  if (o.userSelected !== void 0 || o._userSelected !== void 0) {
    if (!(vrt.isValidBoolean(o.userSelected) && o._userSelected === void 0)) {
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
function validateCareConnectGPCAllergyIntolerance1(value, options) {
  return vrt.validateWith(
    value,
    "AllergyIntolerance",
    checkCareConnectGPCAllergyIntolerance1,
    true,
    options,
    REGISTRY_0
  );
}
function isCareConnectGPCAllergyIntolerance1(value, options) {
  return vrt.testWith(value, checkCareConnectGPCAllergyIntolerance1, true, options, REGISTRY_0);
}
function buildCareConnectGPCAllergyIntolerance1(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    {
      resourceType: "AllergyIntolerance",
      profile: "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-AllergyIntolerance-1",
      set: { verificationStatus: "unconfirmed" }
    },
    isCareConnectGPCAllergyIntolerance1,
    validateCareConnectGPCAllergyIntolerance1,
    "CareConnectGPCAllergyIntolerance1"
  );
}
function buildCareConnectGPCAllergyIntolerance1ReactionSubstanceCodingSnomedCT(input) {
  return (0, import_fill.fillPart)(input, {
    set: { system: "http://snomed.info/sct" }
  });
}
function buildCareConnectGPCAllergyIntolerance1ReactionManifestationCodingSnomedCT(input) {
  return (0, import_fill.fillPart)(input, {
    set: { system: "http://snomed.info/sct" }
  });
}
function buildCareConnectGPCAllergyIntolerance1ReactionExposureRouteCodingSnomedCT(input) {
  return (0, import_fill.fillPart)(input, {
    set: { system: "http://snomed.info/sct" }
  });
}
