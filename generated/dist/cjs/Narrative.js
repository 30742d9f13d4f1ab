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
var Narrative_exports = {};
__export(Narrative_exports, {
  checkNarrative: () => checkNarrative,
  isNarrative: () => isNarrative,
  validateNarrative: () => validateNarrative
});
module.exports = __toCommonJS(Narrative_exports);
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["Narrative"], type: "Narrative", exact: false };
const BINDING_0 = {
  has: vcodes.inCodes257,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/narrative-status"
};
const INVARIANT_0 = vrt.invariant({
  key: "txt-1",
  path: "Narrative.div",
  expression: "htmlchecks()",
  severity: "error",
  human: "The narrative SHALL contain only the basic html formatting elements and attributes described in chapters 7-11 (except section 4 of chapter 9) and 15 of the HTML 4.0 standard, <a> elements (either name or href), images and internally contained style attributes"
});
const INVARIANT_1 = vrt.invariant({
  key: "txt-2",
  path: "Narrative.div",
  expression: "htmlchecks()",
  severity: "error",
  human: "The narrative SHALL have some non-whitespace content"
});
const OCCURRENCE_0 = (v, x, q) => {
  let ok = true;
  if (!vrt.checkInvariant(v, x, q, INVARIANT_0)) {
    if (x.c === null) return false;
    ok = false;
  }
  if (!vrt.checkInvariant(v, x, q, INVARIANT_1)) {
    if (x.c === null) return false;
    ok = false;
  }
  return ok;
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkNarrative(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Narrative");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3;
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
      case "status":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "div":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "_status":
        n++;
        m0 |= 8;
        break;
      case "_div":
        n++;
        m0 |= 32;
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
  if (!(vrt.isValidCode(e2) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e2, vcodes.inCodes257)) {
    if (!vrt.eachWith(e2, false, x, p, "status", vrt.checkCode, BINDING_0) && x.c === null) return false;
  }
  if (!(vrt.isValidXhtml(e3) && (m0 & 32) === 0)) {
    if (!vrt.prim(e3, o._div, x, p, "div", d, 1, vrt.isValidXhtml, "xhtml", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.each(e3, false, x, p, "div", OCCURRENCE_0) && x.c === null) return false;
  return true;
}
function validateNarrative(value, options) {
  return vrt.validateWith(value, "Narrative", checkNarrative, false, options, REGISTRY_0);
}
function isNarrative(value, options) {
  return vrt.testWith(value, checkNarrative, false, options, REGISTRY_0);
}
