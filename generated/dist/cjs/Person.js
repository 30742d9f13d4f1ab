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
var Person_exports = {};
__export(Person_exports, {
  buildPerson: () => buildPerson,
  checkPerson: () => checkPerson,
  checkPersonLink: () => checkPersonLink,
  isPerson: () => isPerson,
  validatePerson: () => validatePerson
});
module.exports = __toCommonJS(Person_exports);
var import_Address = require("./Address.js");
var import_Attachment = require("./Attachment.js");
var import_ContactPoint = require("./ContactPoint.js");
var import_HumanName = require("./HumanName.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["Person"], type: "Person", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes109,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/administrative-gender"
};
const TARGETS_0 = ["Organization"];
const OWNER_1 = { paths: ["Person.link"], type: "BackboneElement", exact: true };
const TARGETS_1 = ["Patient", "Person", "Practitioner", "RelatedPerson"];
const BINDING_2 = {
  has: vcodes.inCodes263,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/identity-assuranceLevel"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    { url: "http://hl7.org/fhir/StructureDefinition/Person", check: checkPerson, type: "Person", base: true }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkPerson(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Person");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Person") && x.c === null) return false;
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
      case "name":
        m0 |= 4096;
        break;
      case "telecom":
        m0 |= 8192;
        break;
      case "gender":
        m0 |= 16384;
        break;
      case "birthDate":
        m0 |= 65536;
        break;
      case "address":
        m0 |= 262144;
        break;
      case "photo":
        m0 |= 524288;
        break;
      case "managingOrganization":
        m0 |= 1048576;
        break;
      case "active":
        m0 |= 2097152;
        break;
      case "link":
        m0 |= 8388608;
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
      case "_gender":
        m0 |= 32768;
        break;
      case "_birthDate":
        m0 |= 131072;
        break;
      case "_active":
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
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(o.name, x, p, "name", d, 0, -1, import_HumanName.checkHumanName) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(o.telecom, x, p, "telecom", d, 0, -1, import_ContactPoint.checkContactPoint) && x.c === null) return false;
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidCode(o.gender) && (m0 & 32768) === 0)) {
      if (!vrt.prim(o.gender, o._gender, x, p, "gender", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.gender, vcodes.inCodes109)) {
      if (!vrt.eachWith(o.gender, false, x, p, "gender", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidDate(o.birthDate) && (m0 & 131072) === 0)) {
      if (!vrt.prim(o.birthDate, o._birthDate, x, p, "birthDate", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.many(o.address, x, p, "address", d, 0, -1, import_Address.checkAddress) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(o.photo, x, p, "photo", d, 0, import_Attachment.checkAttachment) && x.c === null) return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(o.managingOrganization, x, p, "managingOrganization", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.managingOrganization, false, x, p, "managingOrganization", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidBoolean(o.active) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(o.active, o._active, x, p, "active", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.many(o.link, x, p, "link", d, 0, -1, checkPersonLink) && x.c === null) return false;
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
function checkPersonLink(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Person.link");
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
      case "target":
        n++;
        m0 |= 8;
        break;
      case "assurance":
        n++;
        m0 |= 16;
        break;
      case "_assurance":
        n++;
        m0 |= 32;
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
  if (!vrt.one(o.target, x, p, "target", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.target, false, x, p, "target", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidCode(o.assurance) && (m0 & 32) === 0)) {
      if (!vrt.prim(o.assurance, o._assurance, x, p, "assurance", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.assurance, vcodes.inCodes263)) {
      if (!vrt.eachWith(o.assurance, false, x, p, "assurance", vrt.checkCode, BINDING_2) && x.c === null) return false;
    }
  }
  return true;
}
function validatePerson(value, options) {
  return vrt.validateWith(value, "Person", checkPerson, true, options, REGISTRY_0);
}
function isPerson(value, options) {
  return vrt.testWith(value, checkPerson, true, options, REGISTRY_0);
}
function buildPerson(input) {
  return (0, import_fill.fillAndCheck)(input, { resourceType: "Person" }, isPerson, validatePerson, "Person");
}
