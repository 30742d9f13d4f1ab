import { checkAge } from "./Age.js";
import { checkAnnotation } from "./Annotation.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkRange } from "./Range.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Condition"], type: "Condition", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
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
const OWNER_1 = { paths: ["Condition.stage"], type: "BackboneElement", exact: true };
const TARGETS_3 = ["ClinicalImpression", "DiagnosticReport", "Observation"];
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
const OWNER_2 = { paths: ["Condition.evidence"], type: "BackboneElement", exact: true };
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
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    { url: "http://hl7.org/fhir/StructureDefinition/Condition", check: checkCondition, type: "Condition", base: true }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkCondition(v, x, p, d) {
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
    if (!vrt.one(o.meta, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
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
  if ((m0 & 512) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidCode(o.clinicalStatus) && (m0 & 8192) === 0)) {
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
    if (!vrt.codeIn(o.clinicalStatus, vcodes.inCodes65)) {
      if (!vrt.eachWith(o.clinicalStatus, false, x, p, "clinicalStatus", vrt.checkCode, BINDING_1) && x.c === null)
        return false;
    }
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
  if ((m0 & 65536) !== 0) {
    if (!vrt.many(o.category, x, p, "category", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(o.severity, x, p, "severity", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.severity, false, x, p, "severity", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(o.code, x, p, "code", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
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
  if ((m1 & 1536) !== 0) {
    if (!(vrt.isValidDateTime(o.assertedDate) && (m1 & 1024) === 0)) {
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
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(o.asserter, x, p, "asserter", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.asserter, false, x, p, "asserter", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.one(o.stage, x, p, "stage", d, 0, checkConditionStage) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.many(o.evidence, x, p, "evidence", d, 0, -1, checkConditionEvidence) && x.c === null) return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
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
function checkConditionStage(v, x, p, d) {
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null)
      return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.summary, x, p, "summary", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.many(o.assessment, x, p, "assessment", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.assessment, true, x, p, "assessment", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_2) && x.c === null) return false;
  return true;
}
function checkConditionEvidence(v, x, p, d) {
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null)
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
function validateCondition(value, options) {
  return vrt.validateWith(value, "Condition", checkCondition, true, options, REGISTRY_0);
}
function isCondition(value, options) {
  return vrt.testWith(value, checkCondition, true, options, REGISTRY_0);
}
function buildCondition(input) {
  return fillAndCheck(input, { resourceType: "Condition" }, isCondition, validateCondition, "Condition");
}
export {
  buildCondition,
  checkCondition,
  checkConditionEvidence,
  checkConditionStage,
  isCondition,
  validateCondition
};
