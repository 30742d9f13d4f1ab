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
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.url) {
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-CareConnect-GPC-ActualProblem-1":
        return 0;
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedProblemHeader-1":
        return 1;
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ProblemSignificance-1":
        return 2;
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedClinicalContent-1":
        return 3;
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
  has: vcodes.inCodes77,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/condition-ver-status"
};
const BINDING_3 = {
  has: vcodes.inCodings66,
  strength: "required",
  valueSet: "https://fhir.hl7.org.uk/STU3/ValueSet/CareConnect-ConditionCategory-1"
};
const BINDING_4 = {
  has: vcodes.inCodings67,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/condition-severity"
};
const TARGETS_0 = ["Patient"];
const TARGETS_1 = ["Encounter"];
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
const TARGETS_2 = ["Practitioner"];
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
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpOr3(
      vrt.fpOr3(
        vrt.fpOr3(
          vrt.fpSizeOfChoice(n, CHOICE_KEYS_0) === 0,
          vrt.fpNot3(vrt.fpTruthValue(vrt.fpOneValue(o["_abatementBoolean"], o["abatementBoolean"])))
        ),
        vrt.fpEqValue(vrt.fpOneValue(o["_clinicalStatus"], o["clinicalStatus"]), "resolved")
      ),
      vrt.fpEqValue(vrt.fpOneValue(o["_clinicalStatus"], o["clinicalStatus"]), "remission")
    ),
    vrt.fpEqValue(vrt.fpOneValue(o["_clinicalStatus"], o["clinicalStatus"]), "inactive")
  );
};
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const INVARIANT_1 = vrt.invariant({
  key: "con-3",
  path: "Condition",
  expression: "verificationStatus='entered-in-error' or clinicalStatus.exists()",
  severity: "error",
  human: "Condition.clinicalStatus SHALL be present if verificationStatus is not entered-in-error"
});
const FHIRPATH_1 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpEqValue(vrt.fpOneValue(o["_verificationStatus"], o["verificationStatus"]), "entered-in-error"),
    vrt.fpSizeOfValue(o["_clinicalStatus"], o["clinicalStatus"]) > 0
  );
};
const TRANSLATED_1 = { inv: INVARIANT_1, fn: FHIRPATH_1 };
const OWNER_1 = { paths: ["Condition.meta", "Meta"], type: "Meta", exact: true };
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/security-labels",
  reason: "a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server"
};
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
const TARGETS_3 = [
  "AllergyIntolerance",
  "Encounter",
  "Immunization",
  "List",
  "Observation",
  "Organization",
  "ProcedureRequest",
  "Specimen"
];
const OWNER_3 = { paths: ["Condition.identifier", "Identifier"], type: "Identifier", exact: true };
const BINDING_5 = {
  has: vcodes.inCodes68,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-use"
};
const BINDING_6 = {
  has: vcodes.inCodings69,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-type"
};
const TARGETS_4 = ["Organization"];
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
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.system) {
      case "http://snomed.info/sct":
        return 0;
    }
    return -1;
  }
};
const OWNER_6 = { paths: ["Condition.stage"], type: "BackboneElement", exact: true };
const TARGETS_5 = ["ClinicalImpression", "DiagnosticReport", "Observation"];
const INVARIANT_2 = vrt.invariant({
  key: "con-1",
  path: "Condition.stage",
  expression: "summary.exists() or assessment.exists()",
  severity: "error",
  human: "Stage SHALL have summary or assessment"
});
const FHIRPATH_2 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpSizeOfValue(o["_summary"], o["summary"]) > 0,
    vrt.fpSizeOfValue(o["_assessment"], o["assessment"]) > 0
  );
};
const TRANSLATED_2 = { inv: INVARIANT_2, fn: FHIRPATH_2 };
const OWNER_7 = { paths: ["Condition.evidence"], type: "BackboneElement", exact: true };
const INVARIANT_3 = vrt.invariant({
  key: "con-2",
  path: "Condition.evidence",
  expression: "code.exists() or detail.exists()",
  severity: "error",
  human: "evidence SHALL have code or details"
});
const FHIRPATH_3 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(vrt.fpSizeOfValue(o["_code"], o["code"]) > 0, vrt.fpSizeOfValue(o["_detail"], o["detail"]) > 0);
};
const TRANSLATED_3 = { inv: INVARIANT_3, fn: FHIRPATH_3 };
const OWNER_8 = { paths: ["Condition.note", "Annotation"], type: "Annotation", exact: true };
const CHOICE_3 = vrt.choiceVariants(["authorReference", "authorString"]);
const TARGETS_6 = ["Patient", "Practitioner", "RelatedPerson"];
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
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.url) {
      case "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
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
  let m0 = 0;
  let m1 = 0;
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
      case "clinicalStatus":
        m0 |= 4096;
        break;
      case "verificationStatus":
        m0 |= 16384;
        break;
      case "category":
        m0 |= 65536;
        break;
      case "severity":
        m0 |= 131072;
        break;
      case "code":
        m0 |= 262144;
        break;
      case "bodySite":
        m0 |= 524288;
        break;
      case "subject":
        m0 |= 1048576;
        break;
      case "context":
        m0 |= 2097152;
        break;
      case "onsetDateTime":
        m0 |= 4194304;
        break;
      case "onsetAge":
        m0 |= 16777216;
        break;
      case "onsetPeriod":
        m0 |= 33554432;
        break;
      case "onsetRange":
        m0 |= 67108864;
        break;
      case "onsetString":
        m0 |= 134217728;
        break;
      case "abatementDateTime":
        m1 |= 1;
        break;
      case "abatementAge":
        m1 |= 4;
        break;
      case "abatementBoolean":
        m1 |= 8;
        break;
      case "abatementPeriod":
        m1 |= 32;
        break;
      case "abatementRange":
        m1 |= 64;
        break;
      case "abatementString":
        m1 |= 128;
        break;
      case "assertedDate":
        m1 |= 512;
        break;
      case "asserter":
        m1 |= 2048;
        break;
      case "stage":
        m1 |= 4096;
        break;
      case "evidence":
        m1 |= 8192;
        break;
      case "note":
        m1 |= 16384;
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
    if (!(vrt.isValidId(o.id) && (m0 & 2) === 0)) {
      if (!vrt.prim(o.id, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(o.meta, x, p, "meta", d, 0, checkCareConnectGPCProblemHeaderCondition1Meta) && x.c === null)
      return false;
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
    if (!vrt.one(o.text, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(o.contained, x, p, "contained", d, 0, -1, vrt.checkContainedResource) && x.c === null) return false;
  }
  if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_0) && x.c === null) return false;
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if (!vrt.many(o.identifier, x, p, "identifier", d, 1, -1, checkCareConnectGPCProblemHeaderCondition1Identifier) && x.c === null)
    return false;
  if (!(vrt.isValidCode(o.clinicalStatus) && (m0 & 8192) === 0)) {
    if (!vrt.prim(o.clinicalStatus, o._clinicalStatus, x, p, "clinicalStatus", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.clinicalStatus, vcodes.inCodes65)) {
    if (!vrt.eachWith(o.clinicalStatus, false, x, p, "clinicalStatus", vrt.checkCode, BINDING_1) && x.c === null)
      return false;
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidCode(o.verificationStatus) && (m0 & 32768) === 0)) {
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
    if (!vrt.codeIn(o.verificationStatus, vcodes.inCodes77)) {
      if (!vrt.eachWith(o.verificationStatus, false, x, p, "verificationStatus", vrt.checkCode, BINDING_2) && x.c === null)
        return false;
    }
  }
  if (!vrt.many(o.category, x, p, "category", d, 1, 1, checkCareConnectGPCProblemHeaderCondition1Category) && x.c === null)
    return false;
  if (!vrt.eachWith(o.category, true, x, p, "category", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(o.severity, x, p, "severity", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.severity, false, x, p, "severity", vrt.checkConcept, BINDING_4) && x.c === null) return false;
  }
  if (!vrt.one(o.code, x, p, "code", d, 1, checkCareConnectGPCProblemHeaderCondition1Code) && x.c === null)
    return false;
  if ((m0 & 524288) !== 0) {
    if (!vrt.many(o.bodySite, x, p, "bodySite", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(o.subject, x, p, "subject", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
    return false;
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.context, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 532676608) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "onset", 0) && x.c === null) return false;
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidDateTime(o.onsetDateTime) && (m0 & 8388608) === 0)) {
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
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(o.onsetAge, x, p, "onset.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(o.onsetPeriod, x, p, "onset.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(o.onsetRange, x, p, "onset.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidString(o.onsetString) && (m0 & 268435456) === 0)) {
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
  if (vrt.bitCount(m1 & 511) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "abatement", 0) && x.c === null) return false;
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidDateTime(o.abatementDateTime) && (m1 & 2) === 0)) {
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
  if ((m1 & 4) !== 0) {
    if (!vrt.one(o.abatementAge, x, p, "abatement.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if ((m1 & 24) !== 0) {
    if (!(vrt.isValidBoolean(o.abatementBoolean) && (m1 & 16) === 0)) {
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
  if ((m1 & 32) !== 0) {
    if (!vrt.one(o.abatementPeriod, x, p, "abatement.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(o.abatementRange, x, p, "abatement.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if ((m1 & 384) !== 0) {
    if (!(vrt.isValidString(o.abatementString) && (m1 & 256) === 0)) {
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
  if (!(vrt.isValidDateTime(o.assertedDate) && (m1 & 1024) === 0)) {
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
  if ((m1 & 4096) !== 0) {
    if (!vrt.one(o.stage, x, p, "stage", d, 0, _checkConditionStage) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.many(o.evidence, x, p, "evidence", d, 0, -1, _checkConditionEvidence) && x.c === null) return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, checkCareConnectGPCProblemHeaderCondition1Note) && x.c === null)
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
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_1) && x.c === null) return false;
  return true;
}
function checkCareConnectGPCProblemHeaderCondition1Meta(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.meta");
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
      case "versionId":
        n++;
        m0 |= 4;
        break;
      case "lastUpdated":
        n++;
        m0 |= 16;
        break;
      case "profile":
        n++;
        m0 |= 64;
        break;
      case "security":
        n++;
        m0 |= 256;
        break;
      case "tag":
        n++;
        m0 |= 512;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidId(o.versionId) && (m0 & 8) === 0)) {
      if (!vrt.prim(o.versionId, o._versionId, x, p, "versionId", d, 0, vrt.isValidId, "id", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidInstant(o.lastUpdated) && (m0 & 32) === 0)) {
      if (!vrt.prim(o.lastUpdated, o._lastUpdated, x, p, "lastUpdated", d, 0, vrt.isValidInstant, "instant", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!vrt.prims(o.profile, o._profile, x, p, "profile", d, 1, -1, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
    return false;
  if ((m0 & 256) !== 0) {
    if (!vrt.many(o.security, x, p, "security", d, 0, -1, checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(o.security, true, x, p, "security", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.many(o.tag, x, p, "tag", d, 0, -1, checkCoding) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCProblemHeaderCondition1RelatedProblemHeader(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.extension");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
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
      case "url":
        n++;
        m0 |= 4;
        break;
      case "valueBase64Binary":
        n++;
        m0 |= 8;
        break;
      case "valueBoolean":
        n++;
        m0 |= 32;
        break;
      case "valueCode":
        n++;
        m0 |= 128;
        break;
      case "valueDate":
        n++;
        m0 |= 512;
        break;
      case "valueDateTime":
        n++;
        m0 |= 2048;
        break;
      case "valueDecimal":
        n++;
        m0 |= 8192;
        break;
      case "valueId":
        n++;
        m0 |= 32768;
        break;
      case "valueInstant":
        n++;
        m0 |= 131072;
        break;
      case "valueInteger":
        n++;
        m0 |= 524288;
        break;
      case "valueMarkdown":
        n++;
        m0 |= 2097152;
        break;
      case "valueOid":
        n++;
        m0 |= 8388608;
        break;
      case "valuePositiveInt":
        n++;
        m0 |= 33554432;
        break;
      case "valueString":
        n++;
        m0 |= 134217728;
        break;
      case "valueTime":
        n++;
        m0 |= 536870912;
        break;
      case "valueUnsignedInt":
        n++;
        m1 |= 1;
        break;
      case "valueUri":
        n++;
        m1 |= 4;
        break;
      case "valueAddress":
        n++;
        m1 |= 16;
        break;
      case "valueAge":
        n++;
        m1 |= 32;
        break;
      case "valueAnnotation":
        n++;
        m1 |= 64;
        break;
      case "valueAttachment":
        n++;
        m1 |= 128;
        break;
      case "valueCodeableConcept":
        n++;
        m1 |= 256;
        break;
      case "valueCoding":
        n++;
        m1 |= 512;
        break;
      case "valueContactPoint":
        n++;
        m1 |= 1024;
        break;
      case "valueCount":
        n++;
        m1 |= 2048;
        break;
      case "valueDistance":
        n++;
        m1 |= 4096;
        break;
      case "valueDuration":
        n++;
        m1 |= 8192;
        break;
      case "valueHumanName":
        n++;
        m1 |= 16384;
        break;
      case "valueIdentifier":
        n++;
        m1 |= 32768;
        break;
      case "valueMoney":
        n++;
        m1 |= 65536;
        break;
      case "valuePeriod":
        n++;
        m1 |= 131072;
        break;
      case "valueQuantity":
        n++;
        m1 |= 262144;
        break;
      case "valueRange":
        n++;
        m1 |= 524288;
        break;
      case "valueRatio":
        n++;
        m1 |= 1048576;
        break;
      case "valueReference":
        n++;
        m1 |= 2097152;
        break;
      case "valueSampledData":
        n++;
        m1 |= 4194304;
        break;
      case "valueSignature":
        n++;
        m1 |= 8388608;
        break;
      case "valueTiming":
        n++;
        m1 |= 16777216;
        break;
      case "valueMeta":
        n++;
        m1 |= 33554432;
        break;
      case "_valueBase64Binary":
        n++;
        m0 |= 16;
        break;
      case "_valueBoolean":
        n++;
        m0 |= 64;
        break;
      case "_valueCode":
        n++;
        m0 |= 256;
        break;
      case "_valueDate":
        n++;
        m0 |= 1024;
        break;
      case "_valueDateTime":
        n++;
        m0 |= 4096;
        break;
      case "_valueDecimal":
        n++;
        m0 |= 16384;
        break;
      case "_valueId":
        n++;
        m0 |= 65536;
        break;
      case "_valueInstant":
        n++;
        m0 |= 262144;
        break;
      case "_valueInteger":
        n++;
        m0 |= 1048576;
        break;
      case "_valueMarkdown":
        n++;
        m0 |= 4194304;
        break;
      case "_valueOid":
        n++;
        m0 |= 16777216;
        break;
      case "_valuePositiveInt":
        n++;
        m0 |= 67108864;
        break;
      case "_valueString":
        n++;
        m0 |= 268435456;
        break;
      case "_valueTime":
        n++;
        m0 |= 1073741824;
        break;
      case "_valueUnsignedInt":
        n++;
        m1 |= 2;
        break;
      case "_valueUri":
        n++;
        m1 |= 8;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if (!(o.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedProblemHeader-1" || vrt.isValidUri(o.url))) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!(o.url === void 0 || o.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedProblemHeader-1")) {
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
  }
  if (vrt.bitCount(m0 & 2147483640) + vrt.bitCount(m1 & 67108863) > 1) {
    if (!vrt.checkChoice(o, CHOICE_2, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidBase64Binary(o.valueBase64Binary) && (m0 & 16) === 0)) {
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
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(o.valueBoolean) && (m0 & 64) === 0)) {
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
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidCode(o.valueCode) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.valueCode, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidDate(o.valueDate) && (m0 & 1024) === 0)) {
      if (!vrt.prim(o.valueDate, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidDateTime(o.valueDateTime) && (m0 & 4096) === 0)) {
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
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidDecimal(o.valueDecimal) && (m0 & 16384) === 0)) {
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
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidId(o.valueId) && (m0 & 65536) === 0)) {
      if (!vrt.prim(o.valueId, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidInstant(o.valueInstant) && (m0 & 262144) === 0)) {
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
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidInteger(o.valueInteger) && (m0 & 1048576) === 0)) {
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
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidMarkdown(o.valueMarkdown) && (m0 & 4194304) === 0)) {
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
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidOid(o.valueOid) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(o.valueOid, o._valueOid, x, p, "value.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidPositiveInt(o.valuePositiveInt) && (m0 & 67108864) === 0)) {
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
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidString(o.valueString) && (m0 & 268435456) === 0)) {
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
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidTime(o.valueTime) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(o.valueTime, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidUnsignedInt(o.valueUnsignedInt) && (m1 & 2) === 0)) {
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
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidUri(o.valueUri) && (m1 & 8) === 0)) {
      if (!vrt.prim(o.valueUri, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.one(o.valueAddress, x, p, "value.ofType(Address)", d, 0, checkAddress) && x.c === null) return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.one(o.valueAge, x, p, "value.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(o.valueAnnotation, x, p, "value.ofType(Annotation)", d, 0, checkAnnotation) && x.c === null)
      return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.one(o.valueAttachment, x, p, "value.ofType(Attachment)", d, 0, checkAttachment) && x.c === null)
      return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(o.valueCoding, x, p, "value.ofType(Coding)", d, 0, checkCoding) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.one(o.valueContactPoint, x, p, "value.ofType(ContactPoint)", d, 0, checkContactPoint) && x.c === null)
      return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(o.valueCount, x, p, "value.ofType(Count)", d, 0, checkCount) && x.c === null) return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.one(o.valueDistance, x, p, "value.ofType(Distance)", d, 0, checkDistance) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.one(o.valueDuration, x, p, "value.ofType(Duration)", d, 0, checkDuration) && x.c === null) return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.one(o.valueHumanName, x, p, "value.ofType(HumanName)", d, 0, checkHumanName) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.one(o.valueIdentifier, x, p, "value.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null)
      return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.one(o.valueMoney, x, p, "value.ofType(Money)", d, 0, checkMoney) && x.c === null) return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.one(o.valuePeriod, x, p, "value.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.one(o.valueRange, x, p, "value.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if ((m1 & 1048576) !== 0) {
    if (!vrt.one(o.valueRatio, x, p, "value.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  if ((m1 & 2097152) !== 0) {
    if (!vrt.one(o.valueReference, x, p, "value.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.valueReference, false, x, p, "value.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m1 & 4194304) !== 0) {
    if (!vrt.one(o.valueSampledData, x, p, "value.ofType(SampledData)", d, 0, checkSampledData) && x.c === null)
      return false;
  }
  if ((m1 & 8388608) !== 0) {
    if (!vrt.one(o.valueSignature, x, p, "value.ofType(Signature)", d, 0, checkSignature) && x.c === null) return false;
  }
  if ((m1 & 16777216) !== 0) {
    if (!vrt.one(o.valueTiming, x, p, "value.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if ((m1 & 33554432) !== 0) {
    if (!vrt.one(o.valueMeta, x, p, "value.ofType(Meta)", d, 0, checkMeta) && x.c === null) return false;
  }
  if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  return true;
}
function checkCareConnectGPCProblemHeaderCondition1ProblemSignificance(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.extension");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
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
      case "url":
        n++;
        m0 |= 4;
        break;
      case "valueBase64Binary":
        n++;
        m0 |= 8;
        break;
      case "valueBoolean":
        n++;
        m0 |= 32;
        break;
      case "valueCode":
        n++;
        m0 |= 128;
        break;
      case "valueDate":
        n++;
        m0 |= 512;
        break;
      case "valueDateTime":
        n++;
        m0 |= 2048;
        break;
      case "valueDecimal":
        n++;
        m0 |= 8192;
        break;
      case "valueId":
        n++;
        m0 |= 32768;
        break;
      case "valueInstant":
        n++;
        m0 |= 131072;
        break;
      case "valueInteger":
        n++;
        m0 |= 524288;
        break;
      case "valueMarkdown":
        n++;
        m0 |= 2097152;
        break;
      case "valueOid":
        n++;
        m0 |= 8388608;
        break;
      case "valuePositiveInt":
        n++;
        m0 |= 33554432;
        break;
      case "valueString":
        n++;
        m0 |= 134217728;
        break;
      case "valueTime":
        n++;
        m0 |= 536870912;
        break;
      case "valueUnsignedInt":
        n++;
        m1 |= 1;
        break;
      case "valueUri":
        n++;
        m1 |= 4;
        break;
      case "valueAddress":
        n++;
        m1 |= 16;
        break;
      case "valueAge":
        n++;
        m1 |= 32;
        break;
      case "valueAnnotation":
        n++;
        m1 |= 64;
        break;
      case "valueAttachment":
        n++;
        m1 |= 128;
        break;
      case "valueCodeableConcept":
        n++;
        m1 |= 256;
        break;
      case "valueCoding":
        n++;
        m1 |= 512;
        break;
      case "valueContactPoint":
        n++;
        m1 |= 1024;
        break;
      case "valueCount":
        n++;
        m1 |= 2048;
        break;
      case "valueDistance":
        n++;
        m1 |= 4096;
        break;
      case "valueDuration":
        n++;
        m1 |= 8192;
        break;
      case "valueHumanName":
        n++;
        m1 |= 16384;
        break;
      case "valueIdentifier":
        n++;
        m1 |= 32768;
        break;
      case "valueMoney":
        n++;
        m1 |= 65536;
        break;
      case "valuePeriod":
        n++;
        m1 |= 131072;
        break;
      case "valueQuantity":
        n++;
        m1 |= 262144;
        break;
      case "valueRange":
        n++;
        m1 |= 524288;
        break;
      case "valueRatio":
        n++;
        m1 |= 1048576;
        break;
      case "valueReference":
        n++;
        m1 |= 2097152;
        break;
      case "valueSampledData":
        n++;
        m1 |= 4194304;
        break;
      case "valueSignature":
        n++;
        m1 |= 8388608;
        break;
      case "valueTiming":
        n++;
        m1 |= 16777216;
        break;
      case "valueMeta":
        n++;
        m1 |= 33554432;
        break;
      case "_valueBase64Binary":
        n++;
        m0 |= 16;
        break;
      case "_valueBoolean":
        n++;
        m0 |= 64;
        break;
      case "_valueCode":
        n++;
        m0 |= 256;
        break;
      case "_valueDate":
        n++;
        m0 |= 1024;
        break;
      case "_valueDateTime":
        n++;
        m0 |= 4096;
        break;
      case "_valueDecimal":
        n++;
        m0 |= 16384;
        break;
      case "_valueId":
        n++;
        m0 |= 65536;
        break;
      case "_valueInstant":
        n++;
        m0 |= 262144;
        break;
      case "_valueInteger":
        n++;
        m0 |= 1048576;
        break;
      case "_valueMarkdown":
        n++;
        m0 |= 4194304;
        break;
      case "_valueOid":
        n++;
        m0 |= 16777216;
        break;
      case "_valuePositiveInt":
        n++;
        m0 |= 67108864;
        break;
      case "_valueString":
        n++;
        m0 |= 268435456;
        break;
      case "_valueTime":
        n++;
        m0 |= 1073741824;
        break;
      case "_valueUnsignedInt":
        n++;
        m1 |= 2;
        break;
      case "_valueUri":
        n++;
        m1 |= 8;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if (!(o.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ProblemSignificance-1" || vrt.isValidUri(o.url))) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!(o.url === void 0 || o.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-ProblemSignificance-1")) {
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
  }
  if (vrt.bitCount(m0 & 2147483640) + vrt.bitCount(m1 & 67108863) > 1) {
    if (!vrt.checkChoice(o, CHOICE_2, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidBase64Binary(o.valueBase64Binary) && (m0 & 16) === 0)) {
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
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(o.valueBoolean) && (m0 & 64) === 0)) {
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
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidCode(o.valueCode) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.valueCode, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidDate(o.valueDate) && (m0 & 1024) === 0)) {
      if (!vrt.prim(o.valueDate, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidDateTime(o.valueDateTime) && (m0 & 4096) === 0)) {
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
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidDecimal(o.valueDecimal) && (m0 & 16384) === 0)) {
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
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidId(o.valueId) && (m0 & 65536) === 0)) {
      if (!vrt.prim(o.valueId, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidInstant(o.valueInstant) && (m0 & 262144) === 0)) {
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
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidInteger(o.valueInteger) && (m0 & 1048576) === 0)) {
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
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidMarkdown(o.valueMarkdown) && (m0 & 4194304) === 0)) {
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
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidOid(o.valueOid) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(o.valueOid, o._valueOid, x, p, "value.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidPositiveInt(o.valuePositiveInt) && (m0 & 67108864) === 0)) {
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
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidString(o.valueString) && (m0 & 268435456) === 0)) {
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
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidTime(o.valueTime) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(o.valueTime, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidUnsignedInt(o.valueUnsignedInt) && (m1 & 2) === 0)) {
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
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidUri(o.valueUri) && (m1 & 8) === 0)) {
      if (!vrt.prim(o.valueUri, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.one(o.valueAddress, x, p, "value.ofType(Address)", d, 0, checkAddress) && x.c === null) return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.one(o.valueAge, x, p, "value.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(o.valueAnnotation, x, p, "value.ofType(Annotation)", d, 0, checkAnnotation) && x.c === null)
      return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.one(o.valueAttachment, x, p, "value.ofType(Attachment)", d, 0, checkAttachment) && x.c === null)
      return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(o.valueCoding, x, p, "value.ofType(Coding)", d, 0, checkCoding) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.one(o.valueContactPoint, x, p, "value.ofType(ContactPoint)", d, 0, checkContactPoint) && x.c === null)
      return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(o.valueCount, x, p, "value.ofType(Count)", d, 0, checkCount) && x.c === null) return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.one(o.valueDistance, x, p, "value.ofType(Distance)", d, 0, checkDistance) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.one(o.valueDuration, x, p, "value.ofType(Duration)", d, 0, checkDuration) && x.c === null) return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.one(o.valueHumanName, x, p, "value.ofType(HumanName)", d, 0, checkHumanName) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.one(o.valueIdentifier, x, p, "value.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null)
      return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.one(o.valueMoney, x, p, "value.ofType(Money)", d, 0, checkMoney) && x.c === null) return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.one(o.valuePeriod, x, p, "value.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.one(o.valueRange, x, p, "value.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if ((m1 & 1048576) !== 0) {
    if (!vrt.one(o.valueRatio, x, p, "value.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  if ((m1 & 2097152) !== 0) {
    if (!vrt.one(o.valueReference, x, p, "value.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
  }
  if ((m1 & 4194304) !== 0) {
    if (!vrt.one(o.valueSampledData, x, p, "value.ofType(SampledData)", d, 0, checkSampledData) && x.c === null)
      return false;
  }
  if ((m1 & 8388608) !== 0) {
    if (!vrt.one(o.valueSignature, x, p, "value.ofType(Signature)", d, 0, checkSignature) && x.c === null) return false;
  }
  if ((m1 & 16777216) !== 0) {
    if (!vrt.one(o.valueTiming, x, p, "value.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if ((m1 & 33554432) !== 0) {
    if (!vrt.one(o.valueMeta, x, p, "value.ofType(Meta)", d, 0, checkMeta) && x.c === null) return false;
  }
  if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  return true;
}
function checkCareConnectGPCProblemHeaderCondition1RelatedClinicalContent(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.extension");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
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
      case "url":
        n++;
        m0 |= 4;
        break;
      case "valueBase64Binary":
        n++;
        m0 |= 8;
        break;
      case "valueBoolean":
        n++;
        m0 |= 32;
        break;
      case "valueCode":
        n++;
        m0 |= 128;
        break;
      case "valueDate":
        n++;
        m0 |= 512;
        break;
      case "valueDateTime":
        n++;
        m0 |= 2048;
        break;
      case "valueDecimal":
        n++;
        m0 |= 8192;
        break;
      case "valueId":
        n++;
        m0 |= 32768;
        break;
      case "valueInstant":
        n++;
        m0 |= 131072;
        break;
      case "valueInteger":
        n++;
        m0 |= 524288;
        break;
      case "valueMarkdown":
        n++;
        m0 |= 2097152;
        break;
      case "valueOid":
        n++;
        m0 |= 8388608;
        break;
      case "valuePositiveInt":
        n++;
        m0 |= 33554432;
        break;
      case "valueString":
        n++;
        m0 |= 134217728;
        break;
      case "valueTime":
        n++;
        m0 |= 536870912;
        break;
      case "valueUnsignedInt":
        n++;
        m1 |= 1;
        break;
      case "valueUri":
        n++;
        m1 |= 4;
        break;
      case "valueAddress":
        n++;
        m1 |= 16;
        break;
      case "valueAge":
        n++;
        m1 |= 32;
        break;
      case "valueAnnotation":
        n++;
        m1 |= 64;
        break;
      case "valueAttachment":
        n++;
        m1 |= 128;
        break;
      case "valueCodeableConcept":
        n++;
        m1 |= 256;
        break;
      case "valueCoding":
        n++;
        m1 |= 512;
        break;
      case "valueContactPoint":
        n++;
        m1 |= 1024;
        break;
      case "valueCount":
        n++;
        m1 |= 2048;
        break;
      case "valueDistance":
        n++;
        m1 |= 4096;
        break;
      case "valueDuration":
        n++;
        m1 |= 8192;
        break;
      case "valueHumanName":
        n++;
        m1 |= 16384;
        break;
      case "valueIdentifier":
        n++;
        m1 |= 32768;
        break;
      case "valueMoney":
        n++;
        m1 |= 65536;
        break;
      case "valuePeriod":
        n++;
        m1 |= 131072;
        break;
      case "valueQuantity":
        n++;
        m1 |= 262144;
        break;
      case "valueRange":
        n++;
        m1 |= 524288;
        break;
      case "valueRatio":
        n++;
        m1 |= 1048576;
        break;
      case "valueReference":
        n++;
        m1 |= 2097152;
        break;
      case "valueSampledData":
        n++;
        m1 |= 4194304;
        break;
      case "valueSignature":
        n++;
        m1 |= 8388608;
        break;
      case "valueTiming":
        n++;
        m1 |= 16777216;
        break;
      case "valueMeta":
        n++;
        m1 |= 33554432;
        break;
      case "_valueBase64Binary":
        n++;
        m0 |= 16;
        break;
      case "_valueBoolean":
        n++;
        m0 |= 64;
        break;
      case "_valueCode":
        n++;
        m0 |= 256;
        break;
      case "_valueDate":
        n++;
        m0 |= 1024;
        break;
      case "_valueDateTime":
        n++;
        m0 |= 4096;
        break;
      case "_valueDecimal":
        n++;
        m0 |= 16384;
        break;
      case "_valueId":
        n++;
        m0 |= 65536;
        break;
      case "_valueInstant":
        n++;
        m0 |= 262144;
        break;
      case "_valueInteger":
        n++;
        m0 |= 1048576;
        break;
      case "_valueMarkdown":
        n++;
        m0 |= 4194304;
        break;
      case "_valueOid":
        n++;
        m0 |= 16777216;
        break;
      case "_valuePositiveInt":
        n++;
        m0 |= 67108864;
        break;
      case "_valueString":
        n++;
        m0 |= 268435456;
        break;
      case "_valueTime":
        n++;
        m0 |= 1073741824;
        break;
      case "_valueUnsignedInt":
        n++;
        m1 |= 2;
        break;
      case "_valueUri":
        n++;
        m1 |= 8;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if (!(o.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedClinicalContent-1" || vrt.isValidUri(o.url))) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!(o.url === void 0 || o.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-RelatedClinicalContent-1")) {
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
  }
  if (vrt.bitCount(m0 & 2147483640) + vrt.bitCount(m1 & 67108863) > 1) {
    if (!vrt.checkChoice(o, CHOICE_2, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidBase64Binary(o.valueBase64Binary) && (m0 & 16) === 0)) {
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
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(o.valueBoolean) && (m0 & 64) === 0)) {
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
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidCode(o.valueCode) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.valueCode, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidDate(o.valueDate) && (m0 & 1024) === 0)) {
      if (!vrt.prim(o.valueDate, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidDateTime(o.valueDateTime) && (m0 & 4096) === 0)) {
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
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidDecimal(o.valueDecimal) && (m0 & 16384) === 0)) {
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
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidId(o.valueId) && (m0 & 65536) === 0)) {
      if (!vrt.prim(o.valueId, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidInstant(o.valueInstant) && (m0 & 262144) === 0)) {
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
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidInteger(o.valueInteger) && (m0 & 1048576) === 0)) {
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
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidMarkdown(o.valueMarkdown) && (m0 & 4194304) === 0)) {
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
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidOid(o.valueOid) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(o.valueOid, o._valueOid, x, p, "value.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidPositiveInt(o.valuePositiveInt) && (m0 & 67108864) === 0)) {
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
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidString(o.valueString) && (m0 & 268435456) === 0)) {
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
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidTime(o.valueTime) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(o.valueTime, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidUnsignedInt(o.valueUnsignedInt) && (m1 & 2) === 0)) {
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
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidUri(o.valueUri) && (m1 & 8) === 0)) {
      if (!vrt.prim(o.valueUri, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.one(o.valueAddress, x, p, "value.ofType(Address)", d, 0, checkAddress) && x.c === null) return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.one(o.valueAge, x, p, "value.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(o.valueAnnotation, x, p, "value.ofType(Annotation)", d, 0, checkAnnotation) && x.c === null)
      return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.one(o.valueAttachment, x, p, "value.ofType(Attachment)", d, 0, checkAttachment) && x.c === null)
      return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(o.valueCoding, x, p, "value.ofType(Coding)", d, 0, checkCoding) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.one(o.valueContactPoint, x, p, "value.ofType(ContactPoint)", d, 0, checkContactPoint) && x.c === null)
      return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(o.valueCount, x, p, "value.ofType(Count)", d, 0, checkCount) && x.c === null) return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.one(o.valueDistance, x, p, "value.ofType(Distance)", d, 0, checkDistance) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.one(o.valueDuration, x, p, "value.ofType(Duration)", d, 0, checkDuration) && x.c === null) return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.one(o.valueHumanName, x, p, "value.ofType(HumanName)", d, 0, checkHumanName) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.one(o.valueIdentifier, x, p, "value.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null)
      return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.one(o.valueMoney, x, p, "value.ofType(Money)", d, 0, checkMoney) && x.c === null) return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.one(o.valuePeriod, x, p, "value.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.one(o.valueRange, x, p, "value.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if ((m1 & 1048576) !== 0) {
    if (!vrt.one(o.valueRatio, x, p, "value.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  if ((m1 & 2097152) !== 0) {
    if (!vrt.one(o.valueReference, x, p, "value.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.valueReference, false, x, p, "value.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m1 & 4194304) !== 0) {
    if (!vrt.one(o.valueSampledData, x, p, "value.ofType(SampledData)", d, 0, checkSampledData) && x.c === null)
      return false;
  }
  if ((m1 & 8388608) !== 0) {
    if (!vrt.one(o.valueSignature, x, p, "value.ofType(Signature)", d, 0, checkSignature) && x.c === null) return false;
  }
  if ((m1 & 16777216) !== 0) {
    if (!vrt.one(o.valueTiming, x, p, "value.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if ((m1 & 33554432) !== 0) {
    if (!vrt.one(o.valueMeta, x, p, "value.ofType(Meta)", d, 0, checkMeta) && x.c === null) return false;
  }
  if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  return true;
}
function checkCareConnectGPCProblemHeaderCondition1Identifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.identifier");
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
      case "use":
        n++;
        m0 |= 4;
        break;
      case "type":
        n++;
        m0 |= 16;
        break;
      case "system":
        n++;
        m0 |= 32;
        break;
      case "value":
        n++;
        m0 |= 128;
        break;
      case "period":
        n++;
        m0 |= 512;
        break;
      case "assigner":
        n++;
        m0 |= 1024;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidCode(o.use) && (m0 & 8) === 0)) {
      if (!vrt.prim(o.use, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_3) && x.c === null) return false;
    }
    if (!vrt.codeIn(o.use, vcodes.inCodes68)) {
      if (!vrt.eachWith(o.use, false, x, p, "use", vrt.checkCode, BINDING_5) && x.c === null) return false;
    }
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkConcept, BINDING_6) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(o.system) && (m0 & 64) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_3) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(o.value) && (m0 & 256) === 0)) {
    if (!vrt.prim(o.value, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_3) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(o.assigner, x, p, "assigner", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.assigner, false, x, p, "assigner", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectGPCProblemHeaderCondition1Category(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.category");
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
      case "coding":
        n++;
        m0 |= 4;
        break;
      case "text":
        n++;
        m0 |= 8;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.many(o.coding, x, p, "coding", d, 0, -1, checkCareConnectGPCProblemHeaderCondition1CategoryCoding) && x.c === null)
      return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.text) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCProblemHeaderCondition1Code(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.code");
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
      case "coding":
        n++;
        m0 |= 4;
        break;
      case "text":
        n++;
        m0 |= 8;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkSliced(o.coding, x, p, "coding", d, 0, -1, SLICING_1) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.text) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  return true;
}
function _checkConditionStage(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.stage");
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
      case "summary":
        n++;
        m0 |= 8;
        break;
      case "assessment":
        n++;
        m0 |= 16;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_6, true) && x.c === null)
      return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.summary, x, p, "summary", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.many(o.assessment, x, p, "assessment", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.assessment, true, x, p, "assessment", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_2) && x.c === null) return false;
  return true;
}
function _checkConditionEvidence(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.evidence");
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
      case "code":
        n++;
        m0 |= 8;
        break;
      case "detail":
        n++;
        m0 |= 16;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_7, true) && x.c === null)
      return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.many(o.code, x, p, "code", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.many(o.detail, x, p, "detail", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_3) && x.c === null) return false;
  return true;
}
function checkCareConnectGPCProblemHeaderCondition1Note(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.note");
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
      case "authorReference":
        n++;
        m0 |= 4;
        break;
      case "authorString":
        n++;
        m0 |= 8;
        break;
      case "time":
        n++;
        m0 |= 32;
        break;
      case "text":
        n++;
        m0 |= 128;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_8, false) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 28) > 1) {
    if (!vrt.checkChoice(o, CHOICE_3, x, p, "author", 0) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(o.authorReference, x, p, "author.ofType(Reference)", d, 0, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.authorReference, false, x, p, "author.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.authorString) && (m0 & 16) === 0)) {
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
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidDateTime(o.time) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.time, o._time, x, p, "time", d, 0, vrt.isValidDateTime, "dateTime", OWNER_8) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(o.text) && (m0 & 256) === 0)) {
    if (!vrt.prim(o.text, o._text, x, p, "text", d, 1, vrt.isValidString, "string", OWNER_8) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectGPCProblemHeaderCondition1CategoryCoding(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Condition.category.coding");
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
      case "system":
        n++;
        m0 |= 4;
        break;
      case "version":
        n++;
        m0 |= 16;
        break;
      case "code":
        n++;
        m0 |= 64;
        break;
      case "display":
        n++;
        m0 |= 256;
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_9, false) && x.c === null) return false;
  }
  if (!((o.system === "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-ConditionCategory-1" || vrt.isValidUri(o.system)) && (m0 & 8) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_9) && x.c === null)
      return false;
  }
  if (!(o.system === void 0 || o.system === "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-ConditionCategory-1")) {
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
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidString(o.version) && (m0 & 32) === 0)) {
      if (!vrt.prim(o.version, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_9) && x.c === null)
        return false;
    }
  }
  if (!((o.code === "problem-list-item" || vrt.isValidCode(o.code)) && (m0 & 128) === 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_9) && x.c === null) return false;
  }
  if (!(o.code === void 0 || o.code === "problem-list-item")) {
    if (!vrt.eachWith(o.code, false, x, p, "code", vrt.checkFixed, "problem-list-item") && x.c === null) return false;
  }
  if (!((o.display === "Problem List Item" || vrt.isValidString(o.display)) && (m0 & 512) === 0)) {
    if (!vrt.prim(o.display, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_9) && x.c === null)
      return false;
  }
  if (!(o.display === void 0 || o.display === "Problem List Item")) {
    if (!vrt.eachWith(o.display, false, x, p, "display", vrt.checkFixed, "Problem List Item") && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(o.userSelected) && (m0 & 2048) === 0)) {
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
      case "system":
        n++;
        m0 |= 4;
        break;
      case "version":
        n++;
        m0 |= 16;
        break;
      case "code":
        n++;
        m0 |= 64;
        break;
      case "display":
        n++;
        m0 |= 256;
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_2) && x.c === null) return false;
  }
  if (!((o.system === "http://snomed.info/sct" || vrt.isValidUri(o.system)) && (m0 & 8) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_10) && x.c === null)
      return false;
  }
  if (!(o.system === void 0 || o.system === "http://snomed.info/sct")) {
    if (!vrt.eachWith(o.system, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(o.version, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.code) && (m0 & 128) === 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_10) && x.c === null) return false;
  }
  if (!(vrt.isValidString(o.display) && (m0 & 512) === 0)) {
    if (!vrt.prim(o.display, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_10) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(o.userSelected) && (m0 & 2048) === 0)) {
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
  let m0 = 0;
  let m1 = 0;
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
      case "url":
        n++;
        m0 |= 4;
        break;
      case "valueBase64Binary":
        n++;
        m0 |= 8;
        break;
      case "valueBoolean":
        n++;
        m0 |= 32;
        break;
      case "valueCode":
        n++;
        m0 |= 128;
        break;
      case "valueDate":
        n++;
        m0 |= 512;
        break;
      case "valueDateTime":
        n++;
        m0 |= 2048;
        break;
      case "valueDecimal":
        n++;
        m0 |= 8192;
        break;
      case "valueId":
        n++;
        m0 |= 32768;
        break;
      case "valueInstant":
        n++;
        m0 |= 131072;
        break;
      case "valueInteger":
        n++;
        m0 |= 524288;
        break;
      case "valueMarkdown":
        n++;
        m0 |= 2097152;
        break;
      case "valueOid":
        n++;
        m0 |= 8388608;
        break;
      case "valuePositiveInt":
        n++;
        m0 |= 33554432;
        break;
      case "valueString":
        n++;
        m0 |= 134217728;
        break;
      case "valueTime":
        n++;
        m0 |= 536870912;
        break;
      case "valueUnsignedInt":
        n++;
        m1 |= 1;
        break;
      case "valueUri":
        n++;
        m1 |= 4;
        break;
      case "valueAddress":
        n++;
        m1 |= 16;
        break;
      case "valueAge":
        n++;
        m1 |= 32;
        break;
      case "valueAnnotation":
        n++;
        m1 |= 64;
        break;
      case "valueAttachment":
        n++;
        m1 |= 128;
        break;
      case "valueCodeableConcept":
        n++;
        m1 |= 256;
        break;
      case "valueCoding":
        n++;
        m1 |= 512;
        break;
      case "valueContactPoint":
        n++;
        m1 |= 1024;
        break;
      case "valueCount":
        n++;
        m1 |= 2048;
        break;
      case "valueDistance":
        n++;
        m1 |= 4096;
        break;
      case "valueDuration":
        n++;
        m1 |= 8192;
        break;
      case "valueHumanName":
        n++;
        m1 |= 16384;
        break;
      case "valueIdentifier":
        n++;
        m1 |= 32768;
        break;
      case "valueMoney":
        n++;
        m1 |= 65536;
        break;
      case "valuePeriod":
        n++;
        m1 |= 131072;
        break;
      case "valueQuantity":
        n++;
        m1 |= 262144;
        break;
      case "valueRange":
        n++;
        m1 |= 524288;
        break;
      case "valueRatio":
        n++;
        m1 |= 1048576;
        break;
      case "valueReference":
        n++;
        m1 |= 2097152;
        break;
      case "valueSampledData":
        n++;
        m1 |= 4194304;
        break;
      case "valueSignature":
        n++;
        m1 |= 8388608;
        break;
      case "valueTiming":
        n++;
        m1 |= 16777216;
        break;
      case "valueMeta":
        n++;
        m1 |= 33554432;
        break;
      case "_valueBase64Binary":
        n++;
        m0 |= 16;
        break;
      case "_valueBoolean":
        n++;
        m0 |= 64;
        break;
      case "_valueCode":
        n++;
        m0 |= 256;
        break;
      case "_valueDate":
        n++;
        m0 |= 1024;
        break;
      case "_valueDateTime":
        n++;
        m0 |= 4096;
        break;
      case "_valueDecimal":
        n++;
        m0 |= 16384;
        break;
      case "_valueId":
        n++;
        m0 |= 65536;
        break;
      case "_valueInstant":
        n++;
        m0 |= 262144;
        break;
      case "_valueInteger":
        n++;
        m0 |= 1048576;
        break;
      case "_valueMarkdown":
        n++;
        m0 |= 4194304;
        break;
      case "_valueOid":
        n++;
        m0 |= 16777216;
        break;
      case "_valuePositiveInt":
        n++;
        m0 |= 67108864;
        break;
      case "_valueString":
        n++;
        m0 |= 268435456;
        break;
      case "_valueTime":
        n++;
        m0 |= 1073741824;
        break;
      case "_valueUnsignedInt":
        n++;
        m1 |= 2;
        break;
      case "_valueUri":
        n++;
        m1 |= 8;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_11, false) && x.c === null) return false;
  }
  if (!(o.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid" || vrt.isValidUri(o.url))) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!(o.url === void 0 || o.url === "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-coding-sctdescid")) {
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
  }
  if (vrt.bitCount(m0 & 2147483640) + vrt.bitCount(m1 & 67108863) > 1) {
    if (!vrt.checkChoice(o, CHOICE_2, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidBase64Binary(o.valueBase64Binary) && (m0 & 16) === 0)) {
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
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(o.valueBoolean) && (m0 & 64) === 0)) {
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
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidCode(o.valueCode) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.valueCode, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_11) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidDate(o.valueDate) && (m0 & 1024) === 0)) {
      if (!vrt.prim(o.valueDate, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_11) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidDateTime(o.valueDateTime) && (m0 & 4096) === 0)) {
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
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidDecimal(o.valueDecimal) && (m0 & 16384) === 0)) {
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
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidId(o.valueId) && (m0 & 65536) === 0)) {
      if (!vrt.prim(o.valueId, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_11) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidInstant(o.valueInstant) && (m0 & 262144) === 0)) {
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
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidInteger(o.valueInteger) && (m0 & 1048576) === 0)) {
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
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidMarkdown(o.valueMarkdown) && (m0 & 4194304) === 0)) {
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
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidOid(o.valueOid) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(o.valueOid, o._valueOid, x, p, "value.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_11) && x.c === null)
        return false;
    }
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidPositiveInt(o.valuePositiveInt) && (m0 & 67108864) === 0)) {
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
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidString(o.valueString) && (m0 & 268435456) === 0)) {
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
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidTime(o.valueTime) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(o.valueTime, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_11) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidUnsignedInt(o.valueUnsignedInt) && (m1 & 2) === 0)) {
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
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidUri(o.valueUri) && (m1 & 8) === 0)) {
      if (!vrt.prim(o.valueUri, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_11) && x.c === null)
        return false;
    }
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.one(o.valueAddress, x, p, "value.ofType(Address)", d, 0, checkAddress) && x.c === null) return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.one(o.valueAge, x, p, "value.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(o.valueAnnotation, x, p, "value.ofType(Annotation)", d, 0, checkAnnotation) && x.c === null)
      return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.one(o.valueAttachment, x, p, "value.ofType(Attachment)", d, 0, checkAttachment) && x.c === null)
      return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(o.valueCoding, x, p, "value.ofType(Coding)", d, 0, checkCoding) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.one(o.valueContactPoint, x, p, "value.ofType(ContactPoint)", d, 0, checkContactPoint) && x.c === null)
      return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(o.valueCount, x, p, "value.ofType(Count)", d, 0, checkCount) && x.c === null) return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.one(o.valueDistance, x, p, "value.ofType(Distance)", d, 0, checkDistance) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.one(o.valueDuration, x, p, "value.ofType(Duration)", d, 0, checkDuration) && x.c === null) return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.one(o.valueHumanName, x, p, "value.ofType(HumanName)", d, 0, checkHumanName) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.one(o.valueIdentifier, x, p, "value.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null)
      return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.one(o.valueMoney, x, p, "value.ofType(Money)", d, 0, checkMoney) && x.c === null) return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.one(o.valuePeriod, x, p, "value.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.one(o.valueRange, x, p, "value.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if ((m1 & 1048576) !== 0) {
    if (!vrt.one(o.valueRatio, x, p, "value.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  if ((m1 & 2097152) !== 0) {
    if (!vrt.one(o.valueReference, x, p, "value.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
  }
  if ((m1 & 4194304) !== 0) {
    if (!vrt.one(o.valueSampledData, x, p, "value.ofType(SampledData)", d, 0, checkSampledData) && x.c === null)
      return false;
  }
  if ((m1 & 8388608) !== 0) {
    if (!vrt.one(o.valueSignature, x, p, "value.ofType(Signature)", d, 0, checkSignature) && x.c === null) return false;
  }
  if ((m1 & 16777216) !== 0) {
    if (!vrt.one(o.valueTiming, x, p, "value.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if ((m1 & 33554432) !== 0) {
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
