import { checkAnnotation } from "./Annotation.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["ClinicalImpression"], type: "ClinicalImpression", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes137,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/clinical-impression-status"
};
const TARGETS_0 = ["Group", "Patient"];
const TARGETS_1 = ["Encounter", "EpisodeOfCare"];
const CHOICE_0 = vrt.choiceVariants(["effectiveDateTime", "effectivePeriod"]);
const TARGETS_2 = ["Practitioner"];
const TARGETS_3 = ["ClinicalImpression"];
const TARGETS_4 = ["AllergyIntolerance", "Condition"];
const TARGETS_5 = ["RiskAssessment"];
const TARGETS_6 = [
  "Appointment",
  "MedicationRequest",
  "Procedure",
  "ProcedureRequest",
  "ReferralRequest"
];
const OWNER_1 = {
  paths: ["ClinicalImpression.investigation"],
  type: "BackboneElement",
  exact: true
};
const TARGETS_7 = [
  "DiagnosticReport",
  "FamilyMemberHistory",
  "ImagingStudy",
  "Observation",
  "QuestionnaireResponse",
  "RiskAssessment"
];
const OWNER_2 = { paths: ["ClinicalImpression.finding"], type: "BackboneElement", exact: true };
const CHOICE_1 = vrt.choiceVariants(["itemCodeableConcept", "itemReference"]);
const TARGETS_8 = ["Condition", "Observation"];
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/ClinicalImpression",
      check: checkClinicalImpression,
      type: "ClinicalImpression",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkClinicalImpression(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClinicalImpression");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "ClinicalImpression") && x.c === null) return false;
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
      case "status":
        m0 |= 4096;
        break;
      case "code":
        m0 |= 16384;
        break;
      case "description":
        m0 |= 32768;
        break;
      case "subject":
        m0 |= 131072;
        break;
      case "context":
        m0 |= 262144;
        break;
      case "effectiveDateTime":
        m0 |= 524288;
        break;
      case "effectivePeriod":
        m0 |= 2097152;
        break;
      case "date":
        m0 |= 4194304;
        break;
      case "assessor":
        m0 |= 16777216;
        break;
      case "previous":
        m0 |= 33554432;
        break;
      case "problem":
        m0 |= 67108864;
        break;
      case "investigation":
        m0 |= 134217728;
        break;
      case "protocol":
        m0 |= 268435456;
        break;
      case "summary":
        m1 |= 1;
        break;
      case "finding":
        m1 |= 4;
        break;
      case "prognosisCodeableConcept":
        m1 |= 8;
        break;
      case "prognosisReference":
        m1 |= 16;
        break;
      case "action":
        m1 |= 32;
        break;
      case "note":
        m1 |= 64;
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
      case "_status":
        m0 |= 8192;
        break;
      case "_description":
        m0 |= 65536;
        break;
      case "_effectiveDateTime":
        m0 |= 1048576;
        break;
      case "_date":
        m0 |= 8388608;
        break;
      case "_protocol":
        m0 |= 536870912;
        break;
      case "_summary":
        m1 |= 2;
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
  if (!(vrt.isValidCode(o.status) && (m0 & 8192) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes137)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(o.code, x, p, "code", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidString(o.description) && (m0 & 65536) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!vrt.one(o.subject, x, p, "subject", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
    return false;
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.context, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 3670016) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "effective", 0) && x.c === null) return false;
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidDateTime(o.effectiveDateTime) && (m0 & 1048576) === 0)) {
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
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(o.effectivePeriod, x, p, "effective.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidDateTime(o.date) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(o.assessor, x, p, "assessor", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.assessor, false, x, p, "assessor", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(o.previous, x, p, "previous", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.previous, false, x, p, "previous", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.many(o.problem, x, p, "problem", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.problem, true, x, p, "problem", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(o.investigation, x, p, "investigation", d, 0, -1, checkClinicalImpressionInvestigation) && x.c === null)
      return false;
  }
  if ((m0 & 805306368) !== 0) {
    if (!vrt.prims(o.protocol, o._protocol, x, p, "protocol", d, 0, -1, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
      return false;
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidString(o.summary) && (m1 & 2) === 0)) {
      if (!vrt.prim(o.summary, o._summary, x, p, "summary", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.many(o.finding, x, p, "finding", d, 0, -1, checkClinicalImpressionFinding) && x.c === null) return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.many(o.prognosisCodeableConcept, x, p, "prognosisCodeableConcept", d, 0, -1, checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.many(o.prognosisReference, x, p, "prognosisReference", d, 0, -1, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.prognosisReference, true, x, p, "prognosisReference", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.many(o.action, x, p, "action", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.action, true, x, p, "action", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  if ((m1 & 64) !== 0) {
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
  return true;
}
function checkClinicalImpressionInvestigation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClinicalImpression.investigation");
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
      case "item":
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
  if (!vrt.one(o.code, x, p, "code", d, 1, checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.many(o.item, x, p, "item", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.item, true, x, p, "item", vrt.checkReferenceTarget, TARGETS_7) && x.c === null) return false;
  }
  return true;
}
function checkClinicalImpressionFinding(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClinicalImpression.finding");
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
      case "itemCodeableConcept":
        n++;
        m0 |= 8;
        break;
      case "itemReference":
        n++;
        m0 |= 16;
        break;
      case "basis":
        n++;
        m0 |= 32;
        break;
      case "_basis":
        n++;
        m0 |= 64;
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
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "item", 1) && x.c === null) return false;
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.itemCodeableConcept, x, p, "item.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.itemReference, x, p, "item.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.itemReference, false, x, p, "item.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_8) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(o.basis) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.basis, o._basis, x, p, "basis", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateClinicalImpression(value, options) {
  return vrt.validateWith(value, "ClinicalImpression", checkClinicalImpression, true, options, REGISTRY_0);
}
function isClinicalImpression(value, options) {
  return vrt.testWith(value, checkClinicalImpression, true, options, REGISTRY_0);
}
function buildClinicalImpression(input) {
  return fillAndCheck(
    input,
    { resourceType: "ClinicalImpression" },
    isClinicalImpression,
    validateClinicalImpression,
    "ClinicalImpression"
  );
}
export {
  buildClinicalImpression,
  checkClinicalImpression,
  checkClinicalImpressionFinding,
  checkClinicalImpressionInvestigation,
  isClinicalImpression,
  validateClinicalImpression
};
