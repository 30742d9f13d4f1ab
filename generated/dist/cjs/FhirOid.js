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
var FhirOid_exports = {};
__export(FhirOid_exports, {
  checkFhirOid: () => checkFhirOid,
  isFhirOid: () => isFhirOid,
  validateFhirOid: () => validateFhirOid
});
module.exports = __toCommonJS(FhirOid_exports);
var vrt = __toESM(require("./runtime/validate/index.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkFhirOid(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidOid, "oid");
}
function validateFhirOid(value, options) {
  return vrt.validateWith(value, "oid", checkFhirOid, false, options, REGISTRY_0);
}
function isFhirOid(value, options) {
  return vrt.testWith(value, checkFhirOid, false, options, REGISTRY_0);
}
