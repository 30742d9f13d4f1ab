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
var GPConnectAppointment1_exports = {};
__export(GPConnectAppointment1_exports, {
  buildGPConnectAppointment1: () => buildGPConnectAppointment1,
  checkGPConnectAppointment1: () => checkGPConnectAppointment1,
  checkGPConnectAppointment1Identifier: () => checkGPConnectAppointment1Identifier,
  checkGPConnectAppointment1Participant: () => checkGPConnectAppointment1Participant,
  checkGPConnectAppointment1Reason: () => checkGPConnectAppointment1Reason,
  checkGPConnectAppointment1ReasonCoding: () => checkGPConnectAppointment1ReasonCoding,
  isGPConnectAppointment1: () => isGPConnectAppointment1,
  validateGPConnectAppointment1: () => validateGPConnectAppointment1
});
module.exports = __toCommonJS(GPConnectAppointment1_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_ExtensionGPConnectAppointmentCancellationReason1 = require("./ExtensionGPConnectAppointmentCancellationReason1.js");
var import_ExtensionGPConnectBookingOrganisation1 = require("./ExtensionGPConnectBookingOrganisation1.js");
var import_ExtensionGPConnectDeliveryChannel2 = require("./ExtensionGPConnectDeliveryChannel2.js");
var import_ExtensionGPConnectPractitionerRole1 = require("./ExtensionGPConnectPractitionerRole1.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["Appointment"], type: "Appointment", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const EXTENSION_0 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_0, false);
const SLICING_0 = {
  rules: "open",
  ordered: false,
  element: "Appointment.extension",
  base: (v, x, q, d) => EXTENSION_0(v, x, q, d),
  slices: [
    {
      name: "appointmentCancellationReason",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-AppointmentCancellationReason-1",
      check: (v, x, q, d) => (0, import_ExtensionGPConnectAppointmentCancellationReason1.checkExtensionGPConnectAppointmentCancellationReason1)(v, x, q, d)
    },
    {
      name: "bookingOrganisation",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-BookingOrganisation-1",
      check: (v, x, q, d) => (0, import_ExtensionGPConnectBookingOrganisation1.checkExtensionGPConnectBookingOrganisation1)(v, x, q, d)
    },
    {
      name: "practitionerRole",
      min: 0,
      max: -1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-PractitionerRole-1",
      check: (v, x, q, d) => (0, import_ExtensionGPConnectPractitionerRole1.checkExtensionGPConnectPractitionerRole1)(v, x, q, d)
    },
    {
      name: "deliveryChannel",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-2",
      check: (v, x, q, d) => (0, import_ExtensionGPConnectDeliveryChannel2.checkExtensionGPConnectDeliveryChannel2)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.url) {
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-AppointmentCancellationReason-1":
        return 0;
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-BookingOrganisation-1":
        return 1;
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-PractitionerRole-1":
        return 2;
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-2":
        return 3;
    }
    return -1;
  }
};
const BINDING_1 = {
  has: vcodes.inCodes19,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/appointmentstatus"
};
const BINDING_2 = {
  has: vcodes.inCodings20,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/c80-practice-codes"
};
const UNCHECKED_0 = {
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/encounter-reason",
  reason: "a filter on http://snomed.info/sct needs a terminology server"
};
const TARGETS_0 = ["Slot"];
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
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpXor3(vrt.fpSizeOfValue(o["_start"], o["start"]) === 0, vrt.fpSizeOfValue(o["_end"], o["end"]) > 0);
};
const TRANSLATED_0 = { inv: INVARIANT_1, fn: FHIRPATH_0 };
const OWNER_1 = {
  paths: ["Appointment.identifier", "Identifier"],
  type: "Identifier",
  exact: true
};
const OWNER_2 = {
  paths: ["Appointment.reason", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const OWNER_3 = { paths: ["Appointment.participant"], type: "BackboneElement", exact: true };
const UNCHECKED_1 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/encounter-participant-type",
  reason: "a filter on http://hl7.org/fhir/v3/ParticipationType needs a terminology server"
};
const TARGETS_1 = [
  "Device",
  "HealthcareService",
  "Location",
  "Patient",
  "Practitioner",
  "RelatedPerson"
];
const BINDING_3 = {
  has: vcodes.inCodes22,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/participantrequired"
};
const BINDING_4 = {
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
const FHIRPATH_1 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(vrt.fpSizeOfValue(o["_type"], o["type"]) > 0, vrt.fpSizeOfValue(o["_actor"], o["actor"]) > 0);
};
const TRANSLATED_1 = { inv: INVARIANT_2, fn: FHIRPATH_1 };
const OWNER_4 = { paths: ["Appointment.reason.coding", "Coding"], type: "Coding", exact: true };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Appointment-1",
      check: checkGPConnectAppointment1,
      type: "Appointment",
      base: false
    }
  ],
  extensions: [
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-AppointmentCancellationReason-1",
      check: import_ExtensionGPConnectAppointmentCancellationReason1.checkExtensionGPConnectAppointmentCancellationReason1,
      contexts: ["Appointment"],
      contextTypes: ["Appointment"]
    },
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-BookingOrganisation-1",
      check: import_ExtensionGPConnectBookingOrganisation1.checkExtensionGPConnectBookingOrganisation1,
      contexts: ["Appointment"],
      contextTypes: ["Appointment"]
    },
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-2",
      check: import_ExtensionGPConnectDeliveryChannel2.checkExtensionGPConnectDeliveryChannel2,
      contexts: ["Slot", "Appointment"],
      contextTypes: ["Appointment", "Slot"]
    },
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-PractitionerRole-1",
      check: import_ExtensionGPConnectPractitionerRole1.checkExtensionGPConnectPractitionerRole1,
      contexts: ["Schedule", "Appointment"],
      contextTypes: ["Appointment", "Schedule"]
    }
  ],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkGPConnectAppointment1(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Appointment");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Appointment") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  for (const k in o) {
    switch (k) {
      case "resourceType":
        break;
      case "id":
        m0 |= 1;
        break;
      case "meta":
        m0 |= 4;
        break;
      case "implicitRules":
        m0 |= 8;
        break;
      case "language":
        m0 |= 32;
        break;
      case "text":
        m0 |= 128;
        break;
      case "contained":
        m0 |= 256;
        break;
      case "extension":
        m0 |= 512;
        break;
      case "modifierExtension":
        m0 |= 1024;
        break;
      case "identifier":
        m0 |= 2048;
        break;
      case "status":
        m0 |= 4096;
        break;
      case "serviceCategory":
        m0 |= 16384;
        break;
      case "serviceType":
        m0 |= 32768;
        break;
      case "specialty":
        m0 |= 65536;
        break;
      case "appointmentType":
        m0 |= 131072;
        break;
      case "reason":
        m0 |= 262144;
        break;
      case "indication":
        m0 |= 524288;
        break;
      case "priority":
        m0 |= 1048576;
        break;
      case "description":
        m0 |= 4194304;
        break;
      case "supportingInformation":
        m0 |= 16777216;
        break;
      case "start":
        m0 |= 33554432;
        break;
      case "end":
        m0 |= 134217728;
        break;
      case "minutesDuration":
        m0 |= 536870912;
        break;
      case "slot":
        m1 |= 1;
        break;
      case "created":
        m1 |= 2;
        break;
      case "comment":
        m1 |= 8;
        break;
      case "incomingReferral":
        m1 |= 32;
        break;
      case "participant":
        m1 |= 64;
        break;
      case "requestedPeriod":
        m1 |= 128;
        break;
      case "_id":
        m0 |= 2;
        break;
      case "_implicitRules":
        m0 |= 16;
        break;
      case "_language":
        m0 |= 64;
        break;
      case "_status":
        m0 |= 8192;
        break;
      case "_priority":
        m0 |= 2097152;
        break;
      case "_description":
        m0 |= 8388608;
        break;
      case "_start":
        m0 |= 67108864;
        break;
      case "_end":
        m0 |= 268435456;
        break;
      case "_minutesDuration":
        m0 |= 1073741824;
        break;
      case "_created":
        m1 |= 4;
        break;
      case "_comment":
        m1 |= 16;
        break;
      default:
        if (!vrt.unknownKey(o, k, x, p) && x.c === null) return false;
    }
  }
  if ((m0 & 3) !== 0) {
    if (!(vrt.isValidId(o.id) && (m0 & 2) === 0)) {
      if (!vrt.prim(o.id, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(o.meta, x, p, "meta", d, 0, import_Meta.checkMeta) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidUri(o.implicitRules) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.implicitRules, o._implicitRules, x, p, "implicitRules", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidCode(o.language) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.language, vcodes.inCodes1)) {
      if (!vrt.eachWith(o.language, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(o.text, x, p, "text", d, 0, import_Narrative.checkNarrative) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(o.contained, x, p, "contained", d, 0, -1, vrt.checkContainedResource) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_0) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkGPConnectAppointment1Identifier) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.status) && (m0 & 8192) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes19)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(o.serviceCategory, x, p, "serviceCategory", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.many(o.serviceType, x, p, "serviceType", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.many(o.specialty, x, p, "specialty", d, 0, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.specialty, true, x, p, "specialty", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.prohibited(o.appointmentType, void 0, x, p, "appointmentType") && x.c === null) return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.many(o.reason, x, p, "reason", d, 0, 1, checkGPConnectAppointment1Reason) && x.c === null) return false;
    if (!vrt.eachWith(o.reason, true, x, p, "reason", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.prohibited(o.indication, void 0, x, p, "indication") && x.c === null) return false;
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidUnsignedInt(o.priority) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(o.priority, o._priority, x, p, "priority", d, 0, vrt.isValidUnsignedInt, "unsignedInt", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(o.description) && (m0 & 8388608) === 0)) {
    if (!vrt.prim(o.description, o._description, x, p, "description", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.prohibited(o.supportingInformation, void 0, x, p, "supportingInformation") && x.c === null)
      return false;
  }
  if (!(vrt.isValidInstant(o.start) && (m0 & 67108864) === 0)) {
    if (!vrt.prim(o.start, o._start, x, p, "start", d, 1, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
      return false;
  }
  if (!(vrt.isValidInstant(o.end) && (m0 & 268435456) === 0)) {
    if (!vrt.prim(o.end, o._end, x, p, "end", d, 1, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidPositiveInt(o.minutesDuration) && (m0 & 1073741824) === 0)) {
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
  if (!vrt.many(o.slot, x, p, "slot", d, 1, -1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.slot, true, x, p, "slot", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  if ((m1 & 6) !== 0) {
    if (!(vrt.isValidDateTime(o.created) && (m1 & 4) === 0)) {
      if (!vrt.prim(o.created, o._created, x, p, "created", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 24) !== 0) {
    if (!(vrt.isValidString(o.comment) && (m1 & 16) === 0)) {
      if (!vrt.prim(o.comment, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.prohibited(o.incomingReferral, void 0, x, p, "incomingReferral") && x.c === null) return false;
  }
  if (!vrt.many(o.participant, x, p, "participant", d, 1, -1, checkGPConnectAppointment1Participant) && x.c === null)
    return false;
  if ((m1 & 128) !== 0) {
    if (!vrt.prohibited(o.requestedPeriod, void 0, x, p, "requestedPeriod") && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  }
  if (!vrt.checkInvariant(o, x, p, INVARIANT_0) && x.c === null) return false;
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  return true;
}
function checkGPConnectAppointment1Identifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Appointment.identifier");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  for (const k in o) {
    switch (k) {
      case "id":
        m0 |= 1;
        break;
      case "extension":
        n++;
        m0 |= 2;
        break;
      case "use":
        n++;
        m0 |= 4;
        break;
      case "type":
        n++;
        m0 |= 16;
        break;
      case "system":
        n++;
        m0 |= 32;
        break;
      case "value":
        n++;
        m0 |= 128;
        break;
      case "period":
        n++;
        m0 |= 512;
        break;
      case "assigner":
        n++;
        m0 |= 1024;
        break;
      case "_use":
        n++;
        m0 |= 8;
        break;
      case "_system":
        n++;
        m0 |= 64;
        break;
      case "_value":
        n++;
        m0 |= 256;
        break;
      default:
        if (!vrt.unknownKey(o, k, x, p) && x.c === null) return false;
    }
  }
  if (n === 0 && !vrt.emptyElement(x, p) && x.c === null) return false;
  if ((m0 & 1) !== 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!vrt.prohibited(o.use, o._use, x, p, "use") && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.prohibited(o.type, void 0, x, p, "type") && x.c === null) return false;
  }
  if (!(vrt.isValidUri(o.system) && (m0 & 64) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(o.value) && (m0 & 256) === 0)) {
    if (!vrt.prim(o.value, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.prohibited(o.period, void 0, x, p, "period") && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.prohibited(o.assigner, void 0, x, p, "assigner") && x.c === null) return false;
  }
  return true;
}
function checkGPConnectAppointment1Reason(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Appointment.reason");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  for (const k in o) {
    switch (k) {
      case "id":
        m0 |= 1;
        break;
      case "extension":
        n++;
        m0 |= 2;
        break;
      case "coding":
        n++;
        m0 |= 4;
        break;
      case "text":
        n++;
        m0 |= 8;
        break;
      case "_text":
        n++;
        m0 |= 16;
        break;
      default:
        if (!vrt.unknownKey(o, k, x, p) && x.c === null) return false;
    }
  }
  if (n === 0 && !vrt.emptyElement(x, p) && x.c === null) return false;
  if ((m0 & 1) !== 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.many(o.coding, x, p, "coding", d, 0, -1, checkGPConnectAppointment1ReasonCoding) && x.c === null)
      return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.text) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkGPConnectAppointment1Participant(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Appointment.participant");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  for (const k in o) {
    switch (k) {
      case "id":
        m0 |= 1;
        break;
      case "extension":
        n++;
        m0 |= 2;
        break;
      case "modifierExtension":
        n++;
        m0 |= 4;
        break;
      case "type":
        n++;
        m0 |= 8;
        break;
      case "actor":
        n++;
        m0 |= 16;
        break;
      case "required":
        n++;
        m0 |= 32;
        break;
      case "status":
        n++;
        m0 |= 128;
        break;
      case "_required":
        n++;
        m0 |= 64;
        break;
      case "_status":
        n++;
        m0 |= 256;
        break;
      default:
        if (!vrt.unknownKey(o, k, x, p) && x.c === null) return false;
    }
  }
  if (n === 0 && !vrt.emptyElement(x, p) && x.c === null) return false;
  if ((m0 & 1) !== 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null)
      return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.many(o.type, x, p, "type", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, true, x, p, "type", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null) return false;
  }
  if (!vrt.one(o.actor, x, p, "actor", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.actor, false, x, p, "actor", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidCode(o.required) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.required, o._required, x, p, "required", d, 0, vrt.isValidCode, "code", OWNER_3) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.required, vcodes.inCodes22)) {
      if (!vrt.eachWith(o.required, false, x, p, "required", vrt.checkCode, BINDING_3) && x.c === null) return false;
    }
  }
  if (!(vrt.isValidCode(o.status) && (m0 & 256) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_3) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes23)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_4) && x.c === null) return false;
  }
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_1) && x.c === null) return false;
  return true;
}
function checkGPConnectAppointment1ReasonCoding(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Appointment.reason.coding");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  for (const k in o) {
    switch (k) {
      case "id":
        m0 |= 1;
        break;
      case "extension":
        n++;
        m0 |= 2;
        break;
      case "system":
        n++;
        m0 |= 4;
        break;
      case "version":
        n++;
        m0 |= 16;
        break;
      case "code":
        n++;
        m0 |= 64;
        break;
      case "display":
        n++;
        m0 |= 256;
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
        break;
      case "_system":
        n++;
        m0 |= 8;
        break;
      case "_version":
        n++;
        m0 |= 32;
        break;
      case "_code":
        n++;
        m0 |= 128;
        break;
      case "_display":
        n++;
        m0 |= 512;
        break;
      case "_userSelected":
        n++;
        m0 |= 2048;
        break;
      default:
        if (!vrt.unknownKey(o, k, x, p) && x.c === null) return false;
    }
  }
  if (n === 0 && !vrt.emptyElement(x, p) && x.c === null) return false;
  if ((m0 & 1) !== 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if (!((o.system === "http://snomed.info/sct" || vrt.isValidUri(o.system)) && (m0 & 8) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_4) && x.c === null)
      return false;
  }
  if (!(o.system === void 0 || o.system === "http://snomed.info/sct")) {
    if (!vrt.eachWith(o.system, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(o.version, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.code) && (m0 & 128) === 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_4) && x.c === null) return false;
  }
  if (!(vrt.isValidString(o.display) && (m0 & 512) === 0)) {
    if (!vrt.prim(o.display, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_4) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!vrt.prohibited(o.userSelected, o._userSelected, x, p, "userSelected") && x.c === null) return false;
  }
  return true;
}
function validateGPConnectAppointment1(value, options) {
  return vrt.validateWith(value, "Appointment", checkGPConnectAppointment1, true, options, REGISTRY_0);
}
function isGPConnectAppointment1(value, options) {
  return vrt.testWith(value, checkGPConnectAppointment1, true, options, REGISTRY_0);
}
function buildGPConnectAppointment1(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    {
      resourceType: "Appointment",
      profile: "https://fhir.nhs.uk/STU3/StructureDefinition/GPConnect-Appointment-1",
      each: { reason: { each: { coding: { set: { system: "http://snomed.info/sct" } } } } }
    },
    isGPConnectAppointment1,
    validateGPConnectAppointment1,
    "GPConnectAppointment1"
  );
}
