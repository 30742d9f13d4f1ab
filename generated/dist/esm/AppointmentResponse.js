import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["AppointmentResponse"], type: "AppointmentResponse", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = ["Appointment"];
const UNCHECKED_0 = {
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
const BINDING_1 = {
  has: vcodes.inCodes23,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/participationstatus"
};
const INVARIANT_0 = vrt.invariant({
  key: "apr-1",
  path: "AppointmentResponse",
  expression: "participantType.exists() or actor.exists()",
  severity: "error",
  human: "Either the participantType or actor must be specified"
});
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpSizeOfValue(o["_participantType"], o["participantType"]) > 0,
    vrt.fpSizeOfValue(o["_actor"], o["actor"]) > 0
  );
};
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/AppointmentResponse",
      check: checkAppointmentResponse,
      type: "AppointmentResponse",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkAppointmentResponse(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AppointmentResponse");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "AppointmentResponse") && x.c === null) return false;
  let m0 = 0;
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
      case "appointment":
        m0 |= 4096;
        break;
      case "start":
        m0 |= 8192;
        break;
      case "end":
        m0 |= 32768;
        break;
      case "participantType":
        m0 |= 131072;
        break;
      case "actor":
        m0 |= 262144;
        break;
      case "participantStatus":
        m0 |= 524288;
        break;
      case "comment":
        m0 |= 2097152;
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
      case "_start":
        m0 |= 16384;
        break;
      case "_end":
        m0 |= 65536;
        break;
      case "_participantStatus":
        m0 |= 1048576;
        break;
      case "_comment":
        m0 |= 4194304;
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
    if (!vrt.one(o.meta, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
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
    if (!vrt.one(o.text, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(o.contained, x, p, "contained", d, 0, -1, vrt.checkContainedResource) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if (!vrt.one(o.appointment, x, p, "appointment", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.appointment, false, x, p, "appointment", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
    return false;
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidInstant(o.start) && (m0 & 16384) === 0)) {
      if (!vrt.prim(o.start, o._start, x, p, "start", d, 0, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidInstant(o.end) && (m0 & 65536) === 0)) {
      if (!vrt.prim(o.end, o._end, x, p, "end", d, 0, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.many(o.participantType, x, p, "participantType", d, 0, -1, checkCodeableConcept) && x.c === null)
      return false;
    if (!vrt.eachWith(o.participantType, true, x, p, "participantType", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(o.actor, x, p, "actor", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.actor, false, x, p, "actor", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.participantStatus) && (m0 & 1048576) === 0)) {
    if (!vrt.prim(
      o.participantStatus,
      o._participantStatus,
      x,
      p,
      "participantStatus",
      d,
      1,
      vrt.isValidCode,
      "code",
      OWNER_0
    ) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.participantStatus, vcodes.inCodes23)) {
    if (!vrt.eachWith(o.participantStatus, false, x, p, "participantStatus", vrt.checkCode, BINDING_1) && x.c === null)
      return false;
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidString(o.comment) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(o.comment, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
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
  if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  return true;
}
function validateAppointmentResponse(value, options) {
  return vrt.validateWith(value, "AppointmentResponse", checkAppointmentResponse, true, options, REGISTRY_0);
}
function isAppointmentResponse(value, options) {
  return vrt.testWith(value, checkAppointmentResponse, true, options, REGISTRY_0);
}
function buildAppointmentResponse(input) {
  return fillAndCheck(
    input,
    { resourceType: "AppointmentResponse" },
    isAppointmentResponse,
    validateAppointmentResponse,
    "AppointmentResponse"
  );
}
export {
  buildAppointmentResponse,
  checkAppointmentResponse,
  isAppointmentResponse,
  validateAppointmentResponse
};
