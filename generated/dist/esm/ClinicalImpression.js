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
const KEYS_0 = /* @__PURE__ */ new Set([
  "_date",
  "_description",
  "_effectiveDateTime",
  "_id",
  "_implicitRules",
  "_language",
  "_protocol",
  "_status",
  "_summary",
  "action",
  "assessor",
  "code",
  "contained",
  "context",
  "date",
  "description",
  "effectiveDateTime",
  "effectivePeriod",
  "extension",
  "finding",
  "id",
  "identifier",
  "implicitRules",
  "investigation",
  "language",
  "meta",
  "modifierExtension",
  "note",
  "previous",
  "problem",
  "prognosisCodeableConcept",
  "prognosisReference",
  "protocol",
  "resourceType",
  "status",
  "subject",
  "summary",
  "text"
]);
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
const TARGETS_0 = /* @__PURE__ */ new Set(["Group", "Patient"]);
const TARGETS_1 = /* @__PURE__ */ new Set(["Encounter", "EpisodeOfCare"]);
const CHOICE_0 = vrt.choiceVariants(["effectiveDateTime", "effectivePeriod"]);
const TARGETS_2 = /* @__PURE__ */ new Set(["Practitioner"]);
const TARGETS_3 = /* @__PURE__ */ new Set(["ClinicalImpression"]);
const TARGETS_4 = /* @__PURE__ */ new Set(["AllergyIntolerance", "Condition"]);
const TARGETS_5 = /* @__PURE__ */ new Set(["RiskAssessment"]);
const TARGETS_6 = /* @__PURE__ */ new Set([
  "Appointment",
  "MedicationRequest",
  "Procedure",
  "ProcedureRequest",
  "ReferralRequest"
]);
const KEYS_1 = /* @__PURE__ */ new Set(["code", "extension", "id", "item", "modifierExtension"]);
const OWNER_1 = {
  paths: ["ClinicalImpression.investigation"],
  type: "BackboneElement",
  exact: true
};
const TARGETS_7 = /* @__PURE__ */ new Set([
  "DiagnosticReport",
  "FamilyMemberHistory",
  "ImagingStudy",
  "Observation",
  "QuestionnaireResponse",
  "RiskAssessment"
]);
const KEYS_2 = /* @__PURE__ */ new Set([
  "_basis",
  "basis",
  "extension",
  "id",
  "itemCodeableConcept",
  "itemReference",
  "modifierExtension"
]);
const OWNER_2 = { paths: ["ClinicalImpression.finding"], type: "BackboneElement", exact: true };
const CHOICE_1 = vrt.choiceVariants(["itemCodeableConcept", "itemReference"]);
const TARGETS_8 = /* @__PURE__ */ new Set(["Condition", "Observation"]);
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
  if (!vrt.checkKeys(o, KEYS_0, x, p, false) && x.c === null) return false;
  if (o.id !== void 0 || o._id !== void 0) {
    if (!(vrt.isValidId(o.id) && o._id === void 0)) {
      if (!vrt.prim(o.id, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if (o.meta !== void 0) {
    if (!vrt.one(o.meta, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
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
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if (o.identifier !== void 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  if (o.code !== void 0) {
    if (!vrt.one(o.code, x, p, "code", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidString(o.description) && o._description === void 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!vrt.one(o.subject, x, p, "subject", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
    return false;
  if (o.context !== void 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.context, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "effective", 0) && x.c === null) return false;
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
    if (!vrt.one(o.effectivePeriod, x, p, "effective.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.date !== void 0 || o._date !== void 0) {
    if (!(vrt.isValidDateTime(o.date) && o._date === void 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.assessor !== void 0) {
    if (!vrt.one(o.assessor, x, p, "assessor", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.assessor, false, x, p, "assessor", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (o.previous !== void 0) {
    if (!vrt.one(o.previous, x, p, "previous", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.previous, false, x, p, "previous", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (o.problem !== void 0) {
    if (!vrt.many(o.problem, x, p, "problem", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.problem, true, x, p, "problem", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if (o.investigation !== void 0) {
    if (!vrt.many(o.investigation, x, p, "investigation", d, 0, -1, checkClinicalImpressionInvestigation) && x.c === null)
      return false;
  }
  if (o.protocol !== void 0 || o._protocol !== void 0) {
    if (!vrt.prims(o.protocol, o._protocol, x, p, "protocol", d, 0, -1, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
      return false;
  }
  if (o.summary !== void 0 || o._summary !== void 0) {
    if (!(vrt.isValidString(o.summary) && o._summary === void 0)) {
      if (!vrt.prim(o.summary, o._summary, x, p, "summary", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.finding !== void 0) {
    if (!vrt.many(o.finding, x, p, "finding", d, 0, -1, checkClinicalImpressionFinding) && x.c === null) return false;
  }
  if (o.prognosisCodeableConcept !== void 0) {
    if (!vrt.many(o.prognosisCodeableConcept, x, p, "prognosisCodeableConcept", d, 0, -1, checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.prognosisReference !== void 0) {
    if (!vrt.many(o.prognosisReference, x, p, "prognosisReference", d, 0, -1, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.prognosisReference, true, x, p, "prognosisReference", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if (o.action !== void 0) {
    if (!vrt.many(o.action, x, p, "action", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.action, true, x, p, "action", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  if (o.note !== void 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkClinicalImpressionInvestigation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClinicalImpression.investigation");
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
  if (!vrt.one(o.code, x, p, "code", d, 1, checkCodeableConcept) && x.c === null) return false;
  if (o.item !== void 0) {
    if (!vrt.many(o.item, x, p, "item", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.item, true, x, p, "item", vrt.checkReferenceTarget, TARGETS_7) && x.c === null) return false;
  }
  return true;
}
function checkClinicalImpressionFinding(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ClinicalImpression.finding");
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
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "item", 1) && x.c === null) return false;
  if (o.itemCodeableConcept !== void 0) {
    if (!vrt.one(o.itemCodeableConcept, x, p, "item.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.itemReference !== void 0) {
    if (!vrt.one(o.itemReference, x, p, "item.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.itemReference, false, x, p, "item.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_8) && x.c === null)
      return false;
  }
  if (o.basis !== void 0 || o._basis !== void 0) {
    if (!(vrt.isValidString(o.basis) && o._basis === void 0)) {
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
