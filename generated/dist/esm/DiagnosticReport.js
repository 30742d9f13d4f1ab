import { checkAttachment } from "./Attachment.js";
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
  "_conclusion",
  "_effectiveDateTime",
  "_id",
  "_implicitRules",
  "_issued",
  "_language",
  "_status",
  "basedOn",
  "category",
  "code",
  "codedDiagnosis",
  "conclusion",
  "contained",
  "context",
  "effectiveDateTime",
  "effectivePeriod",
  "extension",
  "id",
  "identifier",
  "image",
  "imagingStudy",
  "implicitRules",
  "issued",
  "language",
  "meta",
  "modifierExtension",
  "performer",
  "presentedForm",
  "resourceType",
  "result",
  "specimen",
  "status",
  "subject",
  "text"
]);
const OWNER_0 = { paths: ["DiagnosticReport"], type: "DiagnosticReport", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = /* @__PURE__ */ new Set([
  "CarePlan",
  "ImmunizationRecommendation",
  "MedicationRequest",
  "NutritionOrder",
  "ProcedureRequest",
  "ReferralRequest"
]);
const BINDING_1 = {
  has: vcodes.inCodes78,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/diagnostic-report-status"
};
const TARGETS_1 = /* @__PURE__ */ new Set(["Device", "Group", "Location", "Patient"]);
const TARGETS_2 = /* @__PURE__ */ new Set(["Encounter", "EpisodeOfCare"]);
const CHOICE_0 = vrt.choiceVariants(["effectiveDateTime", "effectivePeriod"]);
const TARGETS_3 = /* @__PURE__ */ new Set(["Specimen"]);
const TARGETS_4 = /* @__PURE__ */ new Set(["Observation"]);
const TARGETS_5 = /* @__PURE__ */ new Set(["ImagingManifest", "ImagingStudy"]);
const KEYS_1 = /* @__PURE__ */ new Set(["actor", "extension", "id", "modifierExtension", "role"]);
const OWNER_1 = { paths: ["DiagnosticReport.performer"], type: "BackboneElement", exact: true };
const TARGETS_6 = /* @__PURE__ */ new Set(["Organization", "Practitioner"]);
const KEYS_2 = /* @__PURE__ */ new Set(["_comment", "comment", "extension", "id", "link", "modifierExtension"]);
const OWNER_2 = { paths: ["DiagnosticReport.image"], type: "BackboneElement", exact: true };
const TARGETS_7 = /* @__PURE__ */ new Set(["Media"]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/DiagnosticReport",
      check: checkDiagnosticReport,
      type: "DiagnosticReport",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkDiagnosticReport(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DiagnosticReport");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "DiagnosticReport") && x.c === null) return false;
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
  if (o.basedOn !== void 0) {
    if (!vrt.many(o.basedOn, x, p, "basedOn", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.basedOn, true, x, p, "basedOn", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  if (o.category !== void 0) {
    if (!vrt.one(o.category, x, p, "category", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(o.code, x, p, "code", d, 1, checkCodeableConcept) && x.c === null) return false;
  if (o.subject !== void 0) {
    if (!vrt.one(o.subject, x, p, "subject", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.context !== void 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.context, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
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
  if (o.issued !== void 0 || o._issued !== void 0) {
    if (!(vrt.isValidInstant(o.issued) && o._issued === void 0)) {
      if (!vrt.prim(o.issued, o._issued, x, p, "issued", d, 0, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.performer !== void 0) {
    if (!vrt.many(o.performer, x, p, "performer", d, 0, -1, checkDiagnosticReportPerformer) && x.c === null)
      return false;
  }
  if (o.specimen !== void 0) {
    if (!vrt.many(o.specimen, x, p, "specimen", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.specimen, true, x, p, "specimen", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (o.result !== void 0) {
    if (!vrt.many(o.result, x, p, "result", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.result, true, x, p, "result", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if (o.imagingStudy !== void 0) {
    if (!vrt.many(o.imagingStudy, x, p, "imagingStudy", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.imagingStudy, true, x, p, "imagingStudy", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if (o.image !== void 0) {
    if (!vrt.many(o.image, x, p, "image", d, 0, -1, checkDiagnosticReportImage) && x.c === null) return false;
  }
  if (o.conclusion !== void 0 || o._conclusion !== void 0) {
    if (!(vrt.isValidString(o.conclusion) && o._conclusion === void 0)) {
      if (!vrt.prim(o.conclusion, o._conclusion, x, p, "conclusion", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.codedDiagnosis !== void 0) {
    if (!vrt.many(o.codedDiagnosis, x, p, "codedDiagnosis", d, 0, -1, checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.presentedForm !== void 0) {
    if (!vrt.many(o.presentedForm, x, p, "presentedForm", d, 0, -1, checkAttachment) && x.c === null) return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkDiagnosticReportPerformer(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DiagnosticReport.performer");
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
  if (o.role !== void 0) {
    if (!vrt.one(o.role, x, p, "role", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(o.actor, x, p, "actor", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.actor, false, x, p, "actor", vrt.checkReferenceTarget, TARGETS_6) && x.c === null) return false;
  return true;
}
function checkDiagnosticReportImage(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DiagnosticReport.image");
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
  if (o.comment !== void 0 || o._comment !== void 0) {
    if (!(vrt.isValidString(o.comment) && o._comment === void 0)) {
      if (!vrt.prim(o.comment, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (!vrt.one(o.link, x, p, "link", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.link, false, x, p, "link", vrt.checkReferenceTarget, TARGETS_7) && x.c === null) return false;
  return true;
}
function validateDiagnosticReport(value, options) {
  return vrt.validateWith(value, "DiagnosticReport", checkDiagnosticReport, true, options, REGISTRY_0);
}
function isDiagnosticReport(value, options) {
  return vrt.testWith(value, checkDiagnosticReport, true, options, REGISTRY_0);
}
function buildDiagnosticReport(input) {
  return fillAndCheck(
    input,
    { resourceType: "DiagnosticReport" },
    isDiagnosticReport,
    validateDiagnosticReport,
    "DiagnosticReport"
  );
}
export {
  buildDiagnosticReport,
  checkDiagnosticReport,
  checkDiagnosticReportImage,
  checkDiagnosticReportPerformer,
  isDiagnosticReport,
  validateDiagnosticReport
};
