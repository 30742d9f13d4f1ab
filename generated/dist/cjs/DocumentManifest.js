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
var DocumentManifest_exports = {};
__export(DocumentManifest_exports, {
  buildDocumentManifest: () => buildDocumentManifest,
  checkDocumentManifest: () => checkDocumentManifest,
  checkDocumentManifestContent: () => checkDocumentManifestContent,
  checkDocumentManifestRelated: () => checkDocumentManifestRelated,
  isDocumentManifest: () => isDocumentManifest,
  validateDocumentManifest: () => validateDocumentManifest
});
module.exports = __toCommonJS(DocumentManifest_exports);
var import_Attachment = require("./Attachment.js");
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["DocumentManifest"], type: "DocumentManifest", exact: true };
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
const TARGETS_0 = ["Device", "Group", "Patient", "Practitioner"];
const TARGETS_1 = ["Device", "Organization", "Patient", "Practitioner", "RelatedPerson"];
const TARGETS_2 = ["Organization", "Patient", "Practitioner", "RelatedPerson"];
const OWNER_1 = { paths: ["DocumentManifest.content"], type: "BackboneElement", exact: true };
const CHOICE_0 = vrt.choiceVariants(["pAttachment", "pReference"]);
const OWNER_2 = { paths: ["DocumentManifest.related"], type: "BackboneElement", exact: true };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/DocumentManifest",
      check: checkDocumentManifest,
      type: "DocumentManifest",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkDocumentManifest(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DocumentManifest");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "DocumentManifest") && x.c === null) return false;
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
      case "masterIdentifier":
        m0 |= 2048;
        break;
      case "identifier":
        m0 |= 4096;
        break;
      case "status":
        m0 |= 8192;
        break;
      case "type":
        m0 |= 32768;
        break;
      case "subject":
        m0 |= 65536;
        break;
      case "created":
        m0 |= 131072;
        break;
      case "author":
        m0 |= 524288;
        break;
      case "recipient":
        m0 |= 1048576;
        break;
      case "source":
        m0 |= 2097152;
        break;
      case "description":
        m0 |= 8388608;
        break;
      case "content":
        m0 |= 33554432;
        break;
      case "related":
        m0 |= 67108864;
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
      case "_created":
        m0 |= 262144;
        break;
      case "_source":
        m0 |= 4194304;
        break;
      case "_description":
        m0 |= 16777216;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(o.masterIdentifier, x, p, "masterIdentifier", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.status) && (m0 & 16384) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes80)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(o.subject, x, p, "subject", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidDateTime(o.created) && (m0 & 262144) === 0)) {
      if (!vrt.prim(o.created, o._created, x, p, "created", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.many(o.author, x, p, "author", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.author, true, x, p, "author", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.many(o.recipient, x, p, "recipient", d, 0, -1, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.recipient, true, x, p, "recipient", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidUri(o.source) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(o.source, o._source, x, p, "source", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidString(o.description) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!vrt.many(o.content, x, p, "content", d, 1, -1, checkDocumentManifestContent) && x.c === null) return false;
  if ((m0 & 67108864) !== 0) {
    if (!vrt.many(o.related, x, p, "related", d, 0, -1, checkDocumentManifestRelated) && x.c === null) return false;
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
function checkDocumentManifestContent(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DocumentManifest.content");
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
      case "pAttachment":
        n++;
        m0 |= 8;
        break;
      case "pReference":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null)
      return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "p", 1) && x.c === null) return false;
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.pAttachment, x, p, "p.ofType(Attachment)", d, 0, import_Attachment.checkAttachment) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.pReference, x, p, "p.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  return true;
}
function checkDocumentManifestRelated(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DocumentManifest.related");
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null)
      return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.ref, x, p, "ref", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  return true;
}
function validateDocumentManifest(value, options) {
  return vrt.validateWith(value, "DocumentManifest", checkDocumentManifest, true, options, REGISTRY_0);
}
function isDocumentManifest(value, options) {
  return vrt.testWith(value, checkDocumentManifest, true, options, REGISTRY_0);
}
function buildDocumentManifest(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "DocumentManifest" },
    isDocumentManifest,
    validateDocumentManifest,
    "DocumentManifest"
  );
}
