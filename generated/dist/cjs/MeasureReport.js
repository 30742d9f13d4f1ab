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
  for (const k in o) {
    switch (k) {
      case "resourceType":
        break;
      case "id":
        m0 |= 1;
        break;
      case "meta":
        m0 |= 4;
        break;
      case "implicitRules":
        m0 |= 8;
        break;
      case "language":
        m0 |= 32;
        break;
      case "text":
        m0 |= 128;
        break;
      case "contained":
        m0 |= 256;
        break;
      case "extension":
        m0 |= 512;
        break;
      case "modifierExtension":
        m0 |= 1024;
        break;
      case "identifier":
        m0 |= 2048;
        break;
      case "status":
        m0 |= 4096;
        break;
      case "type":
        m0 |= 16384;
        break;
      case "measure":
        m0 |= 65536;
        break;
      case "patient":
        m0 |= 131072;
        break;
      case "date":
        m0 |= 262144;
        break;
      case "reportingOrganization":
        m0 |= 1048576;
        break;
      case "period":
        m0 |= 2097152;
        break;
      case "group":
        m0 |= 4194304;
        break;
      case "evaluatedResources":
        m0 |= 8388608;
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
    if (!(vrt.isValidId(o.id) && (m0 & 2) === 0)) {
      if (!vrt.prim(o.id, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(o.meta, x, p, "meta", d, 0, import_Meta.checkMeta) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidUri(o.implicitRules) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.implicitRules, o._implicitRules, x, p, "implicitRules", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidCode(o.language) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.language, vcodes.inCodes1)) {
      if (!vrt.eachWith(o.language, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(o.text, x, p, "text", d, 0, import_Narrative.checkNarrative) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(o.contained, x, p, "contained", d, 0, -1, vrt.checkContainedResource) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.status) && (m0 & 8192) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes246)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.type) && (m0 & 32768) === 0)) {
    if (!vrt.prim(o.type, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(o.type, vcodes.inCodes247)) {
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if (!vrt.one(o.measure, x, p, "measure", d, 1, import_Reference.checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.measure, false, x, p, "measure", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
    return false;
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(o.patient, x, p, "patient", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.patient, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidDateTime(o.date) && (m0 & 524288) === 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(o.reportingOrganization, x, p, "reportingOrganization", d, 0, import_Reference.checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.reportingOrganization,
      false,
      x,
      p,
      "reportingOrganization",
      vrt.checkReferenceTarget,
      TARGETS_2
    ) && x.c === null)
      return false;
  }
  if (!vrt.one(o.period, x, p, "period", d, 1, import_Period.checkPeriod) && x.c === null) return false;
  if ((m0 & 4194304) !== 0) {
    if (!vrt.many(o.group, x, p, "group", d, 0, -1, checkMeasureReportGroup) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(o.evaluatedResources, x, p, "evaluatedResources", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.evaluatedResources, false, x, p, "evaluatedResources", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
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
  for (const k in o) {
    switch (k) {
      case "id":
        m0 |= 1;
        break;
      case "extension":
        n++;
        m0 |= 2;
        break;
      case "modifierExtension":
        n++;
        m0 |= 4;
        break;
      case "identifier":
        n++;
        m0 |= 8;
        break;
      case "population":
        n++;
        m0 |= 16;
        break;
      case "measureScore":
        n++;
        m0 |= 32;
        break;
      case "stratifier":
        n++;
        m0 |= 128;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null)
      return false;
  }
  if (!vrt.one(o.identifier, x, p, "identifier", d, 1, import_Identifier.checkIdentifier) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.many(o.population, x, p, "population", d, 0, -1, checkMeasureReportGroupPopulation) && x.c === null)
      return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidDecimal(o.measureScore) && (m0 & 64) === 0)) {
      if (!vrt.prim(
        o.measureScore,
        o._measureScore,
        x,
        p,
        "measureScore",
        d,
        0,
        vrt.isValidDecimal,
        "decimal",
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.many(o.stratifier, x, p, "stratifier", d, 0, -1, checkMeasureReportGroupStratifier) && x.c === null)
      return false;
  }
  return true;
}
function checkMeasureReportGroupPopulation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MeasureReport.group.population");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  for (const k in o) {
    switch (k) {
      case "id":
        m0 |= 1;
        break;
      case "extension":
        n++;
        m0 |= 2;
        break;
      case "modifierExtension":
        n++;
        m0 |= 4;
        break;
      case "identifier":
        n++;
        m0 |= 8;
        break;
      case "code":
        n++;
        m0 |= 16;
        break;
      case "count":
        n++;
        m0 |= 32;
        break;
      case "patients":
        n++;
        m0 |= 128;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null)
      return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.code, x, p, "code", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.code, false, x, p, "code", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidInteger(o.count) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.count, o._count, x, p, "count", d, 0, vrt.isValidInteger, "integer", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(o.patients, x, p, "patients", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.patients, false, x, p, "patients", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  return true;
}
function checkMeasureReportGroupStratifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MeasureReport.group.stratifier");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  for (const k in o) {
    switch (k) {
      case "id":
        m0 |= 1;
        break;
      case "extension":
        n++;
        m0 |= 2;
        break;
      case "modifierExtension":
        n++;
        m0 |= 4;
        break;
      case "identifier":
        n++;
        m0 |= 8;
        break;
      case "stratum":
        n++;
        m0 |= 16;
        break;
      default:
        if (!vrt.unknownKey(o, k, x, p) && x.c === null) return false;
    }
  }
  if (n === 0 && !vrt.emptyElement(x, p) && x.c === null) return false;
  if ((m0 & 1) !== 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null)
      return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.many(o.stratum, x, p, "stratum", d, 0, -1, checkMeasureReportGroupStratifierStratum) && x.c === null)
      return false;
  }
  return true;
}
function checkMeasureReportGroupStratifierStratum(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MeasureReport.group.stratifier.stratum");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  for (const k in o) {
    switch (k) {
      case "id":
        m0 |= 1;
        break;
      case "extension":
        n++;
        m0 |= 2;
        break;
      case "modifierExtension":
        n++;
        m0 |= 4;
        break;
      case "value":
        n++;
        m0 |= 8;
        break;
      case "population":
        n++;
        m0 |= 32;
        break;
      case "measureScore":
        n++;
        m0 |= 64;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(o.value) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.value, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_4) && x.c === null)
      return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.many(o.population, x, p, "population", d, 0, -1, checkMeasureReportGroupStratifierStratumPopulation) && x.c === null)
      return false;
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidDecimal(o.measureScore) && (m0 & 128) === 0)) {
      if (!vrt.prim(
        o.measureScore,
        o._measureScore,
        x,
        p,
        "measureScore",
        d,
        0,
        vrt.isValidDecimal,
        "decimal",
        OWNER_4
      ) && x.c === null)
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
  for (const k in o) {
    switch (k) {
      case "id":
        m0 |= 1;
        break;
      case "extension":
        n++;
        m0 |= 2;
        break;
      case "modifierExtension":
        n++;
        m0 |= 4;
        break;
      case "identifier":
        n++;
        m0 |= 8;
        break;
      case "code":
        n++;
        m0 |= 16;
        break;
      case "count":
        n++;
        m0 |= 32;
        break;
      case "patients":
        n++;
        m0 |= 128;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_5, true) && x.c === null)
      return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, import_Identifier.checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.code, x, p, "code", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.code, false, x, p, "code", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidInteger(o.count) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.count, o._count, x, p, "count", d, 0, vrt.isValidInteger, "integer", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(o.patients, x, p, "patients", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.patients, false, x, p, "patients", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
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
