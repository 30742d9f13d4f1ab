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
var MeasureReport_exports = {};
__export(MeasureReport_exports, {
  buildMeasureReport: () => buildMeasureReport,
  checkMeasureReport: () => checkMeasureReport,
  checkMeasureReportGroup: () => checkMeasureReportGroup,
  checkMeasureReportGroupPopulation: () => checkMeasureReportGroupPopulation,
  checkMeasureReportGroupStratifier: () => checkMeasureReportGroupStratifier,
  checkMeasureReportGroupStratifierStratum: () => checkMeasureReportGroupStratifierStratum,
  checkMeasureReportGroupStratifierStratumPopulation: () => checkMeasureReportGroupStratifierStratumPopulation,
  isMeasureReport: () => isMeasureReport,
  validateMeasureReport: () => validateMeasureReport
});
module.exports = __toCommonJS(MeasureReport_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Narrative = require("./Narrative.js");
var import_Period = require("./Period.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["MeasureReport"], type: "MeasureReport", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const BINDING_1 = {
  has: vcodes.inCodes246,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/measure-report-status"
};
const BINDING_2 = {
  has: vcodes.inCodes247,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/measure-report-type"
};
const TARGETS_0 = ["Measure"];
const TARGETS_1 = ["Patient"];
const TARGETS_2 = ["Organization"];
const TARGETS_3 = ["Bundle"];
const OWNER_1 = { paths: ["MeasureReport.group"], type: "BackboneElement", exact: true };
const OWNER_2 = { paths: ["MeasureReport.group.population"], type: "BackboneElement", exact: true };
const BINDING_3 = {
  has: vcodes.inCodings245,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/measure-population"
};
const TARGETS_4 = ["List"];
const OWNER_3 = { paths: ["MeasureReport.group.stratifier"], type: "BackboneElement", exact: true };
const OWNER_4 = {
  paths: ["MeasureReport.group.stratifier.stratum"],
  type: "BackboneElement",
  exact: true
};
const OWNER_5 = {
  paths: ["MeasureReport.group.stratifier.stratum.population"],
  type: "BackboneElement",
  exact: true
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/MeasureReport",
      check: checkMeasureReport,
      type: "MeasureReport",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkMeasureReport(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MeasureReport");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "MeasureReport") && x.c === null) return false;
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
      case "status":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "type":
        m0 |= 16384;
        e10 = o[k];
        break;
      case "measure":
        m0 |= 65536;
        e11 = o[k];
        break;
      case "patient":
        m0 |= 131072;
        e12 = o[k];
        break;
      case "date":
        m0 |= 262144;
        e13 = o[k];
        break;
      case "reportingOrganization":
        m0 |= 1048576;
        e14 = o[k];
        break;
      case "period":
        m0 |= 2097152;
        e15 = o[k];
        break;
      case "group":
        m0 |= 4194304;
        e16 = o[k];
        break;
      case "evaluatedResources":
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
      case "_status":
        m0 |= 8192;
        break;
      case "_type":
        m0 |= 32768;
        break;
      case "_date":
        m0 |= 524288;
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
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(e8, x, p, "identifier", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e9) && (m0 & 8192) === 0)) {
    if (!vrt.prim(e9, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e9, vcodes.inCodes246)) {
    if (!vrt.eachWith(e9, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e10) && (m0 & 32768) === 0)) {
    if (!vrt.prim(e10, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e10, vcodes.inCodes247)) {
    if (!vrt.eachWith(e10, false, x, p, "type", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if (!vrt.one(e11, x, p, "measure", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e11, false, x, p, "measure", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(e12, x, p, "patient", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e12, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidDateTime(e13) && (m0 & 524288) === 0)) {
      if (!vrt.prim(e13, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(e14, x, p, "reportingOrganization", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e14, false, x, p, "reportingOrganization", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (!vrt.one(e15, x, p, "period", d, 1, import_Period.checkPeriod) && x.c === null) return false;
  if ((m0 & 4194304) !== 0) {
    if (!vrt.many(e16, x, p, "group", d, 0, -1, checkMeasureReportGroup) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(e17, x, p, "evaluatedResources", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e17, false, x, p, "evaluatedResources", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
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
function checkMeasureReportGroup(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MeasureReport.group");
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
      case "modifierExtension":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "identifier":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "population":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "measureScore":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "stratifier":
        n++;
        m0 |= 128;
        e6 = o[k];
        break;
      case "_measureScore":
        n++;
        m0 |= 64;
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
  if (!vrt.one(e3, x, p, "identifier", d, 1, import_Identifier.checkIdentifier) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.many(e4, x, p, "population", d, 0, -1, checkMeasureReportGroupPopulation) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidDecimal(e5) && (m0 & 64) === 0)) {
      if (!vrt.prim(e5, o._measureScore, x, p, "measureScore", d, 0, vrt.isValidDecimal, "decimal", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.many(e6, x, p, "stratifier", d, 0, -1, checkMeasureReportGroupStratifier) && x.c === null) return false;
  }
  return true;
}
function checkMeasureReportGroupPopulation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MeasureReport.group.population");
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
      case "modifierExtension":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "identifier":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "code":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "count":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "patients":
        n++;
        m0 |= 128;
        e6 = o[k];
        break;
      case "_count":
        n++;
        m0 |= 64;
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
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "identifier", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "code", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "code", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidInteger(e5) && (m0 & 64) === 0)) {
      if (!vrt.prim(e5, o._count, x, p, "count", d, 0, vrt.isValidInteger, "integer", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e6, x, p, "patients", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e6, false, x, p, "patients", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  }
  return true;
}
function checkMeasureReportGroupStratifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MeasureReport.group.stratifier");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4;
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
      case "identifier":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "stratum":
        n++;
        m0 |= 16;
        e4 = o[k];
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "identifier", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.many(e4, x, p, "stratum", d, 0, -1, checkMeasureReportGroupStratifierStratum) && x.c === null)
      return false;
  }
  return true;
}
function checkMeasureReportGroupStratifierStratum(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MeasureReport.group.stratifier.stratum");
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
      case "value":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "population":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "measureScore":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "_value":
        n++;
        m0 |= 16;
        break;
      case "_measureScore":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_4) && x.c === null)
      return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.many(e4, x, p, "population", d, 0, -1, checkMeasureReportGroupStratifierStratumPopulation) && x.c === null)
      return false;
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidDecimal(e5) && (m0 & 128) === 0)) {
      if (!vrt.prim(e5, o._measureScore, x, p, "measureScore", d, 0, vrt.isValidDecimal, "decimal", OWNER_4) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkMeasureReportGroupStratifierStratumPopulation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MeasureReport.group.stratifier.stratum.population");
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
      case "modifierExtension":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "identifier":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "code":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "count":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "patients":
        n++;
        m0 |= 128;
        e6 = o[k];
        break;
      case "_count":
        n++;
        m0 |= 64;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_5, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "identifier", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "code", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "code", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidInteger(e5) && (m0 & 64) === 0)) {
      if (!vrt.prim(e5, o._count, x, p, "count", d, 0, vrt.isValidInteger, "integer", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e6, x, p, "patients", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e6, false, x, p, "patients", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  }
  return true;
}
function validateMeasureReport(value, options) {
  return vrt.validateWith(value, "MeasureReport", checkMeasureReport, true, options, REGISTRY_0);
}
function isMeasureReport(value, options) {
  return vrt.testWith(value, checkMeasureReport, true, options, REGISTRY_0);
}
function buildMeasureReport(input) {
  return (0, import_fill.fillAndCheck)(
    input,
    { resourceType: "MeasureReport" },
    isMeasureReport,
    validateMeasureReport,
    "MeasureReport"
  );
}
