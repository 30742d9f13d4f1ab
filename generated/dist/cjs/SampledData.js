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
var SampledData_exports = {};
__export(SampledData_exports, {
  checkSampledData: () => checkSampledData,
  isSampledData: () => isSampledData,
  validateSampledData: () => validateSampledData
});
module.exports = __toCommonJS(SampledData_exports);
var import_SimpleQuantity = require("./SimpleQuantity.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["SampledData"], type: "SampledData", exact: false };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkSampledData(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "SampledData");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8;
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
      case "origin":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "period":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "factor":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "lowerLimit":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "upperLimit":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "dimensions":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "data":
        n++;
        m0 |= 8192;
        e8 = o[k];
        break;
      case "_period":
        n++;
        m0 |= 16;
        break;
      case "_factor":
        n++;
        m0 |= 64;
        break;
      case "_lowerLimit":
        n++;
        m0 |= 256;
        break;
      case "_upperLimit":
        n++;
        m0 |= 1024;
        break;
      case "_dimensions":
        n++;
        m0 |= 4096;
        break;
      case "_data":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if (!vrt.one(e2, x, p, "origin", d, 1, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  if (!(vrt.isValidDecimal(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._period, x, p, "period", d, 1, vrt.isValidDecimal, "decimal", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidDecimal(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._factor, x, p, "factor", d, 0, vrt.isValidDecimal, "decimal", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidDecimal(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._lowerLimit, x, p, "lowerLimit", d, 0, vrt.isValidDecimal, "decimal", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidDecimal(e6) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e6, o._upperLimit, x, p, "upperLimit", d, 0, vrt.isValidDecimal, "decimal", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidPositiveInt(e7) && (m0 & 4096) === 0)) {
    if (!vrt.prim(e7, o._dimensions, x, p, "dimensions", d, 1, vrt.isValidPositiveInt, "positiveInt", OWNER_0) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(e8) && (m0 & 16384) === 0)) {
    if (!vrt.prim(e8, o._data, x, p, "data", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null) return false;
  }
  return true;
}
function validateSampledData(value, options) {
  return vrt.validateWith(value, "SampledData", checkSampledData, false, options, REGISTRY_0);
}
function isSampledData(value, options) {
  return vrt.testWith(value, checkSampledData, false, options, REGISTRY_0);
}
