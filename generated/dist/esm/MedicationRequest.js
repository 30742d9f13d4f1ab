import { checkAnnotation } from "./Annotation.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkDosage } from "./Dosage.js";
import { checkDuration } from "./Duration.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkSimpleQuantity } from "./SimpleQuantity.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_authoredOn",
  "_id",
  "_implicitRules",
  "_intent",
  "_language",
  "_priority",
  "_status",
  "authoredOn",
  "basedOn",
  "category",
  "contained",
  "context",
  "definition",
  "detectedIssue",
  "dispenseRequest",
  "dosageInstruction",
  "eventHistory",
  "extension",
  "groupIdentifier",
  "id",
  "identifier",
  "implicitRules",
  "intent",
  "language",
  "medicationCodeableConcept",
  "medicationReference",
  "meta",
  "modifierExtension",
  "note",
  "priorPrescription",
  "priority",
  "reasonCode",
  "reasonReference",
  "recorder",
  "requester",
  "resourceType",
  "status",
  "subject",
  "substitution",
  "supportingInformation",
  "text"
]);
const OWNER_0 = { paths: ["MedicationRequest"], type: "MedicationRequest", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = /* @__PURE__ */ new Set(["ActivityDefinition", "PlanDefinition"]);
const TARGETS_1 = /* @__PURE__ */ new Set([
  "CarePlan",
  "MedicationRequest",
  "ProcedureRequest",
  "ReferralRequest"
]);
const BINDING_1 = {
  has: vcodes.inCodes94,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/medication-request-status"
};
const BINDING_2 = {
  has: vcodes.inCodes95,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/medication-request-intent"
};
const BINDING_3 = {
  has: vcodes.inCodes96,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/medication-request-category"
};
const BINDING_4 = {
  has: vcodes.inCodes97,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/medication-request-priority"
};
const CHOICE_0 = vrt.choiceVariants(["medicationCodeableConcept", "medicationReference"]);
const TARGETS_2 = /* @__PURE__ */ new Set(["Medication"]);
const TARGETS_3 = /* @__PURE__ */ new Set(["Group", "Patient"]);
const TARGETS_4 = /* @__PURE__ */ new Set(["Encounter", "EpisodeOfCare"]);
const TARGETS_5 = /* @__PURE__ */ new Set(["Practitioner"]);
const TARGETS_6 = /* @__PURE__ */ new Set(["Condition", "Observation"]);
const TARGETS_7 = /* @__PURE__ */ new Set(["MedicationRequest"]);
const TARGETS_8 = /* @__PURE__ */ new Set(["DetectedIssue"]);
const TARGETS_9 = /* @__PURE__ */ new Set(["Provenance"]);
const KEYS_1 = /* @__PURE__ */ new Set(["agent", "extension", "id", "modifierExtension", "onBehalfOf"]);
const OWNER_1 = { paths: ["MedicationRequest.requester"], type: "BackboneElement", exact: true };
const TARGETS_10 = /* @__PURE__ */ new Set(["Device", "Organization", "Patient", "Practitioner", "RelatedPerson"]);
const TARGETS_11 = /* @__PURE__ */ new Set(["Organization"]);
const KEYS_2 = /* @__PURE__ */ new Set([
  "_numberOfRepeatsAllowed",
  "expectedSupplyDuration",
  "extension",
  "id",
  "modifierExtension",
  "numberOfRepeatsAllowed",
  "performer",
  "quantity",
  "validityPeriod"
]);
const OWNER_2 = {
  paths: ["MedicationRequest.dispenseRequest"],
  type: "BackboneElement",
  exact: true
};
const KEYS_3 = /* @__PURE__ */ new Set(["_allowed", "allowed", "extension", "id", "modifierExtension", "reason"]);
const OWNER_3 = { paths: ["MedicationRequest.substitution"], type: "BackboneElement", exact: true };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/MedicationRequest",
      check: checkMedicationRequest,
      type: "MedicationRequest",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkMedicationRequest(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationRequest");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "MedicationRequest") && x.c === null) return false;
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
  if (o.groupIdentifier !== void 0) {
    if (!vrt.one(o.groupIdentifier, x, p, "groupIdentifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if (o.status !== void 0 || o._status !== void 0) {
    if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
      if (!vrt.prim(o.status, o._status, x, p, "status", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.intent) && o._intent === void 0)) {
    if (!vrt.prim(o.intent, o._intent, x, p, "intent", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.intent, false, x, p, "intent", vrt.checkCode, BINDING_2) && x.c === null) return false;
  if (o.category !== void 0) {
    if (!vrt.one(o.category, x, p, "category", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.category, false, x, p, "category", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if (o.priority !== void 0 || o._priority !== void 0) {
    if (!(vrt.isValidCode(o.priority) && o._priority === void 0)) {
      if (!vrt.prim(o.priority, o._priority, x, p, "priority", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.priority, false, x, p, "priority", vrt.checkCode, BINDING_4) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "medication", 1) && x.c === null) return false;
  if (o.medicationCodeableConcept !== void 0) {
    if (!vrt.one(o.medicationCodeableConcept, x, p, "medication.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.medicationReference !== void 0) {
    if (!vrt.one(o.medicationReference, x, p, "medication.ofType(Reference)", d, 0, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.medicationReference,
      false,
      x,
      p,
      "medication.ofType(Reference)",
      vrt.checkReferenceTarget,
      TARGETS_2
    ) && x.c === null)
      return false;
  }
  if (!vrt.one(o.subject, x, p, "subject", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
    return false;
  if (o.context !== void 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.context, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if (o.supportingInformation !== void 0) {
    if (!vrt.many(o.supportingInformation, x, p, "supportingInformation", d, 0, -1, checkReference) && x.c === null)
      return false;
  }
  if (o.authoredOn !== void 0 || o._authoredOn !== void 0) {
    if (!(vrt.isValidDateTime(o.authoredOn) && o._authoredOn === void 0)) {
      if (!vrt.prim(o.authoredOn, o._authoredOn, x, p, "authoredOn", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.requester !== void 0) {
    if (!vrt.one(o.requester, x, p, "requester", d, 0, checkMedicationRequestRequester) && x.c === null) return false;
  }
  if (o.recorder !== void 0) {
    if (!vrt.one(o.recorder, x, p, "recorder", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.recorder, false, x, p, "recorder", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
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
  if (o.note !== void 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
  }
  if (o.dosageInstruction !== void 0) {
    if (!vrt.many(o.dosageInstruction, x, p, "dosageInstruction", d, 0, -1, checkDosage) && x.c === null) return false;
  }
  if (o.dispenseRequest !== void 0) {
    if (!vrt.one(o.dispenseRequest, x, p, "dispenseRequest", d, 0, checkMedicationRequestDispenseRequest) && x.c === null)
      return false;
  }
  if (o.substitution !== void 0) {
    if (!vrt.one(o.substitution, x, p, "substitution", d, 0, checkMedicationRequestSubstitution) && x.c === null)
      return false;
  }
  if (o.priorPrescription !== void 0) {
    if (!vrt.one(o.priorPrescription, x, p, "priorPrescription", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.priorPrescription, false, x, p, "priorPrescription", vrt.checkReferenceTarget, TARGETS_7) && x.c === null)
      return false;
  }
  if (o.detectedIssue !== void 0) {
    if (!vrt.many(o.detectedIssue, x, p, "detectedIssue", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.detectedIssue, true, x, p, "detectedIssue", vrt.checkReferenceTarget, TARGETS_8) && x.c === null)
      return false;
  }
  if (o.eventHistory !== void 0) {
    if (!vrt.many(o.eventHistory, x, p, "eventHistory", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.eventHistory, true, x, p, "eventHistory", vrt.checkReferenceTarget, TARGETS_9) && x.c === null)
      return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkMedicationRequestRequester(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationRequest.requester");
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
  if (!vrt.one(o.agent, x, p, "agent", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.agent, false, x, p, "agent", vrt.checkReferenceTarget, TARGETS_10) && x.c === null) return false;
  if (o.onBehalfOf !== void 0) {
    if (!vrt.one(o.onBehalfOf, x, p, "onBehalfOf", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.onBehalfOf, false, x, p, "onBehalfOf", vrt.checkReferenceTarget, TARGETS_11) && x.c === null)
      return false;
  }
  return true;
}
function checkMedicationRequestDispenseRequest(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationRequest.dispenseRequest");
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
  if (o.validityPeriod !== void 0) {
    if (!vrt.one(o.validityPeriod, x, p, "validityPeriod", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.numberOfRepeatsAllowed !== void 0 || o._numberOfRepeatsAllowed !== void 0) {
    if (!(vrt.isValidPositiveInt(o.numberOfRepeatsAllowed) && o._numberOfRepeatsAllowed === void 0)) {
      if (!vrt.prim(
        o.numberOfRepeatsAllowed,
        o._numberOfRepeatsAllowed,
        x,
        p,
        "numberOfRepeatsAllowed",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if (o.quantity !== void 0) {
    if (!vrt.one(o.quantity, x, p, "quantity", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  if (o.expectedSupplyDuration !== void 0) {
    if (!vrt.one(o.expectedSupplyDuration, x, p, "expectedSupplyDuration", d, 0, checkDuration) && x.c === null)
      return false;
  }
  if (o.performer !== void 0) {
    if (!vrt.one(o.performer, x, p, "performer", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.performer, false, x, p, "performer", vrt.checkReferenceTarget, TARGETS_11) && x.c === null)
      return false;
  }
  return true;
}
function checkMedicationRequestSubstitution(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationRequest.substitution");
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
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidBoolean(o.allowed) && o._allowed === void 0)) {
    if (!vrt.prim(o.allowed, o._allowed, x, p, "allowed", d, 1, vrt.isValidBoolean, "boolean", OWNER_3) && x.c === null)
      return false;
  }
  if (o.reason !== void 0) {
    if (!vrt.one(o.reason, x, p, "reason", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  return true;
}
function validateMedicationRequest(value, options) {
  return vrt.validateWith(value, "MedicationRequest", checkMedicationRequest, true, options, REGISTRY_0);
}
function isMedicationRequest(value, options) {
  return vrt.testWith(value, checkMedicationRequest, true, options, REGISTRY_0);
}
function buildMedicationRequest(input) {
  return fillAndCheck(
    input,
    { resourceType: "MedicationRequest" },
    isMedicationRequest,
    validateMedicationRequest,
    "MedicationRequest"
  );
}
export {
  buildMedicationRequest,
  checkMedicationRequest,
  checkMedicationRequestDispenseRequest,
  checkMedicationRequestRequester,
  checkMedicationRequestSubstitution,
  isMedicationRequest,
  validateMedicationRequest
};
