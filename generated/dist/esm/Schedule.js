import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vdispatch from "./validators/dispatch.js";
import * as vcodes from "./validators/codes.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_active",
  "_comment",
  "_id",
  "_implicitRules",
  "_language",
  "active",
  "actor",
  "comment",
  "contained",
  "extension",
  "id",
  "identifier",
  "implicitRules",
  "language",
  "meta",
  "modifierExtension",
  "planningHorizon",
  "resourceType",
  "serviceCategory",
  "serviceType",
  "specialty",
  "text"
]);
const OWNER_0 = { paths: ["Schedule"], type: "Schedule", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes20,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/c80-practice-codes"
};
const TARGETS_0 = /* @__PURE__ */ new Set([
  "Device",
  "HealthcareService",
  "Location",
  "Patient",
  "Practitioner",
  "PractitionerRole",
  "RelatedPerson"
]);
function checkSchedule(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Schedule");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Schedule") && x.c === null) return false;
  if (!vrt.checkKeys(o, KEYS_0, x, p, false) && x.c === null) return false;
  if (!vrt.prim(o.id, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
  if (!vrt.one(o.meta, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
  if (!vrt.prim(o.implicitRules, o._implicitRules, x, p, "implicitRules", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
    return false;
  if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
    return false;
  if (!vrt.eachWith(o.language, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
  if (!vrt.one(o.text, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
  if (!vrt.many(o.contained, x, p, "contained", d, 0, -1, vrt.checkContainedResource) && x.c === null) return false;
  if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
    return false;
  if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  if (!vrt.prim(o.active, o._active, x, p, "active", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
    return false;
  if (!vrt.one(o.serviceCategory, x, p, "serviceCategory", d, 0, checkCodeableConcept) && x.c === null) return false;
  if (!vrt.many(o.serviceType, x, p, "serviceType", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  if (!vrt.many(o.specialty, x, p, "specialty", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  if (!vrt.eachWith(o.specialty, true, x, p, "specialty", vrt.checkConcept, BINDING_1) && x.c === null) return false;
  if (!vrt.many(o.actor, x, p, "actor", d, 1, -1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.actor, true, x, p, "actor", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  if (!vrt.one(o.planningHorizon, x, p, "planningHorizon", d, 0, checkPeriod) && x.c === null) return false;
  if (!vrt.prim(o.comment, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
    return false;
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function validateSchedule(value) {
  return vrt.runCheck(value, "Schedule", checkSchedule, true, vdispatch.registry);
}
function isSchedule(value) {
  return vrt.testCheck(value, checkSchedule, true, vdispatch.registry);
}
function buildSchedule(input) {
  return fillAndCheck(input, { resourceType: "Schedule" }, isSchedule, validateSchedule, "Schedule");
}
export {
  buildSchedule,
  checkSchedule,
  isSchedule,
  validateSchedule
};
