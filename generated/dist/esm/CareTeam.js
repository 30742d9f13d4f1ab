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
  "_name",
  "_status",
  "category",
  "contained",
  "context",
  "extension",
  "id",
  "identifier",
  "implicitRules",
  "language",
  "managingOrganization",
  "meta",
  "modifierExtension",
  "name",
  "note",
  "participant",
  "period",
  "reasonCode",
  "reasonReference",
  "resourceType",
  "status",
  "subject",
  "text"
]);
const OWNER_0 = { paths: ["CareTeam"], type: "CareTeam", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes126,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/care-team-status"
};
const TARGETS_0 = /* @__PURE__ */ new Set(["Group", "Patient"]);
const TARGETS_1 = /* @__PURE__ */ new Set(["Encounter", "EpisodeOfCare"]);
const TARGETS_2 = /* @__PURE__ */ new Set(["Condition"]);
const TARGETS_3 = /* @__PURE__ */ new Set(["Organization"]);
const KEYS_1 = /* @__PURE__ */ new Set([
  "extension",
  "id",
  "member",
  "modifierExtension",
  "onBehalfOf",
  "period",
  "role"
]);
const OWNER_1 = { paths: ["CareTeam.participant"], type: "BackboneElement", exact: true };
const TARGETS_4 = /* @__PURE__ */ new Set([
  "CareTeam",
  "Organization",
  "Patient",
  "Practitioner",
  "RelatedPerson"
]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    { url: "http://hl7.org/fhir/StructureDefinition/CareTeam", check: checkCareTeam, type: "CareTeam", base: true }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkCareTeam(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CareTeam");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "CareTeam") && x.c === null) return false;
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
  if (o.status !== void 0 || o._status !== void 0) {
    if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
      if (!vrt.prim(o.status, o._status, x, p, "status", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (o.category !== void 0) {
    if (!vrt.many(o.category, x, p, "category", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.name !== void 0 || o._name !== void 0) {
    if (!(vrt.isValidString(o.name) && o._name === void 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.subject !== void 0) {
    if (!vrt.one(o.subject, x, p, "subject", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (o.context !== void 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.context, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.period !== void 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.participant !== void 0) {
    if (!vrt.many(o.participant, x, p, "participant", d, 0, -1, checkCareTeamParticipant) && x.c === null) return false;
  }
  if (o.reasonCode !== void 0) {
    if (!vrt.many(o.reasonCode, x, p, "reasonCode", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.reasonReference !== void 0) {
    if (!vrt.many(o.reasonReference, x, p, "reasonReference", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.reasonReference, true, x, p, "reasonReference", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (o.managingOrganization !== void 0) {
    if (!vrt.many(o.managingOrganization, x, p, "managingOrganization", d, 0, -1, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.managingOrganization, true, x, p, "managingOrganization", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
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
function checkCareTeamParticipant(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CareTeam.participant");
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
  if (o.member !== void 0) {
    if (!vrt.one(o.member, x, p, "member", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.member, false, x, p, "member", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if (o.onBehalfOf !== void 0) {
    if (!vrt.one(o.onBehalfOf, x, p, "onBehalfOf", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.onBehalfOf, false, x, p, "onBehalfOf", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (o.period !== void 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  return true;
}
function validateCareTeam(value, options) {
  return vrt.validateWith(value, "CareTeam", checkCareTeam, true, options, REGISTRY_0);
}
function isCareTeam(value, options) {
  return vrt.testWith(value, checkCareTeam, true, options, REGISTRY_0);
}
function buildCareTeam(input) {
  return fillAndCheck(input, { resourceType: "CareTeam" }, isCareTeam, validateCareTeam, "CareTeam");
}
export {
  buildCareTeam,
  checkCareTeam,
  checkCareTeamParticipant,
  isCareTeam,
  validateCareTeam
};
