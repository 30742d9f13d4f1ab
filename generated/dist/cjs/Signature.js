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
var Signature_exports = {};
__export(Signature_exports, {
  checkSignature: () => checkSignature,
  isSignature: () => isSignature,
  validateSignature: () => validateSignature
});
module.exports = __toCommonJS(Signature_exports);
var import_Coding = require("./Coding.js");
var import_Reference = require("./Reference.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["Signature"], type: "Signature", exact: false };
const BINDING_0 = {
  has: vcodes.inCodings285,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/signature-type"
};
const CHOICE_0 = vrt.choiceVariants(["whoUri", "whoReference"]);
const TARGETS_0 = ["Device", "Organization", "Patient", "Practitioner", "RelatedPerson"];
const CHOICE_1 = vrt.choiceVariants(["onBehalfOfUri", "onBehalfOfReference"]);
const UNCHECKED_0 = {
  strength: "required",
  valueSet: "http://www.rfc-editor.org/bcp/bcp13.txt",
  reason: "http://www.rfc-editor.org/bcp/bcp13.txt is not a FHIR ValueSet"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkSignature(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Signature");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9;
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
      case "type":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "when":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "whoUri":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "whoReference":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "onBehalfOfUri":
        n++;
        m0 |= 256;
        e6 = o[k];
        break;
      case "onBehalfOfReference":
        n++;
        m0 |= 1024;
        e7 = o[k];
        break;
      case "contentType":
        n++;
        m0 |= 2048;
        e8 = o[k];
        break;
      case "blob":
        n++;
        m0 |= 8192;
        e9 = o[k];
        break;
      case "_when":
        n++;
        m0 |= 16;
        break;
      case "_whoUri":
        n++;
        m0 |= 64;
        break;
      case "_onBehalfOfUri":
        n++;
        m0 |= 512;
        break;
      case "_contentType":
        n++;
        m0 |= 4096;
        break;
      case "_blob":
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
  if (!vrt.many(e2, x, p, "type", d, 1, -1, import_Coding.checkCoding) && x.c === null) return false;
  if (!vrt.eachWith(e2, true, x, p, "type", vrt.checkCoding, BINDING_0) && x.c === null) return false;
  if (!(vrt.isValidInstant(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._when, x, p, "when", d, 1, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "who", 1) && x.c === null) return false;
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidUri(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._whoUri, x, p, "who.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e5, x, p, "who.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e5, false, x, p, "who.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 1792) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "onBehalfOf", 0) && x.c === null) return false;
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidUri(e6) && (m0 & 512) === 0)) {
      if (!vrt.prim(e6, o._onBehalfOfUri, x, p, "onBehalfOf.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(e7, x, p, "onBehalfOf.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e7, false, x, p, "onBehalfOf.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidCode(e8) && (m0 & 4096) === 0)) {
      if (!vrt.prim(e8, o._contentType, x, p, "contentType", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(e8, false, x, p, "contentType", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null) return false;
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidBase64Binary(e9) && (m0 & 16384) === 0)) {
      if (!vrt.prim(e9, o._blob, x, p, "blob", d, 0, vrt.isValidBase64Binary, "base64Binary", OWNER_0) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateSignature(value, options) {
  return vrt.validateWith(value, "Signature", checkSignature, false, options, REGISTRY_0);
}
function isSignature(value, options) {
  return vrt.testWith(value, checkSignature, false, options, REGISTRY_0);
}
