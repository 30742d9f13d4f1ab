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
var Dosage_exports = {};
__export(Dosage_exports, {
  checkDosage: () => checkDosage,
  isDosage: () => isDosage,
  validateDosage: () => validateDosage
});
module.exports = __toCommonJS(Dosage_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Range = require("./Range.js");
var import_Ratio = require("./Ratio.js");
var import_SimpleQuantity = require("./SimpleQuantity.js");
var import_Timing = require("./Timing.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["Dosage"], type: "Dosage", exact: false };
const CHOICE_0 = vrt.choiceVariants(["asNeededBoolean", "asNeededCodeableConcept"]);
const CHOICE_1 = vrt.choiceVariants(["doseRange", "doseQuantity"]);
const CHOICE_2 = vrt.choiceVariants(["rateRatio", "rateRange", "rateQuantity"]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkDosage(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Dosage");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19;
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
      case "sequence":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "text":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "additionalInstruction":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "patientInstruction":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "timing":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "asNeededBoolean":
        n++;
        m0 |= 1024;
        e7 = o[k];
        break;
      case "asNeededCodeableConcept":
        n++;
        m0 |= 4096;
        e8 = o[k];
        break;
      case "site":
        n++;
        m0 |= 8192;
        e9 = o[k];
        break;
      case "route":
        n++;
        m0 |= 16384;
        e10 = o[k];
        break;
      case "method":
        n++;
        m0 |= 32768;
        e11 = o[k];
        break;
      case "doseRange":
        n++;
        m0 |= 65536;
        e12 = o[k];
        break;
      case "doseQuantity":
        n++;
        m0 |= 131072;
        e13 = o[k];
        break;
      case "maxDosePerPeriod":
        n++;
        m0 |= 262144;
        e14 = o[k];
        break;
      case "maxDosePerAdministration":
        n++;
        m0 |= 524288;
        e15 = o[k];
        break;
      case "maxDosePerLifetime":
        n++;
        m0 |= 1048576;
        e16 = o[k];
        break;
      case "rateRatio":
        n++;
        m0 |= 2097152;
        e17 = o[k];
        break;
      case "rateRange":
        n++;
        m0 |= 4194304;
        e18 = o[k];
        break;
      case "rateQuantity":
        n++;
        m0 |= 8388608;
        e19 = o[k];
        break;
      case "_sequence":
        n++;
        m0 |= 8;
        break;
      case "_text":
        n++;
        m0 |= 32;
        break;
      case "_patientInstruction":
        n++;
        m0 |= 256;
        break;
      case "_asNeededBoolean":
        n++;
        m0 |= 2048;
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
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidInteger(e2) && (m0 & 8) === 0)) {
      if (!vrt.prim(e2, o._sequence, x, p, "sequence", d, 0, vrt.isValidInteger, "integer", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 32) === 0)) {
      if (!vrt.prim(e3, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.many(e4, x, p, "additionalInstruction", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._patientInstruction, x, p, "patientInstruction", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(e6, x, p, "timing", d, 0, import_Timing.checkTiming) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 7168) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "asNeeded", 0) && x.c === null) return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(e7) && (m0 & 2048) === 0)) {
      if (!vrt.prim(
        e7,
        o._asNeededBoolean,
        x,
        p,
        "asNeeded.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.one(e8, x, p, "asNeeded.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.one(e9, x, p, "site", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(e10, x, p, "route", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(e11, x, p, "method", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 196608) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "dose", 0) && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(e12, x, p, "dose.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(e13, x, p, "dose.ofType(Quantity)", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e14, x, p, "maxDosePerPeriod", d, 0, import_Ratio.checkRatio) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(e15, x, p, "maxDosePerAdministration", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(e16, x, p, "maxDosePerLifetime", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 14680064) > 1) {
    if (!vrt.checkChoice(o, CHOICE_2, x, p, "rate", 0) && x.c === null) return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(e17, x, p, "rate.ofType(Ratio)", d, 0, import_Ratio.checkRatio) && x.c === null) return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(e18, x, p, "rate.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(e19, x, p, "rate.ofType(Quantity)", d, 0, import_SimpleQuantity.checkSimpleQuantity) && x.c === null) return false;
  }
  return true;
}
function validateDosage(value, options) {
  return vrt.validateWith(value, "Dosage", checkDosage, false, options, REGISTRY_0);
}
function isDosage(value, options) {
  return vrt.testWith(value, checkDosage, false, options, REGISTRY_0);
}
