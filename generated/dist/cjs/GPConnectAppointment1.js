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
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-AppointmentCancellationReason-1",
      check: (v, x, q, d) => (0, import_ExtensionGPConnectAppointmentCancellationReason1.checkExtensionGPConnectAppointmentCancellationReason1)(v, x, q, d)
    },
    {
      name: "bookingOrganisation",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-BookingOrganisation-1",
      check: (v, x, q, d) => (0, import_ExtensionGPConnectBookingOrganisation1.checkExtensionGPConnectBookingOrganisation1)(v, x, q, d)
    },
    {
      name: "practitionerRole",
      min: 0,
      max: -1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-PractitionerRole-1",
      check: (v, x, q, d) => (0, import_ExtensionGPConnectPractitionerRole1.checkExtensionGPConnectPractitionerRole1)(v, x, q, d)
    },
    {
      name: "deliveryChannel",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-GPConnect-DeliveryChannel-2",
      check: (v, x, q, d) => (0, import_ExtensionGPConnectDeliveryChannel2.checkExtensionGPConnectDeliveryChannel2)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
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
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27;
  for (const k in o) {
    switch (k) {
      case "resourceType":
        break;
      case "id":
        m0 |= 1;
        e0 = o[k];
        break;
      case "meta":
        m0 |= 4;
        e1 = o[k];
        break;
      case "implicitRules":
        m0 |= 8;
        e2 = o[k];
        break;
      case "language":
        m0 |= 32;
        e3 = o[k];
        break;
      case "text":
        m0 |= 128;
        e4 = o[k];
        break;
      case "contained":
        m0 |= 256;
        e5 = o[k];
        break;
      case "extension":
        m0 |= 512;
        e6 = o[k];
        break;
      case "modifierExtension":
        m0 |= 1024;
        e7 = o[k];
        break;
      case "identifier":
        m0 |= 2048;
        e8 = o[k];
        break;
      case "status":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "serviceCategory":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "serviceType":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "specialty":
        m0 |= 65536;
        e12 = o[k];
        break;
      case "appointmentType":
        m0 |= 131072;
        e13 = o[k];
        break;
      case "reason":
        m0 |= 262144;
        e14 = o[k];
        break;
      case "indication":
        m0 |= 524288;
        e15 = o[k];
        break;
      case "priority":
        m0 |= 1048576;
        e16 = o[k];
        break;
      case "description":
        m0 |= 4194304;
        e17 = o[k];
        break;
      case "supportingInformation":
        m0 |= 16777216;
        e18 = o[k];
        break;
      case "start":
        m0 |= 33554432;
        e19 = o[k];
        break;
      case "end":
        m0 |= 134217728;
        e20 = o[k];
        break;
      case "minutesDuration":
        m0 |= 536870912;
        e21 = o[k];
        break;
      case "slot":
        m1 |= 1;
        e22 = o[k];
        break;
      case "created":
        m1 |= 2;
        e23 = o[k];
        break;
      case "comment":
        m1 |= 8;
        e24 = o[k];
        break;
      case "incomingReferral":
        m1 |= 32;
        e25 = o[k];
        break;
      case "participant":
        m1 |= 64;
        e26 = o[k];
        break;
      case "requestedPeriod":
        m1 |= 128;
        e27 = o[k];
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
    if (!(vrt.isValidId(e0) && (m0 & 2) === 0)) {
      if (!vrt.prim(e0, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(e1, x, p, "meta", d, 0, import_Meta.checkMeta) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidUri(e2) && (m0 & 16) === 0)) {
      if (!vrt.prim(e2, o._implicitRules, x, p, "implicitRules", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidCode(e3) && (m0 & 64) === 0)) {
      if (!vrt.prim(e3, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e3, vcodes.inCodes1)) {
      if (!vrt.eachWith(e3, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e4, x, p, "text", d, 0, import_Narrative.checkNarrative) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(e5, x, p, "contained", d, 0, -1, vrt.checkContainedResource) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.checkSliced(e6, x, p, "extension", d, 0, -1, SLICING_0) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(e7, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null) return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(e8, x, p, "identifier", d, 0, -1, checkGPConnectAppointment1Identifier) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e9) && (m0 & 8192) === 0)) {
    if (!vrt.prim(e9, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e9, vcodes.inCodes19)) {
    if (!vrt.eachWith(e9, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(e10, x, p, "serviceCategory", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.many(e11, x, p, "serviceType", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.many(e12, x, p, "specialty", d, 0, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e12, true, x, p, "specialty", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.prohibited(e13, void 0, x, p, "appointmentType") && x.c === null) return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.many(e14, x, p, "reason", d, 0, 1, checkGPConnectAppointment1Reason) && x.c === null) return false;
    if (!vrt.eachWith(e14, true, x, p, "reason", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.prohibited(e15, void 0, x, p, "indication") && x.c === null) return false;
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidUnsignedInt(e16) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(e16, o._priority, x, p, "priority", d, 0, vrt.isValidUnsignedInt, "unsignedInt", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(e17) && (m0 & 8388608) === 0)) {
    if (!vrt.prim(e17, o._description, x, p, "description", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.prohibited(e18, void 0, x, p, "supportingInformation") && x.c === null) return false;
  }
  if (!(vrt.isValidInstant(e19) && (m0 & 67108864) === 0)) {
    if (!vrt.prim(e19, o._start, x, p, "start", d, 1, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
      return false;
  }
  if (!(vrt.isValidInstant(e20) && (m0 & 268435456) === 0)) {
    if (!vrt.prim(e20, o._end, x, p, "end", d, 1, vrt.isValidInstant, "instant", OWNER_0) && x.c === null) return false;
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidPositiveInt(e21) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(
        e21,
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
  if (!vrt.many(e22, x, p, "slot", d, 1, -1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e22, true, x, p, "slot", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  if ((m1 & 6) !== 0) {
    if (!(vrt.isValidDateTime(e23) && (m1 & 4) === 0)) {
      if (!vrt.prim(e23, o._created, x, p, "created", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 24) !== 0) {
    if (!(vrt.isValidString(e24) && (m1 & 16) === 0)) {
      if (!vrt.prim(e24, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.prohibited(e25, void 0, x, p, "incomingReferral") && x.c === null) return false;
  }
  if (!vrt.many(e26, x, p, "participant", d, 1, -1, checkGPConnectAppointment1Participant) && x.c === null)
    return false;
  if ((m1 & 128) !== 0) {
    if (!vrt.prohibited(e27, void 0, x, p, "requestedPeriod") && x.c === null) return false;
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
  {
    let r;
    try {
      r = vrt.fpXor3(vrt.fpSizeOfValue(o["_start"], o["start"]) === 0, vrt.fpSizeOfValue(o["_end"], o["end"]) > 0);
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_1) && x.c === null) return false;
  }
  return true;
}
function checkGPConnectAppointment1Identifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Appointment.identifier");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7;
  for (const k in o) {
    switch (k) {
      case "id":
        m0 |= 1;
        e0 = o[k];
        break;
      case "extension":
        n++;
        m0 |= 2;
        e1 = o[k];
        break;
      case "use":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "type":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "system":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "value":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "period":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "assigner":
        n++;
        m0 |= 1024;
        e7 = o[k];
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!vrt.prohibited(e2, o._use, x, p, "use") && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.prohibited(e3, void 0, x, p, "type") && x.c === null) return false;
  }
  if (!(vrt.isValidUri(e4) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_1) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
    if (!vrt.prim(e5, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.prohibited(e6, void 0, x, p, "period") && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.prohibited(e7, void 0, x, p, "assigner") && x.c === null) return false;
  }
  return true;
}
function checkGPConnectAppointment1Reason(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Appointment.reason");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3;
  for (const k in o) {
    switch (k) {
      case "id":
        m0 |= 1;
        e0 = o[k];
        break;
      case "extension":
        n++;
        m0 |= 2;
        e1 = o[k];
        break;
      case "coding":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "text":
        n++;
        m0 |= 8;
        e3 = o[k];
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.many(e2, x, p, "coding", d, 0, -1, checkGPConnectAppointment1ReasonCoding) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
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
  let e0, e1, e2, e3, e4, e5, e6;
  for (const k in o) {
    switch (k) {
      case "id":
        m0 |= 1;
        e0 = o[k];
        break;
      case "extension":
        n++;
        m0 |= 2;
        e1 = o[k];
        break;
      case "modifierExtension":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "type":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "actor":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "required":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "status":
        n++;
        m0 |= 128;
        e6 = o[k];
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.many(e3, x, p, "type", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e3, true, x, p, "type", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null) return false;
  }
  if (!vrt.one(e4, x, p, "actor", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e4, false, x, p, "actor", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidCode(e5) && (m0 & 64) === 0)) {
      if (!vrt.prim(e5, o._required, x, p, "required", d, 0, vrt.isValidCode, "code", OWNER_3) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e5, vcodes.inCodes22)) {
      if (!vrt.eachWith(e5, false, x, p, "required", vrt.checkCode, BINDING_3) && x.c === null) return false;
    }
  }
  if (!(vrt.isValidCode(e6) && (m0 & 256) === 0)) {
    if (!vrt.prim(e6, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_3) && x.c === null) return false;
  }
  if (!vrt.codeIn(e6, vcodes.inCodes23)) {
    if (!vrt.eachWith(e6, false, x, p, "status", vrt.checkCode, BINDING_4) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpOr3(vrt.fpSizeOfValue(o["_type"], o["type"]) > 0, vrt.fpSizeOfValue(o["_actor"], o["actor"]) > 0);
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_2) && x.c === null) return false;
  }
  return true;
}
function checkGPConnectAppointment1ReasonCoding(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Appointment.reason.coding");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6;
  for (const k in o) {
    switch (k) {
      case "id":
        m0 |= 1;
        e0 = o[k];
        break;
      case "extension":
        n++;
        m0 |= 2;
        e1 = o[k];
        break;
      case "system":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "version":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "code":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "display":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
        e6 = o[k];
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if (!((e2 === "http://snomed.info/sct" || vrt.isValidUri(e2)) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_4) && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "http://snomed.info/sct")) {
    if (!vrt.eachWith(e2, false, x, p, "system", vrt.checkFixed, "http://snomed.info/sct") && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(e3, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_4) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 512) === 0)) {
    if (!vrt.prim(e5, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_4) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!vrt.prohibited(e6, o._userSelected, x, p, "userSelected") && x.c === null) return false;
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
