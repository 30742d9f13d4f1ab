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
var Coding_exports = {};
__export(Coding_exports, {
  checkCoding: () => checkCoding,
  isCoding: () => isCoding,
  validateCoding: () => validateCoding
});
module.exports = __toCommonJS(Coding_exports);
var vrt = __toESM(require("./runtime/validate/index.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const KEYS_0 = /* @__PURE__ */ new Set([
  "_code",
  "_display",
  "_system",
  "_userSelected",
  "_version",
  "code",
  "display",
  "extension",
  "id",
  "system",
  "userSelected",
  "version"
]);
const OWNER_0 = { paths: ["Coding"], type: "Coding", exact: false };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkCoding(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Coding");
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
  if (o.system !== void 0 || o._system !== void 0) {
    if (!(vrt.isValidUri(o.system) && o._system === void 0)) {
      if (!vrt.prim(o.system, o._system, x, p, "system", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.version !== void 0 || o._version !== void 0) {
    if (!(vrt.isValidString(o.version) && o._version === void 0)) {
      if (!vrt.prim(o.version, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.code !== void 0 || o._code !== void 0) {
    if (!(vrt.isValidCode(o.code) && o._code === void 0)) {
      if (!vrt.prim(o.code, o._code, x, p, "code", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.display !== void 0 || o._display !== void 0) {
    if (!(vrt.isValidString(o.display) && o._display === void 0)) {
      if (!vrt.prim(o.display, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.userSelected !== void 0 || o._userSelected !== void 0) {
    if (!(vrt.isValidBoolean(o.userSelected) && o._userSelected === void 0)) {
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
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateCoding(value, options) {
  return vrt.validateWith(value, "Coding", checkCoding, false, options, REGISTRY_0);
}
function isCoding(value, options) {
  return vrt.testWith(value, checkCoding, false, options, REGISTRY_0);
}
