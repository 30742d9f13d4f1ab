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
      match: (v, x, d) => vrt.isRecord(v) && v.url === "http://hl7.org/fhir/StructureDefinition/encounter-associatedEncounter",
      check: (v, x, q, d) => (0, import_EncounterAssociatedEncounter.checkEncounterAssociatedEncounter)(v, x, q, d)
    },
    {
      name: "allergyEnd",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEnd-1",
      check: (v, x, q, d) => (0, import_ExtensionCareConnectGPCAllergyIntoleranceEnd1.checkExtensionCareConnectGPCAllergyIntoleranceEnd1)(v, x, q, d)
    },
    {
      name: "evidence",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-Evidence-1",
      check: (v, x, q, d) => (0, import_ExtensionCareConnectGPCEvidence1.checkExtensionCareConnectGPCEvidence1)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "http://hl7.org/fhir/StructureDefinition/encounter-associatedEncounter":
        return 0;
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-AllergyIntoleranceEnd-1":
        return 1;
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-Evidence-1":
        return 2;
    }
    return -1;
  }
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
const TARGETS_0 = ["Patient"];
const CHOICE_0 = vrt.choiceVariants([
  "onsetDateTime",
  "onsetAge",
  "onsetPeriod",
  "onsetRange",
  "onsetString"
]);
const TARGETS_1 = ["Patient", "Practitioner"];
const TARGETS_2 = ["Patient", "Practitioner", "RelatedPerson"];
const INVARIANT_0 = vrt.invariant({
  key: "ait-1",
  path: "AllergyIntolerance",
  expression: "verificationStatus='entered-in-error' or clinicalStatus.exists()",
  severity: "error",
  human: "AllergyIntolerance.clinicalStatus SHALL be present if verificationStatus is not entered-in-error."
});
const INVARIANT_1 = vrt.invariant({
  key: "ait-2",
  path: "AllergyIntolerance",
  expression: "verificationStatus!='entered-in-error' or clinicalStatus.empty()",
  severity: "error",
  human: "AllergyIntolerance.clinicalStatus SHALL NOT be present if verification Status is entered-in-error"
});
const OWNER_1 = { paths: ["AllergyIntolerance.meta", "Meta"], type: "Meta", exact: true };
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/security-labels",
  reason: "a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server"
};
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
  has: vcodes.inCodings69,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-type"
};
const TARGETS_3 = ["Organization"];
const OWNER_3 = {
  paths: ["AllergyIntolerance.code", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const OWNER_4 = {
  paths: ["AllergyIntolerance.note", "Annotation"],
  type: "Annotation",
  exact: true
};
const CHOICE_1 = vrt.choiceVariants(["authorReference", "authorString"]);
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
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => (0, import_ExtensionCodingSctdescid2.checkExtensionCodingSctdescid2)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
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
      match: (v, x, d) => vrt.isRecord(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectGPCAllergyIntolerance1ReactionSubstanceCodingSnomedCT(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.system) {
      case "http://snomed.info/sct":
        return 0;
    }
    return -1;
  }
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
      match: (v, x, d) => vrt.isRecord(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectGPCAllergyIntolerance1ReactionManifestationCodingSnomedCT(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.system) {
      case "http://snomed.info/sct":
        return 0;
    }
    return -1;
  }
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
      match: (v, x, d) => vrt.isRecord(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectGPCAllergyIntolerance1ReactionExposureRouteCodingSnomedCT(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.system) {
      case "http://snomed.info/sct":
        return 0;
    }
    return -1;
  }
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
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => (0, import_ExtensionCodingSctdescid2.checkExtensionCodingSctdescid2)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
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
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => (0, import_ExtensionCodingSctdescid2.checkExtensionCodingSctdescid2)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
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
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => (0, import_ExtensionCodingSctdescid2.checkExtensionCodingSctdescid2)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
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
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26;
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
      case "clinicalStatus":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "verificationStatus":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "type":
        m0 |= 65536;
        e11 = o[k];
        break;
      case "category":
        m0 |= 262144;
        e12 = o[k];
        break;
      case "criticality":
        m0 |= 1048576;
        e13 = o[k];
        break;
      case "code":
        m0 |= 4194304;
        e14 = o[k];
        break;
      case "patient":
        m0 |= 8388608;
        e15 = o[k];
        break;
      case "onsetDateTime":
        m0 |= 16777216;
        e16 = o[k];
        break;
      case "onsetAge":
        m0 |= 67108864;
        e17 = o[k];
        break;
      case "onsetPeriod":
        m0 |= 134217728;
        e18 = o[k];
        break;
      case "onsetRange":
        m0 |= 268435456;
        e19 = o[k];
        break;
      case "onsetString":
        m0 |= 536870912;
        e20 = o[k];
        break;
      case "assertedDate":
        m1 |= 1;
        e21 = o[k];
        break;
      case "recorder":
        m1 |= 4;
        e22 = o[k];
        break;
      case "asserter":
        m1 |= 8;
        e23 = o[k];
        break;
      case "lastOccurrence":
        m1 |= 16;
        e24 = o[k];
        break;
      case "note":
        m1 |= 64;
        e25 = o[k];
        break;
      case "reaction":
        m1 |= 128;
        e26 = o[k];
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
      case "_clinicalStatus":
        m0 |= 8192;
        break;
      case "_verificationStatus":
        m0 |= 32768;
        break;
      case "_type":
        m0 |= 131072;
        break;
      case "_category":
        m0 |= 524288;
        break;
      case "_criticality":
        m0 |= 2097152;
        break;
      case "_onsetDateTime":
        m0 |= 33554432;
        break;
      case "_onsetString":
        m0 |= 1073741824;
        break;
      case "_assertedDate":
        m1 |= 2;
        break;
      case "_lastOccurrence":
        m1 |= 32;
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
    if (!vrt.one(e1, x, p, "meta", d, 0, checkCareConnectGPCAllergyIntolerance1Meta) && x.c === null) return false;
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
    if (!vrt.checkSliced(e6, x, p, "extension", d, 0, -1, SLICING_0) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(e7, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null) return false;
  }
  if (!vrt.many(e8, x, p, "identifier", d, 1, -1, checkCareConnectGPCAllergyIntolerance1Identifier) && x.c === null)
    return false;
  if (!(vrt.isValidCode(e9) && (m0 & 8192) === 0)) {
    if (!vrt.prim(e9, o._clinicalStatus, x, p, "clinicalStatus", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(e9, vcodes.inCodes13)) {
    if (!vrt.eachWith(e9, false, x, p, "clinicalStatus", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!((e10 === "unconfirmed" || vrt.isValidCode(e10)) && (m0 & 32768) === 0)) {
    if (!vrt.prim(e10, o._verificationStatus, x, p, "verificationStatus", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.each(e10, false, x, p, "verificationStatus", OCCURRENCE_0) && x.c === null) return false;
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidCode(e11) && (m0 & 131072) === 0)) {
      if (!vrt.prim(e11, o._type, x, p, "type", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
    }
    if (!vrt.codeIn(e11, vcodes.inCodes15)) {
      if (!vrt.eachWith(e11, false, x, p, "type", vrt.checkCode, BINDING_3) && x.c === null) return false;
    }
  }
  if (!vrt.prims(e12, o._category, x, p, "category", d, 1, -1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
    return false;
  if (!vrt.eachWith(e12, true, x, p, "category", vrt.checkCode, BINDING_4) && x.c === null) return false;
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidCode(e13) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(e13, o._criticality, x, p, "criticality", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e13, vcodes.inCodes17)) {
      if (!vrt.eachWith(e13, false, x, p, "criticality", vrt.checkCode, BINDING_5) && x.c === null) return false;
    }
  }
  if (!vrt.one(e14, x, p, "code", d, 1, checkCareConnectGPCAllergyIntolerance1Code) && x.c === null) return false;
  if (!vrt.one(e15, x, p, "patient", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e15, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  if (vrt.bitCount(m0 & 2130706432) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "onset", 0) && x.c === null) return false;
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidDateTime(e16) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(
        e16,
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
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(e17, x, p, "onset.ofType(Age)", d, 0, import_Age.checkAge) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.one(e18, x, p, "onset.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.one(e19, x, p, "onset.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidString(e20) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(e20, o._onsetString, x, p, "onset.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidDateTime(e21) && (m1 & 2) === 0)) {
    if (!vrt.prim(e21, o._assertedDate, x, p, "assertedDate", d, 1, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.one(e22, x, p, "recorder", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e22, false, x, p, "recorder", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  if ((m1 & 8) !== 0) {
    if (!vrt.one(e23, x, p, "asserter", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e23, false, x, p, "asserter", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if ((m1 & 48) !== 0) {
    if (!(vrt.isValidDateTime(e24) && (m1 & 32) === 0)) {
      if (!vrt.prim(e24, o._lastOccurrence, x, p, "lastOccurrence", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.many(e25, x, p, "note", d, 0, -1, checkCareConnectGPCAllergyIntolerance1Note) && x.c === null)
      return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.many(e26, x, p, "reaction", d, 0, -1, checkCareConnectGPCAllergyIntolerance1Reaction) && x.c === null)
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
  {
    let r;
    try {
      r = vrt.fpOr3(
        vrt.fpEqValue(vrt.fpOneValue(o["_verificationStatus"], o["verificationStatus"]), "entered-in-error"),
        vrt.fpSizeOfValue(o["_clinicalStatus"], o["clinicalStatus"]) > 0
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpNeValue(vrt.fpOneValue(o["_verificationStatus"], o["verificationStatus"]), "entered-in-error"),
          vrt.fpSizeOfValue(o["_clinicalStatus"], o["clinicalStatus"]) === 0
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_1) && x.c === null) return false;
    }
  }
  return true;
}
function checkCareConnectGPCAllergyIntolerance1Meta(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AllergyIntolerance.meta");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6;
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
      case "versionId":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "lastUpdated":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "profile":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "security":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "tag":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "_versionId":
        n++;
        m0 |= 8;
        break;
      case "_lastUpdated":
        n++;
        m0 |= 32;
        break;
      case "_profile":
        n++;
        m0 |= 128;
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
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidId(e2) && (m0 & 8) === 0)) {
      if (!vrt.prim(e2, o._versionId, x, p, "versionId", d, 0, vrt.isValidId, "id", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidInstant(e3) && (m0 & 32) === 0)) {
      if (!vrt.prim(e3, o._lastUpdated, x, p, "lastUpdated", d, 0, vrt.isValidInstant, "instant", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!vrt.prims(e4, o._profile, x, p, "profile", d, 1, -1, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
    return false;
  if ((m0 & 256) !== 0) {
    if (!vrt.many(e5, x, p, "security", d, 0, -1, import_Coding.checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(e5, true, x, p, "security", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.many(e6, x, p, "tag", d, 0, -1, import_Coding.checkCoding) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCAllergyIntolerance1Identifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AllergyIntolerance.identifier");
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
      case "use":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "type":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "system":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "value":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "period":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "assigner":
        n++;
        m0 |= 1024;
        e7 = o[k];
        break;
      case "_use":
        n++;
        m0 |= 8;
        break;
      case "_system":
        n++;
        m0 |= 64;
        break;
      case "_value":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidCode(e2) && (m0 & 8) === 0)) {
      if (!vrt.prim(e2, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_2) && x.c === null) return false;
    }
    if (!vrt.codeIn(e2, vcodes.inCodes68)) {
      if (!vrt.eachWith(e2, false, x, p, "use", vrt.checkCode, BINDING_6) && x.c === null) return false;
    }
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e3, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e3, false, x, p, "type", vrt.checkConcept, BINDING_7) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(e4) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_2) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
    if (!vrt.prim(e5, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_2) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(e6, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(e7, x, p, "assigner", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e7, false, x, p, "assigner", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCAllergyIntolerance1Code(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AllergyIntolerance.code");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3;
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
      case "coding":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "text":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "_text":
        n++;
        m0 |= 16;
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
    if (!vrt.many(e2, x, p, "coding", d, 0, -1, checkCareConnectGPCAllergyIntolerance1CodeCoding) && x.c === null)
      return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCAllergyIntolerance1Note(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AllergyIntolerance.note");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5;
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
      case "authorReference":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "authorString":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "time":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "text":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "_authorString":
        n++;
        m0 |= 16;
        break;
      case "_time":
        n++;
        m0 |= 64;
        break;
      case "_text":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 28) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "author", 0) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(e2, x, p, "author.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e2, false, x, p, "author.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._authorString, x, p, "author.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(e3, false, x, p, "author.ofType(string)", vrt.onObject, vrt.checkRef1) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidDateTime(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._time, x, p, "time", d, 0, vrt.isValidDateTime, "dateTime", OWNER_4) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
    if (!vrt.prim(e5, o._text, x, p, "text", d, 1, vrt.isValidString, "string", OWNER_4) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCAllergyIntolerance1Reaction(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AllergyIntolerance.reaction");
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
      case "substance":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "manifestation":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "description":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "onset":
        n++;
        m0 |= 128;
        e6 = o[k];
        break;
      case "severity":
        n++;
        m0 |= 512;
        e7 = o[k];
        break;
      case "exposureRoute":
        n++;
        m0 |= 2048;
        e8 = o[k];
        break;
      case "note":
        n++;
        m0 |= 4096;
        e9 = o[k];
        break;
      case "_description":
        n++;
        m0 |= 64;
        break;
      case "_onset":
        n++;
        m0 |= 256;
        break;
      case "_severity":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_5, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "substance", d, 0, checkCareConnectGPCAllergyIntolerance1ReactionSubstance) && x.c === null)
      return false;
  }
  if (!vrt.many(e4, x, p, "manifestation", d, 1, -1, checkCareConnectGPCAllergyIntolerance1ReactionManifestation) && x.c === null)
    return false;
  if (!vrt.eachWith(e4, true, x, p, "manifestation", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null) return false;
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 64) === 0)) {
      if (!vrt.prim(e5, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidDateTime(e6) && (m0 & 256) === 0)) {
      if (!vrt.prim(e6, o._onset, x, p, "onset", d, 0, vrt.isValidDateTime, "dateTime", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidCode(e7) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e7, o._severity, x, p, "severity", d, 0, vrt.isValidCode, "code", OWNER_5) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e7, vcodes.inCodes18)) {
      if (!vrt.eachWith(e7, false, x, p, "severity", vrt.checkCode, BINDING_8) && x.c === null) return false;
    }
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(e8, x, p, "exposureRoute", d, 0, checkCareConnectGPCAllergyIntolerance1ReactionExposureRoute) && x.c === null)
      return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(e9, x, p, "note", d, 0, -1, checkCareConnectGPCAllergyIntolerance1ReactionNote) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectGPCAllergyIntolerance1CodeCoding(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AllergyIntolerance.code.coding");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6;
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
      case "system":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "version":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "code":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "display":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "_system":
        n++;
        m0 |= 8;
        break;
      case "_version":
        n++;
        m0 |= 32;
        break;
      case "_code":
        n++;
        m0 |= 128;
        break;
      case "_display":
        n++;
        m0 |= 512;
        break;
      case "_userSelected":
        n++;
        m0 |= 2048;
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
    if (!vrt.checkSliced(e1, x, p, "extension", d, 0, -1, SLICING_1) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(e2) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_6) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(e3, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_6) && x.c === null) return false;
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 512) === 0)) {
      if (!vrt.prim(e5, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_6) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._userSelected, x, p, "userSelected", d, 0, vrt.isValidBoolean, "boolean", OWNER_6) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCAllergyIntolerance1ReactionSubstance(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AllergyIntolerance.reaction.substance");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3;
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
      case "coding":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "text":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "_text":
        n++;
        m0 |= 16;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(e2, x, p, "coding", d, 0, -1, SLICING_2) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_7) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCAllergyIntolerance1ReactionManifestation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AllergyIntolerance.reaction.manifestation");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3;
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
      case "coding":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "text":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "_text":
        n++;
        m0 |= 16;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_8, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(e2, x, p, "coding", d, 0, -1, SLICING_3) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_8) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCAllergyIntolerance1ReactionExposureRoute(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AllergyIntolerance.reaction.exposureRoute");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3;
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
      case "coding":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "text":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "_text":
        n++;
        m0 |= 16;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_9, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(e2, x, p, "coding", d, 0, -1, SLICING_4) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_9) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCAllergyIntolerance1ReactionNote(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AllergyIntolerance.reaction.note");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5;
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
      case "authorReference":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "authorString":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "time":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "text":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "_authorString":
        n++;
        m0 |= 16;
        break;
      case "_time":
        n++;
        m0 |= 64;
        break;
      case "_text":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_10, false) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 28) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "author", 0) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(e2, x, p, "author.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e2, false, x, p, "author.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._authorString, x, p, "author.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_10) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(e3, false, x, p, "author.ofType(string)", vrt.onObject, vrt.checkRef1) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidDateTime(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._time, x, p, "time", d, 0, vrt.isValidDateTime, "dateTime", OWNER_10) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
    if (!vrt.prim(e5, o._text, x, p, "text", d, 1, vrt.isValidString, "string", OWNER_10) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCAllergyIntolerance1ReactionSubstanceCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AllergyIntolerance.reaction.substance.coding");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6;
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
      case "system":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "version":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "code":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "display":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "_system":
        n++;
        m0 |= 8;
        break;
      case "_version":
        n++;
        m0 |= 32;
        break;
      case "_code":
        n++;
        m0 |= 128;
        break;
      case "_display":
        n++;
        m0 |= 512;
        break;
      case "_userSelected":
        n++;
        m0 |= 2048;
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
    if (!vrt.checkSliced(e1, x, p, "extension", d, 0, -1, SLICING_5) && x.c === null) return false;
  }
  if (!((e2 === "http://snomed.info/sct" || vrt.isValidUri(e2)) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_11) && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "http://snomed.info/sct")) {
    if (!vrt.eachWith(e2, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(e3, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_11) && x.c === null) return false;
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 512) === 0)) {
      if (!vrt.prim(e5, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_11) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._userSelected, x, p, "userSelected", d, 0, vrt.isValidBoolean, "boolean", OWNER_11) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCAllergyIntolerance1ReactionManifestationCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AllergyIntolerance.reaction.manifestation.coding");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6;
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
      case "system":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "version":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "code":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "display":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "_system":
        n++;
        m0 |= 8;
        break;
      case "_version":
        n++;
        m0 |= 32;
        break;
      case "_code":
        n++;
        m0 |= 128;
        break;
      case "_display":
        n++;
        m0 |= 512;
        break;
      case "_userSelected":
        n++;
        m0 |= 2048;
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
    if (!vrt.checkSliced(e1, x, p, "extension", d, 0, -1, SLICING_6) && x.c === null) return false;
  }
  if (!((e2 === "http://snomed.info/sct" || vrt.isValidUri(e2)) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_12) && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "http://snomed.info/sct")) {
    if (!vrt.eachWith(e2, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(e3, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_12) && x.c === null) return false;
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 512) === 0)) {
      if (!vrt.prim(e5, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_12) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._userSelected, x, p, "userSelected", d, 0, vrt.isValidBoolean, "boolean", OWNER_12) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCAllergyIntolerance1ReactionExposureRouteCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AllergyIntolerance.reaction.exposureRoute.coding");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6;
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
      case "system":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "version":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "code":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "display":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "_system":
        n++;
        m0 |= 8;
        break;
      case "_version":
        n++;
        m0 |= 32;
        break;
      case "_code":
        n++;
        m0 |= 128;
        break;
      case "_display":
        n++;
        m0 |= 512;
        break;
      case "_userSelected":
        n++;
        m0 |= 2048;
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
    if (!vrt.checkSliced(e1, x, p, "extension", d, 0, -1, SLICING_7) && x.c === null) return false;
  }
  if (!((e2 === "http://snomed.info/sct" || vrt.isValidUri(e2)) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_13) && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "http://snomed.info/sct")) {
    if (!vrt.eachWith(e2, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(e3, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_13) && x.c === null) return false;
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 512) === 0)) {
      if (!vrt.prim(e5, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_13) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._userSelected, x, p, "userSelected", d, 0, vrt.isValidBoolean, "boolean", OWNER_13) && x.c === null)
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
