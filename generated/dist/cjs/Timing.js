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
var Timing_exports = {};
__export(Timing_exports, {
  checkTiming: () => checkTiming,
  checkTimingRepeat: () => checkTimingRepeat,
  isTiming: () => isTiming,
  validateTiming: () => validateTiming
});
module.exports = __toCommonJS(Timing_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Duration = require("./Duration.js");
var import_Period = require("./Period.js");
var import_Range = require("./Range.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vcodes = __toESM(require("./validators/codes.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const KEYS_0 = /* @__PURE__ */ new Set(["_event", "code", "event", "extension", "id", "repeat"]);
const OWNER_0 = { paths: ["Timing"], type: "Timing", exact: false };
const BINDING_0 = {
  has: vcodes.inCodes98,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/timing-abbreviation"
};
const KEYS_1 = /* @__PURE__ */ new Set([
  "_count",
  "_countMax",
  "_dayOfWeek",
  "_duration",
  "_durationMax",
  "_durationUnit",
  "_frequency",
  "_frequencyMax",
  "_offset",
  "_period",
  "_periodMax",
  "_periodUnit",
  "_timeOfDay",
  "_when",
  "boundsDuration",
  "boundsPeriod",
  "boundsRange",
  "count",
  "countMax",
  "dayOfWeek",
  "duration",
  "durationMax",
  "durationUnit",
  "extension",
  "frequency",
  "frequencyMax",
  "id",
  "offset",
  "period",
  "periodMax",
  "periodUnit",
  "timeOfDay",
  "when"
]);
const OWNER_1 = { paths: ["Timing.repeat"], type: "Element", exact: false };
const CHOICE_0 = vrt.choiceVariants(["boundsDuration", "boundsRange", "boundsPeriod"]);
const BINDING_1 = {
  has: vcodes.inCodes99,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/units-of-time"
};
const BINDING_2 = {
  has: vcodes.inCodes100,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/days-of-week"
};
const BINDING_3 = {
  has: vcodes.inCodes101,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/event-timing"
};
const INVARIANT_0 = vrt.invariant({
  key: "tim-9",
  path: "Timing.repeat",
  expression: "offset.empty() or (when.exists() and ((when in ('C' | 'CM' | 'CD' | 'CV')).not()))",
  severity: "error",
  human: "If there's an offset, there must be a when (and not C, CM, CD, CV)"
});
const INVARIANT_1 = vrt.invariant({
  key: "tim-5",
  path: "Timing.repeat",
  expression: "period.exists() implies period >= 0",
  severity: "error",
  human: "period SHALL be a non-negative value"
});
const FHIRPATH_0 = (n) => vrt.fpImplies(
  vrt.fpExists(vrt.fpChildOf(n, "period", "_period")),
  vrt.fpGe(vrt.fpChildOf(n, "period", "_period"), [0])
);
const TRANSLATED_0 = { inv: INVARIANT_1, fn: FHIRPATH_0 };
const INVARIANT_2 = vrt.invariant({
  key: "tim-6",
  path: "Timing.repeat",
  expression: "periodMax.empty() or period.exists()",
  severity: "error",
  human: "If there's a periodMax, there must be a period"
});
const FHIRPATH_1 = (n) => vrt.fpOr(
  vrt.fpEmpty(vrt.fpChildOf(n, "periodMax", "_periodMax")),
  vrt.fpExists(vrt.fpChildOf(n, "period", "_period"))
);
const TRANSLATED_1 = { inv: INVARIANT_2, fn: FHIRPATH_1 };
const INVARIANT_3 = vrt.invariant({
  key: "tim-7",
  path: "Timing.repeat",
  expression: "durationMax.empty() or duration.exists()",
  severity: "error",
  human: "If there's a durationMax, there must be a duration"
});
const FHIRPATH_2 = (n) => vrt.fpOr(
  vrt.fpEmpty(vrt.fpChildOf(n, "durationMax", "_durationMax")),
  vrt.fpExists(vrt.fpChildOf(n, "duration", "_duration"))
);
const TRANSLATED_2 = { inv: INVARIANT_3, fn: FHIRPATH_2 };
const INVARIANT_4 = vrt.invariant({
  key: "tim-8",
  path: "Timing.repeat",
  expression: "countMax.empty() or count.exists()",
  severity: "error",
  human: "If there's a countMax, there must be a count"
});
const FHIRPATH_3 = (n) => vrt.fpOr(vrt.fpEmpty(vrt.fpChildOf(n, "countMax", "_countMax")), vrt.fpExists(vrt.fpChildOf(n, "count", "_count")));
const TRANSLATED_3 = { inv: INVARIANT_4, fn: FHIRPATH_3 };
const INVARIANT_5 = vrt.invariant({
  key: "tim-1",
  path: "Timing.repeat",
  expression: "duration.empty() or durationUnit.exists()",
  severity: "error",
  human: "if there's a duration, there needs to be duration units"
});
const FHIRPATH_4 = (n) => vrt.fpOr(
  vrt.fpEmpty(vrt.fpChildOf(n, "duration", "_duration")),
  vrt.fpExists(vrt.fpChildOf(n, "durationUnit", "_durationUnit"))
);
const TRANSLATED_4 = { inv: INVARIANT_5, fn: FHIRPATH_4 };
const INVARIANT_6 = vrt.invariant({
  key: "tim-10",
  path: "Timing.repeat",
  expression: "timeOfDay.empty() or when.empty()",
  severity: "error",
  human: "If there's a timeOfDay, there cannot be be a when, or vice versa"
});
const FHIRPATH_5 = (n) => vrt.fpOr(vrt.fpEmpty(vrt.fpChildOf(n, "timeOfDay", "_timeOfDay")), vrt.fpEmpty(vrt.fpChildOf(n, "when", "_when")));
const TRANSLATED_5 = { inv: INVARIANT_6, fn: FHIRPATH_5 };
const INVARIANT_7 = vrt.invariant({
  key: "tim-2",
  path: "Timing.repeat",
  expression: "period.empty() or periodUnit.exists()",
  severity: "error",
  human: "if there's a period, there needs to be period units"
});
const FHIRPATH_6 = (n) => vrt.fpOr(
  vrt.fpEmpty(vrt.fpChildOf(n, "period", "_period")),
  vrt.fpExists(vrt.fpChildOf(n, "periodUnit", "_periodUnit"))
);
const TRANSLATED_6 = { inv: INVARIANT_7, fn: FHIRPATH_6 };
const INVARIANT_8 = vrt.invariant({
  key: "tim-4",
  path: "Timing.repeat",
  expression: "duration.exists() implies duration >= 0",
  severity: "error",
  human: "duration SHALL be a non-negative value"
});
const FHIRPATH_7 = (n) => vrt.fpImplies(
  vrt.fpExists(vrt.fpChildOf(n, "duration", "_duration")),
  vrt.fpGe(vrt.fpChildOf(n, "duration", "_duration"), [0])
);
const TRANSLATED_7 = { inv: INVARIANT_8, fn: FHIRPATH_7 };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkTiming(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Timing");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_0, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if (o.event !== void 0 || o._event !== void 0) {
    if (!vrt.prims(o.event, o._event, x, p, "event", d, 0, -1, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
      return false;
  }
  if (o.repeat !== void 0) {
    if (!vrt.one(o.repeat, x, p, "repeat", d, 0, checkTimingRepeat) && x.c === null) return false;
  }
  if (o.code !== void 0) {
    if (!vrt.one(o.code, x, p, "code", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.code, false, x, p, "code", vrt.checkConcept, BINDING_0) && x.c === null) return false;
  }
  return true;
}
function checkTimingRepeat(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Timing.repeat");
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
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "bounds", 0) && x.c === null) return false;
  if (o.boundsDuration !== void 0) {
    if (!vrt.one(o.boundsDuration, x, p, "bounds.ofType(Duration)", d, 0, import_Duration.checkDuration) && x.c === null) return false;
  }
  if (o.boundsRange !== void 0) {
    if (!vrt.one(o.boundsRange, x, p, "bounds.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if (o.boundsPeriod !== void 0) {
    if (!vrt.one(o.boundsPeriod, x, p, "bounds.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if (o.count !== void 0 || o._count !== void 0) {
    if (!(vrt.isValidInteger(o.count) && o._count === void 0)) {
      if (!vrt.prim(o.count, o._count, x, p, "count", d, 0, vrt.isValidInteger, "integer", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.countMax !== void 0 || o._countMax !== void 0) {
    if (!(vrt.isValidInteger(o.countMax) && o._countMax === void 0)) {
      if (!vrt.prim(o.countMax, o._countMax, x, p, "countMax", d, 0, vrt.isValidInteger, "integer", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.duration !== void 0 || o._duration !== void 0) {
    if (!(vrt.isValidDecimal(o.duration) && o._duration === void 0)) {
      if (!vrt.prim(o.duration, o._duration, x, p, "duration", d, 0, vrt.isValidDecimal, "decimal", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.durationMax !== void 0 || o._durationMax !== void 0) {
    if (!(vrt.isValidDecimal(o.durationMax) && o._durationMax === void 0)) {
      if (!vrt.prim(o.durationMax, o._durationMax, x, p, "durationMax", d, 0, vrt.isValidDecimal, "decimal", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.durationUnit !== void 0 || o._durationUnit !== void 0) {
    if (!(vrt.isValidCode(o.durationUnit) && o._durationUnit === void 0)) {
      if (!vrt.prim(o.durationUnit, o._durationUnit, x, p, "durationUnit", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.durationUnit, false, x, p, "durationUnit", vrt.checkCode, BINDING_1) && x.c === null)
      return false;
  }
  if (o.frequency !== void 0 || o._frequency !== void 0) {
    if (!(vrt.isValidInteger(o.frequency) && o._frequency === void 0)) {
      if (!vrt.prim(o.frequency, o._frequency, x, p, "frequency", d, 0, vrt.isValidInteger, "integer", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.frequencyMax !== void 0 || o._frequencyMax !== void 0) {
    if (!(vrt.isValidInteger(o.frequencyMax) && o._frequencyMax === void 0)) {
      if (!vrt.prim(
        o.frequencyMax,
        o._frequencyMax,
        x,
        p,
        "frequencyMax",
        d,
        0,
        vrt.isValidInteger,
        "integer",
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  if (o.period !== void 0 || o._period !== void 0) {
    if (!(vrt.isValidDecimal(o.period) && o._period === void 0)) {
      if (!vrt.prim(o.period, o._period, x, p, "period", d, 0, vrt.isValidDecimal, "decimal", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.periodMax !== void 0 || o._periodMax !== void 0) {
    if (!(vrt.isValidDecimal(o.periodMax) && o._periodMax === void 0)) {
      if (!vrt.prim(o.periodMax, o._periodMax, x, p, "periodMax", d, 0, vrt.isValidDecimal, "decimal", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.periodUnit !== void 0 || o._periodUnit !== void 0) {
    if (!(vrt.isValidCode(o.periodUnit) && o._periodUnit === void 0)) {
      if (!vrt.prim(o.periodUnit, o._periodUnit, x, p, "periodUnit", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.periodUnit, false, x, p, "periodUnit", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (o.dayOfWeek !== void 0 || o._dayOfWeek !== void 0) {
    if (!vrt.prims(o.dayOfWeek, o._dayOfWeek, x, p, "dayOfWeek", d, 0, -1, vrt.isValidCode, "code", OWNER_1) && x.c === null)
      return false;
    if (!vrt.eachWith(o.dayOfWeek, true, x, p, "dayOfWeek", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if (o.timeOfDay !== void 0 || o._timeOfDay !== void 0) {
    if (!vrt.prims(o.timeOfDay, o._timeOfDay, x, p, "timeOfDay", d, 0, -1, vrt.isValidTime, "time", OWNER_1) && x.c === null)
      return false;
  }
  if (o.when !== void 0 || o._when !== void 0) {
    if (!vrt.prims(o.when, o._when, x, p, "when", d, 0, -1, vrt.isValidCode, "code", OWNER_1) && x.c === null)
      return false;
    if (!vrt.eachWith(o.when, true, x, p, "when", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if (o.offset !== void 0 || o._offset !== void 0) {
    if (!(vrt.isValidUnsignedInt(o.offset) && o._offset === void 0)) {
      if (!vrt.prim(o.offset, o._offset, x, p, "offset", d, 0, vrt.isValidUnsignedInt, "unsignedInt", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!vrt.checkInvariant(o, x, p, INVARIANT_0) && x.c === null) return false;
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_1) && x.c === null) return false;
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_2) && x.c === null) return false;
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_3) && x.c === null) return false;
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_4) && x.c === null) return false;
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_5) && x.c === null) return false;
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_6) && x.c === null) return false;
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_7) && x.c === null) return false;
  return true;
}
function validateTiming(value, options) {
  return vrt.validateWith(value, "Timing", checkTiming, false, options, REGISTRY_0);
}
function isTiming(value, options) {
  return vrt.testWith(value, checkTiming, false, options, REGISTRY_0);
}
