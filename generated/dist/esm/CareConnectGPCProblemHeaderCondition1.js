import { checkAddress } from "./Address.js";
import { checkAge } from "./Age.js";
import { checkAnnotation } from "./Annotation.js";
import { checkAttachment } from "./Attachment.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkCoding } from "./Coding.js";
import { checkContactPoint } from "./ContactPoint.js";
import { checkCount } from "./Count.js";
import { checkDistance } from "./Distance.js";
import { checkDuration } from "./Duration.js";
import {
  checkExtensionCareConnectGPCActualProblem1
} from "./ExtensionCareConnectGPCActualProblem1.js";
import { checkHumanName } from "./HumanName.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkMoney } from "./Money.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkQuantity } from "./Quantity.js";
import { checkRange } from "./Range.js";
import { checkRatio } from "./Ratio.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck, fillPart } from "./runtime/build/fill.js";
import { checkSampledData } from "./SampledData.js";
import { checkSignature } from "./Signature.js";
import { checkTiming } from "./Timing.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_abatementBoolean",
  "_abatementDateTime",
  "_abatementString",
  "_assertedDate",
  "_clinicalStatus",
  "_id",
  "_implicitRules",
  "_language",
  "_onsetDateTime",
  "_onsetString",
  "_verificationStatus",
  "abatementAge",
  "abatementBoolean",
  "abatementDateTime",
  "abatementPeriod",
  "abatementRange",
  "abatementString",
  "assertedDate",
  "asserter",
  "bodySite",
  "category",
  "clinicalStatus",
  "code",
  "contained",
  "context",
  "evidence",
  "extension",
  "id",
  "identifier",
  "implicitRules",
  "language",
  "meta",
  "modifierExtension",
  "note",
  "onsetAge",
  "onsetDateTime",
  "onsetPeriod",
  "onsetRange",
  "onsetString",
  "resourceType",
  "severity",
  "stage",
  "subject",
  "text",
  "verificationStatus"
]);
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
      name: "actualProblem",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ActualProblem-1",
      check: (v, x, q, d) => checkExtensionCareConnectGPCActualProblem1(v, x, q, d)
    },
    {
      name: "relatedProblemHeader",
      min: 0,
      max: -1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedProblemHeader-1",
      check: (v, x, q, d) => checkCareConnectGPCProblemHeaderCondition1RelatedProblemHeader(v, x, q, d)
    },
    {
      name: "problemSignificance",
      min: 1,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ProblemSignificance-1",
      check: (v, x, q, d) => checkCareConnectGPCProblemHeaderCondition1ProblemSignificance(v, x, q, d)
    },
    {
      name: "relatedClinicalContent",
      min: 0,
      max: -1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedClinicalContent-1",
      check: (v, x, q, d) => checkCareConnectGPCProblemHeaderCondition1RelatedClinicalContent(v, x, q, d)
    }
  ]
};
const BINDING_1 = {
  has: vcodes.inCodes65,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/condition-clinical"
};
const BINDING_2 = {
  has: vcodes.inCodes77,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/condition-ver-status"
};
const BINDING_3 = {
  has: vcodes.inCodes66,
  strength: "required",
  valueSet: "https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-ConditionCategory-1"
};
const BINDING_4 = {
  has: vcodes.inCodes67,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/condition-severity"
};
const TARGETS_0 = /* @__PURE__ */ new Set(["Patient"]);
const TARGETS_1 = /* @__PURE__ */ new Set(["Encounter"]);
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
const TARGETS_2 = /* @__PURE__ */ new Set(["Practitioner"]);
const INVARIANT_0 = vrt.invariant({
  key: "con-4",
  path: "Condition",
  expression: "abatement.empty() or (abatement as boolean).not()  or clinicalStatus='resolved' or clinicalStatus='remission' or clinicalStatus='inactive'",
  severity: "error",
  human: "If condition is abated, then clinicalStatus must be either inactive, resolved, or remission"
});
const CHOICE_KEYS_0 = [
  ["abatementDateTime", "_abatementDateTime"],
  ["abatementAge", "_abatementAge"],
  ["abatementBoolean", "_abatementBoolean"],
  ["abatementPeriod", "_abatementPeriod"],
  ["abatementRange", "_abatementRange"],
  ["abatementString", "_abatementString"]
];
const FHIRPATH_0 = (n) => vrt.fpOr(
  vrt.fpOr(
    vrt.fpOr(
      vrt.fpOr(
        vrt.fpEmpty(vrt.fpChoice([n], CHOICE_KEYS_0)),
        vrt.fpNot(vrt.fpChildOf(n, "abatementBoolean", "_abatementBoolean"))
      ),
      vrt.fpEq(vrt.fpChildOf(n, "clinicalStatus", "_clinicalStatus"), ["resolved"])
    ),
    vrt.fpEq(vrt.fpChildOf(n, "clinicalStatus", "_clinicalStatus"), ["remission"])
  ),
  vrt.fpEq(vrt.fpChildOf(n, "clinicalStatus", "_clinicalStatus"), ["inactive"])
);
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const INVARIANT_1 = vrt.invariant({
  key: "con-3",
  path: "Condition",
  expression: "verificationStatus='entered-in-error' or clinicalStatus.exists()",
  severity: "error",
  human: "Condition.clinicalStatus SHALL be present if verificationStatus is not entered-in-error"
});
const FHIRPATH_1 = (n) => vrt.fpOr(
  vrt.fpEq(vrt.fpChildOf(n, "verificationStatus", "_verificationStatus"), ["entered-in-error"]),
  vrt.fpExists(vrt.fpChildOf(n, "clinicalStatus", "_clinicalStatus"))
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
const OWNER_1 = { paths: ["Condition.meta", "Meta"], type: "Meta", exact: true };
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/security-labels",
  reason: "a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server"
};
const KEYS_2 = /* @__PURE__ */ new Set([
  "_valueBase64Binary",
  "_valueBoolean",
  "_valueCode",
  "_valueDate",
  "_valueDateTime",
  "_valueDecimal",
  "_valueId",
  "_valueInstant",
  "_valueInteger",
  "_valueMarkdown",
  "_valueOid",
  "_valuePositiveInt",
  "_valueString",
  "_valueTime",
  "_valueUnsignedInt",
  "_valueUri",
  "extension",
  "id",
  "url",
  "valueAddress",
  "valueAge",
  "valueAnnotation",
  "valueAttachment",
  "valueBase64Binary",
  "valueBoolean",
  "valueCode",
  "valueCodeableConcept",
  "valueCoding",
  "valueContactPoint",
  "valueCount",
  "valueDate",
  "valueDateTime",
  "valueDecimal",
  "valueDistance",
  "valueDuration",
  "valueHumanName",
  "valueId",
  "valueIdentifier",
  "valueInstant",
  "valueInteger",
  "valueMarkdown",
  "valueMeta",
  "valueMoney",
  "valueOid",
  "valuePeriod",
  "valuePositiveInt",
  "valueQuantity",
  "valueRange",
  "valueRatio",
  "valueReference",
  "valueSampledData",
  "valueSignature",
  "valueString",
  "valueTime",
  "valueTiming",
  "valueUnsignedInt",
  "valueUri"
]);
const OWNER_2 = { paths: ["Condition.extension", "Extension"], type: "Extension", exact: true };
const CHOICE_2 = vrt.choiceVariants([
  "valueBase64Binary",
  "valueBoolean",
  "valueCode",
  "valueDate",
  "valueDateTime",
  "valueDecimal",
  "valueId",
  "valueInstant",
  "valueInteger",
  "valueMarkdown",
  "valueOid",
  "valuePositiveInt",
  "valueString",
  "valueTime",
  "valueUnsignedInt",
  "valueUri",
  "valueAddress",
  "valueAge",
  "valueAnnotation",
  "valueAttachment",
  "valueCodeableConcept",
  "valueCoding",
  "valueContactPoint",
  "valueCount",
  "valueDistance",
  "valueDuration",
  "valueHumanName",
  "valueIdentifier",
  "valueMoney",
  "valuePeriod",
  "valueQuantity",
  "valueRange",
  "valueRatio",
  "valueReference",
  "valueSampledData",
  "valueSignature",
  "valueTiming",
  "valueMeta"
]);
const TARGETS_3 = /* @__PURE__ */ new Set([
  "AllergyIntolerance",
  "Encounter",
  "Immunization",
  "List",
  "Observation",
  "Organization",
  "ProcedureRequest",
  "Specimen"
]);
const KEYS_3 = /* @__PURE__ */ new Set([
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
const OWNER_3 = { paths: ["Condition.identifier", "Identifier"], type: "Identifier", exact: true };
const BINDING_5 = {
  has: vcodes.inCodes68,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-use"
};
const BINDING_6 = {
  has: vcodes.inCodes69,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-type"
};
const TARGETS_4 = /* @__PURE__ */ new Set(["Organization"]);
const KEYS_4 = /* @__PURE__ */ new Set(["_text", "coding", "extension", "id", "text"]);
const OWNER_4 = {
  paths: ["Condition.category", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const OWNER_5 = {
  paths: ["Condition.code", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const UNCHECKED_1 = {
  strength: "required",
  valueSet: "https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-ConditionCode-1",
  reason: "a filter on http://snomed.info/sct needs a terminology server"
};
const OCCURRENCE_0 = (v, x, q) => {
  let ok = true;
  if (!vrt.bindingNotChecked(v, x, q, UNCHECKED_1)) {
    if (x.c === null) return false;
    ok = false;
  }
  return ok;
};
const OCCURRENCE_CHECK_0 = (v, x, q, d) => {
  if (!checkCareConnectGPCProblemHeaderCondition1CodeCodingSnomedCT(v, x, q, d) && x.c === null) return false;
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
      match: (v, x, d) => vrt.isObject(v) && v.system === "http://snomed.info/sct",
      check: (v, x, q, d) => OCCURRENCE_CHECK_0(v, x, q, d)
    }
  ]
};
const KEYS_5 = /* @__PURE__ */ new Set(["assessment", "extension", "id", "modifierExtension", "summary"]);
const OWNER_6 = { paths: ["Condition.stage"], type: "BackboneElement", exact: true };
const TARGETS_5 = /* @__PURE__ */ new Set(["ClinicalImpression", "DiagnosticReport", "Observation"]);
const INVARIANT_2 = vrt.invariant({
  key: "con-1",
  path: "Condition.stage",
  expression: "summary.exists() or assessment.exists()",
  severity: "error",
  human: "Stage SHALL have summary or assessment"
});
const FHIRPATH_2 = (n) => vrt.fpOr(
  vrt.fpExists(vrt.fpChildOf(n, "summary", "_summary")),
  vrt.fpExists(vrt.fpChildOf(n, "assessment", "_assessment"))
);
const TRANSLATED_2 = { inv: INVARIANT_2, fn: FHIRPATH_2 };
const KEYS_6 = /* @__PURE__ */ new Set(["code", "detail", "extension", "id", "modifierExtension"]);
const OWNER_7 = { paths: ["Condition.evidence"], type: "BackboneElement", exact: true };
const INVARIANT_3 = vrt.invariant({
  key: "con-2",
  path: "Condition.evidence",
  expression: "code.exists() or detail.exists()",
  severity: "error",
  human: "evidence SHALL have code or details"
});
const FHIRPATH_3 = (n) => vrt.fpOr(vrt.fpExists(vrt.fpChildOf(n, "code", "_code")), vrt.fpExists(vrt.fpChildOf(n, "detail", "_detail")));
const TRANSLATED_3 = { inv: INVARIANT_3, fn: FHIRPATH_3 };
const KEYS_7 = /* @__PURE__ */ new Set([
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
const OWNER_8 = { paths: ["Condition.note", "Annotation"], type: "Annotation", exact: true };
const CHOICE_3 = vrt.choiceVariants(["authorReference", "authorString"]);
const TARGETS_6 = /* @__PURE__ */ new Set(["Patient", "Practitioner", "RelatedPerson"]);
const KEYS_8 = /* @__PURE__ */ new Set([
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
const OWNER_9 = { paths: ["Condition.category.coding", "Coding"], type: "Coding", exact: true };
const OWNER_10 = { paths: ["Condition.code.coding", "Coding"], type: "Coding", exact: true };
const EXTENSION_1 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_10, false);
const SLICING_2 = {
  rules: "open",
  ordered: false,
  element: "Condition.code.coding:snomedCT.extension",
  base: (v, x, q, d) => EXTENSION_1(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => checkCareConnectGPCProblemHeaderCondition1CodeCodingSnomedCTSnomedCTDescriptionID(v, x, q, d)
    }
  ]
};
const OWNER_11 = {
  paths: ["Condition.code.coding.extension", "Coding.extension"],
  type: "Extension",
  exact: true
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-ProblemHeader-Condition-1",
      check: checkCareConnectGPCProblemHeaderCondition1,
      type: "Condition",
      base: false
    }
  ],
  extensions: [
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ActualProblem-1",
      check: checkExtensionCareConnectGPCActualProblem1,
      contexts: ["Condition"],
      contextTypes: ["Condition"]
    }
  ],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkCareConnectGPCProblemHeaderCondition1(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Condition") && x.c === null) return false;
  if (!vrt.checkKeys(o, KEYS_0, x, p, false) && x.c === null) return false;
  if (o.id !== void 0 || o._id !== void 0) {
    if (!(vrt.isValidId(o.id) && o._id === void 0)) {
      if (!vrt.prim(o.id, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if (o.meta !== void 0) {
    if (!vrt.one(o.meta, x, p, "meta", d, 0, checkCareConnectGPCProblemHeaderCondition1Meta) && x.c === null)
      return false;
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
    if (!vrt.one(o.text, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
  }
  if (o.contained !== void 0) {
    if (!vrt.many(o.contained, x, p, "contained", d, 0, -1, vrt.checkContainedResource) && x.c === null) return false;
  }
  if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_0) && x.c === null) return false;
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if (!vrt.many(o.identifier, x, p, "identifier", d, 1, -1, checkCareConnectGPCProblemHeaderCondition1Identifier) && x.c === null)
    return false;
  if (!(vrt.isValidCode(o.clinicalStatus) && o._clinicalStatus === void 0)) {
    if (!vrt.prim(o.clinicalStatus, o._clinicalStatus, x, p, "clinicalStatus", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.clinicalStatus, false, x, p, "clinicalStatus", vrt.checkCode, BINDING_1) && x.c === null)
    return false;
  if (o.verificationStatus !== void 0 || o._verificationStatus !== void 0) {
    if (!(vrt.isValidCode(o.verificationStatus) && o._verificationStatus === void 0)) {
      if (!vrt.prim(
        o.verificationStatus,
        o._verificationStatus,
        x,
        p,
        "verificationStatus",
        d,
        0,
        vrt.isValidCode,
        "code",
        OWNER_0
      ) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.verificationStatus, false, x, p, "verificationStatus", vrt.checkCode, BINDING_2) && x.c === null)
      return false;
  }
  if (!vrt.many(o.category, x, p, "category", d, 1, 1, checkCareConnectGPCProblemHeaderCondition1Category) && x.c === null)
    return false;
  if (!vrt.eachWith(o.category, true, x, p, "category", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  if (o.severity !== void 0) {
    if (!vrt.one(o.severity, x, p, "severity", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.severity, false, x, p, "severity", vrt.checkConcept, BINDING_4) && x.c === null) return false;
  }
  if (!vrt.one(o.code, x, p, "code", d, 1, checkCareConnectGPCProblemHeaderCondition1Code) && x.c === null)
    return false;
  if (o.bodySite !== void 0) {
    if (!vrt.many(o.bodySite, x, p, "bodySite", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(o.subject, x, p, "subject", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
    return false;
  if (o.context !== void 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.context, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
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
    if (!vrt.one(o.onsetAge, x, p, "onset.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if (o.onsetPeriod !== void 0) {
    if (!vrt.one(o.onsetPeriod, x, p, "onset.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.onsetRange !== void 0) {
    if (!vrt.one(o.onsetRange, x, p, "onset.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
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
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "abatement", 0) && x.c === null) return false;
  if (o.abatementDateTime !== void 0 || o._abatementDateTime !== void 0) {
    if (!(vrt.isValidDateTime(o.abatementDateTime) && o._abatementDateTime === void 0)) {
      if (!vrt.prim(
        o.abatementDateTime,
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
  if (o.abatementAge !== void 0) {
    if (!vrt.one(o.abatementAge, x, p, "abatement.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if (o.abatementBoolean !== void 0 || o._abatementBoolean !== void 0) {
    if (!(vrt.isValidBoolean(o.abatementBoolean) && o._abatementBoolean === void 0)) {
      if (!vrt.prim(
        o.abatementBoolean,
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
  if (o.abatementPeriod !== void 0) {
    if (!vrt.one(o.abatementPeriod, x, p, "abatement.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.abatementRange !== void 0) {
    if (!vrt.one(o.abatementRange, x, p, "abatement.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if (o.abatementString !== void 0 || o._abatementString !== void 0) {
    if (!(vrt.isValidString(o.abatementString) && o._abatementString === void 0)) {
      if (!vrt.prim(
        o.abatementString,
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
  if (!vrt.one(o.asserter, x, p, "asserter", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.asserter, false, x, p, "asserter", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
    return false;
  if (o.stage !== void 0) {
    if (!vrt.one(o.stage, x, p, "stage", d, 0, _checkConditionStage) && x.c === null) return false;
  }
  if (o.evidence !== void 0) {
    if (!vrt.many(o.evidence, x, p, "evidence", d, 0, -1, _checkConditionEvidence) && x.c === null) return false;
  }
  if (o.note !== void 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, checkCareConnectGPCProblemHeaderCondition1Note) && x.c === null)
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
function checkCareConnectGPCProblemHeaderCondition1Meta(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.meta");
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
    if (!vrt.many(o.security, x, p, "security", d, 0, -1, checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(o.security, true, x, p, "security", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if (o.tag !== void 0) {
    if (!vrt.many(o.tag, x, p, "tag", d, 0, -1, checkCoding) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCProblemHeaderCondition1RelatedProblemHeader(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.extension");
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
  if (!vrt.isValidUri(o.url)) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!vrt.eachWith(
    o.url,
    false,
    x,
    p,
    "url",
    vrt.checkFixed,
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedProblemHeader-1"
  ) && x.c === null)
    return false;
  if (!vrt.checkChoice(o, CHOICE_2, x, p, "value", 0) && x.c === null) return false;
  if (o.valueBase64Binary !== void 0 || o._valueBase64Binary !== void 0) {
    if (!(vrt.isValidBase64Binary(o.valueBase64Binary) && o._valueBase64Binary === void 0)) {
      if (!vrt.prim(
        o.valueBase64Binary,
        o._valueBase64Binary,
        x,
        p,
        "value.ofType(base64Binary)",
        d,
        0,
        vrt.isValidBase64Binary,
        "base64Binary",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueBoolean !== void 0 || o._valueBoolean !== void 0) {
    if (!(vrt.isValidBoolean(o.valueBoolean) && o._valueBoolean === void 0)) {
      if (!vrt.prim(
        o.valueBoolean,
        o._valueBoolean,
        x,
        p,
        "value.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueCode !== void 0 || o._valueCode !== void 0) {
    if (!(vrt.isValidCode(o.valueCode) && o._valueCode === void 0)) {
      if (!vrt.prim(o.valueCode, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (o.valueDate !== void 0 || o._valueDate !== void 0) {
    if (!(vrt.isValidDate(o.valueDate) && o._valueDate === void 0)) {
      if (!vrt.prim(o.valueDate, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (o.valueDateTime !== void 0 || o._valueDateTime !== void 0) {
    if (!(vrt.isValidDateTime(o.valueDateTime) && o._valueDateTime === void 0)) {
      if (!vrt.prim(
        o.valueDateTime,
        o._valueDateTime,
        x,
        p,
        "value.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueDecimal !== void 0 || o._valueDecimal !== void 0) {
    if (!(vrt.isValidDecimal(o.valueDecimal) && o._valueDecimal === void 0)) {
      if (!vrt.prim(
        o.valueDecimal,
        o._valueDecimal,
        x,
        p,
        "value.ofType(decimal)",
        d,
        0,
        vrt.isValidDecimal,
        "decimal",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueId !== void 0 || o._valueId !== void 0) {
    if (!(vrt.isValidId(o.valueId) && o._valueId === void 0)) {
      if (!vrt.prim(o.valueId, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (o.valueInstant !== void 0 || o._valueInstant !== void 0) {
    if (!(vrt.isValidInstant(o.valueInstant) && o._valueInstant === void 0)) {
      if (!vrt.prim(
        o.valueInstant,
        o._valueInstant,
        x,
        p,
        "value.ofType(instant)",
        d,
        0,
        vrt.isValidInstant,
        "instant",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueInteger !== void 0 || o._valueInteger !== void 0) {
    if (!(vrt.isValidInteger(o.valueInteger) && o._valueInteger === void 0)) {
      if (!vrt.prim(
        o.valueInteger,
        o._valueInteger,
        x,
        p,
        "value.ofType(integer)",
        d,
        0,
        vrt.isValidInteger,
        "integer",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueMarkdown !== void 0 || o._valueMarkdown !== void 0) {
    if (!(vrt.isValidMarkdown(o.valueMarkdown) && o._valueMarkdown === void 0)) {
      if (!vrt.prim(
        o.valueMarkdown,
        o._valueMarkdown,
        x,
        p,
        "value.ofType(markdown)",
        d,
        0,
        vrt.isValidMarkdown,
        "markdown",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueOid !== void 0 || o._valueOid !== void 0) {
    if (!(vrt.isValidOid(o.valueOid) && o._valueOid === void 0)) {
      if (!vrt.prim(o.valueOid, o._valueOid, x, p, "value.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (o.valuePositiveInt !== void 0 || o._valuePositiveInt !== void 0) {
    if (!(vrt.isValidPositiveInt(o.valuePositiveInt) && o._valuePositiveInt === void 0)) {
      if (!vrt.prim(
        o.valuePositiveInt,
        o._valuePositiveInt,
        x,
        p,
        "value.ofType(positiveInt)",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueString !== void 0 || o._valueString !== void 0) {
    if (!(vrt.isValidString(o.valueString) && o._valueString === void 0)) {
      if (!vrt.prim(
        o.valueString,
        o._valueString,
        x,
        p,
        "value.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueTime !== void 0 || o._valueTime !== void 0) {
    if (!(vrt.isValidTime(o.valueTime) && o._valueTime === void 0)) {
      if (!vrt.prim(o.valueTime, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (o.valueUnsignedInt !== void 0 || o._valueUnsignedInt !== void 0) {
    if (!(vrt.isValidUnsignedInt(o.valueUnsignedInt) && o._valueUnsignedInt === void 0)) {
      if (!vrt.prim(
        o.valueUnsignedInt,
        o._valueUnsignedInt,
        x,
        p,
        "value.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueUri !== void 0 || o._valueUri !== void 0) {
    if (!(vrt.isValidUri(o.valueUri) && o._valueUri === void 0)) {
      if (!vrt.prim(o.valueUri, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (o.valueAddress !== void 0) {
    if (!vrt.one(o.valueAddress, x, p, "value.ofType(Address)", d, 0, checkAddress) && x.c === null) return false;
  }
  if (o.valueAge !== void 0) {
    if (!vrt.one(o.valueAge, x, p, "value.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if (o.valueAnnotation !== void 0) {
    if (!vrt.one(o.valueAnnotation, x, p, "value.ofType(Annotation)", d, 0, checkAnnotation) && x.c === null)
      return false;
  }
  if (o.valueAttachment !== void 0) {
    if (!vrt.one(o.valueAttachment, x, p, "value.ofType(Attachment)", d, 0, checkAttachment) && x.c === null)
      return false;
  }
  if (o.valueCodeableConcept !== void 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.valueCoding !== void 0) {
    if (!vrt.one(o.valueCoding, x, p, "value.ofType(Coding)", d, 0, checkCoding) && x.c === null) return false;
  }
  if (o.valueContactPoint !== void 0) {
    if (!vrt.one(o.valueContactPoint, x, p, "value.ofType(ContactPoint)", d, 0, checkContactPoint) && x.c === null)
      return false;
  }
  if (o.valueCount !== void 0) {
    if (!vrt.one(o.valueCount, x, p, "value.ofType(Count)", d, 0, checkCount) && x.c === null) return false;
  }
  if (o.valueDistance !== void 0) {
    if (!vrt.one(o.valueDistance, x, p, "value.ofType(Distance)", d, 0, checkDistance) && x.c === null) return false;
  }
  if (o.valueDuration !== void 0) {
    if (!vrt.one(o.valueDuration, x, p, "value.ofType(Duration)", d, 0, checkDuration) && x.c === null) return false;
  }
  if (o.valueHumanName !== void 0) {
    if (!vrt.one(o.valueHumanName, x, p, "value.ofType(HumanName)", d, 0, checkHumanName) && x.c === null) return false;
  }
  if (o.valueIdentifier !== void 0) {
    if (!vrt.one(o.valueIdentifier, x, p, "value.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null)
      return false;
  }
  if (o.valueMoney !== void 0) {
    if (!vrt.one(o.valueMoney, x, p, "value.ofType(Money)", d, 0, checkMoney) && x.c === null) return false;
  }
  if (o.valuePeriod !== void 0) {
    if (!vrt.one(o.valuePeriod, x, p, "value.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.valueQuantity !== void 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if (o.valueRange !== void 0) {
    if (!vrt.one(o.valueRange, x, p, "value.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if (o.valueRatio !== void 0) {
    if (!vrt.one(o.valueRatio, x, p, "value.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  if (o.valueReference !== void 0) {
    if (!vrt.one(o.valueReference, x, p, "value.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.valueReference, false, x, p, "value.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (o.valueSampledData !== void 0) {
    if (!vrt.one(o.valueSampledData, x, p, "value.ofType(SampledData)", d, 0, checkSampledData) && x.c === null)
      return false;
  }
  if (o.valueSignature !== void 0) {
    if (!vrt.one(o.valueSignature, x, p, "value.ofType(Signature)", d, 0, checkSignature) && x.c === null) return false;
  }
  if (o.valueTiming !== void 0) {
    if (!vrt.one(o.valueTiming, x, p, "value.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if (o.valueMeta !== void 0) {
    if (!vrt.one(o.valueMeta, x, p, "value.ofType(Meta)", d, 0, checkMeta) && x.c === null) return false;
  }
  if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  return true;
}
function checkCareConnectGPCProblemHeaderCondition1ProblemSignificance(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.extension");
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
  if (!vrt.isValidUri(o.url)) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!vrt.eachWith(
    o.url,
    false,
    x,
    p,
    "url",
    vrt.checkFixed,
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ProblemSignificance-1"
  ) && x.c === null)
    return false;
  if (!vrt.checkChoice(o, CHOICE_2, x, p, "value", 0) && x.c === null) return false;
  if (o.valueBase64Binary !== void 0 || o._valueBase64Binary !== void 0) {
    if (!(vrt.isValidBase64Binary(o.valueBase64Binary) && o._valueBase64Binary === void 0)) {
      if (!vrt.prim(
        o.valueBase64Binary,
        o._valueBase64Binary,
        x,
        p,
        "value.ofType(base64Binary)",
        d,
        0,
        vrt.isValidBase64Binary,
        "base64Binary",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueBoolean !== void 0 || o._valueBoolean !== void 0) {
    if (!(vrt.isValidBoolean(o.valueBoolean) && o._valueBoolean === void 0)) {
      if (!vrt.prim(
        o.valueBoolean,
        o._valueBoolean,
        x,
        p,
        "value.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueCode !== void 0 || o._valueCode !== void 0) {
    if (!(vrt.isValidCode(o.valueCode) && o._valueCode === void 0)) {
      if (!vrt.prim(o.valueCode, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (o.valueDate !== void 0 || o._valueDate !== void 0) {
    if (!(vrt.isValidDate(o.valueDate) && o._valueDate === void 0)) {
      if (!vrt.prim(o.valueDate, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (o.valueDateTime !== void 0 || o._valueDateTime !== void 0) {
    if (!(vrt.isValidDateTime(o.valueDateTime) && o._valueDateTime === void 0)) {
      if (!vrt.prim(
        o.valueDateTime,
        o._valueDateTime,
        x,
        p,
        "value.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueDecimal !== void 0 || o._valueDecimal !== void 0) {
    if (!(vrt.isValidDecimal(o.valueDecimal) && o._valueDecimal === void 0)) {
      if (!vrt.prim(
        o.valueDecimal,
        o._valueDecimal,
        x,
        p,
        "value.ofType(decimal)",
        d,
        0,
        vrt.isValidDecimal,
        "decimal",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueId !== void 0 || o._valueId !== void 0) {
    if (!(vrt.isValidId(o.valueId) && o._valueId === void 0)) {
      if (!vrt.prim(o.valueId, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (o.valueInstant !== void 0 || o._valueInstant !== void 0) {
    if (!(vrt.isValidInstant(o.valueInstant) && o._valueInstant === void 0)) {
      if (!vrt.prim(
        o.valueInstant,
        o._valueInstant,
        x,
        p,
        "value.ofType(instant)",
        d,
        0,
        vrt.isValidInstant,
        "instant",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueInteger !== void 0 || o._valueInteger !== void 0) {
    if (!(vrt.isValidInteger(o.valueInteger) && o._valueInteger === void 0)) {
      if (!vrt.prim(
        o.valueInteger,
        o._valueInteger,
        x,
        p,
        "value.ofType(integer)",
        d,
        0,
        vrt.isValidInteger,
        "integer",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueMarkdown !== void 0 || o._valueMarkdown !== void 0) {
    if (!(vrt.isValidMarkdown(o.valueMarkdown) && o._valueMarkdown === void 0)) {
      if (!vrt.prim(
        o.valueMarkdown,
        o._valueMarkdown,
        x,
        p,
        "value.ofType(markdown)",
        d,
        0,
        vrt.isValidMarkdown,
        "markdown",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueOid !== void 0 || o._valueOid !== void 0) {
    if (!(vrt.isValidOid(o.valueOid) && o._valueOid === void 0)) {
      if (!vrt.prim(o.valueOid, o._valueOid, x, p, "value.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (o.valuePositiveInt !== void 0 || o._valuePositiveInt !== void 0) {
    if (!(vrt.isValidPositiveInt(o.valuePositiveInt) && o._valuePositiveInt === void 0)) {
      if (!vrt.prim(
        o.valuePositiveInt,
        o._valuePositiveInt,
        x,
        p,
        "value.ofType(positiveInt)",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueString !== void 0 || o._valueString !== void 0) {
    if (!(vrt.isValidString(o.valueString) && o._valueString === void 0)) {
      if (!vrt.prim(
        o.valueString,
        o._valueString,
        x,
        p,
        "value.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueTime !== void 0 || o._valueTime !== void 0) {
    if (!(vrt.isValidTime(o.valueTime) && o._valueTime === void 0)) {
      if (!vrt.prim(o.valueTime, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (o.valueUnsignedInt !== void 0 || o._valueUnsignedInt !== void 0) {
    if (!(vrt.isValidUnsignedInt(o.valueUnsignedInt) && o._valueUnsignedInt === void 0)) {
      if (!vrt.prim(
        o.valueUnsignedInt,
        o._valueUnsignedInt,
        x,
        p,
        "value.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueUri !== void 0 || o._valueUri !== void 0) {
    if (!(vrt.isValidUri(o.valueUri) && o._valueUri === void 0)) {
      if (!vrt.prim(o.valueUri, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (o.valueAddress !== void 0) {
    if (!vrt.one(o.valueAddress, x, p, "value.ofType(Address)", d, 0, checkAddress) && x.c === null) return false;
  }
  if (o.valueAge !== void 0) {
    if (!vrt.one(o.valueAge, x, p, "value.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if (o.valueAnnotation !== void 0) {
    if (!vrt.one(o.valueAnnotation, x, p, "value.ofType(Annotation)", d, 0, checkAnnotation) && x.c === null)
      return false;
  }
  if (o.valueAttachment !== void 0) {
    if (!vrt.one(o.valueAttachment, x, p, "value.ofType(Attachment)", d, 0, checkAttachment) && x.c === null)
      return false;
  }
  if (o.valueCodeableConcept !== void 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.valueCoding !== void 0) {
    if (!vrt.one(o.valueCoding, x, p, "value.ofType(Coding)", d, 0, checkCoding) && x.c === null) return false;
  }
  if (o.valueContactPoint !== void 0) {
    if (!vrt.one(o.valueContactPoint, x, p, "value.ofType(ContactPoint)", d, 0, checkContactPoint) && x.c === null)
      return false;
  }
  if (o.valueCount !== void 0) {
    if (!vrt.one(o.valueCount, x, p, "value.ofType(Count)", d, 0, checkCount) && x.c === null) return false;
  }
  if (o.valueDistance !== void 0) {
    if (!vrt.one(o.valueDistance, x, p, "value.ofType(Distance)", d, 0, checkDistance) && x.c === null) return false;
  }
  if (o.valueDuration !== void 0) {
    if (!vrt.one(o.valueDuration, x, p, "value.ofType(Duration)", d, 0, checkDuration) && x.c === null) return false;
  }
  if (o.valueHumanName !== void 0) {
    if (!vrt.one(o.valueHumanName, x, p, "value.ofType(HumanName)", d, 0, checkHumanName) && x.c === null) return false;
  }
  if (o.valueIdentifier !== void 0) {
    if (!vrt.one(o.valueIdentifier, x, p, "value.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null)
      return false;
  }
  if (o.valueMoney !== void 0) {
    if (!vrt.one(o.valueMoney, x, p, "value.ofType(Money)", d, 0, checkMoney) && x.c === null) return false;
  }
  if (o.valuePeriod !== void 0) {
    if (!vrt.one(o.valuePeriod, x, p, "value.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.valueQuantity !== void 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if (o.valueRange !== void 0) {
    if (!vrt.one(o.valueRange, x, p, "value.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if (o.valueRatio !== void 0) {
    if (!vrt.one(o.valueRatio, x, p, "value.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  if (o.valueReference !== void 0) {
    if (!vrt.one(o.valueReference, x, p, "value.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
  }
  if (o.valueSampledData !== void 0) {
    if (!vrt.one(o.valueSampledData, x, p, "value.ofType(SampledData)", d, 0, checkSampledData) && x.c === null)
      return false;
  }
  if (o.valueSignature !== void 0) {
    if (!vrt.one(o.valueSignature, x, p, "value.ofType(Signature)", d, 0, checkSignature) && x.c === null) return false;
  }
  if (o.valueTiming !== void 0) {
    if (!vrt.one(o.valueTiming, x, p, "value.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if (o.valueMeta !== void 0) {
    if (!vrt.one(o.valueMeta, x, p, "value.ofType(Meta)", d, 0, checkMeta) && x.c === null) return false;
  }
  if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  return true;
}
function checkCareConnectGPCProblemHeaderCondition1RelatedClinicalContent(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.extension");
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
  if (!vrt.isValidUri(o.url)) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!vrt.eachWith(
    o.url,
    false,
    x,
    p,
    "url",
    vrt.checkFixed,
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedClinicalContent-1"
  ) && x.c === null)
    return false;
  if (!vrt.checkChoice(o, CHOICE_2, x, p, "value", 0) && x.c === null) return false;
  if (o.valueBase64Binary !== void 0 || o._valueBase64Binary !== void 0) {
    if (!(vrt.isValidBase64Binary(o.valueBase64Binary) && o._valueBase64Binary === void 0)) {
      if (!vrt.prim(
        o.valueBase64Binary,
        o._valueBase64Binary,
        x,
        p,
        "value.ofType(base64Binary)",
        d,
        0,
        vrt.isValidBase64Binary,
        "base64Binary",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueBoolean !== void 0 || o._valueBoolean !== void 0) {
    if (!(vrt.isValidBoolean(o.valueBoolean) && o._valueBoolean === void 0)) {
      if (!vrt.prim(
        o.valueBoolean,
        o._valueBoolean,
        x,
        p,
        "value.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueCode !== void 0 || o._valueCode !== void 0) {
    if (!(vrt.isValidCode(o.valueCode) && o._valueCode === void 0)) {
      if (!vrt.prim(o.valueCode, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (o.valueDate !== void 0 || o._valueDate !== void 0) {
    if (!(vrt.isValidDate(o.valueDate) && o._valueDate === void 0)) {
      if (!vrt.prim(o.valueDate, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (o.valueDateTime !== void 0 || o._valueDateTime !== void 0) {
    if (!(vrt.isValidDateTime(o.valueDateTime) && o._valueDateTime === void 0)) {
      if (!vrt.prim(
        o.valueDateTime,
        o._valueDateTime,
        x,
        p,
        "value.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueDecimal !== void 0 || o._valueDecimal !== void 0) {
    if (!(vrt.isValidDecimal(o.valueDecimal) && o._valueDecimal === void 0)) {
      if (!vrt.prim(
        o.valueDecimal,
        o._valueDecimal,
        x,
        p,
        "value.ofType(decimal)",
        d,
        0,
        vrt.isValidDecimal,
        "decimal",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueId !== void 0 || o._valueId !== void 0) {
    if (!(vrt.isValidId(o.valueId) && o._valueId === void 0)) {
      if (!vrt.prim(o.valueId, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (o.valueInstant !== void 0 || o._valueInstant !== void 0) {
    if (!(vrt.isValidInstant(o.valueInstant) && o._valueInstant === void 0)) {
      if (!vrt.prim(
        o.valueInstant,
        o._valueInstant,
        x,
        p,
        "value.ofType(instant)",
        d,
        0,
        vrt.isValidInstant,
        "instant",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueInteger !== void 0 || o._valueInteger !== void 0) {
    if (!(vrt.isValidInteger(o.valueInteger) && o._valueInteger === void 0)) {
      if (!vrt.prim(
        o.valueInteger,
        o._valueInteger,
        x,
        p,
        "value.ofType(integer)",
        d,
        0,
        vrt.isValidInteger,
        "integer",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueMarkdown !== void 0 || o._valueMarkdown !== void 0) {
    if (!(vrt.isValidMarkdown(o.valueMarkdown) && o._valueMarkdown === void 0)) {
      if (!vrt.prim(
        o.valueMarkdown,
        o._valueMarkdown,
        x,
        p,
        "value.ofType(markdown)",
        d,
        0,
        vrt.isValidMarkdown,
        "markdown",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueOid !== void 0 || o._valueOid !== void 0) {
    if (!(vrt.isValidOid(o.valueOid) && o._valueOid === void 0)) {
      if (!vrt.prim(o.valueOid, o._valueOid, x, p, "value.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (o.valuePositiveInt !== void 0 || o._valuePositiveInt !== void 0) {
    if (!(vrt.isValidPositiveInt(o.valuePositiveInt) && o._valuePositiveInt === void 0)) {
      if (!vrt.prim(
        o.valuePositiveInt,
        o._valuePositiveInt,
        x,
        p,
        "value.ofType(positiveInt)",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueString !== void 0 || o._valueString !== void 0) {
    if (!(vrt.isValidString(o.valueString) && o._valueString === void 0)) {
      if (!vrt.prim(
        o.valueString,
        o._valueString,
        x,
        p,
        "value.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueTime !== void 0 || o._valueTime !== void 0) {
    if (!(vrt.isValidTime(o.valueTime) && o._valueTime === void 0)) {
      if (!vrt.prim(o.valueTime, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (o.valueUnsignedInt !== void 0 || o._valueUnsignedInt !== void 0) {
    if (!(vrt.isValidUnsignedInt(o.valueUnsignedInt) && o._valueUnsignedInt === void 0)) {
      if (!vrt.prim(
        o.valueUnsignedInt,
        o._valueUnsignedInt,
        x,
        p,
        "value.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueUri !== void 0 || o._valueUri !== void 0) {
    if (!(vrt.isValidUri(o.valueUri) && o._valueUri === void 0)) {
      if (!vrt.prim(o.valueUri, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (o.valueAddress !== void 0) {
    if (!vrt.one(o.valueAddress, x, p, "value.ofType(Address)", d, 0, checkAddress) && x.c === null) return false;
  }
  if (o.valueAge !== void 0) {
    if (!vrt.one(o.valueAge, x, p, "value.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if (o.valueAnnotation !== void 0) {
    if (!vrt.one(o.valueAnnotation, x, p, "value.ofType(Annotation)", d, 0, checkAnnotation) && x.c === null)
      return false;
  }
  if (o.valueAttachment !== void 0) {
    if (!vrt.one(o.valueAttachment, x, p, "value.ofType(Attachment)", d, 0, checkAttachment) && x.c === null)
      return false;
  }
  if (o.valueCodeableConcept !== void 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.valueCoding !== void 0) {
    if (!vrt.one(o.valueCoding, x, p, "value.ofType(Coding)", d, 0, checkCoding) && x.c === null) return false;
  }
  if (o.valueContactPoint !== void 0) {
    if (!vrt.one(o.valueContactPoint, x, p, "value.ofType(ContactPoint)", d, 0, checkContactPoint) && x.c === null)
      return false;
  }
  if (o.valueCount !== void 0) {
    if (!vrt.one(o.valueCount, x, p, "value.ofType(Count)", d, 0, checkCount) && x.c === null) return false;
  }
  if (o.valueDistance !== void 0) {
    if (!vrt.one(o.valueDistance, x, p, "value.ofType(Distance)", d, 0, checkDistance) && x.c === null) return false;
  }
  if (o.valueDuration !== void 0) {
    if (!vrt.one(o.valueDuration, x, p, "value.ofType(Duration)", d, 0, checkDuration) && x.c === null) return false;
  }
  if (o.valueHumanName !== void 0) {
    if (!vrt.one(o.valueHumanName, x, p, "value.ofType(HumanName)", d, 0, checkHumanName) && x.c === null) return false;
  }
  if (o.valueIdentifier !== void 0) {
    if (!vrt.one(o.valueIdentifier, x, p, "value.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null)
      return false;
  }
  if (o.valueMoney !== void 0) {
    if (!vrt.one(o.valueMoney, x, p, "value.ofType(Money)", d, 0, checkMoney) && x.c === null) return false;
  }
  if (o.valuePeriod !== void 0) {
    if (!vrt.one(o.valuePeriod, x, p, "value.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.valueQuantity !== void 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if (o.valueRange !== void 0) {
    if (!vrt.one(o.valueRange, x, p, "value.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if (o.valueRatio !== void 0) {
    if (!vrt.one(o.valueRatio, x, p, "value.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  if (o.valueReference !== void 0) {
    if (!vrt.one(o.valueReference, x, p, "value.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.valueReference, false, x, p, "value.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (o.valueSampledData !== void 0) {
    if (!vrt.one(o.valueSampledData, x, p, "value.ofType(SampledData)", d, 0, checkSampledData) && x.c === null)
      return false;
  }
  if (o.valueSignature !== void 0) {
    if (!vrt.one(o.valueSignature, x, p, "value.ofType(Signature)", d, 0, checkSignature) && x.c === null) return false;
  }
  if (o.valueTiming !== void 0) {
    if (!vrt.one(o.valueTiming, x, p, "value.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if (o.valueMeta !== void 0) {
    if (!vrt.one(o.valueMeta, x, p, "value.ofType(Meta)", d, 0, checkMeta) && x.c === null) return false;
  }
  if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  return true;
}
function checkCareConnectGPCProblemHeaderCondition1Identifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.identifier");
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
  if (o.use !== void 0 || o._use !== void 0) {
    if (!(vrt.isValidCode(o.use) && o._use === void 0)) {
      if (!vrt.prim(o.use, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_3) && x.c === null) return false;
    }
    if (!vrt.eachWith(o.use, false, x, p, "use", vrt.checkCode, BINDING_5) && x.c === null) return false;
  }
  if (o.type !== void 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkConcept, BINDING_6) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(o.system) && o._system === void 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_3) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(o.value) && o._value === void 0)) {
    if (!vrt.prim(o.value, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_3) && x.c === null)
      return false;
  }
  if (o.period !== void 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.assigner !== void 0) {
    if (!vrt.one(o.assigner, x, p, "assigner", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.assigner, false, x, p, "assigner", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectGPCProblemHeaderCondition1Category(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.category");
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
  if (o.coding !== void 0) {
    if (!vrt.many(o.coding, x, p, "coding", d, 0, -1, checkCareConnectGPCProblemHeaderCondition1CategoryCoding) && x.c === null)
      return false;
  }
  if (o.text !== void 0 || o._text !== void 0) {
    if (!(vrt.isValidString(o.text) && o._text === void 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCProblemHeaderCondition1Code(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.code");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_4, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if (!vrt.checkSliced(o.coding, x, p, "coding", d, 0, -1, SLICING_1) && x.c === null) return false;
  if (o.text !== void 0 || o._text !== void 0) {
    if (!(vrt.isValidString(o.text) && o._text === void 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  return true;
}
function _checkConditionStage(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.stage");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_5, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_6, true) && x.c === null)
      return false;
  }
  if (o.summary !== void 0) {
    if (!vrt.one(o.summary, x, p, "summary", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.assessment !== void 0) {
    if (!vrt.many(o.assessment, x, p, "assessment", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.assessment, true, x, p, "assessment", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_2) && x.c === null) return false;
  return true;
}
function _checkConditionEvidence(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.evidence");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_6, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_7, true) && x.c === null)
      return false;
  }
  if (o.code !== void 0) {
    if (!vrt.many(o.code, x, p, "code", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.detail !== void 0) {
    if (!vrt.many(o.detail, x, p, "detail", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_3) && x.c === null) return false;
  return true;
}
function checkCareConnectGPCProblemHeaderCondition1Note(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.note");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_7, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_8, false) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_3, x, p, "author", 0) && x.c === null) return false;
  if (o.authorReference !== void 0) {
    if (!vrt.one(o.authorReference, x, p, "author.ofType(Reference)", d, 0, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.authorReference, false, x, p, "author.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
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
        OWNER_8
      ) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.authorString, false, x, p, "author.ofType(string)", vrt.onObject, vrt.checkRef1) && x.c === null)
      return false;
  }
  if (o.time !== void 0 || o._time !== void 0) {
    if (!(vrt.isValidDateTime(o.time) && o._time === void 0)) {
      if (!vrt.prim(o.time, o._time, x, p, "time", d, 0, vrt.isValidDateTime, "dateTime", OWNER_8) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(o.text) && o._text === void 0)) {
    if (!vrt.prim(o.text, o._text, x, p, "text", d, 1, vrt.isValidString, "string", OWNER_8) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectGPCProblemHeaderCondition1CategoryCoding(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.category.coding");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_8, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_9, false) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(o.system) && o._system === void 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_9) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(
    o.system,
    false,
    x,
    p,
    "system",
    vrt.checkFixed,
    "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-ConditionCategory-1"
  ) && x.c === null)
    return false;
  if (o.version !== void 0 || o._version !== void 0) {
    if (!(vrt.isValidString(o.version) && o._version === void 0)) {
      if (!vrt.prim(o.version, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_9) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(o.code) && o._code === void 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_9) && x.c === null) return false;
  }
  if (!vrt.eachWith(o.code, false, x, p, "code", vrt.checkFixed, "problem-list-item") && x.c === null) return false;
  if (!(vrt.isValidString(o.display) && o._display === void 0)) {
    if (!vrt.prim(o.display, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_9) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.display, false, x, p, "display", vrt.checkFixed, "Problem List Item") && x.c === null)
    return false;
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
        OWNER_9
      ) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCProblemHeaderCondition1CodeCodingSnomedCT(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.code.coding");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_8, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_2) && x.c === null) return false;
  if (!(vrt.isValidUri(o.system) && o._system === void 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_10) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.system, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
    return false;
  if (!vrt.prohibited(o.version, o._version, x, p, "version") && x.c === null) return false;
  if (!(vrt.isValidCode(o.code) && o._code === void 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_10) && x.c === null) return false;
  }
  if (!(vrt.isValidString(o.display) && o._display === void 0)) {
    if (!vrt.prim(o.display, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_10) && x.c === null)
      return false;
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
        OWNER_10
      ) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCProblemHeaderCondition1CodeCodingSnomedCTSnomedCTDescriptionID(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.code.coding.extension");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_2, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_11, false) && x.c === null) return false;
  }
  if (!vrt.isValidUri(o.url)) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!vrt.eachWith(
    o.url,
    false,
    x,
    p,
    "url",
    vrt.checkFixed,
    "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid"
  ) && x.c === null)
    return false;
  if (!vrt.checkChoice(o, CHOICE_2, x, p, "value", 0) && x.c === null) return false;
  if (o.valueBase64Binary !== void 0 || o._valueBase64Binary !== void 0) {
    if (!(vrt.isValidBase64Binary(o.valueBase64Binary) && o._valueBase64Binary === void 0)) {
      if (!vrt.prim(
        o.valueBase64Binary,
        o._valueBase64Binary,
        x,
        p,
        "value.ofType(base64Binary)",
        d,
        0,
        vrt.isValidBase64Binary,
        "base64Binary",
        OWNER_11
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueBoolean !== void 0 || o._valueBoolean !== void 0) {
    if (!(vrt.isValidBoolean(o.valueBoolean) && o._valueBoolean === void 0)) {
      if (!vrt.prim(
        o.valueBoolean,
        o._valueBoolean,
        x,
        p,
        "value.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_11
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueCode !== void 0 || o._valueCode !== void 0) {
    if (!(vrt.isValidCode(o.valueCode) && o._valueCode === void 0)) {
      if (!vrt.prim(o.valueCode, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_11) && x.c === null)
        return false;
    }
  }
  if (o.valueDate !== void 0 || o._valueDate !== void 0) {
    if (!(vrt.isValidDate(o.valueDate) && o._valueDate === void 0)) {
      if (!vrt.prim(o.valueDate, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_11) && x.c === null)
        return false;
    }
  }
  if (o.valueDateTime !== void 0 || o._valueDateTime !== void 0) {
    if (!(vrt.isValidDateTime(o.valueDateTime) && o._valueDateTime === void 0)) {
      if (!vrt.prim(
        o.valueDateTime,
        o._valueDateTime,
        x,
        p,
        "value.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_11
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueDecimal !== void 0 || o._valueDecimal !== void 0) {
    if (!(vrt.isValidDecimal(o.valueDecimal) && o._valueDecimal === void 0)) {
      if (!vrt.prim(
        o.valueDecimal,
        o._valueDecimal,
        x,
        p,
        "value.ofType(decimal)",
        d,
        0,
        vrt.isValidDecimal,
        "decimal",
        OWNER_11
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueId !== void 0 || o._valueId !== void 0) {
    if (!(vrt.isValidId(o.valueId) && o._valueId === void 0)) {
      if (!vrt.prim(o.valueId, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_11) && x.c === null)
        return false;
    }
  }
  if (o.valueInstant !== void 0 || o._valueInstant !== void 0) {
    if (!(vrt.isValidInstant(o.valueInstant) && o._valueInstant === void 0)) {
      if (!vrt.prim(
        o.valueInstant,
        o._valueInstant,
        x,
        p,
        "value.ofType(instant)",
        d,
        0,
        vrt.isValidInstant,
        "instant",
        OWNER_11
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueInteger !== void 0 || o._valueInteger !== void 0) {
    if (!(vrt.isValidInteger(o.valueInteger) && o._valueInteger === void 0)) {
      if (!vrt.prim(
        o.valueInteger,
        o._valueInteger,
        x,
        p,
        "value.ofType(integer)",
        d,
        0,
        vrt.isValidInteger,
        "integer",
        OWNER_11
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueMarkdown !== void 0 || o._valueMarkdown !== void 0) {
    if (!(vrt.isValidMarkdown(o.valueMarkdown) && o._valueMarkdown === void 0)) {
      if (!vrt.prim(
        o.valueMarkdown,
        o._valueMarkdown,
        x,
        p,
        "value.ofType(markdown)",
        d,
        0,
        vrt.isValidMarkdown,
        "markdown",
        OWNER_11
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueOid !== void 0 || o._valueOid !== void 0) {
    if (!(vrt.isValidOid(o.valueOid) && o._valueOid === void 0)) {
      if (!vrt.prim(o.valueOid, o._valueOid, x, p, "value.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_11) && x.c === null)
        return false;
    }
  }
  if (o.valuePositiveInt !== void 0 || o._valuePositiveInt !== void 0) {
    if (!(vrt.isValidPositiveInt(o.valuePositiveInt) && o._valuePositiveInt === void 0)) {
      if (!vrt.prim(
        o.valuePositiveInt,
        o._valuePositiveInt,
        x,
        p,
        "value.ofType(positiveInt)",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_11
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueString !== void 0 || o._valueString !== void 0) {
    if (!(vrt.isValidString(o.valueString) && o._valueString === void 0)) {
      if (!vrt.prim(
        o.valueString,
        o._valueString,
        x,
        p,
        "value.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_11
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueTime !== void 0 || o._valueTime !== void 0) {
    if (!(vrt.isValidTime(o.valueTime) && o._valueTime === void 0)) {
      if (!vrt.prim(o.valueTime, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_11) && x.c === null)
        return false;
    }
  }
  if (o.valueUnsignedInt !== void 0 || o._valueUnsignedInt !== void 0) {
    if (!(vrt.isValidUnsignedInt(o.valueUnsignedInt) && o._valueUnsignedInt === void 0)) {
      if (!vrt.prim(
        o.valueUnsignedInt,
        o._valueUnsignedInt,
        x,
        p,
        "value.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_11
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueUri !== void 0 || o._valueUri !== void 0) {
    if (!(vrt.isValidUri(o.valueUri) && o._valueUri === void 0)) {
      if (!vrt.prim(o.valueUri, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_11) && x.c === null)
        return false;
    }
  }
  if (o.valueAddress !== void 0) {
    if (!vrt.one(o.valueAddress, x, p, "value.ofType(Address)", d, 0, checkAddress) && x.c === null) return false;
  }
  if (o.valueAge !== void 0) {
    if (!vrt.one(o.valueAge, x, p, "value.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if (o.valueAnnotation !== void 0) {
    if (!vrt.one(o.valueAnnotation, x, p, "value.ofType(Annotation)", d, 0, checkAnnotation) && x.c === null)
      return false;
  }
  if (o.valueAttachment !== void 0) {
    if (!vrt.one(o.valueAttachment, x, p, "value.ofType(Attachment)", d, 0, checkAttachment) && x.c === null)
      return false;
  }
  if (o.valueCodeableConcept !== void 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.valueCoding !== void 0) {
    if (!vrt.one(o.valueCoding, x, p, "value.ofType(Coding)", d, 0, checkCoding) && x.c === null) return false;
  }
  if (o.valueContactPoint !== void 0) {
    if (!vrt.one(o.valueContactPoint, x, p, "value.ofType(ContactPoint)", d, 0, checkContactPoint) && x.c === null)
      return false;
  }
  if (o.valueCount !== void 0) {
    if (!vrt.one(o.valueCount, x, p, "value.ofType(Count)", d, 0, checkCount) && x.c === null) return false;
  }
  if (o.valueDistance !== void 0) {
    if (!vrt.one(o.valueDistance, x, p, "value.ofType(Distance)", d, 0, checkDistance) && x.c === null) return false;
  }
  if (o.valueDuration !== void 0) {
    if (!vrt.one(o.valueDuration, x, p, "value.ofType(Duration)", d, 0, checkDuration) && x.c === null) return false;
  }
  if (o.valueHumanName !== void 0) {
    if (!vrt.one(o.valueHumanName, x, p, "value.ofType(HumanName)", d, 0, checkHumanName) && x.c === null) return false;
  }
  if (o.valueIdentifier !== void 0) {
    if (!vrt.one(o.valueIdentifier, x, p, "value.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null)
      return false;
  }
  if (o.valueMoney !== void 0) {
    if (!vrt.one(o.valueMoney, x, p, "value.ofType(Money)", d, 0, checkMoney) && x.c === null) return false;
  }
  if (o.valuePeriod !== void 0) {
    if (!vrt.one(o.valuePeriod, x, p, "value.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.valueQuantity !== void 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if (o.valueRange !== void 0) {
    if (!vrt.one(o.valueRange, x, p, "value.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if (o.valueRatio !== void 0) {
    if (!vrt.one(o.valueRatio, x, p, "value.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  if (o.valueReference !== void 0) {
    if (!vrt.one(o.valueReference, x, p, "value.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
  }
  if (o.valueSampledData !== void 0) {
    if (!vrt.one(o.valueSampledData, x, p, "value.ofType(SampledData)", d, 0, checkSampledData) && x.c === null)
      return false;
  }
  if (o.valueSignature !== void 0) {
    if (!vrt.one(o.valueSignature, x, p, "value.ofType(Signature)", d, 0, checkSignature) && x.c === null) return false;
  }
  if (o.valueTiming !== void 0) {
    if (!vrt.one(o.valueTiming, x, p, "value.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if (o.valueMeta !== void 0) {
    if (!vrt.one(o.valueMeta, x, p, "value.ofType(Meta)", d, 0, checkMeta) && x.c === null) return false;
  }
  if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  return true;
}
function validateCareConnectGPCProblemHeaderCondition1(value, options) {
  return vrt.validateWith(value, "Condition", checkCareConnectGPCProblemHeaderCondition1, true, options, REGISTRY_0);
}
function isCareConnectGPCProblemHeaderCondition1(value, options) {
  return vrt.testWith(value, checkCareConnectGPCProblemHeaderCondition1, true, options, REGISTRY_0);
}
function buildCareConnectGPCProblemHeaderCondition1(input) {
  return fillAndCheck(
    input,
    {
      resourceType: "Condition",
      profile: "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-ProblemHeader-Condition-1",
      each: {
        category: {
          each: {
            coding: {
              set: {
                system: "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-ConditionCategory-1",
                code: "problem-list-item",
                display: "Problem List Item"
              }
            }
          }
        }
      },
      lead: {
        extension: [
          {
            set: {
              url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ProblemSignificance-1"
            }
          }
        ]
      },
      system: { category: "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-ConditionCategory-1" }
    },
    isCareConnectGPCProblemHeaderCondition1,
    validateCareConnectGPCProblemHeaderCondition1,
    "CareConnectGPCProblemHeaderCondition1"
  );
}
function buildCareConnectGPCProblemHeaderCondition1RelatedProblemHeader(input) {
  return fillPart(input, {
    set: { url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedProblemHeader-1" }
  });
}
function buildCareConnectGPCProblemHeaderCondition1ProblemSignificance(input) {
  return fillPart(input, {
    set: { url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ProblemSignificance-1" }
  });
}
function buildCareConnectGPCProblemHeaderCondition1RelatedClinicalContent(input) {
  return fillPart(input, {
    set: { url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedClinicalContent-1" }
  });
}
function buildCareConnectGPCProblemHeaderCondition1CodeCodingSnomedCT(input) {
  return fillPart(input, {
    set: { system: "http://snomed.info/sct" }
  });
}
function buildCareConnectGPCProblemHeaderCondition1CodeCodingSnomedCTSnomedCTDescriptionID(input) {
  return fillPart(input, {
    set: { url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid" }
  });
}
export {
  buildCareConnectGPCProblemHeaderCondition1,
  buildCareConnectGPCProblemHeaderCondition1CodeCodingSnomedCT,
  buildCareConnectGPCProblemHeaderCondition1CodeCodingSnomedCTSnomedCTDescriptionID,
  buildCareConnectGPCProblemHeaderCondition1ProblemSignificance,
  buildCareConnectGPCProblemHeaderCondition1RelatedClinicalContent,
  buildCareConnectGPCProblemHeaderCondition1RelatedProblemHeader,
  checkCareConnectGPCProblemHeaderCondition1,
  checkCareConnectGPCProblemHeaderCondition1Category,
  checkCareConnectGPCProblemHeaderCondition1CategoryCoding,
  checkCareConnectGPCProblemHeaderCondition1Code,
  checkCareConnectGPCProblemHeaderCondition1CodeCodingSnomedCT,
  checkCareConnectGPCProblemHeaderCondition1CodeCodingSnomedCTSnomedCTDescriptionID,
  checkCareConnectGPCProblemHeaderCondition1Identifier,
  checkCareConnectGPCProblemHeaderCondition1Meta,
  checkCareConnectGPCProblemHeaderCondition1Note,
  checkCareConnectGPCProblemHeaderCondition1ProblemSignificance,
  checkCareConnectGPCProblemHeaderCondition1RelatedClinicalContent,
  checkCareConnectGPCProblemHeaderCondition1RelatedProblemHeader,
  isCareConnectGPCProblemHeaderCondition1,
  validateCareConnectGPCProblemHeaderCondition1
};
