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
var AuditEvent_exports = {};
__export(AuditEvent_exports, {
  buildAuditEvent: () => buildAuditEvent,
  checkAuditEvent: () => checkAuditEvent,
  checkAuditEventAgent: () => checkAuditEventAgent,
  checkAuditEventAgentNetwork: () => checkAuditEventAgentNetwork,
  checkAuditEventEntity: () => checkAuditEventEntity,
  checkAuditEventEntityDetail: () => checkAuditEventEntityDetail,
  checkAuditEventSource: () => checkAuditEventSource,
  isAuditEvent: () => isAuditEvent,
  validateAuditEvent: () => validateAuditEvent
});
module.exports = __toCommonJS(AuditEvent_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Coding = require("./Coding.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
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
const OWNER_1 = { paths: ["AuditEvent.agent"], type: "BackboneElement", exact: true };
const UNCHECKED_1 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/security-role-type",
  reason: "a filter on http://hl7.org/fhir/v3/RoleCode needs a terminology server"
};
const TARGETS_0 = ["Device", "Organization", "Patient", "Practitioner", "RelatedPerson"];
const TARGETS_1 = ["Location"];
const BINDING_5 = {
  has: vcodes.inCodings29,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/dicm-405-mediatype"
};
const OWNER_2 = { paths: ["AuditEvent.source"], type: "BackboneElement", exact: true };
const BINDING_6 = {
  has: vcodes.inCodings30,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/audit-source-type"
};
const OWNER_3 = { paths: ["AuditEvent.entity"], type: "BackboneElement", exact: true };
const BINDING_7 = {
  has: vcodes.inCodings31,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/audit-entity-type"
};
const BINDING_8 = {
  has: vcodes.inCodings32,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/object-role"
};
const BINDING_9 = {
  has: vcodes.inCodings33,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/object-lifecycle-events"
};
const UNCHECKED_2 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/security-labels",
  reason: "a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server"
};
const INVARIANT_0 = vrt.invariant({
  key: "sev-1",
  path: "AuditEvent.entity",
  expression: "name.empty() or query.empty()",
  severity: "error",
  human: "Either a name or a query (NOT both)"
});
const OWNER_4 = { paths: ["AuditEvent.agent.network"], type: "BackboneElement", exact: true };
const BINDING_10 = {
  has: vcodes.inCodes34,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/network-type"
};
const OWNER_5 = { paths: ["AuditEvent.entity.detail"], type: "BackboneElement", exact: true };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/AuditEvent",
      check: checkAuditEvent,
      type: "AuditEvent",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkAuditEvent(v, x, p, d) {
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
    if (!vrt.checkExtensions(e6, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(e7, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null) return false;
  }
  if (!vrt.one(e8, x, p, "type", d, 1, import_Coding.checkCoding) && x.c === null) return false;
  if (!vrt.eachWith(e8, false, x, p, "type", vrt.checkCoding, BINDING_1) && x.c === null) return false;
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(e9, x, p, "subtype", d, 0, -1, import_Coding.checkCoding) && x.c === null) return false;
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
    if (!vrt.many(e14, x, p, "purposeOfEvent", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
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
function checkAuditEventAgent(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AuditEvent.agent");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13;
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
      case "role":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "reference":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "userId":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "altId":
        n++;
        m0 |= 64;
        e6 = o[k];
        break;
      case "name":
        n++;
        m0 |= 256;
        e7 = o[k];
        break;
      case "requestor":
        n++;
        m0 |= 1024;
        e8 = o[k];
        break;
      case "location":
        n++;
        m0 |= 4096;
        e9 = o[k];
        break;
      case "policy":
        n++;
        m0 |= 8192;
        e10 = o[k];
        break;
      case "media":
        n++;
        m0 |= 32768;
        e11 = o[k];
        break;
      case "network":
        n++;
        m0 |= 65536;
        e12 = o[k];
        break;
      case "purposeOfUse":
        n++;
        m0 |= 131072;
        e13 = o[k];
        break;
      case "_altId":
        n++;
        m0 |= 128;
        break;
      case "_name":
        n++;
        m0 |= 512;
        break;
      case "_requestor":
        n++;
        m0 |= 2048;
        break;
      case "_policy":
        n++;
        m0 |= 16384;
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
    if (!vrt.many(e3, x, p, "role", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e3, true, x, p, "role", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "reference", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "reference", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "userId", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 128) === 0)) {
      if (!vrt.prim(e6, o._altId, x, p, "altId", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(e7) && (m0 & 512) === 0)) {
      if (!vrt.prim(e7, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidBoolean(e8) && (m0 & 2048) === 0)) {
    if (!vrt.prim(e8, o._requestor, x, p, "requestor", d, 1, vrt.isValidBoolean, "boolean", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.one(e9, x, p, "location", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e9, false, x, p, "location", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 24576) !== 0) {
    if (!vrt.prims(e10, o._policy, x, p, "policy", d, 0, -1, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(e11, x, p, "media", d, 0, import_Coding.checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(e11, false, x, p, "media", vrt.checkCoding, BINDING_5) && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(e12, x, p, "network", d, 0, checkAuditEventAgentNetwork) && x.c === null) return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.many(e13, x, p, "purposeOfUse", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e13, true, x, p, "purposeOfUse", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  return true;
}
function checkAuditEventSource(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AuditEvent.source");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5;
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
      case "site":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "identifier":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "type":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "_site":
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
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._site, x, p, "site", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (!vrt.one(e4, x, p, "identifier", d, 1, import_Identifier.checkIdentifier) && x.c === null) return false;
  if ((m0 & 64) !== 0) {
    if (!vrt.many(e5, x, p, "type", d, 0, -1, import_Coding.checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(e5, true, x, p, "type", vrt.checkCoding, BINDING_6) && x.c === null) return false;
  }
  return true;
}
function checkAuditEventEntity(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AuditEvent.entity");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12;
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
      case "identifier":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "reference":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "type":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "role":
        n++;
        m0 |= 64;
        e6 = o[k];
        break;
      case "lifecycle":
        n++;
        m0 |= 128;
        e7 = o[k];
        break;
      case "securityLabel":
        n++;
        m0 |= 256;
        e8 = o[k];
        break;
      case "name":
        n++;
        m0 |= 512;
        e9 = o[k];
        break;
      case "description":
        n++;
        m0 |= 2048;
        e10 = o[k];
        break;
      case "query":
        n++;
        m0 |= 8192;
        e11 = o[k];
        break;
      case "detail":
        n++;
        m0 |= 32768;
        e12 = o[k];
        break;
      case "_name":
        n++;
        m0 |= 1024;
        break;
      case "_description":
        n++;
        m0 |= 4096;
        break;
      case "_query":
        n++;
        m0 |= 16384;
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
    if (!vrt.one(e3, x, p, "identifier", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "reference", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "type", d, 0, import_Coding.checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(e5, false, x, p, "type", vrt.checkCoding, BINDING_7) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e6, x, p, "role", d, 0, import_Coding.checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(e6, false, x, p, "role", vrt.checkCoding, BINDING_8) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e7, x, p, "lifecycle", d, 0, import_Coding.checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(e7, false, x, p, "lifecycle", vrt.checkCoding, BINDING_9) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(e8, x, p, "securityLabel", d, 0, -1, import_Coding.checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(e8, true, x, p, "securityLabel", vrt.bindingNotChecked, UNCHECKED_2) && x.c === null)
      return false;
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(e9) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e9, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidString(e10) && (m0 & 4096) === 0)) {
      if (!vrt.prim(e10, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidBase64Binary(e11) && (m0 & 16384) === 0)) {
      if (!vrt.prim(e11, o._query, x, p, "query", d, 0, vrt.isValidBase64Binary, "base64Binary", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.many(e12, x, p, "detail", d, 0, -1, checkAuditEventEntityDetail) && x.c === null) return false;
  }
  if ((m0 & 1536) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(vrt.fpSizeOfValue(o["_name"], o["name"]) === 0, vrt.fpSizeOfValue(o["_query"], o["query"]) === 0);
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
    }
  }
  return true;
}
function checkAuditEventAgentNetwork(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AuditEvent.agent.network");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4;
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
      case "address":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "type":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_address":
        n++;
        m0 |= 16;
        break;
      case "_type":
        n++;
        m0 |= 64;
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
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._address, x, p, "address", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidCode(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._type, x, p, "type", d, 0, vrt.isValidCode, "code", OWNER_4) && x.c === null) return false;
    }
    if (!vrt.codeIn(e4, vcodes.inCodes34)) {
      if (!vrt.eachWith(e4, false, x, p, "type", vrt.checkCode, BINDING_10) && x.c === null) return false;
    }
  }
  return true;
}
function checkAuditEventEntityDetail(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "AuditEvent.entity.detail");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4;
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
      case "value":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_type":
        n++;
        m0 |= 16;
        break;
      case "_value":
        n++;
        m0 |= 64;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_5, true) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._type, x, p, "type", d, 1, vrt.isValidString, "string", OWNER_5) && x.c === null) return false;
  }
  if (!(vrt.isValidBase64Binary(e4) && (m0 & 64) === 0)) {
    if (!vrt.prim(e4, o._value, x, p, "value", d, 1, vrt.isValidBase64Binary, "base64Binary", OWNER_5) && x.c === null)
      return false;
  }
  return true;
}
function validateAuditEvent(value, options) {
  return vrt.validateWith(value, "AuditEvent", checkAuditEvent, true, options, REGISTRY_0);
}
function isAuditEvent(value, options) {
  return vrt.testWith(value, checkAuditEvent, true, options, REGISTRY_0);
}
function buildAuditEvent(input) {
  return (0, import_fill.fillAndCheck)(input, { resourceType: "AuditEvent" }, isAuditEvent, validateAuditEvent, "AuditEvent");
}
