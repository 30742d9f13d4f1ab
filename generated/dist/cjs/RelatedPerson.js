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
var RelatedPerson_exports = {};
__export(RelatedPerson_exports, {
  buildRelatedPerson: () => buildRelatedPerson,
  checkRelatedPerson: () => checkRelatedPerson,
  isRelatedPerson: () => isRelatedPerson,
  validateRelatedPerson: () => validateRelatedPerson
});
module.exports = __toCommonJS(RelatedPerson_exports);
var import_Address = require("./Address.js");
var import_Attachment = require("./Attachment.js");
var import_CodeableConcept = require("./CodeableConcept.js");
var import_ContactPoint = require("./ContactPoint.js");
var import_HumanName = require("./HumanName.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["RelatedPerson"], type: "RelatedPerson", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = ["Patient"];
const BINDING_1 = {
  has: vcodes.inCodes109,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/administrative-gender"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/RelatedPerson",
      check: checkRelatedPerson,
      type: "RelatedPerson",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkRelatedPerson(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "RelatedPerson");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "RelatedPerson") && x.c === null) return false;
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
      case "active":
        m0 |= 4096;
        break;
      case "patient":
        m0 |= 16384;
        break;
      case "relationship":
        m0 |= 32768;
        break;
      case "name":
        m0 |= 65536;
        break;
      case "telecom":
        m0 |= 131072;
        break;
      case "gender":
        m0 |= 262144;
        break;
      case "birthDate":
        m0 |= 1048576;
        break;
      case "address":
        m0 |= 4194304;
        break;
      case "photo":
        m0 |= 8388608;
        break;
      case "period":
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
      case "_active":
        m0 |= 8192;
        break;
      case "_gender":
        m0 |= 524288;
        break;
      case "_birthDate":
        m0 |= 2097152;
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
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidBoolean(o.active) && (m0 & 8192) === 0)) {
      if (!vrt.prim(o.active, o._active, x, p, "active", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!vrt.one(o.patient, x, p, "patient", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.patient, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
    return false;
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(o.relationship, x, p, "relationship", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.many(o.name, x, p, "name", d, 0, -1, import_HumanName.checkHumanName) && x.c === null) return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.many(o.telecom, x, p, "telecom", d, 0, -1, import_ContactPoint.checkContactPoint) && x.c === null) return false;
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidCode(o.gender) && (m0 & 524288) === 0)) {
      if (!vrt.prim(o.gender, o._gender, x, p, "gender", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.gender, vcodes.inCodes109)) {
      if (!vrt.eachWith(o.gender, false, x, p, "gender", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidDate(o.birthDate) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(o.birthDate, o._birthDate, x, p, "birthDate", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.many(o.address, x, p, "address", d, 0, -1, import_Address.checkAddress) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.many(o.photo, x, p, "photo", d, 0, -1, import_Attachment.checkAttachment) && x.c === null) return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
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
function validateRelatedPerson(value, options) {
  return vrt.validateWith(value, "RelatedPerson", checkRelatedPerson, true, options, REGISTRY_0);
}
function isRelatedPerson(value, options) {
  return vrt.testWith(value, checkRelatedPerson, true, options, REGISTRY_0);
}
function buildRelatedPerson(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "RelatedPerson" },
    isRelatedPerson,
    validateRelatedPerson,
    "RelatedPerson"
  );
}
