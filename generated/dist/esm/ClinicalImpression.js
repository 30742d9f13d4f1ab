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
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27;
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
      case "status":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "code":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "description":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "subject":
        m0 |= 131072;
        e12 = o[k];
        break;
      case "context":
        m0 |= 262144;
        e13 = o[k];
        break;
      case "effectiveDateTime":
        m0 |= 524288;
        e14 = o[k];
        break;
      case "effectivePeriod":
        m0 |= 2097152;
        e15 = o[k];
        break;
      case "date":
        m0 |= 4194304;
        e16 = o[k];
        break;
      case "assessor":
        m0 |= 16777216;
        e17 = o[k];
        break;
      case "previous":
        m0 |= 33554432;
        e18 = o[k];
        break;
      case "problem":
        m0 |= 67108864;
        e19 = o[k];
        break;
      case "investigation":
        m0 |= 134217728;
        e20 = o[k];
        break;
      case "protocol":
        m0 |= 268435456;
        e21 = o[k];
        break;
      case "summary":
        m1 |= 1;
        e22 = o[k];
        break;
      case "finding":
        m1 |= 4;
        e23 = o[k];
        break;
      case "prognosisCodeableConcept":
        m1 |= 8;
        e24 = o[k];
        break;
      case "prognosisReference":
        m1 |= 16;
        e25 = o[k];
        break;
      case "action":
        m1 |= 32;
        e26 = o[k];
        break;
      case "note":
        m1 |= 64;
        e27 = o[k];
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
    if (!vrt.checkExtensions(e6, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(e7, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null) return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(e8, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e9) && (m0 & 8192) === 0)) {
    if (!vrt.prim(e9, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e9, vcodes.inCodes137)) {
    if (!vrt.eachWith(e9, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(e10, x, p, "code", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidString(e11) && (m0 & 65536) === 0)) {
      if (!vrt.prim(e11, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!vrt.one(e12, x, p, "subject", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e12, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e13, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e13, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 3670016) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "effective", 0) && x.c === null) return false;
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidDateTime(e14) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(
        e14,
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
    if (!vrt.one(e15, x, p, "effective.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidDateTime(e16) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(e16, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(e17, x, p, "assessor", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e17, false, x, p, "assessor", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(e18, x, p, "previous", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e18, false, x, p, "previous", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.many(e19, x, p, "problem", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e19, true, x, p, "problem", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(e20, x, p, "investigation", d, 0, -1, checkClinicalImpressionInvestigation) && x.c === null)
      return false;
  }
  if ((m0 & 805306368) !== 0) {
    if (!vrt.prims(e21, o._protocol, x, p, "protocol", d, 0, -1, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
      return false;
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidString(e22) && (m1 & 2) === 0)) {
      if (!vrt.prim(e22, o._summary, x, p, "summary", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.many(e23, x, p, "finding", d, 0, -1, checkClinicalImpressionFinding) && x.c === null) return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.many(e24, x, p, "prognosisCodeableConcept", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.many(e25, x, p, "prognosisReference", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e25, true, x, p, "prognosisReference", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.many(e26, x, p, "action", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e26, true, x, p, "action", vrt.checkReferenceTarget, TARGETS_6) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.many(e27, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
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
      case "item":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null) return false;
  }
  if (!vrt.one(e3, x, p, "code", d, 1, checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.many(e4, x, p, "item", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e4, true, x, p, "item", vrt.checkReferenceTarget, TARGETS_7) && x.c === null) return false;
  }
  return true;
}
function checkClinicalImpressionFinding(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClinicalImpression.finding");
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
      case "modifierExtension":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "itemCodeableConcept":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "itemReference":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "basis":
        n++;
        m0 |= 32;
        e5 = o[k];
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "item", 1) && x.c === null) return false;
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "item.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "item.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "item.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_8) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 64) === 0)) {
      if (!vrt.prim(e5, o._basis, x, p, "basis", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
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
