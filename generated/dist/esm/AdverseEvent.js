import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_category",
  "_date",
  "_description",
  "_id",
  "_implicitRules",
  "_language",
  "category",
  "contained",
  "date",
  "description",
  "eventParticipant",
  "extension",
  "id",
  "identifier",
  "implicitRules",
  "language",
  "location",
  "meta",
  "modifierExtension",
  "outcome",
  "reaction",
  "recorder",
  "referenceDocument",
  "resourceType",
  "seriousness",
  "study",
  "subject",
  "subjectMedicalHistory",
  "suspectEntity",
  "text",
  "type"
]);
const OWNER_0 = { paths: ["AdverseEvent"], type: "AdverseEvent", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes9,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/adverse-event-category"
};
const TARGETS_0 = /* @__PURE__ */ new Set(["Device", "Medication", "Patient", "ResearchSubject"]);
const TARGETS_1 = /* @__PURE__ */ new Set(["Condition"]);
const TARGETS_2 = /* @__PURE__ */ new Set(["Location"]);
const BINDING_2 = {
  has: vcodes.inCodes10,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/adverse-event-outcome"
};
const TARGETS_3 = /* @__PURE__ */ new Set(["Patient", "Practitioner", "RelatedPerson"]);
const TARGETS_4 = /* @__PURE__ */ new Set(["Device", "Practitioner"]);
const TARGETS_5 = /* @__PURE__ */ new Set([
  "AllergyIntolerance",
  "Condition",
  "FamilyMemberHistory",
  "Immunization",
  "Observation",
  "Procedure"
]);
const TARGETS_6 = /* @__PURE__ */ new Set(["DocumentReference"]);
const TARGETS_7 = /* @__PURE__ */ new Set(["ResearchStudy"]);
const KEYS_1 = /* @__PURE__ */ new Set([
  "_causality",
  "_causalityProductRelatedness",
  "causality",
  "causalityAssessment",
  "causalityAuthor",
  "causalityMethod",
  "causalityProductRelatedness",
  "causalityResult",
  "extension",
  "id",
  "instance",
  "modifierExtension"
]);
const OWNER_1 = { paths: ["AdverseEvent.suspectEntity"], type: "BackboneElement", exact: true };
const TARGETS_8 = /* @__PURE__ */ new Set([
  "Device",
  "Medication",
  "MedicationAdministration",
  "MedicationStatement",
  "Substance"
]);
const BINDING_3 = {
  has: vcodes.inCodes11,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/adverse-event-causality"
};
const TARGETS_9 = /* @__PURE__ */ new Set(["Practitioner", "PractitionerRole"]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/AdverseEvent",
      check: checkAdverseEvent,
      type: "AdverseEvent",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkAdverseEvent(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AdverseEvent");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "AdverseEvent") && x.c === null) return false;
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
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if (o.category !== void 0 || o._category !== void 0) {
    if (!(vrt.isValidCode(o.category) && o._category === void 0)) {
      if (!vrt.prim(o.category, o._category, x, p, "category", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.category, false, x, p, "category", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (o.type !== void 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.subject !== void 0) {
    if (!vrt.one(o.subject, x, p, "subject", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (o.date !== void 0 || o._date !== void 0) {
    if (!(vrt.isValidDateTime(o.date) && o._date === void 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.reaction !== void 0) {
    if (!vrt.many(o.reaction, x, p, "reaction", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.reaction, true, x, p, "reaction", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.location !== void 0) {
    if (!vrt.one(o.location, x, p, "location", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.location, false, x, p, "location", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (o.seriousness !== void 0) {
    if (!vrt.one(o.seriousness, x, p, "seriousness", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.outcome !== void 0) {
    if (!vrt.one(o.outcome, x, p, "outcome", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.outcome, false, x, p, "outcome", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (o.recorder !== void 0) {
    if (!vrt.one(o.recorder, x, p, "recorder", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.recorder, false, x, p, "recorder", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (o.eventParticipant !== void 0) {
    if (!vrt.one(o.eventParticipant, x, p, "eventParticipant", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.eventParticipant, false, x, p, "eventParticipant", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidString(o.description) && o._description === void 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.suspectEntity !== void 0) {
    if (!vrt.many(o.suspectEntity, x, p, "suspectEntity", d, 0, -1, checkAdverseEventSuspectEntity) && x.c === null)
      return false;
  }
  if (o.subjectMedicalHistory !== void 0) {
    if (!vrt.many(o.subjectMedicalHistory, x, p, "subjectMedicalHistory", d, 0, -1, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.subjectMedicalHistory,
      true,
      x,
      p,
      "subjectMedicalHistory",
      vrt.checkReferenceTarget,
      TARGETS_5
    ) && x.c === null)
      return false;
  }
  if (o.referenceDocument !== void 0) {
    if (!vrt.many(o.referenceDocument, x, p, "referenceDocument", d, 0, -1, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.referenceDocument, true, x, p, "referenceDocument", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  if (o.study !== void 0) {
    if (!vrt.many(o.study, x, p, "study", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.study, true, x, p, "study", vrt.checkReferenceTarget, TARGETS_7) && x.c === null) return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkAdverseEventSuspectEntity(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AdverseEvent.suspectEntity");
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
  if (!vrt.one(o.instance, x, p, "instance", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.instance, false, x, p, "instance", vrt.checkReferenceTarget, TARGETS_8) && x.c === null)
    return false;
  if (o.causality !== void 0 || o._causality !== void 0) {
    if (!(vrt.isValidCode(o.causality) && o._causality === void 0)) {
      if (!vrt.prim(o.causality, o._causality, x, p, "causality", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.causality, false, x, p, "causality", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if (o.causalityAssessment !== void 0) {
    if (!vrt.one(o.causalityAssessment, x, p, "causalityAssessment", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.causalityProductRelatedness !== void 0 || o._causalityProductRelatedness !== void 0) {
    if (!(vrt.isValidString(o.causalityProductRelatedness) && o._causalityProductRelatedness === void 0)) {
      if (!vrt.prim(
        o.causalityProductRelatedness,
        o._causalityProductRelatedness,
        x,
        p,
        "causalityProductRelatedness",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  if (o.causalityMethod !== void 0) {
    if (!vrt.one(o.causalityMethod, x, p, "causalityMethod", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.causalityAuthor !== void 0) {
    if (!vrt.one(o.causalityAuthor, x, p, "causalityAuthor", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.causalityAuthor, false, x, p, "causalityAuthor", vrt.checkReferenceTarget, TARGETS_9) && x.c === null)
      return false;
  }
  if (o.causalityResult !== void 0) {
    if (!vrt.one(o.causalityResult, x, p, "causalityResult", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  return true;
}
function validateAdverseEvent(value, options) {
  return vrt.validateWith(value, "AdverseEvent", checkAdverseEvent, true, options, REGISTRY_0);
}
function isAdverseEvent(value, options) {
  return vrt.testWith(value, checkAdverseEvent, true, options, REGISTRY_0);
}
function buildAdverseEvent(input) {
  return fillAndCheck(
    input,
    { resourceType: "AdverseEvent", system: { outcome: "http://hl7.org/fhir/adverse-event-outcome" } },
    isAdverseEvent,
    validateAdverseEvent,
    "AdverseEvent"
  );
}
export {
  buildAdverseEvent,
  checkAdverseEvent,
  checkAdverseEventSuspectEntity,
  isAdverseEvent,
  validateAdverseEvent
};
