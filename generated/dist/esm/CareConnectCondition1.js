import { checkAge } from "./Age.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkCoding } from "./Coding.js";
import {
  checkExtensionCareConnectConditionEpisode1
} from "./ExtensionCareConnectConditionEpisode1.js";
import { checkExtensionCodingSctdescid } from "./ExtensionCodingSctdescid.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkRange } from "./Range.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck, fillPart } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Condition"], type: "Condition", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const EXTENSION_0 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_0, false);
const SLICING_0 = {
  rules: "open",
  ordered: false,
  element: "Condition.extension",
  base: (v, x, q, d) => EXTENSION_0(v, x, q, d),
  slices: [
    {
      name: "episodisity",
      min: 0,
      max: -1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ConditionEpisode-1",
      check: (v, x, q, d) => checkExtensionCareConnectConditionEpisode1(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ConditionEpisode-1":
        return 0;
    }
    return -1;
  }
};
const BINDING_1 = {
  has: vcodes.inCodes65,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/condition-clinical"
};
const BINDING_2 = {
  has: vcodes.inCodings66,
  strength: "extensible",
  valueSet: "https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-ConditionCategory-1"
};
const BINDING_3 = {
  has: vcodes.inCodings67,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/condition-severity"
};
const TARGETS_0 = ["Group", "Patient"];
const TARGETS_1 = ["Encounter", "EpisodeOfCare"];
const CHOICE_0 = vrt.choiceVariants([
  "onsetDateTime",
  "onsetAge",
  "onsetPeriod",
  "onsetRange",
  "onsetString"
]);
const CHOICE_1 = vrt.choiceVariants([
  "abatementDateTime",
  "abatementAge",
  "abatementBoolean",
  "abatementPeriod",
  "abatementRange",
  "abatementString"
]);
const TARGETS_2 = ["Patient", "Practitioner", "RelatedPerson"];
const CHOICE_KEYS_0 = [
  ["abatementDateTime", "_abatementDateTime"],
  ["abatementAge", "_abatementAge"],
  ["abatementBoolean", "_abatementBoolean"],
  ["abatementPeriod", "_abatementPeriod"],
  ["abatementRange", "_abatementRange"],
  ["abatementString", "_abatementString"]
];
const INVARIANT_0 = vrt.invariant({
  key: "con-4",
  path: "Condition",
  expression: "abatement.empty() or (abatement as boolean).not()  or clinicalStatus='resolved' or clinicalStatus='remission' or clinicalStatus='inactive'",
  severity: "error",
  human: "If condition is abated, then clinicalStatus must be either inactive, resolved, or remission"
});
const INVARIANT_1 = vrt.invariant({
  key: "con-3",
  path: "Condition",
  expression: "verificationStatus='entered-in-error' or clinicalStatus.exists()",
  severity: "error",
  human: "Condition.clinicalStatus SHALL be present if verificationStatus is not entered-in-error"
});
const OWNER_1 = { paths: ["Condition.identifier", "Identifier"], type: "Identifier", exact: true };
const BINDING_4 = {
  has: vcodes.inCodes68,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-use"
};
const BINDING_5 = {
  has: vcodes.inCodings69,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-type"
};
const TARGETS_3 = ["Organization"];
const OWNER_2 = {
  paths: ["Condition.category", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const OWNER_3 = {
  paths: ["Condition.code", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const UNCHECKED_0 = {
  strength: "required",
  valueSet: "https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-ConditionCode-1",
  reason: "a filter on http://snomed.info/sct needs a terminology server"
};
const OCCURRENCE_0 = (v, x, q) => {
  let ok = true;
  if (!vrt.bindingNotChecked(v, x, q, UNCHECKED_0)) {
    if (x.c === null) return false;
    ok = false;
  }
  return ok;
};
const OCCURRENCE_CHECK_0 = (v, x, q, d) => {
  if (!checkCareConnectCondition1CodeCodingSnomedCT(v, x, q, d) && x.c === null) return false;
  return OCCURRENCE_0(v, x, q) || x.c !== null;
};
const SLICING_1 = {
  rules: "open",
  ordered: false,
  element: "Condition.code.coding",
  base: (v, x, q, d) => checkCoding(v, x, q, d),
  slices: [
    {
      name: "snomedCT",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => OCCURRENCE_CHECK_0(v, x, q, d)
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
const OWNER_4 = {
  paths: ["Condition.bodySite", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const UNCHECKED_1 = {
  strength: "required",
  valueSet: "https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-BodySite-1",
  reason: "a filter on http://snomed.info/sct needs a terminology server"
};
const OCCURRENCE_1 = (v, x, q) => {
  let ok = true;
  if (!vrt.bindingNotChecked(v, x, q, UNCHECKED_1)) {
    if (x.c === null) return false;
    ok = false;
  }
  return ok;
};
const OCCURRENCE_CHECK_1 = (v, x, q, d) => {
  if (!checkCareConnectCondition1BodySiteCodingSnomedCT(v, x, q, d) && x.c === null) return false;
  return OCCURRENCE_1(v, x, q) || x.c !== null;
};
const SLICING_2 = {
  rules: "open",
  ordered: false,
  element: "Condition.bodySite.coding",
  base: (v, x, q, d) => checkCoding(v, x, q, d),
  slices: [
    {
      name: "snomedCT",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => OCCURRENCE_CHECK_1(v, x, q, d)
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
const OWNER_5 = { paths: ["Condition.stage"], type: "BackboneElement", exact: true };
const TARGETS_4 = ["ClinicalImpression", "DiagnosticReport", "Observation"];
const INVARIANT_2 = vrt.invariant({
  key: "con-1",
  path: "Condition.stage",
  expression: "summary.exists() or assessment.exists()",
  severity: "error",
  human: "Stage SHALL have summary or assessment"
});
const OWNER_6 = { paths: ["Condition.evidence"], type: "BackboneElement", exact: true };
const INVARIANT_3 = vrt.invariant({
  key: "con-2",
  path: "Condition.evidence",
  expression: "code.exists() or detail.exists()",
  severity: "error",
  human: "evidence SHALL have code or details"
});
const OWNER_7 = { paths: ["Condition.note", "Annotation"], type: "Annotation", exact: true };
const CHOICE_2 = vrt.choiceVariants(["authorReference", "authorString"]);
const OWNER_8 = { paths: ["Condition.category.coding", "Coding"], type: "Coding", exact: true };
const OWNER_9 = { paths: ["Condition.code.coding", "Coding"], type: "Coding", exact: true };
const EXTENSION_1 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_9, false);
const SLICING_3 = {
  rules: "open",
  ordered: false,
  element: "Condition.code.coding:snomedCT.extension",
  base: (v, x, q, d) => EXTENSION_1(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => checkExtensionCodingSctdescid(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const OWNER_10 = { paths: ["Condition.bodySite.coding", "Coding"], type: "Coding", exact: true };
const EXTENSION_2 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_10, false);
const SLICING_4 = {
  rules: "open",
  ordered: false,
  element: "Condition.bodySite.coding:snomedCT.extension",
  base: (v, x, q, d) => EXTENSION_2(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => checkExtensionCodingSctdescid(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const OWNER_11 = {
  paths: ["Condition.stage.summary", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const SLICING_5 = {
  rules: "open",
  ordered: false,
  element: "Condition.stage.summary.coding",
  base: (v, x, q, d) => checkCoding(v, x, q, d),
  slices: [
    {
      name: "snomedCT",
      min: 0,
      max: -1,
      match: (v, x, d) => vrt.isRecord(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => checkCareConnectCondition1StageSummaryCodingSnomedCT(v, x, q, d)
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
const OWNER_12 = {
  paths: ["Condition.stage.summary.coding", "Coding"],
  type: "Coding",
  exact: true
};
const EXTENSION_3 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_12, false);
const SLICING_6 = {
  rules: "open",
  ordered: false,
  element: "Condition.stage.summary.coding:snomedCT.extension",
  base: (v, x, q, d) => EXTENSION_3(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => checkExtensionCodingSctdescid(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Condition-1",
      check: checkCareConnectCondition1,
      type: "Condition",
      base: false
    }
  ],
  extensions: [
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ConditionEpisode-1",
      check: checkExtensionCareConnectConditionEpisode1,
      contexts: ["Condition"],
      contextTypes: ["Condition"]
    },
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: checkExtensionCodingSctdescid,
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
        "Medication"
      ],
      contextTypes: [
        "AllergyIntolerance",
        "Condition",
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
function checkCareConnectCondition1(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Condition") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31, e32;
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
      case "category":
        m0 |= 65536;
        e11 = o[k];
        break;
      case "severity":
        m0 |= 131072;
        e12 = o[k];
        break;
      case "code":
        m0 |= 262144;
        e13 = o[k];
        break;
      case "bodySite":
        m0 |= 524288;
        e14 = o[k];
        break;
      case "subject":
        m0 |= 1048576;
        e15 = o[k];
        break;
      case "context":
        m0 |= 2097152;
        e16 = o[k];
        break;
      case "onsetDateTime":
        m0 |= 4194304;
        e17 = o[k];
        break;
      case "onsetAge":
        m0 |= 16777216;
        e18 = o[k];
        break;
      case "onsetPeriod":
        m0 |= 33554432;
        e19 = o[k];
        break;
      case "onsetRange":
        m0 |= 67108864;
        e20 = o[k];
        break;
      case "onsetString":
        m0 |= 134217728;
        e21 = o[k];
        break;
      case "abatementDateTime":
        m1 |= 1;
        e22 = o[k];
        break;
      case "abatementAge":
        m1 |= 4;
        e23 = o[k];
        break;
      case "abatementBoolean":
        m1 |= 8;
        e24 = o[k];
        break;
      case "abatementPeriod":
        m1 |= 32;
        e25 = o[k];
        break;
      case "abatementRange":
        m1 |= 64;
        e26 = o[k];
        break;
      case "abatementString":
        m1 |= 128;
        e27 = o[k];
        break;
      case "assertedDate":
        m1 |= 512;
        e28 = o[k];
        break;
      case "asserter":
        m1 |= 2048;
        e29 = o[k];
        break;
      case "stage":
        m1 |= 4096;
        e30 = o[k];
        break;
      case "evidence":
        m1 |= 8192;
        e31 = o[k];
        break;
      case "note":
        m1 |= 16384;
        e32 = o[k];
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
      case "_onsetDateTime":
        m0 |= 8388608;
        break;
      case "_onsetString":
        m0 |= 268435456;
        break;
      case "_abatementDateTime":
        m1 |= 2;
        break;
      case "_abatementBoolean":
        m1 |= 16;
        break;
      case "_abatementString":
        m1 |= 256;
        break;
      case "_assertedDate":
        m1 |= 1024;
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
    if (!vrt.one(e1, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
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
    if (!vrt.one(e4, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
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
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(e8, x, p, "identifier", d, 0, -1, checkCareConnectCondition1Identifier) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidCode(e9) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e9, o._clinicalStatus, x, p, "clinicalStatus", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e9, vcodes.inCodes65)) {
      if (!vrt.eachWith(e9, false, x, p, "clinicalStatus", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 49152) !== 0) {
    if (!vrt.prohibited(e10, o._verificationStatus, x, p, "verificationStatus") && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.many(e11, x, p, "category", d, 0, -1, checkCareConnectCondition1Category) && x.c === null) return false;
    if (!vrt.eachWith(e11, true, x, p, "category", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(e12, x, p, "severity", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e12, false, x, p, "severity", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e13, x, p, "code", d, 0, checkCareConnectCondition1Code) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.many(e14, x, p, "bodySite", d, 0, -1, checkCareConnectCondition1BodySite) && x.c === null) return false;
  }
  if (!vrt.one(e15, x, p, "subject", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e15, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(e16, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e16, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 532676608) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "onset", 0) && x.c === null) return false;
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidDateTime(e17) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(
        e17,
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
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(e18, x, p, "onset.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(e19, x, p, "onset.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(e20, x, p, "onset.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidString(e21) && (m0 & 268435456) === 0)) {
      if (!vrt.prim(e21, o._onsetString, x, p, "onset.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (vrt.bitCount(m1 & 511) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "abatement", 0) && x.c === null) return false;
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidDateTime(e22) && (m1 & 2) === 0)) {
      if (!vrt.prim(
        e22,
        o._abatementDateTime,
        x,
        p,
        "abatement.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.one(e23, x, p, "abatement.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if ((m1 & 24) !== 0) {
    if (!(vrt.isValidBoolean(e24) && (m1 & 16) === 0)) {
      if (!vrt.prim(
        e24,
        o._abatementBoolean,
        x,
        p,
        "abatement.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.one(e25, x, p, "abatement.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(e26, x, p, "abatement.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if ((m1 & 384) !== 0) {
    if (!(vrt.isValidString(e27) && (m1 & 256) === 0)) {
      if (!vrt.prim(
        e27,
        o._abatementString,
        x,
        p,
        "abatement.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 1536) !== 0) {
    if (!(vrt.isValidDateTime(e28) && (m1 & 1024) === 0)) {
      if (!vrt.prim(e28, o._assertedDate, x, p, "assertedDate", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(e29, x, p, "asserter", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e29, false, x, p, "asserter", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.one(e30, x, p, "stage", d, 0, checkCareConnectCondition1Stage) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.many(e31, x, p, "evidence", d, 0, -1, _checkConditionEvidence) && x.c === null) return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.many(e32, x, p, "note", d, 0, -1, checkCareConnectCondition1Note) && x.c === null) return false;
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
        vrt.fpOr3(
          vrt.fpOr3(
            vrt.fpOr3(
              vrt.fpSizeOfChoice(o, CHOICE_KEYS_0) === 0,
              vrt.fpNot3(vrt.fpTruthValue(vrt.fpOneValue(o["_abatementBoolean"], o["abatementBoolean"])))
            ),
            vrt.fpEqValue(vrt.fpOneValue(o["_clinicalStatus"], o["clinicalStatus"]), "resolved")
          ),
          vrt.fpEqValue(vrt.fpOneValue(o["_clinicalStatus"], o["clinicalStatus"]), "remission")
        ),
        vrt.fpEqValue(vrt.fpOneValue(o["_clinicalStatus"], o["clinicalStatus"]), "inactive")
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
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
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_1) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectCondition1Identifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.identifier");
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidCode(e2) && (m0 & 8) === 0)) {
      if (!vrt.prim(e2, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
    }
    if (!vrt.codeIn(e2, vcodes.inCodes68)) {
      if (!vrt.eachWith(e2, false, x, p, "use", vrt.checkCode, BINDING_4) && x.c === null) return false;
    }
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e3, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e3, false, x, p, "type", vrt.checkConcept, BINDING_5) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(e4) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_1) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
    if (!vrt.prim(e5, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(e6, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(e7, x, p, "assigner", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e7, false, x, p, "assigner", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectCondition1Category(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.category");
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.many(e2, x, p, "coding", d, 0, -1, checkCareConnectCondition1CategoryCoding) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectCondition1Code(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.code");
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
    if (!vrt.checkSliced(e2, x, p, "coding", d, 0, -1, SLICING_1) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectCondition1BodySite(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.bodySite");
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(e2, x, p, "coding", d, 0, -1, SLICING_2) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectCondition1Stage(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.stage");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4;
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
      case "summary":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "assessment":
        n++;
        m0 |= 16;
        e4 = o[k];
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
    if (!vrt.one(e3, x, p, "summary", d, 0, checkCareConnectCondition1StageSummary) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.many(e4, x, p, "assessment", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e4, true, x, p, "assessment", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpOr3(
        vrt.fpSizeOfValue(o["_summary"], o["summary"]) > 0,
        vrt.fpSizeOfValue(o["_assessment"], o["assessment"]) > 0
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_2) && x.c === null) return false;
  }
  return true;
}
function _checkConditionEvidence(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.evidence");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4;
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
      case "detail":
        n++;
        m0 |= 16;
        e4 = o[k];
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_6, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.many(e3, x, p, "code", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.many(e4, x, p, "detail", d, 0, -1, checkReference) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpOr3(vrt.fpSizeOfValue(o["_code"], o["code"]) > 0, vrt.fpSizeOfValue(o["_detail"], o["detail"]) > 0);
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_3) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectCondition1Note(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.note");
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 28) > 1) {
    if (!vrt.checkChoice(o, CHOICE_2, x, p, "author", 0) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(e2, x, p, "author.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e2, false, x, p, "author.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._authorString, x, p, "author.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_7) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(e3, false, x, p, "author.ofType(string)", vrt.onObject, vrt.checkRef1) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidDateTime(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._time, x, p, "time", d, 0, vrt.isValidDateTime, "dateTime", OWNER_7) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
    if (!vrt.prim(e5, o._text, x, p, "text", d, 1, vrt.isValidString, "string", OWNER_7) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectCondition1CategoryCoding(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.category.coding");
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_8, false) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(e2) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_8) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(e3, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_8) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 512) === 0)) {
    if (!vrt.prim(e5, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_8) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!vrt.prohibited(e6, o._userSelected, x, p, "userSelected") && x.c === null) return false;
  }
  return true;
}
function checkCareConnectCondition1CodeCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.code.coding");
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
    if (!vrt.checkSliced(e1, x, p, "extension", d, 0, -1, SLICING_3) && x.c === null) return false;
  }
  if (!((e2 === "http://snomed.info/sct" || vrt.isValidUri(e2)) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_9) && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "http://snomed.info/sct")) {
    if (!vrt.eachWith(e2, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(e3, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_9) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 512) === 0)) {
    if (!vrt.prim(e5, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_9) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._userSelected, x, p, "userSelected", d, 0, vrt.isValidBoolean, "boolean", OWNER_9) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectCondition1BodySiteCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.bodySite.coding");
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
    if (!vrt.checkSliced(e1, x, p, "extension", d, 0, -1, SLICING_4) && x.c === null) return false;
  }
  if (!((e2 === "http://snomed.info/sct" || vrt.isValidUri(e2)) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_10) && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "http://snomed.info/sct")) {
    if (!vrt.eachWith(e2, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(e3, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_10) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 512) === 0)) {
    if (!vrt.prim(e5, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_10) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._userSelected, x, p, "userSelected", d, 0, vrt.isValidBoolean, "boolean", OWNER_10) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectCondition1StageSummary(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.stage.summary");
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_11, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(e2, x, p, "coding", d, 0, -1, SLICING_5) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_11) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectCondition1StageSummaryCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.stage.summary.coding");
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
  if (!(vrt.isValidString(e5) && (m0 & 512) === 0)) {
    if (!vrt.prim(e5, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_12) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._userSelected, x, p, "userSelected", d, 0, vrt.isValidBoolean, "boolean", OWNER_12) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateCareConnectCondition1(value, options) {
  return vrt.validateWith(value, "Condition", checkCareConnectCondition1, true, options, REGISTRY_0);
}
function isCareConnectCondition1(value, options) {
  return vrt.testWith(value, checkCareConnectCondition1, true, options, REGISTRY_0);
}
function buildCareConnectCondition1(input) {
  return fillAndCheck(
    input,
    { resourceType: "Condition", profile: "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Condition-1" },
    isCareConnectCondition1,
    validateCareConnectCondition1,
    "CareConnectCondition1"
  );
}
function buildCareConnectCondition1CodeCodingSnomedCT(input) {
  return fillPart(input, { set: { system: "http://snomed.info/sct" } });
}
function buildCareConnectCondition1BodySiteCodingSnomedCT(input) {
  return fillPart(input, { set: { system: "http://snomed.info/sct" } });
}
function buildCareConnectCondition1StageSummaryCodingSnomedCT(input) {
  return fillPart(input, {
    set: { system: "http://snomed.info/sct" }
  });
}
export {
  buildCareConnectCondition1,
  buildCareConnectCondition1BodySiteCodingSnomedCT,
  buildCareConnectCondition1CodeCodingSnomedCT,
  buildCareConnectCondition1StageSummaryCodingSnomedCT,
  checkCareConnectCondition1,
  checkCareConnectCondition1BodySite,
  checkCareConnectCondition1BodySiteCodingSnomedCT,
  checkCareConnectCondition1Category,
  checkCareConnectCondition1CategoryCoding,
  checkCareConnectCondition1Code,
  checkCareConnectCondition1CodeCodingSnomedCT,
  checkCareConnectCondition1Identifier,
  checkCareConnectCondition1Note,
  checkCareConnectCondition1Stage,
  checkCareConnectCondition1StageSummary,
  checkCareConnectCondition1StageSummaryCodingSnomedCT,
  isCareConnectCondition1,
  validateCareConnectCondition1
};
