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
  "_id",
  "_implicitRules",
  "_language",
  "_notDone",
  "_performedDateTime",
  "_status",
  "basedOn",
  "bodySite",
  "category",
  "code",
  "complication",
  "complicationDetail",
  "contained",
  "context",
  "definition",
  "extension",
  "focalDevice",
  "followUp",
  "id",
  "identifier",
  "implicitRules",
  "language",
  "location",
  "meta",
  "modifierExtension",
  "notDone",
  "notDoneReason",
  "note",
  "outcome",
  "partOf",
  "performedDateTime",
  "performedPeriod",
  "performer",
  "reasonCode",
  "reasonReference",
  "report",
  "resourceType",
  "status",
  "subject",
  "text",
  "usedCode",
  "usedReference"
]);
const OWNER_0 = { paths: ["Procedure"], type: "Procedure", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = /* @__PURE__ */ new Set(["ActivityDefinition", "HealthcareService", "PlanDefinition"]);
const TARGETS_1 = /* @__PURE__ */ new Set(["CarePlan", "ProcedureRequest", "ReferralRequest"]);
const TARGETS_2 = /* @__PURE__ */ new Set(["MedicationAdministration", "Observation", "Procedure"]);
const BINDING_1 = {
  has: vcodes.inCodes122,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/event-status"
};
const TARGETS_3 = /* @__PURE__ */ new Set(["Group", "Patient"]);
const TARGETS_4 = /* @__PURE__ */ new Set(["Encounter", "EpisodeOfCare"]);
const CHOICE_0 = vrt.choiceVariants(["performedDateTime", "performedPeriod"]);
const TARGETS_5 = /* @__PURE__ */ new Set(["Location"]);
const TARGETS_6 = /* @__PURE__ */ new Set(["Condition", "Observation"]);
const TARGETS_7 = /* @__PURE__ */ new Set(["DiagnosticReport"]);
const TARGETS_8 = /* @__PURE__ */ new Set(["Condition"]);
const TARGETS_9 = /* @__PURE__ */ new Set(["Device", "Medication", "Substance"]);
const INVARIANT_0 = vrt.invariant({
  key: "pro-1",
  path: "Procedure",
  expression: "notDoneReason.empty() or notDone = true",
  severity: "error",
  human: "Reason not done is only permitted if notDone indicator is true"
});
const FHIRPATH_0 = (n) => vrt.fpOr(
  vrt.fpEmpty(vrt.fpChildOf(n, "notDoneReason", "_notDoneReason")),
  vrt.fpEq(vrt.fpChildOf(n, "notDone", "_notDone"), [true])
);
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const KEYS_1 = /* @__PURE__ */ new Set(["actor", "extension", "id", "modifierExtension", "onBehalfOf", "role"]);
const OWNER_1 = { paths: ["Procedure.performer"], type: "BackboneElement", exact: true };
const TARGETS_10 = /* @__PURE__ */ new Set(["Device", "Organization", "Patient", "Practitioner", "RelatedPerson"]);
const TARGETS_11 = /* @__PURE__ */ new Set(["Organization"]);
const KEYS_2 = /* @__PURE__ */ new Set(["action", "extension", "id", "manipulated", "modifierExtension"]);
const OWNER_2 = { paths: ["Procedure.focalDevice"], type: "BackboneElement", exact: true };
const TARGETS_12 = /* @__PURE__ */ new Set(["Device"]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    { url: "http://hl7.org/fhir/StructureDefinition/Procedure", check: checkProcedure, type: "Procedure", base: true }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkProcedure(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Procedure");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Procedure") && x.c === null) return false;
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
  if (o.definition !== void 0) {
    if (!vrt.many(o.definition, x, p, "definition", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.definition, true, x, p, "definition", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (o.basedOn !== void 0) {
    if (!vrt.many(o.basedOn, x, p, "basedOn", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.basedOn, true, x, p, "basedOn", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.partOf !== void 0) {
    if (!vrt.many(o.partOf, x, p, "partOf", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.partOf, true, x, p, "partOf", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  if (o.notDone !== void 0 || o._notDone !== void 0) {
    if (!(vrt.isValidBoolean(o.notDone) && o._notDone === void 0)) {
      if (!vrt.prim(o.notDone, o._notDone, x, p, "notDone", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.notDoneReason !== void 0) {
    if (!vrt.one(o.notDoneReason, x, p, "notDoneReason", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.category !== void 0) {
    if (!vrt.one(o.category, x, p, "category", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.code !== void 0) {
    if (!vrt.one(o.code, x, p, "code", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(o.subject, x, p, "subject", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
    return false;
  if (o.context !== void 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.context, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "performed", 0) && x.c === null) return false;
  if (o.performedDateTime !== void 0 || o._performedDateTime !== void 0) {
    if (!(vrt.isValidDateTime(o.performedDateTime) && o._performedDateTime === void 0)) {
      if (!vrt.prim(
        o.performedDateTime,
        o._performedDateTime,
        x,
        p,
        "performed.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.performedPeriod !== void 0) {
    if (!vrt.one(o.performedPeriod, x, p, "performed.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.performer !== void 0) {
    if (!vrt.many(o.performer, x, p, "performer", d, 0, -1, checkProcedurePerformer) && x.c === null) return false;
  }
  if (o.location !== void 0) {
    if (!vrt.one(o.location, x, p, "location", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.location, false, x, p, "location", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if (o.reasonCode !== void 0) {
    if (!vrt.many(o.reasonCode, x, p, "reasonCode", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.reasonReference !== void 0) {
    if (!vrt.many(o.reasonReference, x, p, "reasonReference", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.reasonReference, true, x, p, "reasonReference", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  if (o.bodySite !== void 0) {
    if (!vrt.many(o.bodySite, x, p, "bodySite", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.outcome !== void 0) {
    if (!vrt.one(o.outcome, x, p, "outcome", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.report !== void 0) {
    if (!vrt.many(o.report, x, p, "report", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.report, true, x, p, "report", vrt.checkReferenceTarget, TARGETS_7) && x.c === null)
      return false;
  }
  if (o.complication !== void 0) {
    if (!vrt.many(o.complication, x, p, "complication", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.complicationDetail !== void 0) {
    if (!vrt.many(o.complicationDetail, x, p, "complicationDetail", d, 0, -1, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.complicationDetail, true, x, p, "complicationDetail", vrt.checkReferenceTarget, TARGETS_8) && x.c === null)
      return false;
  }
  if (o.followUp !== void 0) {
    if (!vrt.many(o.followUp, x, p, "followUp", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.note !== void 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
  }
  if (o.focalDevice !== void 0) {
    if (!vrt.many(o.focalDevice, x, p, "focalDevice", d, 0, -1, checkProcedureFocalDevice) && x.c === null)
      return false;
  }
  if (o.usedReference !== void 0) {
    if (!vrt.many(o.usedReference, x, p, "usedReference", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.usedReference, true, x, p, "usedReference", vrt.checkReferenceTarget, TARGETS_9) && x.c === null)
      return false;
  }
  if (o.usedCode !== void 0) {
    if (!vrt.many(o.usedCode, x, p, "usedCode", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  return true;
}
function checkProcedurePerformer(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Procedure.performer");
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
  if (!vrt.eachWith(o.actor, false, x, p, "actor", vrt.checkReferenceTarget, TARGETS_10) && x.c === null) return false;
  if (o.onBehalfOf !== void 0) {
    if (!vrt.one(o.onBehalfOf, x, p, "onBehalfOf", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.onBehalfOf, false, x, p, "onBehalfOf", vrt.checkReferenceTarget, TARGETS_11) && x.c === null)
      return false;
  }
  return true;
}
function checkProcedureFocalDevice(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Procedure.focalDevice");
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
  if (o.action !== void 0) {
    if (!vrt.one(o.action, x, p, "action", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(o.manipulated, x, p, "manipulated", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.manipulated, false, x, p, "manipulated", vrt.checkReferenceTarget, TARGETS_12) && x.c === null)
    return false;
  return true;
}
function validateProcedure(value, options) {
  return vrt.validateWith(value, "Procedure", checkProcedure, true, options, REGISTRY_0);
}
function isProcedure(value, options) {
  return vrt.testWith(value, checkProcedure, true, options, REGISTRY_0);
}
function buildProcedure(input) {
  return fillAndCheck(input, { resourceType: "Procedure" }, isProcedure, validateProcedure, "Procedure");
}
export {
  buildProcedure,
  checkProcedure,
  checkProcedureFocalDevice,
  checkProcedurePerformer,
  isProcedure,
  validateProcedure
};
