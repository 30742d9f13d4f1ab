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
var ParameterDefinition_exports = {};
__export(ParameterDefinition_exports, {
  checkParameterDefinition: () => checkParameterDefinition,
  isParameterDefinition: () => isParameterDefinition,
  validateParameterDefinition: () => validateParameterDefinition
});
module.exports = __toCommonJS(ParameterDefinition_exports);
var import_Reference = require("./Reference.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["ParameterDefinition"], type: "ParameterDefinition", exact: false };
const BINDING_0 = {
  has: vcodes.inCodes262,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/operation-parameter-use"
};
const BINDING_1 = {
  has: vcodes.inCodes159,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/all-types"
};
const TARGETS_0 = ["StructureDefinition"];
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkParameterDefinition(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ParameterDefinition");
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
      case "name":
        n++;
        m0 |= 4;
        break;
      case "use":
        n++;
        m0 |= 16;
        break;
      case "min":
        n++;
        m0 |= 64;
        break;
      case "max":
        n++;
        m0 |= 256;
        break;
      case "documentation":
        n++;
        m0 |= 1024;
        break;
      case "type":
        n++;
        m0 |= 4096;
        break;
      case "profile":
        n++;
        m0 |= 16384;
        break;
      case "_name":
        n++;
        m0 |= 8;
        break;
      case "_use":
        n++;
        m0 |= 32;
        break;
      case "_min":
        n++;
        m0 |= 128;
        break;
      case "_max":
        n++;
        m0 |= 512;
        break;
      case "_documentation":
        n++;
        m0 |= 2048;
        break;
      case "_type":
        n++;
        m0 |= 8192;
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
    if (!(vrt.isValidCode(o.name) && (m0 & 8) === 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(o.use) && (m0 & 32) === 0)) {
    if (!vrt.prim(o.use, o._use, x, p, "use", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(o.use, vcodes.inCodes262)) {
    if (!vrt.eachWith(o.use, false, x, p, "use", vrt.checkCode, BINDING_0) && x.c === null) return false;
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidInteger(o.min) && (m0 & 128) === 0)) {
      if (!vrt.prim(o.min, o._min, x, p, "min", d, 0, vrt.isValidInteger, "integer", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(o.max) && (m0 & 512) === 0)) {
      if (!vrt.prim(o.max, o._max, x, p, "max", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidString(o.documentation) && (m0 & 2048) === 0)) {
      if (!vrt.prim(
        o.documentation,
        o._documentation,
        x,
        p,
        "documentation",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(o.type) && (m0 & 8192) === 0)) {
    if (!vrt.prim(o.type, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(o.type, vcodes.inCodes159)) {
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(o.profile, x, p, "profile", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.profile, false, x, p, "profile", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  return true;
}
function validateParameterDefinition(value, options) {
  return vrt.validateWith(value, "ParameterDefinition", checkParameterDefinition, false, options, REGISTRY_0);
}
function isParameterDefinition(value, options) {
  return vrt.testWith(value, checkParameterDefinition, false, options, REGISTRY_0);
}
