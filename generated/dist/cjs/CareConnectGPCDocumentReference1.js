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
var CareConnectGPCDocumentReference1_exports = {};
__export(CareConnectGPCDocumentReference1_exports, {
  buildCareConnectGPCDocumentReference1: () => buildCareConnectGPCDocumentReference1,
  checkCareConnectGPCDocumentReference1: () => checkCareConnectGPCDocumentReference1,
  checkCareConnectGPCDocumentReference1Content: () => checkCareConnectGPCDocumentReference1Content,
  checkCareConnectGPCDocumentReference1ContentAttachment: () => checkCareConnectGPCDocumentReference1ContentAttachment,
  checkCareConnectGPCDocumentReference1Context: () => checkCareConnectGPCDocumentReference1Context,
  checkCareConnectGPCDocumentReference1ContextRelated: () => checkCareConnectGPCDocumentReference1ContextRelated,
  checkCareConnectGPCDocumentReference1ContextRelatedIdentifier: () => checkCareConnectGPCDocumentReference1ContextRelatedIdentifier,
  checkCareConnectGPCDocumentReference1Identifier: () => checkCareConnectGPCDocumentReference1Identifier,
  checkCareConnectGPCDocumentReference1MasterIdentifier: () => checkCareConnectGPCDocumentReference1MasterIdentifier,
  checkCareConnectGPCDocumentReference1Meta: () => checkCareConnectGPCDocumentReference1Meta,
  checkCareConnectGPCDocumentReference1RelatesTo: () => checkCareConnectGPCDocumentReference1RelatesTo,
  checkCareConnectGPCDocumentReference1Type: () => checkCareConnectGPCDocumentReference1Type,
  checkCareConnectGPCDocumentReference1TypeCoding: () => checkCareConnectGPCDocumentReference1TypeCoding,
  isCareConnectGPCDocumentReference1: () => isCareConnectGPCDocumentReference1,
  validateCareConnectGPCDocumentReference1: () => validateCareConnectGPCDocumentReference1
});
module.exports = __toCommonJS(CareConnectGPCDocumentReference1_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Coding = require("./Coding.js");
var import_ExtensionCodingSctdescid2 = require("./ExtensionCodingSctdescid2.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["DocumentReference"], type: "DocumentReference", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes80,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/document-reference-status"
};
const BINDING_2 = {
  has: vcodes.inCodes81,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/composition-status"
};
const TARGETS_0 = ["Device", "Group", "Patient", "Practitioner"];
const TARGETS_1 = ["Organization", "Practitioner"];
const TARGETS_2 = ["Organization"];
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/security-labels",
  reason: "a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server"
};
const OWNER_1 = { paths: ["DocumentReference.meta", "Meta"], type: "Meta", exact: true };
const OWNER_2 = {
  paths: ["DocumentReference.masterIdentifier", "Identifier"],
  type: "Identifier",
  exact: true
};
const BINDING_3 = {
  has: vcodes.inCodes68,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-use"
};
const BINDING_4 = {
  has: vcodes.inCodings69,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-type"
};
const OWNER_3 = {
  paths: ["DocumentReference.identifier", "Identifier"],
  type: "Identifier",
  exact: true
};
const OWNER_4 = {
  paths: ["DocumentReference.type", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const OWNER_5 = { paths: ["DocumentReference.relatesTo"], type: "BackboneElement", exact: true };
const BINDING_5 = {
  has: vcodes.inCodes82,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/document-relationship-type"
};
const TARGETS_3 = ["DocumentReference"];
const OWNER_6 = { paths: ["DocumentReference.content"], type: "BackboneElement", exact: true };
const BINDING_6 = {
  has: vcodes.inCodings83,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/formatcodes"
};
const OWNER_7 = { paths: ["DocumentReference.context"], type: "BackboneElement", exact: true };
const TARGETS_4 = ["Encounter"];
const TARGETS_5 = ["Patient"];
const OWNER_8 = { paths: ["DocumentReference.type.coding", "Coding"], type: "Coding", exact: true };
const EXTENSION_0 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_8, false);
const SLICING_0 = {
  rules: "open",
  ordered: false,
  element: "DocumentReference.type.coding.extension",
  base: (v, x, q, d) => EXTENSION_0(v, x, q, d),
  slices: [
    {
      name: "snomedCTDescriptionID",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: (v, x, q, d) => (0, import_ExtensionCodingSctdescid2.checkExtensionCodingSctdescid2)(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.url) {
      case "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid":
        return 0;
    }
    return -1;
  }
};
const OWNER_9 = {
  paths: ["DocumentReference.content.attachment", "Attachment"],
  type: "Attachment",
  exact: true
};
const UNCHECKED_1 = {
  strength: "required",
  valueSet: "http://www.rfc-editor.org/bcp/bcp13.txt",
  reason: "http://www.rfc-editor.org/bcp/bcp13.txt is not a FHIR ValueSet"
};
const INVARIANT_0 = vrt.invariant({
  key: "att-1",
  path: "DocumentReference.content.attachment",
  expression: "data.empty() or contentType.exists()",
  severity: "error",
  human: "It the Attachment has data, it SHALL have a contentType"
});
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpSizeOfValue(o["_data"], o["data"]) === 0,
    vrt.fpSizeOfValue(o["_contentType"], o["contentType"]) > 0
  );
};
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const OWNER_10 = {
  paths: ["DocumentReference.context.related"],
  type: "BackboneElement",
  exact: true
};
const OWNER_11 = {
  paths: ["DocumentReference.context.related.identifier", "Identifier"],
  type: "Identifier",
  exact: true
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-DocumentReference-1",
      check: checkCareConnectGPCDocumentReference1,
      type: "DocumentReference",
      base: false
    }
  ],
  extensions: [
    {
      url: "https://fhir.nhs.uk/STU3/StructureDefinition/Extension-coding-sctdescid",
      check: import_ExtensionCodingSctdescid2.checkExtensionCodingSctdescid2,
      contexts: [
        "Encounter",
        "Condition",
        "Observation",
        "Flag",
        "Immunization",
        "AllergyIntolerance",
        "FamilyMemberHistory",
        "MedicationRequest",
        "MedicationStatement",
        "Procedure",
        "Medication",
        "DocumentReference"
      ],
      contextTypes: [
        "AllergyIntolerance",
        "Condition",
        "DocumentReference",
        "Encounter",
        "FamilyMemberHistory",
        "Flag",
        "Immunization",
        "Medication",
        "MedicationRequest",
        "MedicationStatement",
        "Observation",
        "Procedure"
      ]
    }
  ],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkCareConnectGPCDocumentReference1(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DocumentReference");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "DocumentReference") && x.c === null) return false;
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
      case "masterIdentifier":
        m0 |= 2048;
        break;
      case "identifier":
        m0 |= 4096;
        break;
      case "status":
        m0 |= 8192;
        break;
      case "docStatus":
        m0 |= 32768;
        break;
      case "type":
        m0 |= 131072;
        break;
      case "class":
        m0 |= 262144;
        break;
      case "subject":
        m0 |= 524288;
        break;
      case "created":
        m0 |= 1048576;
        break;
      case "indexed":
        m0 |= 4194304;
        break;
      case "author":
        m0 |= 16777216;
        break;
      case "authenticator":
        m0 |= 33554432;
        break;
      case "custodian":
        m0 |= 67108864;
        break;
      case "relatesTo":
        m0 |= 134217728;
        break;
      case "description":
        m0 |= 268435456;
        break;
      case "securityLabel":
        m0 |= 1073741824;
        break;
      case "content":
        m1 |= 1;
        break;
      case "context":
        m1 |= 2;
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
        m0 |= 16384;
        break;
      case "_docStatus":
        m0 |= 65536;
        break;
      case "_created":
        m0 |= 2097152;
        break;
      case "_indexed":
        m0 |= 8388608;
        break;
      case "_description":
        m0 |= 536870912;
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
    if (!vrt.one(o.meta, x, p, "meta", d, 0, checkCareConnectGPCDocumentReference1Meta) && x.c === null) return false;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(
      o.masterIdentifier,
      x,
      p,
      "masterIdentifier",
      d,
      0,
      checkCareConnectGPCDocumentReference1MasterIdentifier
    ) && x.c === null)
      return false;
  }
  if (!vrt.many(o.identifier, x, p, "identifier", d, 1, -1, checkCareConnectGPCDocumentReference1Identifier) && x.c === null)
    return false;
  if (!(vrt.isValidCode(o.status) && (m0 & 16384) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes80)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidCode(o.docStatus) && (m0 & 65536) === 0)) {
      if (!vrt.prim(o.docStatus, o._docStatus, x, p, "docStatus", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.docStatus, vcodes.inCodes81)) {
      if (!vrt.eachWith(o.docStatus, false, x, p, "docStatus", vrt.checkCode, BINDING_2) && x.c === null) return false;
    }
  }
  if (!vrt.one(o.type, x, p, "type", d, 1, checkCareConnectGPCDocumentReference1Type) && x.c === null) return false;
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(o.class, x, p, "class", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (!vrt.one(o.subject, x, p, "subject", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
    return false;
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidDateTime(o.created) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(o.created, o._created, x, p, "created", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidInstant(o.indexed) && (m0 & 8388608) === 0)) {
    if (!vrt.prim(o.indexed, o._indexed, x, p, "indexed", d, 1, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.many(o.author, x, p, "author", d, 0, 1, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(o.authenticator, x, p, "authenticator", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.authenticator, false, x, p, "authenticator", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(o.custodian, x, p, "custodian", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.custodian, false, x, p, "custodian", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.many(o.relatesTo, x, p, "relatesTo", d, 0, -1, checkCareConnectGPCDocumentReference1RelatesTo) && x.c === null)
      return false;
  }
  if ((m0 & 805306368) !== 0) {
    if (!(vrt.isValidString(o.description) && (m0 & 536870912) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(o.securityLabel, x, p, "securityLabel", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.securityLabel, true, x, p, "securityLabel", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if (!vrt.many(o.content, x, p, "content", d, 1, -1, checkCareConnectGPCDocumentReference1Content) && x.c === null)
    return false;
  if ((m1 & 2) !== 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, checkCareConnectGPCDocumentReference1Context) && x.c === null)
      return false;
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
function checkCareConnectGPCDocumentReference1Meta(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DocumentReference.meta");
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
      case "versionId":
        n++;
        m0 |= 4;
        break;
      case "lastUpdated":
        n++;
        m0 |= 16;
        break;
      case "profile":
        n++;
        m0 |= 64;
        break;
      case "security":
        n++;
        m0 |= 256;
        break;
      case "tag":
        n++;
        m0 |= 512;
        break;
      case "_versionId":
        n++;
        m0 |= 8;
        break;
      case "_lastUpdated":
        n++;
        m0 |= 32;
        break;
      case "_profile":
        n++;
        m0 |= 128;
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
    if (!(vrt.isValidId(o.versionId) && (m0 & 8) === 0)) {
      if (!vrt.prim(o.versionId, o._versionId, x, p, "versionId", d, 0, vrt.isValidId, "id", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidInstant(o.lastUpdated) && (m0 & 32) === 0)) {
      if (!vrt.prim(o.lastUpdated, o._lastUpdated, x, p, "lastUpdated", d, 0, vrt.isValidInstant, "instant", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!vrt.prims(o.profile, o._profile, x, p, "profile", d, 1, -1, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
    return false;
  if ((m0 & 256) !== 0) {
    if (!vrt.many(o.security, x, p, "security", d, 0, -1, import_Coding.checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(o.security, true, x, p, "security", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.many(o.tag, x, p, "tag", d, 0, -1, import_Coding.checkCoding) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCDocumentReference1MasterIdentifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DocumentReference.masterIdentifier");
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidCode(o.use) && (m0 & 8) === 0)) {
      if (!vrt.prim(o.use, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_2) && x.c === null) return false;
    }
    if (!vrt.codeIn(o.use, vcodes.inCodes68)) {
      if (!vrt.eachWith(o.use, false, x, p, "use", vrt.checkCode, BINDING_3) && x.c === null) return false;
    }
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkConcept, BINDING_4) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(o.system) && (m0 & 64) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_2) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(o.value) && (m0 & 256) === 0)) {
    if (!vrt.prim(o.value, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_2) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(o.assigner, x, p, "assigner", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.assigner, false, x, p, "assigner", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectGPCDocumentReference1Identifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DocumentReference.identifier");
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidCode(o.use) && (m0 & 8) === 0)) {
      if (!vrt.prim(o.use, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_3) && x.c === null) return false;
    }
    if (!vrt.codeIn(o.use, vcodes.inCodes68)) {
      if (!vrt.eachWith(o.use, false, x, p, "use", vrt.checkCode, BINDING_3) && x.c === null) return false;
    }
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkConcept, BINDING_4) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(o.system) && (m0 & 64) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_3) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(o.value) && (m0 & 256) === 0)) {
    if (!vrt.prim(o.value, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_3) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(o.assigner, x, p, "assigner", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.assigner, false, x, p, "assigner", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectGPCDocumentReference1Type(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DocumentReference.type");
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.many(o.coding, x, p, "coding", d, 0, -1, checkCareConnectGPCDocumentReference1TypeCoding) && x.c === null)
      return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.text) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCDocumentReference1RelatesTo(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DocumentReference.relatesTo");
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
      case "code":
        n++;
        m0 |= 8;
        break;
      case "target":
        n++;
        m0 |= 32;
        break;
      case "_code":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_5, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.code) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_5) && x.c === null) return false;
  }
  if (!vrt.codeIn(o.code, vcodes.inCodes82)) {
    if (!vrt.eachWith(o.code, false, x, p, "code", vrt.checkCode, BINDING_5) && x.c === null) return false;
  }
  if (!vrt.one(o.target, x, p, "target", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.target, false, x, p, "target", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  return true;
}
function checkCareConnectGPCDocumentReference1Content(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DocumentReference.content");
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
      case "attachment":
        n++;
        m0 |= 8;
        break;
      case "format":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_6, true) && x.c === null)
      return false;
  }
  if (!vrt.one(o.attachment, x, p, "attachment", d, 1, checkCareConnectGPCDocumentReference1ContentAttachment) && x.c === null)
    return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.format, x, p, "format", d, 0, import_Coding.checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(o.format, false, x, p, "format", vrt.checkCoding, BINDING_6) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCDocumentReference1Context(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DocumentReference.context");
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
      case "encounter":
        n++;
        m0 |= 8;
        break;
      case "event":
        n++;
        m0 |= 16;
        break;
      case "period":
        n++;
        m0 |= 32;
        break;
      case "facilityType":
        n++;
        m0 |= 64;
        break;
      case "practiceSetting":
        n++;
        m0 |= 128;
        break;
      case "sourcePatientInfo":
        n++;
        m0 |= 256;
        break;
      case "related":
        n++;
        m0 |= 512;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_7, true) && x.c === null)
      return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.encounter, x, p, "encounter", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.encounter, false, x, p, "encounter", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.many(o.event, x, p, "event", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(o.facilityType, x, p, "facilityType", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(o.practiceSetting, x, p, "practiceSetting", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(o.sourcePatientInfo, x, p, "sourcePatientInfo", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.sourcePatientInfo, false, x, p, "sourcePatientInfo", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.many(o.related, x, p, "related", d, 0, -1, checkCareConnectGPCDocumentReference1ContextRelated) && x.c === null)
      return false;
  }
  return true;
}
function checkCareConnectGPCDocumentReference1TypeCoding(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DocumentReference.type.coding");
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
    if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_0) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(o.system) && (m0 & 8) === 0)) {
    if (!vrt.prim(o.system, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_8) && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prohibited(o.version, o._version, x, p, "version") && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.code) && (m0 & 128) === 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_8) && x.c === null) return false;
  }
  if (!(vrt.isValidString(o.display) && (m0 & 512) === 0)) {
    if (!vrt.prim(o.display, o._display, x, p, "display", d, 1, vrt.isValidString, "string", OWNER_8) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(o.userSelected) && (m0 & 2048) === 0)) {
      if (!vrt.prim(
        o.userSelected,
        o._userSelected,
        x,
        p,
        "userSelected",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_8
      ) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkCareConnectGPCDocumentReference1ContentAttachment(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DocumentReference.content.attachment");
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
      case "contentType":
        n++;
        m0 |= 4;
        break;
      case "language":
        n++;
        m0 |= 16;
        break;
      case "data":
        n++;
        m0 |= 64;
        break;
      case "url":
        n++;
        m0 |= 256;
        break;
      case "size":
        n++;
        m0 |= 1024;
        break;
      case "hash":
        n++;
        m0 |= 4096;
        break;
      case "title":
        n++;
        m0 |= 16384;
        break;
      case "creation":
        n++;
        m0 |= 65536;
        break;
      case "_contentType":
        n++;
        m0 |= 8;
        break;
      case "_language":
        n++;
        m0 |= 32;
        break;
      case "_data":
        n++;
        m0 |= 128;
        break;
      case "_url":
        n++;
        m0 |= 512;
        break;
      case "_size":
        n++;
        m0 |= 2048;
        break;
      case "_hash":
        n++;
        m0 |= 8192;
        break;
      case "_title":
        n++;
        m0 |= 32768;
        break;
      case "_creation":
        n++;
        m0 |= 131072;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_9, false) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.contentType) && (m0 & 8) === 0)) {
    if (!vrt.prim(o.contentType, o._contentType, x, p, "contentType", d, 1, vrt.isValidCode, "code", OWNER_9) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.contentType, false, x, p, "contentType", vrt.bindingNotChecked, UNCHECKED_1) && x.c === null)
    return false;
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidCode(o.language) && (m0 & 32) === 0)) {
      if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_9) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.language, vcodes.inCodes1)) {
      if (!vrt.eachWith(o.language, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
    }
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidBase64Binary(o.data) && (m0 & 128) === 0)) {
      if (!vrt.prim(o.data, o._data, x, p, "data", d, 0, vrt.isValidBase64Binary, "base64Binary", OWNER_9) && x.c === null)
        return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidUri(o.url) && (m0 & 512) === 0)) {
      if (!vrt.prim(o.url, o._url, x, p, "url", d, 0, vrt.isValidUri, "uri", OWNER_9) && x.c === null) return false;
    }
  }
  if (!(vrt.isValidUnsignedInt(o.size) && (m0 & 2048) === 0)) {
    if (!vrt.prim(o.size, o._size, x, p, "size", d, 1, vrt.isValidUnsignedInt, "unsignedInt", OWNER_9) && x.c === null)
      return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidBase64Binary(o.hash) && (m0 & 8192) === 0)) {
      if (!vrt.prim(o.hash, o._hash, x, p, "hash", d, 0, vrt.isValidBase64Binary, "base64Binary", OWNER_9) && x.c === null)
        return false;
    }
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidString(o.title) && (m0 & 32768) === 0)) {
      if (!vrt.prim(o.title, o._title, x, p, "title", d, 0, vrt.isValidString, "string", OWNER_9) && x.c === null)
        return false;
    }
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidDateTime(o.creation) && (m0 & 131072) === 0)) {
      if (!vrt.prim(o.creation, o._creation, x, p, "creation", d, 0, vrt.isValidDateTime, "dateTime", OWNER_9) && x.c === null)
        return false;
    }
  }
  if ((m0 & 192) !== 0) {
    if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCDocumentReference1ContextRelated(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DocumentReference.context.related");
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
      case "identifier":
        n++;
        m0 |= 8;
        break;
      case "ref":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_10, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_10, true) && x.c === null)
      return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, checkCareConnectGPCDocumentReference1ContextRelatedIdentifier) && x.c === null)
      return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.ref, x, p, "ref", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  return true;
}
function checkCareConnectGPCDocumentReference1ContextRelatedIdentifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DocumentReference.context.related.identifier");
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_11, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidCode(o.use) && (m0 & 8) === 0)) {
      if (!vrt.prim(o.use, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_11) && x.c === null) return false;
    }
    if (!vrt.codeIn(o.use, vcodes.inCodes68)) {
      if (!vrt.eachWith(o.use, false, x, p, "use", vrt.checkCode, BINDING_3) && x.c === null) return false;
    }
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkConcept, BINDING_4) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidUri(o.system) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.system, o._system, x, p, "system", d, 0, vrt.isValidUri, "uri", OWNER_11) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(o.value) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.value, o._value, x, p, "value", d, 0, vrt.isValidString, "string", OWNER_11) && x.c === null)
        return false;
    }
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(o.assigner, x, p, "assigner", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.assigner, false, x, p, "assigner", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  return true;
}
function validateCareConnectGPCDocumentReference1(value, options) {
  return vrt.validateWith(value, "DocumentReference", checkCareConnectGPCDocumentReference1, true, options, REGISTRY_0);
}
function isCareConnectGPCDocumentReference1(value, options) {
  return vrt.testWith(value, checkCareConnectGPCDocumentReference1, true, options, REGISTRY_0);
}
function buildCareConnectGPCDocumentReference1(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    {
      resourceType: "DocumentReference",
      profile: "https://fhir.nhs.uk/STU3/StructureDefinition/CareConnect-GPC-DocumentReference-1"
    },
    isCareConnectGPCDocumentReference1,
    validateCareConnectGPCDocumentReference1,
    "CareConnectGPCDocumentReference1"
  );
}
