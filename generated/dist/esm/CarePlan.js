import { checkAnnotation } from "./Annotation.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkSimpleQuantity } from "./SimpleQuantity.js";
import { checkTiming } from "./Timing.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_description",
  "_id",
  "_implicitRules",
  "_intent",
  "_language",
  "_status",
  "_title",
  "activity",
  "addresses",
  "author",
  "basedOn",
  "careTeam",
  "category",
  "contained",
  "context",
  "definition",
  "description",
  "extension",
  "goal",
  "id",
  "identifier",
  "implicitRules",
  "intent",
  "language",
  "meta",
  "modifierExtension",
  "note",
  "partOf",
  "period",
  "replaces",
  "resourceType",
  "status",
  "subject",
  "supportingInfo",
  "text",
  "title"
]);
const OWNER_0 = { paths: ["CarePlan"], type: "CarePlan", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = /* @__PURE__ */ new Set(["PlanDefinition", "Questionnaire"]);
const TARGETS_1 = /* @__PURE__ */ new Set(["CarePlan"]);
const BINDING_1 = {
  has: vcodes.inCodes116,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/care-plan-status"
};
const BINDING_2 = {
  has: vcodes.inCodes124,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/care-plan-intent"
};
const TARGETS_2 = /* @__PURE__ */ new Set(["Group", "Patient"]);
const TARGETS_3 = /* @__PURE__ */ new Set(["Encounter", "EpisodeOfCare"]);
const TARGETS_4 = /* @__PURE__ */ new Set([
  "CareTeam",
  "Organization",
  "Patient",
  "Practitioner",
  "RelatedPerson"
]);
const TARGETS_5 = /* @__PURE__ */ new Set(["CareTeam"]);
const TARGETS_6 = /* @__PURE__ */ new Set(["Condition"]);
const TARGETS_7 = /* @__PURE__ */ new Set(["Goal"]);
const KEYS_1 = /* @__PURE__ */ new Set([
  "detail",
  "extension",
  "id",
  "modifierExtension",
  "outcomeCodeableConcept",
  "outcomeReference",
  "progress",
  "reference"
]);
const OWNER_1 = { paths: ["CarePlan.activity"], type: "BackboneElement", exact: true };
const TARGETS_8 = /* @__PURE__ */ new Set([
  "Appointment",
  "CommunicationRequest",
  "DeviceRequest",
  "MedicationRequest",
  "NutritionOrder",
  "ProcedureRequest",
  "ReferralRequest",
  "RequestGroup",
  "Task",
  "VisionPrescription"
]);
const INVARIANT_0 = vrt.invariant({
  key: "cpl-3",
  path: "CarePlan.activity",
  expression: "detail.empty() or reference.empty()",
  severity: "error",
  human: "Provide a reference or detail, not both"
});
const FHIRPATH_0 = (n) => vrt.fpOr(
  vrt.fpEmpty(vrt.fpChildOf(n, "detail", "_detail")),
  vrt.fpEmpty(vrt.fpChildOf(n, "reference", "_reference"))
);
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const KEYS_2 = /* @__PURE__ */ new Set([
  "_description",
  "_prohibited",
  "_scheduledString",
  "_status",
  "_statusReason",
  "category",
  "code",
  "dailyAmount",
  "definition",
  "description",
  "extension",
  "goal",
  "id",
  "location",
  "modifierExtension",
  "performer",
  "productCodeableConcept",
  "productReference",
  "prohibited",
  "quantity",
  "reasonCode",
  "reasonReference",
  "scheduledPeriod",
  "scheduledString",
  "scheduledTiming",
  "status",
  "statusReason"
]);
const OWNER_2 = { paths: ["CarePlan.activity.detail"], type: "BackboneElement", exact: true };
const TARGETS_9 = /* @__PURE__ */ new Set(["ActivityDefinition", "PlanDefinition", "Questionnaire"]);
const BINDING_3 = {
  has: vcodes.inCodes125,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/care-plan-activity-status"
};
const CHOICE_0 = vrt.choiceVariants([
  "scheduledTiming",
  "scheduledPeriod",
  "scheduledString"
]);
const TARGETS_10 = /* @__PURE__ */ new Set(["Location"]);
const CHOICE_1 = vrt.choiceVariants(["productCodeableConcept", "productReference"]);
const TARGETS_11 = /* @__PURE__ */ new Set(["Medication", "Substance"]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    { url: "http://hl7.org/fhir/StructureDefinition/CarePlan", check: checkCarePlan, type: "CarePlan", base: true }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkCarePlan(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CarePlan");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "CarePlan") && x.c === null) return false;
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
  if (o.replaces !== void 0) {
    if (!vrt.many(o.replaces, x, p, "replaces", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.replaces, true, x, p, "replaces", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.partOf !== void 0) {
    if (!vrt.many(o.partOf, x, p, "partOf", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.partOf, true, x, p, "partOf", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  if (!(vrt.isValidCode(o.intent) && o._intent === void 0)) {
    if (!vrt.prim(o.intent, o._intent, x, p, "intent", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.intent, false, x, p, "intent", vrt.checkCode, BINDING_2) && x.c === null) return false;
  if (o.category !== void 0) {
    if (!vrt.many(o.category, x, p, "category", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.title !== void 0 || o._title !== void 0) {
    if (!(vrt.isValidString(o.title) && o._title === void 0)) {
      if (!vrt.prim(o.title, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidString(o.description) && o._description === void 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!vrt.one(o.subject, x, p, "subject", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
    return false;
  if (o.context !== void 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.context, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (o.period !== void 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.author !== void 0) {
    if (!vrt.many(o.author, x, p, "author", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.author, true, x, p, "author", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if (o.careTeam !== void 0) {
    if (!vrt.many(o.careTeam, x, p, "careTeam", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.careTeam, true, x, p, "careTeam", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if (o.addresses !== void 0) {
    if (!vrt.many(o.addresses, x, p, "addresses", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.addresses, true, x, p, "addresses", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  if (o.supportingInfo !== void 0) {
    if (!vrt.many(o.supportingInfo, x, p, "supportingInfo", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if (o.goal !== void 0) {
    if (!vrt.many(o.goal, x, p, "goal", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.goal, true, x, p, "goal", vrt.checkReferenceTarget, TARGETS_7) && x.c === null) return false;
  }
  if (o.activity !== void 0) {
    if (!vrt.many(o.activity, x, p, "activity", d, 0, -1, checkCarePlanActivity) && x.c === null) return false;
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
function checkCarePlanActivity(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CarePlan.activity");
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
  if (o.outcomeCodeableConcept !== void 0) {
    if (!vrt.many(o.outcomeCodeableConcept, x, p, "outcomeCodeableConcept", d, 0, -1, checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.outcomeReference !== void 0) {
    if (!vrt.many(o.outcomeReference, x, p, "outcomeReference", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if (o.progress !== void 0) {
    if (!vrt.many(o.progress, x, p, "progress", d, 0, -1, checkAnnotation) && x.c === null) return false;
  }
  if (o.reference !== void 0) {
    if (!vrt.one(o.reference, x, p, "reference", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.reference, false, x, p, "reference", vrt.checkReferenceTarget, TARGETS_8) && x.c === null)
      return false;
  }
  if (o.detail !== void 0) {
    if (!vrt.one(o.detail, x, p, "detail", d, 0, checkCarePlanActivityDetail) && x.c === null) return false;
  }
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  return true;
}
function checkCarePlanActivityDetail(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CarePlan.activity.detail");
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
  if (o.category !== void 0) {
    if (!vrt.one(o.category, x, p, "category", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.definition !== void 0) {
    if (!vrt.one(o.definition, x, p, "definition", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.definition, false, x, p, "definition", vrt.checkReferenceTarget, TARGETS_9) && x.c === null)
      return false;
  }
  if (o.code !== void 0) {
    if (!vrt.one(o.code, x, p, "code", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.reasonCode !== void 0) {
    if (!vrt.many(o.reasonCode, x, p, "reasonCode", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.reasonReference !== void 0) {
    if (!vrt.many(o.reasonReference, x, p, "reasonReference", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.reasonReference, true, x, p, "reasonReference", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  if (o.goal !== void 0) {
    if (!vrt.many(o.goal, x, p, "goal", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.goal, true, x, p, "goal", vrt.checkReferenceTarget, TARGETS_7) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_2) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_3) && x.c === null) return false;
  if (o.statusReason !== void 0 || o._statusReason !== void 0) {
    if (!(vrt.isValidString(o.statusReason) && o._statusReason === void 0)) {
      if (!vrt.prim(o.statusReason, o._statusReason, x, p, "statusReason", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (o.prohibited !== void 0 || o._prohibited !== void 0) {
    if (!(vrt.isValidBoolean(o.prohibited) && o._prohibited === void 0)) {
      if (!vrt.prim(o.prohibited, o._prohibited, x, p, "prohibited", d, 0, vrt.isValidBoolean, "boolean", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "scheduled", 0) && x.c === null) return false;
  if (o.scheduledTiming !== void 0) {
    if (!vrt.one(o.scheduledTiming, x, p, "scheduled.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if (o.scheduledPeriod !== void 0) {
    if (!vrt.one(o.scheduledPeriod, x, p, "scheduled.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.scheduledString !== void 0 || o._scheduledString !== void 0) {
    if (!(vrt.isValidString(o.scheduledString) && o._scheduledString === void 0)) {
      if (!vrt.prim(
        o.scheduledString,
        o._scheduledString,
        x,
        p,
        "scheduled.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.location !== void 0) {
    if (!vrt.one(o.location, x, p, "location", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.location, false, x, p, "location", vrt.checkReferenceTarget, TARGETS_10) && x.c === null)
      return false;
  }
  if (o.performer !== void 0) {
    if (!vrt.many(o.performer, x, p, "performer", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.performer, true, x, p, "performer", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "product", 0) && x.c === null) return false;
  if (o.productCodeableConcept !== void 0) {
    if (!vrt.one(o.productCodeableConcept, x, p, "product.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.productReference !== void 0) {
    if (!vrt.one(o.productReference, x, p, "product.ofType(Reference)", d, 0, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.productReference,
      false,
      x,
      p,
      "product.ofType(Reference)",
      vrt.checkReferenceTarget,
      TARGETS_11
    ) && x.c === null)
      return false;
  }
  if (o.dailyAmount !== void 0) {
    if (!vrt.one(o.dailyAmount, x, p, "dailyAmount", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  if (o.quantity !== void 0) {
    if (!vrt.one(o.quantity, x, p, "quantity", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidString(o.description) && o._description === void 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateCarePlan(value, options) {
  return vrt.validateWith(value, "CarePlan", checkCarePlan, true, options, REGISTRY_0);
}
function isCarePlan(value, options) {
  return vrt.testWith(value, checkCarePlan, true, options, REGISTRY_0);
}
function buildCarePlan(input) {
  return fillAndCheck(input, { resourceType: "CarePlan" }, isCarePlan, validateCarePlan, "CarePlan");
}
export {
  buildCarePlan,
  checkCarePlan,
  checkCarePlanActivity,
  checkCarePlanActivityDetail,
  isCarePlan,
  validateCarePlan
};
