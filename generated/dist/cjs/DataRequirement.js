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
var DataRequirement_exports = {};
__export(DataRequirement_exports, {
  checkDataRequirement: () => checkDataRequirement,
  checkDataRequirementCodeFilter: () => checkDataRequirementCodeFilter,
  checkDataRequirementDateFilter: () => checkDataRequirementDateFilter,
  isDataRequirement: () => isDataRequirement,
  validateDataRequirement: () => validateDataRequirement
});
module.exports = __toCommonJS(DataRequirement_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Coding = require("./Coding.js");
var import_Duration = require("./Duration.js");
var import_Period = require("./Period.js");
var import_Reference = require("./Reference.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["DataRequirement"], type: "DataRequirement", exact: false };
const BINDING_0 = {
  has: vcodes.inCodes159,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/all-types"
};
const OWNER_1 = { paths: ["DataRequirement.codeFilter"], type: "Element", exact: false };
const CHOICE_0 = vrt.choiceVariants(["valueSetString", "valueSetReference"]);
const TARGETS_0 = ["ValueSet"];
const OWNER_2 = { paths: ["DataRequirement.dateFilter"], type: "Element", exact: false };
const CHOICE_1 = vrt.choiceVariants(["valueDateTime", "valuePeriod", "valueDuration"]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkDataRequirement(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DataRequirement");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6;
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
      case "profile":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "mustSupport":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "codeFilter":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "dateFilter":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "_type":
        n++;
        m0 |= 8;
        break;
      case "_profile":
        n++;
        m0 |= 32;
        break;
      case "_mustSupport":
        n++;
        m0 |= 128;
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
    if (!vrt.prim(e2, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e2, vcodes.inCodes159)) {
    if (!vrt.eachWith(e2, false, x, p, "type", vrt.checkCode, BINDING_0) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prims(e3, o._profile, x, p, "profile", d, 0, -1, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 192) !== 0) {
    if (!vrt.prims(e4, o._mustSupport, x, p, "mustSupport", d, 0, -1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(e5, x, p, "codeFilter", d, 0, -1, checkDataRequirementCodeFilter) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.many(e6, x, p, "dateFilter", d, 0, -1, checkDataRequirementDateFilter) && x.c === null) return false;
  }
  return true;
}
function checkDataRequirementCodeFilter(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DataRequirement.codeFilter");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7;
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
      case "path":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "valueSetString":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "valueSetReference":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "valueCode":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "valueCoding":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "valueCodeableConcept":
        n++;
        m0 |= 1024;
        e7 = o[k];
        break;
      case "_path":
        n++;
        m0 |= 8;
        break;
      case "_valueSetString":
        n++;
        m0 |= 32;
        break;
      case "_valueCode":
        n++;
        m0 |= 256;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e2) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._path, x, p, "path", d, 1, vrt.isValidString, "string", OWNER_1) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 112) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "valueSet", 0) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 32) === 0)) {
      if (!vrt.prim(e3, o._valueSetString, x, p, "valueSet.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e4, x, p, "valueSet.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "valueSet.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 384) !== 0) {
    if (!vrt.prims(e5, o._valueCode, x, p, "valueCode", d, 0, -1, vrt.isValidCode, "code", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.many(e6, x, p, "valueCoding", d, 0, -1, import_Coding.checkCoding) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.many(e7, x, p, "valueCodeableConcept", d, 0, -1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  return true;
}
function checkDataRequirementDateFilter(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DataRequirement.dateFilter");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5;
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
      case "path":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "valueDateTime":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "valuePeriod":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "valueDuration":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "_path":
        n++;
        m0 |= 8;
        break;
      case "_valueDateTime":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e2) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._path, x, p, "path", d, 1, vrt.isValidString, "string", OWNER_2) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 240) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidDateTime(e3) && (m0 & 32) === 0)) {
      if (!vrt.prim(
        e3,
        o._valueDateTime,
        x,
        p,
        "value.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e4, x, p, "value.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e5, x, p, "value.ofType(Duration)", d, 0, import_Duration.checkDuration) && x.c === null) return false;
  }
  return true;
}
function validateDataRequirement(value, options) {
  return vrt.validateWith(value, "DataRequirement", checkDataRequirement, false, options, REGISTRY_0);
}
function isDataRequirement(value, options) {
  return vrt.testWith(value, checkDataRequirement, false, options, REGISTRY_0);
}
