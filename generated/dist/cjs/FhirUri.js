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
var FhirUri_exports = {};
__export(FhirUri_exports, {
  checkFhirUri: () => checkFhirUri,
  isFhirUri: () => isFhirUri,
  validateFhirUri: () => validateFhirUri
});
module.exports = __toCommonJS(FhirUri_exports);
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
function checkFhirUri(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidUri, "uri");
}
function validateFhirUri(value, options) {
  return vrt.validateWith(value, "uri", checkFhirUri, false, options, REGISTRY_0);
}
function isFhirUri(value, options) {
  return vrt.testWith(value, checkFhirUri, false, options, REGISTRY_0);
}
