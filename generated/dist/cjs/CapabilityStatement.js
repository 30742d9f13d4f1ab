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
var CapabilityStatement_exports = {};
__export(CapabilityStatement_exports, {
  buildCapabilityStatement: () => buildCapabilityStatement,
  checkCapabilityStatement: () => checkCapabilityStatement,
  checkCapabilityStatementDocument: () => checkCapabilityStatementDocument,
  checkCapabilityStatementImplementation: () => checkCapabilityStatementImplementation,
  checkCapabilityStatementMessaging: () => checkCapabilityStatementMessaging,
  checkCapabilityStatementMessagingEndpoint: () => checkCapabilityStatementMessagingEndpoint,
  checkCapabilityStatementMessagingEvent: () => checkCapabilityStatementMessagingEvent,
  checkCapabilityStatementMessagingSupportedMessage: () => checkCapabilityStatementMessagingSupportedMessage,
  checkCapabilityStatementRest: () => checkCapabilityStatementRest,
  checkCapabilityStatementRestInteraction: () => checkCapabilityStatementRestInteraction,
  checkCapabilityStatementRestOperation: () => checkCapabilityStatementRestOperation,
  checkCapabilityStatementRestResource: () => checkCapabilityStatementRestResource,
  checkCapabilityStatementRestResourceInteraction: () => checkCapabilityStatementRestResourceInteraction,
  checkCapabilityStatementRestResourceSearchParam: () => checkCapabilityStatementRestResourceSearchParam,
  checkCapabilityStatementRestSecurity: () => checkCapabilityStatementRestSecurity,
  checkCapabilityStatementRestSecurityCertificate: () => checkCapabilityStatementRestSecurityCertificate,
  checkCapabilityStatementSoftware: () => checkCapabilityStatementSoftware,
  isCapabilityStatement: () => isCapabilityStatement,
  validateCapabilityStatement: () => validateCapabilityStatement
});
module.exports = __toCommonJS(CapabilityStatement_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Coding = require("./Coding.js");
var import_ContactDetail = require("./ContactDetail.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var import_UsageContext = require("./UsageContext.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["CapabilityStatement"], type: "CapabilityStatement", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes3,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/publication-status"
};
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/jurisdiction",
  reason: "code system urn:iso:std:iso:3166 is not in the loaded packages"
};
const BINDING_2 = {
  has: vcodes.inCodes50,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/capability-statement-kind"
};
const BINDING_3 = {
  has: vcodes.inCodes51,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/unknown-content-code"
};
const UNCHECKED_1 = {
  strength: "required",
  valueSet: "http://www.rfc-editor.org/bcp/bcp13.txt",
  reason: "http://www.rfc-editor.org/bcp/bcp13.txt is not a FHIR ValueSet"
};
const TARGETS_0 = ["StructureDefinition"];
const INVARIANT_0 = vrt.invariant({
  key: "cpb-8",
  path: "CapabilityStatement",
  expression: "rest.select(mode).isDistinct()",
  severity: "error",
  human: "There can only be one REST declaration per mode."
});
const INVARIANT_1 = vrt.invariant({
  key: "cpb-7",
  path: "CapabilityStatement",
  expression: "document.select(profile.reference&mode).isDistinct()",
  severity: "error",
  human: "The set of documents must be unique by the combination of profile and mode."
});
const INVARIANT_2 = vrt.invariant({
  key: "cpb-15",
  path: "CapabilityStatement",
  expression: "implementation.empty() or kind != 'capability'",
  severity: "error",
  human: "Capability Statements of kind 'instance' do not have implementation elements."
});
const CHILD_SIZE_0 = (o) => vrt.fpSizeOfValue(o["_endpoint"], o["endpoint"]);
const INVARIANT_3 = vrt.invariant({
  key: "cpb-3",
  path: "CapabilityStatement",
  expression: "messaging.endpoint.empty() or kind = 'instance'",
  severity: "error",
  human: "Messaging end-point is required (and is only permitted) when a statement is for an implementation."
});
const INVARIANT_4 = vrt.invariant({
  key: "cpb-14",
  path: "CapabilityStatement",
  expression: "(software.empty() and implementation.empty()) or kind != 'requirements'",
  severity: "error",
  human: "Capability Statements of kind 'requirements' do not have software or implementation elements."
});
const INVARIANT_5 = vrt.invariant({
  key: "cpb-2",
  path: "CapabilityStatement",
  expression: "(description.count() + software.count() + implementation.count()) > 0",
  severity: "error",
  human: "A Capability Statement SHALL have at least one of description, software, or implementation element."
});
const INVARIANT_6 = vrt.invariant({
  key: "cpb-1",
  path: "CapabilityStatement",
  expression: "rest.exists() or messaging.exists() or document.exists()",
  severity: "error",
  human: "A Capability Statement SHALL have at least one of REST, messaging or document element."
});
const OWNER_1 = { paths: ["CapabilityStatement.software"], type: "BackboneElement", exact: true };
const OWNER_2 = {
  paths: ["CapabilityStatement.implementation"],
  type: "BackboneElement",
  exact: true
};
const OWNER_3 = { paths: ["CapabilityStatement.rest"], type: "BackboneElement", exact: true };
const BINDING_4 = {
  has: vcodes.inCodes52,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/restful-capability-mode"
};
const INVARIANT_7 = vrt.invariant({
  key: "cpb-9",
  path: "CapabilityStatement.rest",
  expression: "resource.select(type).isDistinct()",
  severity: "error",
  human: "A given resource can only be described once per RESTful mode."
});
const OWNER_4 = { paths: ["CapabilityStatement.messaging"], type: "BackboneElement", exact: true };
const INVARIANT_8 = vrt.invariant({
  key: "cpb-16",
  path: "CapabilityStatement.messaging",
  expression: "supportedMessage.empty() != event.empty()",
  severity: "error",
  human: "A Capability Statement messaging element SHALL have either supportedMessage or event element, but not both."
});
const OWNER_5 = { paths: ["CapabilityStatement.document"], type: "BackboneElement", exact: true };
const BINDING_5 = {
  has: vcodes.inCodes53,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/document-mode"
};
const OWNER_6 = {
  paths: ["CapabilityStatement.rest.security"],
  type: "BackboneElement",
  exact: true
};
const BINDING_6 = {
  has: vcodes.inCodings54,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/restful-security-service"
};
const OWNER_7 = {
  paths: ["CapabilityStatement.rest.resource"],
  type: "BackboneElement",
  exact: true
};
const BINDING_7 = {
  has: vcodes.inCodes4,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/resource-types"
};
const BINDING_8 = {
  has: vcodes.inCodes55,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/versioning-policy"
};
const BINDING_9 = {
  has: vcodes.inCodes56,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/conditional-read-status"
};
const BINDING_10 = {
  has: vcodes.inCodes57,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/conditional-delete-status"
};
const BINDING_11 = {
  has: vcodes.inCodes58,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/reference-handling-policy"
};
const INVARIANT_9 = vrt.invariant({
  key: "cpb-12",
  path: "CapabilityStatement.rest.resource",
  expression: "searchParam.select(name).isDistinct()",
  severity: "error",
  human: "Search parameter names must be unique in the context of a resource."
});
const OWNER_8 = {
  paths: ["CapabilityStatement.rest.interaction"],
  type: "BackboneElement",
  exact: true
};
const BINDING_12 = {
  has: vcodes.inCodes59,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/system-restful-interaction"
};
const OWNER_9 = {
  paths: ["CapabilityStatement.rest.resource.searchParam"],
  type: "BackboneElement",
  exact: true
};
const BINDING_13 = {
  has: vcodes.inCodes60,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/search-param-type"
};
const OWNER_10 = {
  paths: ["CapabilityStatement.rest.operation"],
  type: "BackboneElement",
  exact: true
};
const TARGETS_1 = ["OperationDefinition"];
const OWNER_11 = {
  paths: ["CapabilityStatement.messaging.endpoint"],
  type: "BackboneElement",
  exact: true
};
const BINDING_14 = {
  has: vcodes.inCodings61,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/message-transport"
};
const OWNER_12 = {
  paths: ["CapabilityStatement.messaging.supportedMessage"],
  type: "BackboneElement",
  exact: true
};
const BINDING_15 = {
  has: vcodes.inCodes62,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/event-capability-mode"
};
const TARGETS_2 = ["MessageDefinition"];
const OWNER_13 = {
  paths: ["CapabilityStatement.messaging.event"],
  type: "BackboneElement",
  exact: true
};
const BINDING_16 = {
  has: vcodes.inCodes63,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/message-significance-category"
};
const OWNER_14 = {
  paths: ["CapabilityStatement.rest.security.certificate"],
  type: "BackboneElement",
  exact: true
};
const OWNER_15 = {
  paths: ["CapabilityStatement.rest.resource.interaction"],
  type: "BackboneElement",
  exact: true
};
const BINDING_17 = {
  has: vcodes.inCodes64,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/type-restful-interaction"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/CapabilityStatement",
      check: checkCapabilityStatement,
      type: "CapabilityStatement",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkCapabilityStatement(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CapabilityStatement");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "CapabilityStatement") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31, e32, e33, e34;
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
      case "url":
        m0 |= 2048;
        e8 = o[k];
        break;
      case "version":
        m0 |= 8192;
        e9 = o[k];
        break;
      case "name":
        m0 |= 32768;
        e10 = o[k];
        break;
      case "title":
        m0 |= 131072;
        e11 = o[k];
        break;
      case "status":
        m0 |= 524288;
        e12 = o[k];
        break;
      case "experimental":
        m0 |= 2097152;
        e13 = o[k];
        break;
      case "date":
        m0 |= 8388608;
        e14 = o[k];
        break;
      case "publisher":
        m0 |= 33554432;
        e15 = o[k];
        break;
      case "contact":
        m0 |= 134217728;
        e16 = o[k];
        break;
      case "description":
        m0 |= 268435456;
        e17 = o[k];
        break;
      case "useContext":
        m0 |= 1073741824;
        e18 = o[k];
        break;
      case "jurisdiction":
        m1 |= 1;
        e19 = o[k];
        break;
      case "purpose":
        m1 |= 2;
        e20 = o[k];
        break;
      case "copyright":
        m1 |= 8;
        e21 = o[k];
        break;
      case "kind":
        m1 |= 32;
        e22 = o[k];
        break;
      case "instantiates":
        m1 |= 128;
        e23 = o[k];
        break;
      case "software":
        m1 |= 512;
        e24 = o[k];
        break;
      case "implementation":
        m1 |= 1024;
        e25 = o[k];
        break;
      case "fhirVersion":
        m1 |= 2048;
        e26 = o[k];
        break;
      case "acceptUnknown":
        m1 |= 8192;
        e27 = o[k];
        break;
      case "format":
        m1 |= 32768;
        e28 = o[k];
        break;
      case "patchFormat":
        m1 |= 131072;
        e29 = o[k];
        break;
      case "implementationGuide":
        m1 |= 524288;
        e30 = o[k];
        break;
      case "profile":
        m1 |= 2097152;
        e31 = o[k];
        break;
      case "rest":
        m1 |= 4194304;
        e32 = o[k];
        break;
      case "messaging":
        m1 |= 8388608;
        e33 = o[k];
        break;
      case "document":
        m1 |= 16777216;
        e34 = o[k];
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
      case "_url":
        m0 |= 4096;
        break;
      case "_version":
        m0 |= 16384;
        break;
      case "_name":
        m0 |= 65536;
        break;
      case "_title":
        m0 |= 262144;
        break;
      case "_status":
        m0 |= 1048576;
        break;
      case "_experimental":
        m0 |= 4194304;
        break;
      case "_date":
        m0 |= 16777216;
        break;
      case "_publisher":
        m0 |= 67108864;
        break;
      case "_description":
        m0 |= 536870912;
        break;
      case "_purpose":
        m1 |= 4;
        break;
      case "_copyright":
        m1 |= 16;
        break;
      case "_kind":
        m1 |= 64;
        break;
      case "_instantiates":
        m1 |= 256;
        break;
      case "_fhirVersion":
        m1 |= 4096;
        break;
      case "_acceptUnknown":
        m1 |= 16384;
        break;
      case "_format":
        m1 |= 65536;
        break;
      case "_patchFormat":
        m1 |= 262144;
        break;
      case "_implementationGuide":
        m1 |= 1048576;
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
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidUri(e8) && (m0 & 4096) === 0)) {
      if (!vrt.prim(e8, o._url, x, p, "url", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidString(e9) && (m0 & 16384) === 0)) {
      if (!vrt.prim(e9, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidString(e10) && (m0 & 65536) === 0)) {
      if (!vrt.prim(e10, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidString(e11) && (m0 & 262144) === 0)) {
      if (!vrt.prim(e11, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(e12) && (m0 & 1048576) === 0)) {
    if (!vrt.prim(e12, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e12, vcodes.inCodes3)) {
    if (!vrt.eachWith(e12, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidBoolean(e13) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(e13, o._experimental, x, p, "experimental", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidDateTime(e14) && (m0 & 16777216) === 0)) {
    if (!vrt.prim(e14, o._date, x, p, "date", d, 1, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidString(e15) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(e15, o._publisher, x, p, "publisher", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(e16, x, p, "contact", d, 0, -1, import_ContactDetail.checkContactDetail) && x.c === null) return false;
  }
  if ((m0 & 805306368) !== 0) {
    if (!(vrt.isValidMarkdown(e17) && (m0 & 536870912) === 0)) {
      if (!vrt.prim(e17, o._description, x, p, "description", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(e18, x, p, "useContext", d, 0, -1, import_UsageContext.checkUsageContext) && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.many(e19, x, p, "jurisdiction", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e19, true, x, p, "jurisdiction", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if ((m1 & 6) !== 0) {
    if (!(vrt.isValidMarkdown(e20) && (m1 & 4) === 0)) {
      if (!vrt.prim(e20, o._purpose, x, p, "purpose", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 24) !== 0) {
    if (!(vrt.isValidMarkdown(e21) && (m1 & 16) === 0)) {
      if (!vrt.prim(e21, o._copyright, x, p, "copyright", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(e22) && (m1 & 64) === 0)) {
    if (!vrt.prim(e22, o._kind, x, p, "kind", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e22, vcodes.inCodes50)) {
    if (!vrt.eachWith(e22, false, x, p, "kind", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if ((m1 & 384) !== 0) {
    if (!vrt.prims(e23, o._instantiates, x, p, "instantiates", d, 0, -1, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
      return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(e24, x, p, "software", d, 0, checkCapabilityStatementSoftware) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.one(e25, x, p, "implementation", d, 0, checkCapabilityStatementImplementation) && x.c === null)
      return false;
  }
  if (!(vrt.isValidId(e26) && (m1 & 4096) === 0)) {
    if (!vrt.prim(e26, o._fhirVersion, x, p, "fhirVersion", d, 1, vrt.isValidId, "id", OWNER_0) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(e27) && (m1 & 16384) === 0)) {
    if (!vrt.prim(e27, o._acceptUnknown, x, p, "acceptUnknown", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(e27, vcodes.inCodes51)) {
    if (!vrt.eachWith(e27, false, x, p, "acceptUnknown", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if (!vrt.prims(e28, o._format, x, p, "format", d, 1, -1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
    return false;
  if (!vrt.eachWith(e28, true, x, p, "format", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null) return false;
  if ((m1 & 393216) !== 0) {
    if (!vrt.prims(e29, o._patchFormat, x, p, "patchFormat", d, 0, -1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
    if (!vrt.eachWith(e29, true, x, p, "patchFormat", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null) return false;
  }
  if ((m1 & 1572864) !== 0) {
    if (!vrt.prims(e30, o._implementationGuide, x, p, "implementationGuide", d, 0, -1, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
      return false;
  }
  if ((m1 & 2097152) !== 0) {
    if (!vrt.many(e31, x, p, "profile", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e31, true, x, p, "profile", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m1 & 4194304) !== 0) {
    if (!vrt.many(e32, x, p, "rest", d, 0, -1, checkCapabilityStatementRest) && x.c === null) return false;
  }
  if ((m1 & 8388608) !== 0) {
    if (!vrt.many(e33, x, p, "messaging", d, 0, -1, checkCapabilityStatementMessaging) && x.c === null) return false;
  }
  if ((m1 & 16777216) !== 0) {
    if (!vrt.many(e34, x, p, "document", d, 0, -1, checkCapabilityStatementDocument) && x.c === null) return false;
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
  if (!vrt.checkInvariant(o, x, p, INVARIANT_1) && x.c === null) return false;
  if ((m1 & 1024) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfValue(o["_implementation"], o["implementation"]) === 0,
          vrt.fpNeValue(vrt.fpOneValue(o["_kind"], o["kind"]), "capability")
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_2) && x.c === null) return false;
    }
  }
  if ((m1 & 8388608) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfEach(vrt.fpChildOf(o, "messaging", "_messaging"), CHILD_SIZE_0) === 0,
          vrt.fpEqValue(vrt.fpOneValue(o["_kind"], o["kind"]), "instance")
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_3) && x.c === null) return false;
    }
  }
  {
    let r;
    try {
      r = vrt.fpOr3(
        vrt.fpAnd3(
          vrt.fpSizeOfValue(o["_software"], o["software"]) === 0,
          vrt.fpSizeOfValue(o["_implementation"], o["implementation"]) === 0
        ),
        vrt.fpNeValue(vrt.fpOneValue(o["_kind"], o["kind"]), "requirements")
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_4) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpSizeOfValue(o["_description"], o["description"]) + vrt.fpSizeOfValue(o["_software"], o["software"]) + vrt.fpSizeOfValue(o["_implementation"], o["implementation"]) > 0;
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_5) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpOr3(
        vrt.fpOr3(vrt.fpSizeOfValue(o["_rest"], o["rest"]) > 0, vrt.fpSizeOfValue(o["_messaging"], o["messaging"]) > 0),
        vrt.fpSizeOfValue(o["_document"], o["document"]) > 0
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_6) && x.c === null) return false;
  }
  return true;
}
function checkCapabilityStatementSoftware(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CapabilityStatement.software");
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
      case "name":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "version":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "releaseDate":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "_name":
        n++;
        m0 |= 16;
        break;
      case "_version":
        n++;
        m0 |= 64;
        break;
      case "_releaseDate":
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
  if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._name, x, p, "name", d, 1, vrt.isValidString, "string", OWNER_1) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidDateTime(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._releaseDate, x, p, "releaseDate", d, 0, vrt.isValidDateTime, "dateTime", OWNER_1) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCapabilityStatementImplementation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CapabilityStatement.implementation");
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
      case "description":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "url":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_description":
        n++;
        m0 |= 16;
        break;
      case "_url":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._description, x, p, "description", d, 1, vrt.isValidString, "string", OWNER_2) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidUri(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._url, x, p, "url", d, 0, vrt.isValidUri, "uri", OWNER_2) && x.c === null) return false;
    }
  }
  return true;
}
function checkCapabilityStatementRest(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CapabilityStatement.rest");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10;
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
      case "mode":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "documentation":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "security":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "resource":
        n++;
        m0 |= 256;
        e6 = o[k];
        break;
      case "interaction":
        n++;
        m0 |= 512;
        e7 = o[k];
        break;
      case "searchParam":
        n++;
        m0 |= 1024;
        e8 = o[k];
        break;
      case "operation":
        n++;
        m0 |= 2048;
        e9 = o[k];
        break;
      case "compartment":
        n++;
        m0 |= 4096;
        e10 = o[k];
        break;
      case "_mode":
        n++;
        m0 |= 16;
        break;
      case "_documentation":
        n++;
        m0 |= 64;
        break;
      case "_compartment":
        n++;
        m0 |= 8192;
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
  if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._mode, x, p, "mode", d, 1, vrt.isValidCode, "code", OWNER_3) && x.c === null) return false;
  }
  if (!vrt.codeIn(e3, vcodes.inCodes52)) {
    if (!vrt.eachWith(e3, false, x, p, "mode", vrt.checkCode, BINDING_4) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._documentation, x, p, "documentation", d, 0, vrt.isValidString, "string", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e5, x, p, "security", d, 0, checkCapabilityStatementRestSecurity) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(e6, x, p, "resource", d, 0, -1, checkCapabilityStatementRestResource) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.many(e7, x, p, "interaction", d, 0, -1, checkCapabilityStatementRestInteraction) && x.c === null)
      return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.many(e8, x, p, "searchParam", d, 0, -1, checkCapabilityStatementRestResourceSearchParam) && x.c === null)
      return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(e9, x, p, "operation", d, 0, -1, checkCapabilityStatementRestOperation) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!vrt.prims(e10, o._compartment, x, p, "compartment", d, 0, -1, vrt.isValidUri, "uri", OWNER_3) && x.c === null)
      return false;
  }
  if (!vrt.checkInvariant(o, x, p, INVARIANT_7) && x.c === null) return false;
  return true;
}
function checkCapabilityStatementMessaging(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CapabilityStatement.messaging");
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
      case "modifierExtension":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "endpoint":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "reliableCache":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "documentation":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "supportedMessage":
        n++;
        m0 |= 256;
        e6 = o[k];
        break;
      case "event":
        n++;
        m0 |= 512;
        e7 = o[k];
        break;
      case "_reliableCache":
        n++;
        m0 |= 32;
        break;
      case "_documentation":
        n++;
        m0 |= 128;
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
  if ((m0 & 8) !== 0) {
    if (!vrt.many(e3, x, p, "endpoint", d, 0, -1, checkCapabilityStatementMessagingEndpoint) && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidUnsignedInt(e4) && (m0 & 32) === 0)) {
      if (!vrt.prim(e4, o._reliableCache, x, p, "reliableCache", d, 0, vrt.isValidUnsignedInt, "unsignedInt", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 128) === 0)) {
      if (!vrt.prim(e5, o._documentation, x, p, "documentation", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(e6, x, p, "supportedMessage", d, 0, -1, checkCapabilityStatementMessagingSupportedMessage) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.many(e7, x, p, "event", d, 0, -1, checkCapabilityStatementMessagingEvent) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpNeValue(
        vrt.fpSingle(vrt.fpEmpty(vrt.fpChildOf(o, "supportedMessage", "_supportedMessage"))),
        vrt.fpSingle(vrt.fpEmpty(vrt.fpChildOf(o, "event", "_event")))
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_8) && x.c === null) return false;
  }
  return true;
}
function checkCapabilityStatementDocument(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CapabilityStatement.document");
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
      case "mode":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "documentation":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "profile":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "_mode":
        n++;
        m0 |= 16;
        break;
      case "_documentation":
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
  if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._mode, x, p, "mode", d, 1, vrt.isValidCode, "code", OWNER_5) && x.c === null) return false;
  }
  if (!vrt.codeIn(e3, vcodes.inCodes53)) {
    if (!vrt.eachWith(e3, false, x, p, "mode", vrt.checkCode, BINDING_5) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._documentation, x, p, "documentation", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if (!vrt.one(e5, x, p, "profile", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e5, false, x, p, "profile", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  return true;
}
function checkCapabilityStatementRestSecurity(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CapabilityStatement.rest.security");
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
      case "cors":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "service":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "description":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "certificate":
        n++;
        m0 |= 256;
        e6 = o[k];
        break;
      case "_cors":
        n++;
        m0 |= 16;
        break;
      case "_description":
        n++;
        m0 |= 128;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_6, true) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidBoolean(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._cors, x, p, "cors", d, 0, vrt.isValidBoolean, "boolean", OWNER_6) && x.c === null)
        return false;
    }
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.many(e4, x, p, "service", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e4, true, x, p, "service", vrt.checkConcept, BINDING_6) && x.c === null) return false;
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 128) === 0)) {
      if (!vrt.prim(e5, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_6) && x.c === null)
        return false;
    }
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(e6, x, p, "certificate", d, 0, -1, checkCapabilityStatementRestSecurityCertificate) && x.c === null)
      return false;
  }
  return true;
}
function checkCapabilityStatementRestResource(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CapabilityStatement.rest.resource");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17;
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
      case "profile":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "documentation":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "interaction":
        n++;
        m0 |= 256;
        e6 = o[k];
        break;
      case "versioning":
        n++;
        m0 |= 512;
        e7 = o[k];
        break;
      case "readHistory":
        n++;
        m0 |= 2048;
        e8 = o[k];
        break;
      case "updateCreate":
        n++;
        m0 |= 8192;
        e9 = o[k];
        break;
      case "conditionalCreate":
        n++;
        m0 |= 32768;
        e10 = o[k];
        break;
      case "conditionalRead":
        n++;
        m0 |= 131072;
        e11 = o[k];
        break;
      case "conditionalUpdate":
        n++;
        m0 |= 524288;
        e12 = o[k];
        break;
      case "conditionalDelete":
        n++;
        m0 |= 2097152;
        e13 = o[k];
        break;
      case "referencePolicy":
        n++;
        m0 |= 8388608;
        e14 = o[k];
        break;
      case "searchInclude":
        n++;
        m0 |= 33554432;
        e15 = o[k];
        break;
      case "searchRevInclude":
        n++;
        m0 |= 134217728;
        e16 = o[k];
        break;
      case "searchParam":
        n++;
        m0 |= 536870912;
        e17 = o[k];
        break;
      case "_type":
        n++;
        m0 |= 16;
        break;
      case "_documentation":
        n++;
        m0 |= 128;
        break;
      case "_versioning":
        n++;
        m0 |= 1024;
        break;
      case "_readHistory":
        n++;
        m0 |= 4096;
        break;
      case "_updateCreate":
        n++;
        m0 |= 16384;
        break;
      case "_conditionalCreate":
        n++;
        m0 |= 65536;
        break;
      case "_conditionalRead":
        n++;
        m0 |= 262144;
        break;
      case "_conditionalUpdate":
        n++;
        m0 |= 1048576;
        break;
      case "_conditionalDelete":
        n++;
        m0 |= 4194304;
        break;
      case "_referencePolicy":
        n++;
        m0 |= 16777216;
        break;
      case "_searchInclude":
        n++;
        m0 |= 67108864;
        break;
      case "_searchRevInclude":
        n++;
        m0 |= 268435456;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_7, true) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_7) && x.c === null) return false;
  }
  if (!vrt.codeIn(e3, vcodes.inCodes4)) {
    if (!vrt.eachWith(e3, false, x, p, "type", vrt.checkCode, BINDING_7) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e4, x, p, "profile", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "profile", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidMarkdown(e5) && (m0 & 128) === 0)) {
      if (!vrt.prim(e5, o._documentation, x, p, "documentation", d, 0, vrt.isValidMarkdown, "markdown", OWNER_7) && x.c === null)
        return false;
    }
  }
  if (!vrt.many(e6, x, p, "interaction", d, 1, -1, checkCapabilityStatementRestResourceInteraction) && x.c === null)
    return false;
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidCode(e7) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e7, o._versioning, x, p, "versioning", d, 0, vrt.isValidCode, "code", OWNER_7) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e7, vcodes.inCodes55)) {
      if (!vrt.eachWith(e7, false, x, p, "versioning", vrt.checkCode, BINDING_8) && x.c === null) return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidBoolean(e8) && (m0 & 4096) === 0)) {
      if (!vrt.prim(e8, o._readHistory, x, p, "readHistory", d, 0, vrt.isValidBoolean, "boolean", OWNER_7) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidBoolean(e9) && (m0 & 16384) === 0)) {
      if (!vrt.prim(e9, o._updateCreate, x, p, "updateCreate", d, 0, vrt.isValidBoolean, "boolean", OWNER_7) && x.c === null)
        return false;
    }
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidBoolean(e10) && (m0 & 65536) === 0)) {
      if (!vrt.prim(e10, o._conditionalCreate, x, p, "conditionalCreate", d, 0, vrt.isValidBoolean, "boolean", OWNER_7) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidCode(e11) && (m0 & 262144) === 0)) {
      if (!vrt.prim(e11, o._conditionalRead, x, p, "conditionalRead", d, 0, vrt.isValidCode, "code", OWNER_7) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e11, vcodes.inCodes56)) {
      if (!vrt.eachWith(e11, false, x, p, "conditionalRead", vrt.checkCode, BINDING_9) && x.c === null) return false;
    }
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidBoolean(e12) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(e12, o._conditionalUpdate, x, p, "conditionalUpdate", d, 0, vrt.isValidBoolean, "boolean", OWNER_7) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidCode(e13) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(e13, o._conditionalDelete, x, p, "conditionalDelete", d, 0, vrt.isValidCode, "code", OWNER_7) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e13, vcodes.inCodes57)) {
      if (!vrt.eachWith(e13, false, x, p, "conditionalDelete", vrt.checkCode, BINDING_10) && x.c === null) return false;
    }
  }
  if ((m0 & 25165824) !== 0) {
    if (!vrt.prims(e14, o._referencePolicy, x, p, "referencePolicy", d, 0, -1, vrt.isValidCode, "code", OWNER_7) && x.c === null)
      return false;
    if (!vrt.eachWith(e14, true, x, p, "referencePolicy", vrt.checkCode, BINDING_11) && x.c === null) return false;
  }
  if ((m0 & 100663296) !== 0) {
    if (!vrt.prims(e15, o._searchInclude, x, p, "searchInclude", d, 0, -1, vrt.isValidString, "string", OWNER_7) && x.c === null)
      return false;
  }
  if ((m0 & 402653184) !== 0) {
    if (!vrt.prims(e16, o._searchRevInclude, x, p, "searchRevInclude", d, 0, -1, vrt.isValidString, "string", OWNER_7) && x.c === null)
      return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.many(e17, x, p, "searchParam", d, 0, -1, checkCapabilityStatementRestResourceSearchParam) && x.c === null)
      return false;
  }
  if (!vrt.checkInvariant(o, x, p, INVARIANT_9) && x.c === null) return false;
  return true;
}
function checkCapabilityStatementRestInteraction(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CapabilityStatement.rest.interaction");
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
      case "code":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "documentation":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_code":
        n++;
        m0 |= 16;
        break;
      case "_documentation":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_8, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_8, true) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_8) && x.c === null) return false;
  }
  if (!vrt.codeIn(e3, vcodes.inCodes59)) {
    if (!vrt.eachWith(e3, false, x, p, "code", vrt.checkCode, BINDING_12) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._documentation, x, p, "documentation", d, 0, vrt.isValidString, "string", OWNER_8) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCapabilityStatementRestResourceSearchParam(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CapabilityStatement.rest.resource.searchParam");
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
      case "name":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "definition":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "type":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "documentation":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "_name":
        n++;
        m0 |= 16;
        break;
      case "_definition":
        n++;
        m0 |= 64;
        break;
      case "_type":
        n++;
        m0 |= 256;
        break;
      case "_documentation":
        n++;
        m0 |= 1024;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_9, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_9, true) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._name, x, p, "name", d, 1, vrt.isValidString, "string", OWNER_9) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidUri(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._definition, x, p, "definition", d, 0, vrt.isValidUri, "uri", OWNER_9) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(e5) && (m0 & 256) === 0)) {
    if (!vrt.prim(e5, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_9) && x.c === null) return false;
  }
  if (!vrt.codeIn(e5, vcodes.inCodes60)) {
    if (!vrt.eachWith(e5, false, x, p, "type", vrt.checkCode, BINDING_13) && x.c === null) return false;
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidString(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._documentation, x, p, "documentation", d, 0, vrt.isValidString, "string", OWNER_9) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCapabilityStatementRestOperation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CapabilityStatement.rest.operation");
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
      case "name":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "definition":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_name":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_10, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_10, true) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._name, x, p, "name", d, 1, vrt.isValidString, "string", OWNER_10) && x.c === null) return false;
  }
  if (!vrt.one(e4, x, p, "definition", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e4, false, x, p, "definition", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  return true;
}
function checkCapabilityStatementMessagingEndpoint(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CapabilityStatement.messaging.endpoint");
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
      case "protocol":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "address":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "_address":
        n++;
        m0 |= 32;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_11, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_11, true) && x.c === null) return false;
  }
  if (!vrt.one(e3, x, p, "protocol", d, 1, import_Coding.checkCoding) && x.c === null) return false;
  if (!vrt.eachWith(e3, false, x, p, "protocol", vrt.checkCoding, BINDING_14) && x.c === null) return false;
  if (!(vrt.isValidUri(e4) && (m0 & 32) === 0)) {
    if (!vrt.prim(e4, o._address, x, p, "address", d, 1, vrt.isValidUri, "uri", OWNER_11) && x.c === null) return false;
  }
  return true;
}
function checkCapabilityStatementMessagingSupportedMessage(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CapabilityStatement.messaging.supportedMessage");
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
      case "mode":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "definition":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_mode":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_12, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_12, true) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._mode, x, p, "mode", d, 1, vrt.isValidCode, "code", OWNER_12) && x.c === null) return false;
  }
  if (!vrt.codeIn(e3, vcodes.inCodes62)) {
    if (!vrt.eachWith(e3, false, x, p, "mode", vrt.checkCode, BINDING_15) && x.c === null) return false;
  }
  if (!vrt.one(e4, x, p, "definition", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e4, false, x, p, "definition", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  return true;
}
function checkCapabilityStatementMessagingEvent(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CapabilityStatement.messaging.event");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9;
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
      case "code":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "category":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "mode":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "focus":
        n++;
        m0 |= 256;
        e6 = o[k];
        break;
      case "request":
        n++;
        m0 |= 1024;
        e7 = o[k];
        break;
      case "response":
        n++;
        m0 |= 2048;
        e8 = o[k];
        break;
      case "documentation":
        n++;
        m0 |= 4096;
        e9 = o[k];
        break;
      case "_category":
        n++;
        m0 |= 32;
        break;
      case "_mode":
        n++;
        m0 |= 128;
        break;
      case "_focus":
        n++;
        m0 |= 512;
        break;
      case "_documentation":
        n++;
        m0 |= 8192;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_13, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_13, true) && x.c === null) return false;
  }
  if (!vrt.one(e3, x, p, "code", d, 1, import_Coding.checkCoding) && x.c === null) return false;
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidCode(e4) && (m0 & 32) === 0)) {
      if (!vrt.prim(e4, o._category, x, p, "category", d, 0, vrt.isValidCode, "code", OWNER_13) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e4, vcodes.inCodes63)) {
      if (!vrt.eachWith(e4, false, x, p, "category", vrt.checkCode, BINDING_16) && x.c === null) return false;
    }
  }
  if (!(vrt.isValidCode(e5) && (m0 & 128) === 0)) {
    if (!vrt.prim(e5, o._mode, x, p, "mode", d, 1, vrt.isValidCode, "code", OWNER_13) && x.c === null) return false;
  }
  if (!vrt.codeIn(e5, vcodes.inCodes62)) {
    if (!vrt.eachWith(e5, false, x, p, "mode", vrt.checkCode, BINDING_15) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e6) && (m0 & 512) === 0)) {
    if (!vrt.prim(e6, o._focus, x, p, "focus", d, 1, vrt.isValidCode, "code", OWNER_13) && x.c === null) return false;
  }
  if (!vrt.codeIn(e6, vcodes.inCodes4)) {
    if (!vrt.eachWith(e6, false, x, p, "focus", vrt.checkCode, BINDING_7) && x.c === null) return false;
  }
  if (!vrt.one(e7, x, p, "request", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e7, false, x, p, "request", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  if (!vrt.one(e8, x, p, "response", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e8, false, x, p, "response", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidString(e9) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e9, o._documentation, x, p, "documentation", d, 0, vrt.isValidString, "string", OWNER_13) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCapabilityStatementRestSecurityCertificate(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CapabilityStatement.rest.security.certificate");
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
      case "blob":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_type":
        n++;
        m0 |= 16;
        break;
      case "_blob":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_14, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_14, true) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._type, x, p, "type", d, 0, vrt.isValidCode, "code", OWNER_14) && x.c === null) return false;
    }
    if (!vrt.eachWith(e3, false, x, p, "type", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBase64Binary(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._blob, x, p, "blob", d, 0, vrt.isValidBase64Binary, "base64Binary", OWNER_14) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCapabilityStatementRestResourceInteraction(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CapabilityStatement.rest.resource.interaction");
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
      case "code":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "documentation":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_code":
        n++;
        m0 |= 16;
        break;
      case "_documentation":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_15, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_15, true) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_15) && x.c === null) return false;
  }
  if (!vrt.codeIn(e3, vcodes.inCodes64)) {
    if (!vrt.eachWith(e3, false, x, p, "code", vrt.checkCode, BINDING_17) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._documentation, x, p, "documentation", d, 0, vrt.isValidString, "string", OWNER_15) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateCapabilityStatement(value, options) {
  return vrt.validateWith(value, "CapabilityStatement", checkCapabilityStatement, true, options, REGISTRY_0);
}
function isCapabilityStatement(value, options) {
  return vrt.testWith(value, checkCapabilityStatement, true, options, REGISTRY_0);
}
function buildCapabilityStatement(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "CapabilityStatement" },
    isCapabilityStatement,
    validateCapabilityStatement,
    "CapabilityStatement"
  );
}
