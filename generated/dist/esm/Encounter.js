import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkCoding } from "./Coding.js";
import { checkDuration } from "./Duration.js";
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
  "_status",
  "account",
  "appointment",
  "class",
  "classHistory",
  "contained",
  "diagnosis",
  "episodeOfCare",
  "extension",
  "hospitalization",
  "id",
  "identifier",
  "implicitRules",
  "incomingReferral",
  "language",
  "length",
  "location",
  "meta",
  "modifierExtension",
  "partOf",
  "participant",
  "period",
  "priority",
  "reason",
  "resourceType",
  "serviceProvider",
  "status",
  "statusHistory",
  "subject",
  "text",
  "type"
]);
const OWNER_0 = { paths: ["Encounter"], type: "Encounter", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes70,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/encounter-status"
};
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/v3-ActEncounterCode",
  reason: "a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server"
};
const TARGETS_0 = /* @__PURE__ */ new Set(["Group", "Patient"]);
const TARGETS_1 = /* @__PURE__ */ new Set(["EpisodeOfCare"]);
const TARGETS_2 = /* @__PURE__ */ new Set(["ReferralRequest"]);
const TARGETS_3 = /* @__PURE__ */ new Set(["Appointment"]);
const TARGETS_4 = /* @__PURE__ */ new Set(["Account"]);
const TARGETS_5 = /* @__PURE__ */ new Set(["Organization"]);
const TARGETS_6 = /* @__PURE__ */ new Set(["Encounter"]);
const KEYS_1 = /* @__PURE__ */ new Set(["_status", "extension", "id", "modifierExtension", "period", "status"]);
const OWNER_1 = { paths: ["Encounter.statusHistory"], type: "BackboneElement", exact: true };
const KEYS_2 = /* @__PURE__ */ new Set(["class", "extension", "id", "modifierExtension", "period"]);
const OWNER_2 = { paths: ["Encounter.classHistory"], type: "BackboneElement", exact: true };
const KEYS_3 = /* @__PURE__ */ new Set(["extension", "id", "individual", "modifierExtension", "period", "type"]);
const OWNER_3 = { paths: ["Encounter.participant"], type: "BackboneElement", exact: true };
const UNCHECKED_1 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/encounter-participant-type",
  reason: "a filter on http://hl7.org/fhir/v3/ParticipationType needs a terminology server"
};
const TARGETS_7 = /* @__PURE__ */ new Set(["Practitioner", "RelatedPerson"]);
const KEYS_4 = /* @__PURE__ */ new Set([
  "_rank",
  "condition",
  "extension",
  "id",
  "modifierExtension",
  "rank",
  "role"
]);
const OWNER_4 = { paths: ["Encounter.diagnosis"], type: "BackboneElement", exact: true };
const TARGETS_8 = /* @__PURE__ */ new Set(["Condition", "Procedure"]);
const BINDING_2 = {
  has: vcodes.inCodes71,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/diagnosis-role"
};
const KEYS_5 = /* @__PURE__ */ new Set([
  "admitSource",
  "destination",
  "dietPreference",
  "dischargeDisposition",
  "extension",
  "id",
  "modifierExtension",
  "origin",
  "preAdmissionIdentifier",
  "reAdmission",
  "specialArrangement",
  "specialCourtesy"
]);
const OWNER_5 = { paths: ["Encounter.hospitalization"], type: "BackboneElement", exact: true };
const TARGETS_9 = /* @__PURE__ */ new Set(["Location"]);
const BINDING_3 = {
  has: vcodes.inCodes180,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/encounter-admit-source"
};
const BINDING_4 = {
  has: vcodes.inCodes74,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/encounter-special-courtesy"
};
const BINDING_5 = {
  has: vcodes.inCodes75,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/encounter-special-arrangements"
};
const KEYS_6 = /* @__PURE__ */ new Set([
  "_status",
  "extension",
  "id",
  "location",
  "modifierExtension",
  "period",
  "status"
]);
const OWNER_6 = { paths: ["Encounter.location"], type: "BackboneElement", exact: true };
const BINDING_6 = {
  has: vcodes.inCodes76,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/encounter-location-status"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    { url: "http://hl7.org/fhir/StructureDefinition/Encounter", check: checkEncounter, type: "Encounter", base: true }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkEncounter(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Encounter");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Encounter") && x.c === null) return false;
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
  if (o.statusHistory !== void 0) {
    if (!vrt.many(o.statusHistory, x, p, "statusHistory", d, 0, -1, checkEncounterStatusHistory) && x.c === null)
      return false;
  }
  if (o.class !== void 0) {
    if (!vrt.one(o.class, x, p, "class", d, 0, checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(o.class, false, x, p, "class", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null) return false;
  }
  if (o.classHistory !== void 0) {
    if (!vrt.many(o.classHistory, x, p, "classHistory", d, 0, -1, checkEncounterClassHistory) && x.c === null)
      return false;
  }
  if (o.type !== void 0) {
    if (!vrt.many(o.type, x, p, "type", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.priority !== void 0) {
    if (!vrt.one(o.priority, x, p, "priority", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.subject !== void 0) {
    if (!vrt.one(o.subject, x, p, "subject", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (o.episodeOfCare !== void 0) {
    if (!vrt.many(o.episodeOfCare, x, p, "episodeOfCare", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.episodeOfCare, true, x, p, "episodeOfCare", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.incomingReferral !== void 0) {
    if (!vrt.many(o.incomingReferral, x, p, "incomingReferral", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.incomingReferral, true, x, p, "incomingReferral", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (o.participant !== void 0) {
    if (!vrt.many(o.participant, x, p, "participant", d, 0, -1, checkEncounterParticipant) && x.c === null)
      return false;
  }
  if (o.appointment !== void 0) {
    if (!vrt.one(o.appointment, x, p, "appointment", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.appointment, false, x, p, "appointment", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (o.period !== void 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.length !== void 0) {
    if (!vrt.one(o.length, x, p, "length", d, 0, checkDuration) && x.c === null) return false;
  }
  if (o.reason !== void 0) {
    if (!vrt.many(o.reason, x, p, "reason", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.diagnosis !== void 0) {
    if (!vrt.many(o.diagnosis, x, p, "diagnosis", d, 0, -1, checkEncounterDiagnosis) && x.c === null) return false;
  }
  if (o.account !== void 0) {
    if (!vrt.many(o.account, x, p, "account", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.account, true, x, p, "account", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if (o.hospitalization !== void 0) {
    if (!vrt.one(o.hospitalization, x, p, "hospitalization", d, 0, checkEncounterHospitalization) && x.c === null)
      return false;
  }
  if (o.location !== void 0) {
    if (!vrt.many(o.location, x, p, "location", d, 0, -1, checkEncounterLocation) && x.c === null) return false;
  }
  if (o.serviceProvider !== void 0) {
    if (!vrt.one(o.serviceProvider, x, p, "serviceProvider", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.serviceProvider, false, x, p, "serviceProvider", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if (o.partOf !== void 0) {
    if (!vrt.one(o.partOf, x, p, "partOf", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.partOf, false, x, p, "partOf", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkEncounterStatusHistory(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Encounter.statusHistory");
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
  if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  if (!vrt.one(o.period, x, p, "period", d, 1, checkPeriod) && x.c === null) return false;
  return true;
}
function checkEncounterClassHistory(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Encounter.classHistory");
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
  if (!vrt.one(o.class, x, p, "class", d, 1, checkCoding) && x.c === null) return false;
  if (!vrt.eachWith(o.class, false, x, p, "class", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null) return false;
  if (!vrt.one(o.period, x, p, "period", d, 1, checkPeriod) && x.c === null) return false;
  return true;
}
function checkEncounterParticipant(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Encounter.participant");
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
  if (o.type !== void 0) {
    if (!vrt.many(o.type, x, p, "type", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, true, x, p, "type", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null) return false;
  }
  if (o.period !== void 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.individual !== void 0) {
    if (!vrt.one(o.individual, x, p, "individual", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.individual, false, x, p, "individual", vrt.checkReferenceTarget, TARGETS_7) && x.c === null)
      return false;
  }
  return true;
}
function checkEncounterDiagnosis(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Encounter.diagnosis");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_4, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null)
      return false;
  }
  if (!vrt.one(o.condition, x, p, "condition", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.condition, false, x, p, "condition", vrt.checkReferenceTarget, TARGETS_8) && x.c === null)
    return false;
  if (o.role !== void 0) {
    if (!vrt.one(o.role, x, p, "role", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.role, false, x, p, "role", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (o.rank !== void 0 || o._rank !== void 0) {
    if (!(vrt.isValidPositiveInt(o.rank) && o._rank === void 0)) {
      if (!vrt.prim(o.rank, o._rank, x, p, "rank", d, 0, vrt.isValidPositiveInt, "positiveInt", OWNER_4) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkEncounterHospitalization(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Encounter.hospitalization");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_5, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_5, true) && x.c === null)
      return false;
  }
  if (o.preAdmissionIdentifier !== void 0) {
    if (!vrt.one(o.preAdmissionIdentifier, x, p, "preAdmissionIdentifier", d, 0, checkIdentifier) && x.c === null)
      return false;
  }
  if (o.origin !== void 0) {
    if (!vrt.one(o.origin, x, p, "origin", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.origin, false, x, p, "origin", vrt.checkReferenceTarget, TARGETS_9) && x.c === null)
      return false;
  }
  if (o.admitSource !== void 0) {
    if (!vrt.one(o.admitSource, x, p, "admitSource", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.admitSource, false, x, p, "admitSource", vrt.checkConcept, BINDING_3) && x.c === null)
      return false;
  }
  if (o.reAdmission !== void 0) {
    if (!vrt.one(o.reAdmission, x, p, "reAdmission", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.dietPreference !== void 0) {
    if (!vrt.many(o.dietPreference, x, p, "dietPreference", d, 0, -1, checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.specialCourtesy !== void 0) {
    if (!vrt.many(o.specialCourtesy, x, p, "specialCourtesy", d, 0, -1, checkCodeableConcept) && x.c === null)
      return false;
    if (!vrt.eachWith(o.specialCourtesy, true, x, p, "specialCourtesy", vrt.checkConcept, BINDING_4) && x.c === null)
      return false;
  }
  if (o.specialArrangement !== void 0) {
    if (!vrt.many(o.specialArrangement, x, p, "specialArrangement", d, 0, -1, checkCodeableConcept) && x.c === null)
      return false;
    if (!vrt.eachWith(o.specialArrangement, true, x, p, "specialArrangement", vrt.checkConcept, BINDING_5) && x.c === null)
      return false;
  }
  if (o.destination !== void 0) {
    if (!vrt.one(o.destination, x, p, "destination", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.destination, false, x, p, "destination", vrt.checkReferenceTarget, TARGETS_9) && x.c === null)
      return false;
  }
  if (o.dischargeDisposition !== void 0) {
    if (!vrt.one(o.dischargeDisposition, x, p, "dischargeDisposition", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  return true;
}
function checkEncounterLocation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Encounter.location");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_6, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_6, true) && x.c === null)
      return false;
  }
  if (!vrt.one(o.location, x, p, "location", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.location, false, x, p, "location", vrt.checkReferenceTarget, TARGETS_9) && x.c === null)
    return false;
  if (o.status !== void 0 || o._status !== void 0) {
    if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
      if (!vrt.prim(o.status, o._status, x, p, "status", d, 0, vrt.isValidCode, "code", OWNER_6) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_6) && x.c === null) return false;
  }
  if (o.period !== void 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  return true;
}
function validateEncounter(value, options) {
  return vrt.validateWith(value, "Encounter", checkEncounter, true, options, REGISTRY_0);
}
function isEncounter(value, options) {
  return vrt.testWith(value, checkEncounter, true, options, REGISTRY_0);
}
function buildEncounter(input) {
  return fillAndCheck(input, { resourceType: "Encounter" }, isEncounter, validateEncounter, "Encounter");
}
export {
  buildEncounter,
  checkEncounter,
  checkEncounterClassHistory,
  checkEncounterDiagnosis,
  checkEncounterHospitalization,
  checkEncounterLocation,
  checkEncounterParticipant,
  checkEncounterStatusHistory,
  isEncounter,
  validateEncounter
};
