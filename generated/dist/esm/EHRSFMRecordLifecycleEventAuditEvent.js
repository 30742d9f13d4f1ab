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
      case "type":
        m0 |= 2048;
        break;
      case "subtype":
        m0 |= 4096;
        break;
      case "action":
        m0 |= 8192;
        break;
      case "recorded":
        m0 |= 32768;
        break;
      case "outcome":
        m0 |= 131072;
        break;
      case "outcomeDesc":
        m0 |= 524288;
        break;
      case "purposeOfEvent":
        m0 |= 2097152;
        break;
      case "agent":
        m0 |= 4194304;
        break;
      case "source":
        m0 |= 8388608;
        break;
      case "entity":
        m0 |= 16777216;
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
  if (!vrt.one(o.type, x, p, "type", d, 1, checkCoding) && x.c === null) return false;
  if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCoding, BINDING_1) && x.c === null) return false;
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(o.subtype, x, p, "subtype", d, 0, -1, checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(o.subtype, true, x, p, "subtype", vrt.checkCoding, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidCode(o.action) && (m0 & 16384) === 0)) {
      if (!vrt.prim(o.action, o._action, x, p, "action", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.action, vcodes.inCodes27)) {
      if (!vrt.eachWith(o.action, false, x, p, "action", vrt.checkCode, BINDING_3) && x.c === null) return false;
    }
  }
  if (!(vrt.isValidInstant(o.recorded) && (m0 & 65536) === 0)) {
    if (!vrt.prim(o.recorded, o._recorded, x, p, "recorded", d, 1, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidCode(o.outcome) && (m0 & 262144) === 0)) {
      if (!vrt.prim(o.outcome, o._outcome, x, p, "outcome", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.outcome, vcodes.inCodes28)) {
      if (!vrt.eachWith(o.outcome, false, x, p, "outcome", vrt.checkCode, BINDING_4) && x.c === null) return false;
    }
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidString(o.outcomeDesc) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(o.outcomeDesc, o._outcomeDesc, x, p, "outcomeDesc", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.many(o.purposeOfEvent, x, p, "purposeOfEvent", d, 0, -1, checkCodeableConcept) && x.c === null)
      return false;
    if (!vrt.eachWith(o.purposeOfEvent, true, x, p, "purposeOfEvent", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if (!vrt.many(o.agent, x, p, "agent", d, 1, -1, checkAuditEventAgent) && x.c === null) return false;
  if (!vrt.one(o.source, x, p, "source", d, 1, checkAuditEventSource) && x.c === null) return false;
  if ((m0 & 16777216) !== 0) {
    if (!vrt.many(o.entity, x, p, "entity", d, 0, -1, checkAuditEventEntity) && x.c === null) return false;
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
