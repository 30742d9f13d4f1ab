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
var DeviceMetric_exports = {};
__export(DeviceMetric_exports, {
  buildDeviceMetric: () => buildDeviceMetric,
  checkDeviceMetric: () => checkDeviceMetric,
  checkDeviceMetricCalibration: () => checkDeviceMetricCalibration,
  isDeviceMetric: () => isDeviceMetric,
  validateDeviceMetric: () => validateDeviceMetric
});
module.exports = __toCommonJS(DeviceMetric_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var import_Timing = require("./Timing.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["DeviceMetric"], type: "DeviceMetric", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = ["Device"];
const TARGETS_1 = ["DeviceComponent"];
const BINDING_1 = {
  has: vcodes.inCodes167,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/metric-operational-status"
};
const BINDING_2 = {
  has: vcodes.inCodes168,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/metric-color"
};
const BINDING_3 = {
  has: vcodes.inCodes169,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/metric-category"
};
const OWNER_1 = { paths: ["DeviceMetric.calibration"], type: "BackboneElement", exact: true };
const BINDING_4 = {
  has: vcodes.inCodes170,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/metric-calibration-type"
};
const BINDING_5 = {
  has: vcodes.inCodes171,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/metric-calibration-state"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/DeviceMetric",
      check: checkDeviceMetric,
      type: "DeviceMetric",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkDeviceMetric(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DeviceMetric");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "DeviceMetric") && x.c === null) return false;
  let m0 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17;
  for (const k in o) {
    switch (k) {
      case "resourceType":
        break;
      case "id":
        m0 |= 1;
        e0 = o[k];
        break;
      case "meta":
        m0 |= 4;
        e1 = o[k];
        break;
      case "implicitRules":
        m0 |= 8;
        e2 = o[k];
        break;
      case "language":
        m0 |= 32;
        e3 = o[k];
        break;
      case "text":
        m0 |= 128;
        e4 = o[k];
        break;
      case "contained":
        m0 |= 256;
        e5 = o[k];
        break;
      case "extension":
        m0 |= 512;
        e6 = o[k];
        break;
      case "modifierExtension":
        m0 |= 1024;
        e7 = o[k];
        break;
      case "identifier":
        m0 |= 2048;
        e8 = o[k];
        break;
      case "type":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "unit":
        m0 |= 8192;
        e10 = o[k];
        break;
      case "source":
        m0 |= 16384;
        e11 = o[k];
        break;
      case "parent":
        m0 |= 32768;
        e12 = o[k];
        break;
      case "operationalStatus":
        m0 |= 65536;
        e13 = o[k];
        break;
      case "color":
        m0 |= 262144;
        e14 = o[k];
        break;
      case "category":
        m0 |= 1048576;
        e15 = o[k];
        break;
      case "measurementPeriod":
        m0 |= 4194304;
        e16 = o[k];
        break;
      case "calibration":
        m0 |= 8388608;
        e17 = o[k];
        break;
      case "_id":
        m0 |= 2;
        break;
      case "_implicitRules":
        m0 |= 16;
        break;
      case "_language":
        m0 |= 64;
        break;
      case "_operationalStatus":
        m0 |= 131072;
        break;
      case "_color":
        m0 |= 524288;
        break;
      case "_category":
        m0 |= 2097152;
        break;
      default:
        if (!vrt.unknownKey(o, k, x, p) && x.c === null) return false;
    }
  }
  if ((m0 & 3) !== 0) {
    if (!(vrt.isValidId(e0) && (m0 & 2) === 0)) {
      if (!vrt.prim(e0, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(e1, x, p, "meta", d, 0, import_Meta.checkMeta) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidUri(e2) && (m0 & 16) === 0)) {
      if (!vrt.prim(e2, o._implicitRules, x, p, "implicitRules", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidCode(e3) && (m0 & 64) === 0)) {
      if (!vrt.prim(e3, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e3, vcodes.inCodes1)) {
      if (!vrt.eachWith(e3, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e4, x, p, "text", d, 0, import_Narrative.checkNarrative) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(e5, x, p, "contained", d, 0, -1, vrt.checkContainedResource) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.checkExtensions(e6, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(e7, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null) return false;
  }
  if (!vrt.one(e8, x, p, "identifier", d, 1, import_Identifier.checkIdentifier) && x.c === null) return false;
  if (!vrt.one(e9, x, p, "type", d, 1, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 8192) !== 0) {
    if (!vrt.one(e10, x, p, "unit", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(e11, x, p, "source", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e11, false, x, p, "source", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(e12, x, p, "parent", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e12, false, x, p, "parent", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidCode(e13) && (m0 & 131072) === 0)) {
      if (!vrt.prim(e13, o._operationalStatus, x, p, "operationalStatus", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e13, vcodes.inCodes167)) {
      if (!vrt.eachWith(e13, false, x, p, "operationalStatus", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidCode(e14) && (m0 & 524288) === 0)) {
      if (!vrt.prim(e14, o._color, x, p, "color", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
    }
    if (!vrt.codeIn(e14, vcodes.inCodes168)) {
      if (!vrt.eachWith(e14, false, x, p, "color", vrt.checkCode, BINDING_2) && x.c === null) return false;
    }
  }
  if (!(vrt.isValidCode(e15) && (m0 & 2097152) === 0)) {
    if (!vrt.prim(e15, o._category, x, p, "category", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(e15, vcodes.inCodes169)) {
    if (!vrt.eachWith(e15, false, x, p, "category", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(e16, x, p, "measurementPeriod", d, 0, import_Timing.checkTiming) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.many(e17, x, p, "calibration", d, 0, -1, checkDeviceMetricCalibration) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  }
  return true;
}
function checkDeviceMetricCalibration(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DeviceMetric.calibration");
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
      case "modifierExtension":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "type":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "state":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "time":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "_type":
        n++;
        m0 |= 16;
        break;
      case "_state":
        n++;
        m0 |= 64;
        break;
      case "_time":
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
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidCode(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._type, x, p, "type", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
    }
    if (!vrt.codeIn(e3, vcodes.inCodes170)) {
      if (!vrt.eachWith(e3, false, x, p, "type", vrt.checkCode, BINDING_4) && x.c === null) return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidCode(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._state, x, p, "state", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
    }
    if (!vrt.codeIn(e4, vcodes.inCodes171)) {
      if (!vrt.eachWith(e4, false, x, p, "state", vrt.checkCode, BINDING_5) && x.c === null) return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidInstant(e5) && (m0 & 256) === 0)) {
      if (!vrt.prim(e5, o._time, x, p, "time", d, 0, vrt.isValidInstant, "instant", OWNER_1) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateDeviceMetric(value, options) {
  return vrt.validateWith(value, "DeviceMetric", checkDeviceMetric, true, options, REGISTRY_0);
}
function isDeviceMetric(value, options) {
  return vrt.testWith(value, checkDeviceMetric, true, options, REGISTRY_0);
}
function buildDeviceMetric(input) {
  return (0, import_fill.fillAndCheck)(input, { resourceType: "DeviceMetric" }, isDeviceMetric, validateDeviceMetric, "DeviceMetric");
}
