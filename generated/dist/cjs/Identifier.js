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
var Identifier_exports = {};
__export(Identifier_exports, {
  checkIdentifier: () => checkIdentifier,
  isIdentifier: () => isIdentifier,
  validateIdentifier: () => validateIdentifier
});
module.exports = __toCommonJS(Identifier_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Period = require("./Period.js");
var import_Reference = require("./Reference.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["Identifier"], type: "Identifier", exact: false };
const BINDING_0 = {
  has: vcodes.inCodes68,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-use"
};
const BINDING_1 = {
  has: vcodes.inCodings69,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/identifier-type"
};
const TARGETS_0 = ["Organization"];
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkIdentifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Identifier");
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidCode(o.use) && (m0 & 8) === 0)) {
      if (!vrt.prim(o.use, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
    }
    if (!vrt.codeIn(o.use, vcodes.inCodes68)) {
      if (!vrt.eachWith(o.use, false, x, p, "use", vrt.checkCode, BINDING_0) && x.c === null) return false;
    }
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkConcept, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidUri(o.system) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.system, o._system, x, p, "system", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(o.value) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.value, o._value, x, p, "value", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(o.period, x, p, "period", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(o.assigner, x, p, "assigner", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.assigner, false, x, p, "assigner", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  return true;
}
function validateIdentifier(value, options) {
  return vrt.validateWith(value, "Identifier", checkIdentifier, false, options, REGISTRY_0);
}
function isIdentifier(value, options) {
  return vrt.testWith(value, checkIdentifier, false, options, REGISTRY_0);
}
