import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_date",
  "_id",
  "_implicitRules",
  "_language",
  "_status",
  "_type",
  "contained",
  "date",
  "evaluatedResources",
  "extension",
  "group",
  "id",
  "identifier",
  "implicitRules",
  "language",
  "measure",
  "meta",
  "modifierExtension",
  "patient",
  "period",
  "reportingOrganization",
  "resourceType",
  "status",
  "text",
  "type"
]);
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
const TARGETS_0 = /* @__PURE__ */ new Set(["Measure"]);
const TARGETS_1 = /* @__PURE__ */ new Set(["Patient"]);
const TARGETS_2 = /* @__PURE__ */ new Set(["Organization"]);
const TARGETS_3 = /* @__PURE__ */ new Set(["Bundle"]);
const KEYS_1 = /* @__PURE__ */ new Set([
  "_measureScore",
  "extension",
  "id",
  "identifier",
  "measureScore",
  "modifierExtension",
  "population",
  "stratifier"
]);
const OWNER_1 = { paths: ["MeasureReport.group"], type: "BackboneElement", exact: true };
const KEYS_2 = /* @__PURE__ */ new Set([
  "_count",
  "code",
  "count",
  "extension",
  "id",
  "identifier",
  "modifierExtension",
  "patients"
]);
const OWNER_2 = { paths: ["MeasureReport.group.population"], type: "BackboneElement", exact: true };
const BINDING_3 = {
  has: vcodes.inCodes245,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/measure-population"
};
const TARGETS_4 = /* @__PURE__ */ new Set(["List"]);
const KEYS_3 = /* @__PURE__ */ new Set(["extension", "id", "identifier", "modifierExtension", "stratum"]);
const OWNER_3 = { paths: ["MeasureReport.group.stratifier"], type: "BackboneElement", exact: true };
const KEYS_4 = /* @__PURE__ */ new Set([
  "_measureScore",
  "_value",
  "extension",
  "id",
  "measureScore",
  "modifierExtension",
  "population",
  "value"
]);
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
  if (!vrt.checkKeys(o, KEYS_0, x, p, false) && x.c === null) return false;
  if (o.id !== void 0 || o._id !== void 0) {
    if (!(vrt.isValidId(o.id) && o._id === void 0)) {
      if (!vrt.prim(o.id, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if (o.meta !== void 0) {
    if (!vrt.one(o.meta, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
  }
  if (o.implicitRules !== void 0 || o._implicitRules !== void 0) {
    if (!(vrt.isValidUri(o.implicitRules) && o._implicitRules === void 0)) {
      if (!vrt.prim(o.implicitRules, o._implicitRules, x, p, "implicitRules", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.language !== void 0 || o._language !== void 0) {
    if (!(vrt.isValidCode(o.language) && o._language === void 0)) {
      if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.language, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
  }
  if (o.text !== void 0) {
    if (!vrt.one(o.text, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
  }
  if (o.contained !== void 0) {
    if (!vrt.many(o.contained, x, p, "contained", d, 0, -1, vrt.checkContainedResource) && x.c === null) return false;
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if (o.identifier !== void 0) {
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  if (!(vrt.isValidCode(o.type) && o._type === void 0)) {
    if (!vrt.prim(o.type, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_2) && x.c === null) return false;
  if (!vrt.one(o.measure, x, p, "measure", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.measure, false, x, p, "measure", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
    return false;
  if (o.patient !== void 0) {
    if (!vrt.one(o.patient, x, p, "patient", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.patient, false, x, p, "patient", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.date !== void 0 || o._date !== void 0) {
    if (!(vrt.isValidDateTime(o.date) && o._date === void 0)) {
      if (!vrt.prim(o.date, o._date, x, p, "date", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.reportingOrganization !== void 0) {
    if (!vrt.one(o.reportingOrganization, x, p, "reportingOrganization", d, 0, checkReference) && x.c === null)
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
  if (!vrt.one(o.period, x, p, "period", d, 1, checkPeriod) && x.c === null) return false;
  if (o.group !== void 0) {
    if (!vrt.many(o.group, x, p, "group", d, 0, -1, checkMeasureReportGroup) && x.c === null) return false;
  }
  if (o.evaluatedResources !== void 0) {
    if (!vrt.one(o.evaluatedResources, x, p, "evaluatedResources", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.evaluatedResources, false, x, p, "evaluatedResources", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  return true;
}
function checkMeasureReportGroup(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MeasureReport.group");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_1, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null)
      return false;
  }
  if (!vrt.one(o.identifier, x, p, "identifier", d, 1, checkIdentifier) && x.c === null) return false;
  if (o.population !== void 0) {
    if (!vrt.many(o.population, x, p, "population", d, 0, -1, checkMeasureReportGroupPopulation) && x.c === null)
      return false;
  }
  if (o.measureScore !== void 0 || o._measureScore !== void 0) {
    if (!(vrt.isValidDecimal(o.measureScore) && o._measureScore === void 0)) {
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
  if (o.stratifier !== void 0) {
    if (!vrt.many(o.stratifier, x, p, "stratifier", d, 0, -1, checkMeasureReportGroupStratifier) && x.c === null)
      return false;
  }
  return true;
}
function checkMeasureReportGroupPopulation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MeasureReport.group.population");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_2, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null)
      return false;
  }
  if (o.identifier !== void 0) {
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if (o.code !== void 0) {
    if (!vrt.one(o.code, x, p, "code", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.code, false, x, p, "code", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if (o.count !== void 0 || o._count !== void 0) {
    if (!(vrt.isValidInteger(o.count) && o._count === void 0)) {
      if (!vrt.prim(o.count, o._count, x, p, "count", d, 0, vrt.isValidInteger, "integer", OWNER_2) && x.c === null)
        return false;
    }
  }
  if (o.patients !== void 0) {
    if (!vrt.one(o.patients, x, p, "patients", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.patients, false, x, p, "patients", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  return true;
}
function checkMeasureReportGroupStratifier(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MeasureReport.group.stratifier");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_3, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null)
      return false;
  }
  if (o.identifier !== void 0) {
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if (o.stratum !== void 0) {
    if (!vrt.many(o.stratum, x, p, "stratum", d, 0, -1, checkMeasureReportGroupStratifierStratum) && x.c === null)
      return false;
  }
  return true;
}
function checkMeasureReportGroupStratifierStratum(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MeasureReport.group.stratifier.stratum");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_4, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(o.value) && o._value === void 0)) {
    if (!vrt.prim(o.value, o._value, x, p, "value", d, 1, vrt.isValidString, "string", OWNER_4) && x.c === null)
      return false;
  }
  if (o.population !== void 0) {
    if (!vrt.many(o.population, x, p, "population", d, 0, -1, checkMeasureReportGroupStratifierStratumPopulation) && x.c === null)
      return false;
  }
  if (o.measureScore !== void 0 || o._measureScore !== void 0) {
    if (!(vrt.isValidDecimal(o.measureScore) && o._measureScore === void 0)) {
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
  if (!vrt.checkKeys(o, KEYS_2, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_5, true) && x.c === null)
      return false;
  }
  if (o.identifier !== void 0) {
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if (o.code !== void 0) {
    if (!vrt.one(o.code, x, p, "code", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.code, false, x, p, "code", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if (o.count !== void 0 || o._count !== void 0) {
    if (!(vrt.isValidInteger(o.count) && o._count === void 0)) {
      if (!vrt.prim(o.count, o._count, x, p, "count", d, 0, vrt.isValidInteger, "integer", OWNER_5) && x.c === null)
        return false;
    }
  }
  if (o.patients !== void 0) {
    if (!vrt.one(o.patients, x, p, "patients", d, 0, checkReference) && x.c === null) return false;
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
  return fillAndCheck(
    input,
    { resourceType: "MeasureReport" },
    isMeasureReport,
    validateMeasureReport,
    "MeasureReport"
  );
}
export {
  buildMeasureReport,
  checkMeasureReport,
  checkMeasureReportGroup,
  checkMeasureReportGroupPopulation,
  checkMeasureReportGroupStratifier,
  checkMeasureReportGroupStratifierStratum,
  checkMeasureReportGroupStratifierStratumPopulation,
  isMeasureReport,
  validateMeasureReport
};
