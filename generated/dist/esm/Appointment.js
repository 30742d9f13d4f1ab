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
  has: vcodes.inCodings20,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/c80-practice-codes"
};
const BINDING_3 = {
  has: vcodes.inCodings21,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/v2-0276"
};
const TARGETS_0 = ["Condition", "Procedure"];
const TARGETS_1 = ["Slot"];
const TARGETS_2 = ["ReferralRequest"];
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
const OWNER_1 = { paths: ["Appointment.participant"], type: "BackboneElement", exact: true };
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/encounter-participant-type",
  reason: "a filter on http://hl7.org/fhir/v3/ParticipationType needs a terminology server"
};
const TARGETS_3 = [
  "Device",
  "HealthcareService",
  "Location",
  "Patient",
  "Practitioner",
  "RelatedPerson"
];
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
    if (!vrt.one(e1, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
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
    if (!vrt.one(e4, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(e5, x, p, "contained", d, 0, -1, vrt.checkContainedResource) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.checkExtensions(e6, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(e7, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null) return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(e8, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e9) && (m0 & 8192) === 0)) {
    if (!vrt.prim(e9, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e9, vcodes.inCodes19)) {
    if (!vrt.eachWith(e9, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(e10, x, p, "serviceCategory", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.many(e11, x, p, "serviceType", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.many(e12, x, p, "specialty", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e12, true, x, p, "specialty", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(e13, x, p, "appointmentType", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e13, false, x, p, "appointmentType", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.many(e14, x, p, "reason", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.many(e15, x, p, "indication", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e15, true, x, p, "indication", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidUnsignedInt(e16) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(e16, o._priority, x, p, "priority", d, 0, vrt.isValidUnsignedInt, "unsignedInt", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidString(e17) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(e17, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.many(e18, x, p, "supportingInformation", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidInstant(e19) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(e19, o._start, x, p, "start", d, 0, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidInstant(e20) && (m0 & 268435456) === 0)) {
      if (!vrt.prim(e20, o._end, x, p, "end", d, 0, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
        return false;
    }
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
  if ((m1 & 1) !== 0) {
    if (!vrt.many(e22, x, p, "slot", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e22, true, x, p, "slot", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
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
    if (!vrt.many(e25, x, p, "incomingReferral", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e25, true, x, p, "incomingReferral", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (!vrt.many(e26, x, p, "participant", d, 1, -1, checkAppointmentParticipant) && x.c === null) return false;
  if ((m1 & 128) !== 0) {
    if (!vrt.many(e27, x, p, "requestedPeriod", d, 0, -1, checkPeriod) && x.c === null) return false;
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
function checkAppointmentParticipant(v, x, p, d) {
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.many(e3, x, p, "type", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e3, true, x, p, "type", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "actor", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "actor", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidCode(e5) && (m0 & 64) === 0)) {
      if (!vrt.prim(e5, o._required, x, p, "required", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e5, vcodes.inCodes22)) {
      if (!vrt.eachWith(e5, false, x, p, "required", vrt.checkCode, BINDING_4) && x.c === null) return false;
    }
  }
  if (!(vrt.isValidCode(e6) && (m0 & 256) === 0)) {
    if (!vrt.prim(e6, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
  }
  if (!vrt.codeIn(e6, vcodes.inCodes23)) {
    if (!vrt.eachWith(e6, false, x, p, "status", vrt.checkCode, BINDING_5) && x.c === null) return false;
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
function validateAppointment(value, options) {
  return vrt.validateWith(value, "Appointment", checkAppointment, true, options, REGISTRY_0);
}
function isAppointment(value, options) {
  return vrt.testWith(value, checkAppointment, true, options, REGISTRY_0);
}
function buildAppointment(input) {
  return fillAndCheck(input, { resourceType: "Appointment" }, isAppointment, validateAppointment, "Appointment");
}
export {
  buildAppointment,
  checkAppointment,
  checkAppointmentParticipant,
  isAppointment,
  validateAppointment
};
