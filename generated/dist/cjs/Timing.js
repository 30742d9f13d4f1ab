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
const OWNER_0 = { paths: ["Timing"], type: "Timing", exact: false };
const BINDING_0 = {
  has: vcodes.inCodings98,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/timing-abbreviation"
};
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
const INVARIANT_2 = vrt.invariant({
  key: "tim-6",
  path: "Timing.repeat",
  expression: "periodMax.empty() or period.exists()",
  severity: "error",
  human: "If there's a periodMax, there must be a period"
});
const INVARIANT_3 = vrt.invariant({
  key: "tim-7",
  path: "Timing.repeat",
  expression: "durationMax.empty() or duration.exists()",
  severity: "error",
  human: "If there's a durationMax, there must be a duration"
});
const INVARIANT_4 = vrt.invariant({
  key: "tim-8",
  path: "Timing.repeat",
  expression: "countMax.empty() or count.exists()",
  severity: "error",
  human: "If there's a countMax, there must be a count"
});
const INVARIANT_5 = vrt.invariant({
  key: "tim-1",
  path: "Timing.repeat",
  expression: "duration.empty() or durationUnit.exists()",
  severity: "error",
  human: "if there's a duration, there needs to be duration units"
});
const INVARIANT_6 = vrt.invariant({
  key: "tim-10",
  path: "Timing.repeat",
  expression: "timeOfDay.empty() or when.empty()",
  severity: "error",
  human: "If there's a timeOfDay, there cannot be be a when, or vice versa"
});
const INVARIANT_7 = vrt.invariant({
  key: "tim-2",
  path: "Timing.repeat",
  expression: "period.empty() or periodUnit.exists()",
  severity: "error",
  human: "if there's a period, there needs to be period units"
});
const INVARIANT_8 = vrt.invariant({
  key: "tim-4",
  path: "Timing.repeat",
  expression: "duration.exists() implies duration >= 0",
  severity: "error",
  human: "duration SHALL be a non-negative value"
});
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
      case "event":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "repeat":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "code":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_event":
        n++;
        m0 |= 8;
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
    if (!vrt.prims(e2, o._event, x, p, "event", d, 0, -1, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e3, x, p, "repeat", d, 0, checkTimingRepeat) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e4, x, p, "code", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "code", vrt.checkConcept, BINDING_0) && x.c === null) return false;
  }
  return true;
}
function checkTimingRepeat(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Timing.repeat");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18;
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
      case "boundsDuration":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "boundsRange":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "boundsPeriod":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "count":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "countMax":
        n++;
        m0 |= 128;
        e6 = o[k];
        break;
      case "duration":
        n++;
        m0 |= 512;
        e7 = o[k];
        break;
      case "durationMax":
        n++;
        m0 |= 2048;
        e8 = o[k];
        break;
      case "durationUnit":
        n++;
        m0 |= 8192;
        e9 = o[k];
        break;
      case "frequency":
        n++;
        m0 |= 32768;
        e10 = o[k];
        break;
      case "frequencyMax":
        n++;
        m0 |= 131072;
        e11 = o[k];
        break;
      case "period":
        n++;
        m0 |= 524288;
        e12 = o[k];
        break;
      case "periodMax":
        n++;
        m0 |= 2097152;
        e13 = o[k];
        break;
      case "periodUnit":
        n++;
        m0 |= 8388608;
        e14 = o[k];
        break;
      case "dayOfWeek":
        n++;
        m0 |= 33554432;
        e15 = o[k];
        break;
      case "timeOfDay":
        n++;
        m0 |= 134217728;
        e16 = o[k];
        break;
      case "when":
        n++;
        m0 |= 536870912;
        e17 = o[k];
        break;
      case "offset":
        n++;
        m1 |= 1;
        e18 = o[k];
        break;
      case "_count":
        n++;
        m0 |= 64;
        break;
      case "_countMax":
        n++;
        m0 |= 256;
        break;
      case "_duration":
        n++;
        m0 |= 1024;
        break;
      case "_durationMax":
        n++;
        m0 |= 4096;
        break;
      case "_durationUnit":
        n++;
        m0 |= 16384;
        break;
      case "_frequency":
        n++;
        m0 |= 65536;
        break;
      case "_frequencyMax":
        n++;
        m0 |= 262144;
        break;
      case "_period":
        n++;
        m0 |= 1048576;
        break;
      case "_periodMax":
        n++;
        m0 |= 4194304;
        break;
      case "_periodUnit":
        n++;
        m0 |= 16777216;
        break;
      case "_dayOfWeek":
        n++;
        m0 |= 67108864;
        break;
      case "_timeOfDay":
        n++;
        m0 |= 268435456;
        break;
      case "_when":
        n++;
        m0 |= 1073741824;
        break;
      case "_offset":
        n++;
        m1 |= 2;
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
  if (vrt.bitCount(m0 & 28) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "bounds", 0) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(e2, x, p, "bounds.ofType(Duration)", d, 0, import_Duration.checkDuration) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "bounds.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "bounds.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidInteger(e5) && (m0 & 64) === 0)) {
      if (!vrt.prim(e5, o._count, x, p, "count", d, 0, vrt.isValidInteger, "integer", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidInteger(e6) && (m0 & 256) === 0)) {
      if (!vrt.prim(e6, o._countMax, x, p, "countMax", d, 0, vrt.isValidInteger, "integer", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidDecimal(e7) && (m0 & 1024) === 0)) {
      if (!vrt.prim(e7, o._duration, x, p, "duration", d, 0, vrt.isValidDecimal, "decimal", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidDecimal(e8) && (m0 & 4096) === 0)) {
      if (!vrt.prim(e8, o._durationMax, x, p, "durationMax", d, 0, vrt.isValidDecimal, "decimal", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidCode(e9) && (m0 & 16384) === 0)) {
      if (!vrt.prim(e9, o._durationUnit, x, p, "durationUnit", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e9, vcodes.inCodes99)) {
      if (!vrt.eachWith(e9, false, x, p, "durationUnit", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidInteger(e10) && (m0 & 65536) === 0)) {
      if (!vrt.prim(e10, o._frequency, x, p, "frequency", d, 0, vrt.isValidInteger, "integer", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidInteger(e11) && (m0 & 262144) === 0)) {
      if (!vrt.prim(e11, o._frequencyMax, x, p, "frequencyMax", d, 0, vrt.isValidInteger, "integer", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidDecimal(e12) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(e12, o._period, x, p, "period", d, 0, vrt.isValidDecimal, "decimal", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidDecimal(e13) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(e13, o._periodMax, x, p, "periodMax", d, 0, vrt.isValidDecimal, "decimal", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidCode(e14) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(e14, o._periodUnit, x, p, "periodUnit", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e14, vcodes.inCodes99)) {
      if (!vrt.eachWith(e14, false, x, p, "periodUnit", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 100663296) !== 0) {
    if (!vrt.prims(e15, o._dayOfWeek, x, p, "dayOfWeek", d, 0, -1, vrt.isValidCode, "code", OWNER_1) && x.c === null)
      return false;
    if (!vrt.eachWith(e15, true, x, p, "dayOfWeek", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 402653184) !== 0) {
    if (!vrt.prims(e16, o._timeOfDay, x, p, "timeOfDay", d, 0, -1, vrt.isValidTime, "time", OWNER_1) && x.c === null)
      return false;
  }
  if ((m0 & 1610612736) !== 0) {
    if (!vrt.prims(e17, o._when, x, p, "when", d, 0, -1, vrt.isValidCode, "code", OWNER_1) && x.c === null)
      return false;
    if (!vrt.eachWith(e17, true, x, p, "when", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidUnsignedInt(e18) && (m1 & 2) === 0)) {
      if (!vrt.prim(e18, o._offset, x, p, "offset", d, 0, vrt.isValidUnsignedInt, "unsignedInt", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!vrt.checkInvariant(o, x, p, INVARIANT_0) && x.c === null) return false;
  {
    let r;
    try {
      r = vrt.fpImplies3(
        vrt.fpSizeOfValue(o["_period"], o["period"]) > 0,
        vrt.fpGeValue(vrt.fpOneValue(o["_period"], o["period"]), 0)
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_1) && x.c === null) return false;
  }
  if ((m0 & 6291456) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfValue(o["_periodMax"], o["periodMax"]) === 0,
          vrt.fpSizeOfValue(o["_period"], o["period"]) > 0
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_2) && x.c === null) return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfValue(o["_durationMax"], o["durationMax"]) === 0,
          vrt.fpSizeOfValue(o["_duration"], o["duration"]) > 0
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_3) && x.c === null) return false;
    }
  }
  if ((m0 & 384) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfValue(o["_countMax"], o["countMax"]) === 0,
          vrt.fpSizeOfValue(o["_count"], o["count"]) > 0
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_4) && x.c === null) return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfValue(o["_duration"], o["duration"]) === 0,
          vrt.fpSizeOfValue(o["_durationUnit"], o["durationUnit"]) > 0
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_5) && x.c === null) return false;
    }
  }
  if ((m0 & 402653184) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfValue(o["_timeOfDay"], o["timeOfDay"]) === 0,
          vrt.fpSizeOfValue(o["_when"], o["when"]) === 0
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_6) && x.c === null) return false;
    }
  }
  if ((m0 & 1572864) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfValue(o["_period"], o["period"]) === 0,
          vrt.fpSizeOfValue(o["_periodUnit"], o["periodUnit"]) > 0
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_7) && x.c === null) return false;
    }
  }
  {
    let r;
    try {
      r = vrt.fpImplies3(
        vrt.fpSizeOfValue(o["_duration"], o["duration"]) > 0,
        vrt.fpGeValue(vrt.fpOneValue(o["_duration"], o["duration"]), 0)
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_8) && x.c === null) return false;
  }
  return true;
}
function validateTiming(value, options) {
  return vrt.validateWith(value, "Timing", checkTiming, false, options, REGISTRY_0);
}
function isTiming(value, options) {
  return vrt.testWith(value, checkTiming, false, options, REGISTRY_0);
}
