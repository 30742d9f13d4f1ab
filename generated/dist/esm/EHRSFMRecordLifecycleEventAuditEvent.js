import {
  checkAuditEventAgent,
  checkAuditEventEntity,
  checkAuditEventSource
} from "./AuditEvent.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkCoding } from "./Coding.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["AuditEvent"], type: "AuditEvent", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodings25,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/audit-event-type"
};
const BINDING_2 = {
  has: vcodes.inCodings26,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/audit-event-sub-type"
};
const BINDING_3 = {
  has: vcodes.inCodes27,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/audit-event-action"
};
const BINDING_4 = {
  has: vcodes.inCodes28,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/audit-event-outcome"
};
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/v3-PurposeOfUse",
  reason: "a filter on http://hl7.org/fhir/v3/ActReason needs a terminology server"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/ehrsrle-auditevent",
      check: checkEHRSFMRecordLifecycleEventAuditEvent,
      type: "AuditEvent",
      base: false
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkEHRSFMRecordLifecycleEventAuditEvent(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AuditEvent");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "AuditEvent") && x.c === null) return false;
  let m0 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17;
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
      case "type":
        m0 |= 2048;
        e8 = o[k];
        break;
      case "subtype":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "action":
        m0 |= 8192;
        e10 = o[k];
        break;
      case "recorded":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "outcome":
        m0 |= 131072;
        e12 = o[k];
        break;
      case "outcomeDesc":
        m0 |= 524288;
        e13 = o[k];
        break;
      case "purposeOfEvent":
        m0 |= 2097152;
        e14 = o[k];
        break;
      case "agent":
        m0 |= 4194304;
        e15 = o[k];
        break;
      case "source":
        m0 |= 8388608;
        e16 = o[k];
        break;
      case "entity":
        m0 |= 16777216;
        e17 = o[k];
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
      case "_action":
        m0 |= 16384;
        break;
      case "_recorded":
        m0 |= 65536;
        break;
      case "_outcome":
        m0 |= 262144;
        break;
      case "_outcomeDesc":
        m0 |= 1048576;
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
  if (!vrt.one(e8, x, p, "type", d, 1, checkCoding) && x.c === null) return false;
  if (!vrt.eachWith(e8, false, x, p, "type", vrt.checkCoding, BINDING_1) && x.c === null) return false;
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(e9, x, p, "subtype", d, 0, -1, checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(e9, true, x, p, "subtype", vrt.checkCoding, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidCode(e10) && (m0 & 16384) === 0)) {
      if (!vrt.prim(e10, o._action, x, p, "action", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e10, vcodes.inCodes27)) {
      if (!vrt.eachWith(e10, false, x, p, "action", vrt.checkCode, BINDING_3) && x.c === null) return false;
    }
  }
  if (!(vrt.isValidInstant(e11) && (m0 & 65536) === 0)) {
    if (!vrt.prim(e11, o._recorded, x, p, "recorded", d, 1, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidCode(e12) && (m0 & 262144) === 0)) {
      if (!vrt.prim(e12, o._outcome, x, p, "outcome", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e12, vcodes.inCodes28)) {
      if (!vrt.eachWith(e12, false, x, p, "outcome", vrt.checkCode, BINDING_4) && x.c === null) return false;
    }
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidString(e13) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(e13, o._outcomeDesc, x, p, "outcomeDesc", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.many(e14, x, p, "purposeOfEvent", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e14, true, x, p, "purposeOfEvent", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if (!vrt.many(e15, x, p, "agent", d, 1, -1, checkAuditEventAgent) && x.c === null) return false;
  if (!vrt.one(e16, x, p, "source", d, 1, checkAuditEventSource) && x.c === null) return false;
  if ((m0 & 16777216) !== 0) {
    if (!vrt.many(e17, x, p, "entity", d, 0, -1, checkAuditEventEntity) && x.c === null) return false;
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
  return true;
}
function validateEHRSFMRecordLifecycleEventAuditEvent(value, options) {
  return vrt.validateWith(value, "AuditEvent", checkEHRSFMRecordLifecycleEventAuditEvent, true, options, REGISTRY_0);
}
function isEHRSFMRecordLifecycleEventAuditEvent(value, options) {
  return vrt.testWith(value, checkEHRSFMRecordLifecycleEventAuditEvent, true, options, REGISTRY_0);
}
function buildEHRSFMRecordLifecycleEventAuditEvent(input) {
  return fillAndCheck(
    input,
    { resourceType: "AuditEvent", profile: "http://hl7.org/fhir/StructureDefinition/ehrsrle-auditevent" },
    isEHRSFMRecordLifecycleEventAuditEvent,
    validateEHRSFMRecordLifecycleEventAuditEvent,
    "EHRSFMRecordLifecycleEventAuditEvent"
  );
}
export {
  buildEHRSFMRecordLifecycleEventAuditEvent,
  checkEHRSFMRecordLifecycleEventAuditEvent,
  isEHRSFMRecordLifecycleEventAuditEvent,
  validateEHRSFMRecordLifecycleEventAuditEvent
};
