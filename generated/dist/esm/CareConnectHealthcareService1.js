import { checkAttachment } from "./Attachment.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkContactPoint } from "./ContactPoint.js";
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
  "_active",
  "_appointmentRequired",
  "_availabilityExceptions",
  "_comment",
  "_eligibilityNote",
  "_extraDetails",
  "_id",
  "_implicitRules",
  "_language",
  "_name",
  "_programName",
  "active",
  "appointmentRequired",
  "availabilityExceptions",
  "availableTime",
  "category",
  "characteristic",
  "comment",
  "contained",
  "coverageArea",
  "eligibility",
  "eligibilityNote",
  "endpoint",
  "extension",
  "extraDetails",
  "id",
  "identifier",
  "implicitRules",
  "language",
  "location",
  "meta",
  "modifierExtension",
  "name",
  "notAvailable",
  "photo",
  "programName",
  "providedBy",
  "referralMethod",
  "resourceType",
  "serviceProvisionCode",
  "specialty",
  "telecom",
  "text",
  "type"
]);
const OWNER_0 = { paths: ["HealthcareService"], type: "HealthcareService", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = /* @__PURE__ */ new Set(["Organization"]);
const BINDING_1 = {
  has: vcodes.inCodes20,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/c80-practice-codes"
};
const TARGETS_1 = /* @__PURE__ */ new Set(["Location"]);
const TARGETS_2 = /* @__PURE__ */ new Set(["Endpoint"]);
const KEYS_1 = /* @__PURE__ */ new Set([
  "_allDay",
  "_availableEndTime",
  "_availableStartTime",
  "_daysOfWeek",
  "allDay",
  "availableEndTime",
  "availableStartTime",
  "daysOfWeek",
  "extension",
  "id",
  "modifierExtension"
]);
const OWNER_1 = {
  paths: ["HealthcareService.availableTime"],
  type: "BackboneElement",
  exact: true
};
const BINDING_2 = {
  has: vcodes.inCodes100,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/days-of-week"
};
const KEYS_2 = /* @__PURE__ */ new Set([
  "_description",
  "description",
  "during",
  "extension",
  "id",
  "modifierExtension"
]);
const OWNER_2 = { paths: ["HealthcareService.notAvailable"], type: "BackboneElement", exact: true };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-HealthcareService-1",
      check: checkCareConnectHealthcareService1,
      type: "HealthcareService",
      base: false
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkCareConnectHealthcareService1(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "HealthcareService");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "HealthcareService") && x.c === null) return false;
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
  if (!vrt.many(o.identifier, x, p, "identifier", d, 1, 1, checkIdentifier) && x.c === null) return false;
  if (o.active !== void 0 || o._active !== void 0) {
    if (!(vrt.isValidBoolean(o.active) && o._active === void 0)) {
      if (!vrt.prim(o.active, o._active, x, p, "active", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.providedBy !== void 0) {
    if (!vrt.one(o.providedBy, x, p, "providedBy", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.providedBy, false, x, p, "providedBy", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (o.category !== void 0) {
    if (!vrt.one(o.category, x, p, "category", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.type !== void 0) {
    if (!vrt.many(o.type, x, p, "type", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.specialty !== void 0) {
    if (!vrt.many(o.specialty, x, p, "specialty", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.specialty, true, x, p, "specialty", vrt.checkConcept, BINDING_1) && x.c === null) return false;
  }
  if (o.location !== void 0) {
    if (!vrt.many(o.location, x, p, "location", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.location, true, x, p, "location", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.name !== void 0 || o._name !== void 0) {
    if (!(vrt.isValidString(o.name) && o._name === void 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.comment !== void 0 || o._comment !== void 0) {
    if (!(vrt.isValidString(o.comment) && o._comment === void 0)) {
      if (!vrt.prim(o.comment, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.extraDetails !== void 0 || o._extraDetails !== void 0) {
    if (!(vrt.isValidString(o.extraDetails) && o._extraDetails === void 0)) {
      if (!vrt.prim(o.extraDetails, o._extraDetails, x, p, "extraDetails", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.photo !== void 0) {
    if (!vrt.one(o.photo, x, p, "photo", d, 0, checkAttachment) && x.c === null) return false;
  }
  if (o.telecom !== void 0) {
    if (!vrt.many(o.telecom, x, p, "telecom", d, 0, -1, checkContactPoint) && x.c === null) return false;
  }
  if (o.coverageArea !== void 0) {
    if (!vrt.many(o.coverageArea, x, p, "coverageArea", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.coverageArea, true, x, p, "coverageArea", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.serviceProvisionCode !== void 0) {
    if (!vrt.many(o.serviceProvisionCode, x, p, "serviceProvisionCode", d, 0, -1, checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.eligibility !== void 0) {
    if (!vrt.one(o.eligibility, x, p, "eligibility", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.eligibilityNote !== void 0 || o._eligibilityNote !== void 0) {
    if (!(vrt.isValidString(o.eligibilityNote) && o._eligibilityNote === void 0)) {
      if (!vrt.prim(
        o.eligibilityNote,
        o._eligibilityNote,
        x,
        p,
        "eligibilityNote",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.programName !== void 0 || o._programName !== void 0) {
    if (!vrt.prims(o.programName, o._programName, x, p, "programName", d, 0, -1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if (o.characteristic !== void 0) {
    if (!vrt.many(o.characteristic, x, p, "characteristic", d, 0, -1, checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.referralMethod !== void 0) {
    if (!vrt.many(o.referralMethod, x, p, "referralMethod", d, 0, -1, checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.appointmentRequired !== void 0 || o._appointmentRequired !== void 0) {
    if (!(vrt.isValidBoolean(o.appointmentRequired) && o._appointmentRequired === void 0)) {
      if (!vrt.prim(
        o.appointmentRequired,
        o._appointmentRequired,
        x,
        p,
        "appointmentRequired",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.availableTime !== void 0) {
    if (!vrt.many(o.availableTime, x, p, "availableTime", d, 0, -1, _checkHealthcareServiceAvailableTime) && x.c === null)
      return false;
  }
  if (o.notAvailable !== void 0) {
    if (!vrt.many(o.notAvailable, x, p, "notAvailable", d, 0, -1, _checkHealthcareServiceNotAvailable) && x.c === null)
      return false;
  }
  if (o.availabilityExceptions !== void 0 || o._availabilityExceptions !== void 0) {
    if (!(vrt.isValidString(o.availabilityExceptions) && o._availabilityExceptions === void 0)) {
      if (!vrt.prim(
        o.availabilityExceptions,
        o._availabilityExceptions,
        x,
        p,
        "availabilityExceptions",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.endpoint !== void 0) {
    if (!vrt.many(o.endpoint, x, p, "endpoint", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.endpoint, true, x, p, "endpoint", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function _checkHealthcareServiceAvailableTime(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "HealthcareService.availableTime");
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
  if (o.daysOfWeek !== void 0 || o._daysOfWeek !== void 0) {
    if (!vrt.prims(o.daysOfWeek, o._daysOfWeek, x, p, "daysOfWeek", d, 0, -1, vrt.isValidCode, "code", OWNER_1) && x.c === null)
      return false;
    if (!vrt.eachWith(o.daysOfWeek, true, x, p, "daysOfWeek", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if (o.allDay !== void 0 || o._allDay !== void 0) {
    if (!(vrt.isValidBoolean(o.allDay) && o._allDay === void 0)) {
      if (!vrt.prim(o.allDay, o._allDay, x, p, "allDay", d, 0, vrt.isValidBoolean, "boolean", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.availableStartTime !== void 0 || o._availableStartTime !== void 0) {
    if (!(vrt.isValidTime(o.availableStartTime) && o._availableStartTime === void 0)) {
      if (!vrt.prim(
        o.availableStartTime,
        o._availableStartTime,
        x,
        p,
        "availableStartTime",
        d,
        0,
        vrt.isValidTime,
        "time",
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  if (o.availableEndTime !== void 0 || o._availableEndTime !== void 0) {
    if (!(vrt.isValidTime(o.availableEndTime) && o._availableEndTime === void 0)) {
      if (!vrt.prim(
        o.availableEndTime,
        o._availableEndTime,
        x,
        p,
        "availableEndTime",
        d,
        0,
        vrt.isValidTime,
        "time",
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  return true;
}
function _checkHealthcareServiceNotAvailable(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "HealthcareService.notAvailable");
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
  if (!(vrt.isValidString(o.description) && o._description === void 0)) {
    if (!vrt.prim(o.description, o._description, x, p, "description", d, 1, vrt.isValidString, "string", OWNER_2) && x.c === null)
      return false;
  }
  if (o.during !== void 0) {
    if (!vrt.one(o.during, x, p, "during", d, 0, checkPeriod) && x.c === null) return false;
  }
  return true;
}
function validateCareConnectHealthcareService1(value, options) {
  return vrt.validateWith(value, "HealthcareService", checkCareConnectHealthcareService1, true, options, REGISTRY_0);
}
function isCareConnectHealthcareService1(value, options) {
  return vrt.testWith(value, checkCareConnectHealthcareService1, true, options, REGISTRY_0);
}
function buildCareConnectHealthcareService1(input) {
  return fillAndCheck(
    input,
    {
      resourceType: "HealthcareService",
      profile: "https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-HealthcareService-1"
    },
    isCareConnectHealthcareService1,
    validateCareConnectHealthcareService1,
    "CareConnectHealthcareService1"
  );
}
export {
  buildCareConnectHealthcareService1,
  checkCareConnectHealthcareService1,
  isCareConnectHealthcareService1,
  validateCareConnectHealthcareService1
};
