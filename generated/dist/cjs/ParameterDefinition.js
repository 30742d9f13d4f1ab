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
const KEYS_0 = /* @__PURE__ */ new Set([
  "_documentation",
  "_max",
  "_min",
  "_name",
  "_type",
  "_use",
  "documentation",
  "extension",
  "id",
  "max",
  "min",
  "name",
  "profile",
  "type",
  "use"
]);
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
const TARGETS_0 = /* @__PURE__ */ new Set(["StructureDefinition"]);
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
  if (!vrt.checkKeys(o, KEYS_0, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if (o.name !== void 0 || o._name !== void 0) {
    if (!(vrt.isValidCode(o.name) && o._name === void 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(o.use) && o._use === void 0)) {
    if (!vrt.prim(o.use, o._use, x, p, "use", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.eachWith(o.use, false, x, p, "use", vrt.checkCode, BINDING_0) && x.c === null) return false;
  if (o.min !== void 0 || o._min !== void 0) {
    if (!(vrt.isValidInteger(o.min) && o._min === void 0)) {
      if (!vrt.prim(o.min, o._min, x, p, "min", d, 0, vrt.isValidInteger, "integer", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.max !== void 0 || o._max !== void 0) {
    if (!(vrt.isValidString(o.max) && o._max === void 0)) {
      if (!vrt.prim(o.max, o._max, x, p, "max", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.documentation !== void 0 || o._documentation !== void 0) {
    if (!(vrt.isValidString(o.documentation) && o._documentation === void 0)) {
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
  if (!(vrt.isValidCode(o.type) && o._type === void 0)) {
    if (!vrt.prim(o.type, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_1) && x.c === null) return false;
  if (o.profile !== void 0) {
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
