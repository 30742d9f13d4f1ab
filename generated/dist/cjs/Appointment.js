var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var Appointment_exports = {};
__export(Appointment_exports, {
  buildAppointment: () => buildAppointment,
  checkAppointment: () => checkAppointment,
  checkAppointmentParticipant: () => checkAppointmentParticipant,
  isAppointment: () => isAppointment,
  validateAppointment: () => validateAppointment
});
module.exports = __toCommonJS(Appointment_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const KEYS_0 = /* @__PURE__ */ new Set([
  "_comment",
  "_created",
  "_description",
  "_end",
  "_id",
  "_implicitRules",
  "_language",
  "_minutesDuration",
  "_priority",
  "_start",
  "_status",
  "appointmentType",
  "comment",
  "contained",
  "created",
  "description",
  "end",
  "extension",
  "id",
  "identifier",
  "implicitRules",
  "incomingReferral",
  "indication",
  "language",
  "meta",
  "minutesDuration",
  "modifierExtension",
  "participant",
  "priority",
  "reason",
  "requestedPeriod",
  "resourceType",
  "serviceCategory",
  "serviceType",
  "slot",
  "specialty",
  "start",
  "status",
  "supportingInformation",
  "text"
]);
const OWNER_0 = { paths: ["Appointment"], type: "Appointment", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes19,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/appointmentstatus"
};
const BINDING_2 = {
  has: vcodes.inCodes20,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/c80-practice-codes"
};
const BINDING_3 = {
  has: vcodes.inCodes21,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/v2-0276"
};
const TARGETS_0 = /* @__PURE__ */ new Set(["Condition", "Procedure"]);
const TARGETS_1 = /* @__PURE__ */ new Set(["Slot"]);
const TARGETS_2 = /* @__PURE__ */ new Set(["ReferralRequest"]);
const INVARIANT_0 = vrt.invariant({
  key: "app-3",
  path: "Appointment",
  expression: "(start.exists() and end.exists()) or (status in ('proposed' | 'cancelled'))",
  severity: "error",
  human: "Only proposed or cancelled appointments can be missing start/end dates"
});
const INVARIANT_1 = vrt.invariant({
  key: "app-2",
  path: "Appointment",
  expression: "start.empty() xor end.exists()",
  severity: "error",
  human: "Either start and end are specified, or neither"
});
const FHIRPATH_0 = (n) => vrt.fpXor(vrt.fpEmpty(vrt.fpChildOf(n, "start", "_start")), vrt.fpExists(vrt.fpChildOf(n, "end", "_end")));
const TRANSLATED_0 = { inv: INVARIANT_1, fn: FHIRPATH_0 };
const KEYS_1 = /* @__PURE__ */ new Set([
  "_required",
  "_status",
  "actor",
  "extension",
  "id",
  "modifierExtension",
  "required",
  "status",
  "type"
]);
const OWNER_1 = { paths: ["Appointment.participant"], type: "BackboneElement", exact: true };
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/encounter-participant-type",
  reason: "a filter on http://hl7.org/fhir/v3/ParticipationType needs a terminology server"
};
const TARGETS_3 = /* @__PURE__ */ new Set([
  "Device",
  "HealthcareService",
  "Location",
  "Patient",
  "Practitioner",
  "RelatedPerson"
]);
const BINDING_4 = {
  has: vcodes.inCodes22,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/participantrequired"
};
const BINDING_5 = {
  has: vcodes.inCodes23,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/participationstatus"
};
const INVARIANT_2 = vrt.invariant({
  key: "app-1",
  path: "Appointment.participant",
  expression: "type.exists() or actor.exists()",
  severity: "error",
  human: "Either the type or actor on the participant SHALL be specified"
});
const FHIRPATH_1 = (n) => vrt.fpOr(vrt.fpExists(vrt.fpChildOf(n, "type", "_type")), vrt.fpExists(vrt.fpChildOf(n, "actor", "_actor")));
const TRANSLATED_1 = { inv: INVARIANT_2, fn: FHIRPATH_1 };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/Appointment",
      check: checkAppointment,
      type: "Appointment",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkAppointment(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Appointment");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Appointment") && x.c === null) return false;
  if (!vrt.checkKeys(o, KEYS_0, x, p, false) && x.c === null) return false;
  if (o.id !== void 0 || o._id !== void 0) {
    if (!(vrt.isValidId(o.id) && o._id === void 0)) {
      if (!vrt.prim(o.id, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if (o.meta !== void 0) {
    if (!vrt.one(o.meta, x, p, "meta", d, 0, import_Meta.checkMeta) && x.c === null) return false;
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
    if (!vrt.one(o.text, x, p, "text", d, 0, import_Narrative.checkNarrative) && x.c === null) return false;
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
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  if (o.serviceCategory !== void 0) {
    if (!vrt.one(o.serviceCategory, x, p, "serviceCategory", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.serviceType !== void 0) {
    if (!vrt.many(o.serviceType, x, p, "serviceType", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.specialty !== void 0) {
    if (!vrt.many(o.specialty, x, p, "specialty", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.specialty, true, x, p, "specialty", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (o.appointmentType !== void 0) {
    if (!vrt.one(o.appointmentType, x, p, "appointmentType", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.appointmentType, false, x, p, "appointmentType", vrt.checkConcept, BINDING_3) && x.c === null)
      return false;
  }
  if (o.reason !== void 0) {
    if (!vrt.many(o.reason, x, p, "reason", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (o.indication !== void 0) {
    if (!vrt.many(o.indication, x, p, "indication", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.indication, true, x, p, "indication", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (o.priority !== void 0 || o._priority !== void 0) {
    if (!(vrt.isValidUnsignedInt(o.priority) && o._priority === void 0)) {
      if (!vrt.prim(o.priority, o._priority, x, p, "priority", d, 0, vrt.isValidUnsignedInt, "unsignedInt", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidString(o.description) && o._description === void 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.supportingInformation !== void 0) {
    if (!vrt.many(o.supportingInformation, x, p, "supportingInformation", d, 0, -1, import_Reference.checkReference) && x.c === null)
      return false;
  }
  if (o.start !== void 0 || o._start !== void 0) {
    if (!(vrt.isValidInstant(o.start) && o._start === void 0)) {
      if (!vrt.prim(o.start, o._start, x, p, "start", d, 0, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.end !== void 0 || o._end !== void 0) {
    if (!(vrt.isValidInstant(o.end) && o._end === void 0)) {
      if (!vrt.prim(o.end, o._end, x, p, "end", d, 0, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.minutesDuration !== void 0 || o._minutesDuration !== void 0) {
    if (!(vrt.isValidPositiveInt(o.minutesDuration) && o._minutesDuration === void 0)) {
      if (!vrt.prim(
        o.minutesDuration,
        o._minutesDuration,
        x,
        p,
        "minutesDuration",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.slot !== void 0) {
    if (!vrt.many(o.slot, x, p, "slot", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.slot, true, x, p, "slot", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if (o.created !== void 0 || o._created !== void 0) {
    if (!(vrt.isValidDateTime(o.created) && o._created === void 0)) {
      if (!vrt.prim(o.created, o._created, x, p, "created", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.comment !== void 0 || o._comment !== void 0) {
    if (!(vrt.isValidString(o.comment) && o._comment === void 0)) {
      if (!vrt.prim(o.comment, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.incomingReferral !== void 0) {
    if (!vrt.many(o.incomingReferral, x, p, "incomingReferral", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.incomingReferral, true, x, p, "incomingReferral", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (!vrt.many(o.participant, x, p, "participant", d, 1, -1, checkAppointmentParticipant) && x.c === null)
    return false;
  if (o.requestedPeriod !== void 0) {
    if (!vrt.many(o.requestedPeriod, x, p, "requestedPeriod", d, 0, -1, import_Period.checkPeriod) && x.c === null) return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_0) && x.c === null) return false;
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  return true;
}
function checkAppointmentParticipant(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Appointment.participant");
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
  if (o.type !== void 0) {
    if (!vrt.many(o.type, x, p, "type", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, true, x, p, "type", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null) return false;
  }
  if (o.actor !== void 0) {
    if (!vrt.one(o.actor, x, p, "actor", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.actor, false, x, p, "actor", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  if (o.required !== void 0 || o._required !== void 0) {
    if (!(vrt.isValidCode(o.required) && o._required === void 0)) {
      if (!vrt.prim(o.required, o._required, x, p, "required", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.required, false, x, p, "required", vrt.checkCode, BINDING_4) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_5) && x.c === null) return false;
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_1) && x.c === null) return false;
  return true;
}
function validateAppointment(value, options) {
  return vrt.validateWith(value, "Appointment", checkAppointment, true, options, REGISTRY_0);
}
function isAppointment(value, options) {
  return vrt.testWith(value, checkAppointment, true, options, REGISTRY_0);
}
function buildAppointment(input) {
  return (0, import_fill.fillAndCheck)(input, { resourceType: "Appointment" }, isAppointment, validateAppointment, "Appointment");
}
