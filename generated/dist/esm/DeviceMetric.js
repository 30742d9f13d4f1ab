import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkTiming } from "./Timing.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
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
      case "type":
        m0 |= 4096;
        break;
      case "unit":
        m0 |= 8192;
        break;
      case "source":
        m0 |= 16384;
        break;
      case "parent":
        m0 |= 32768;
        break;
      case "operationalStatus":
        m0 |= 65536;
        break;
      case "color":
        m0 |= 262144;
        break;
      case "category":
        m0 |= 1048576;
        break;
      case "measurementPeriod":
        m0 |= 4194304;
        break;
      case "calibration":
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
    if (!(vrt.isValidId(o.id) && (m0 & 2) === 0)) {
      if (!vrt.prim(o.id, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(o.meta, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
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
    if (!vrt.one(o.text, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
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
  if (!vrt.one(o.identifier, x, p, "identifier", d, 1, checkIdentifier) && x.c === null) return false;
  if (!vrt.one(o.type, x, p, "type", d, 1, checkCodeableConcept) && x.c === null) return false;
  if ((m0 & 8192) !== 0) {
    if (!vrt.one(o.unit, x, p, "unit", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(o.source, x, p, "source", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.source, false, x, p, "source", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(o.parent, x, p, "parent", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.parent, false, x, p, "parent", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidCode(o.operationalStatus) && (m0 & 131072) === 0)) {
      if (!vrt.prim(
        o.operationalStatus,
        o._operationalStatus,
        x,
        p,
        "operationalStatus",
        d,
        0,
        vrt.isValidCode,
        "code",
        OWNER_0
      ) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.operationalStatus, vcodes.inCodes167)) {
      if (!vrt.eachWith(o.operationalStatus, false, x, p, "operationalStatus", vrt.checkCode, BINDING_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidCode(o.color) && (m0 & 524288) === 0)) {
      if (!vrt.prim(o.color, o._color, x, p, "color", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.color, vcodes.inCodes168)) {
      if (!vrt.eachWith(o.color, false, x, p, "color", vrt.checkCode, BINDING_2) && x.c === null) return false;
    }
  }
  if (!(vrt.isValidCode(o.category) && (m0 & 2097152) === 0)) {
    if (!vrt.prim(o.category, o._category, x, p, "category", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.category, vcodes.inCodes169)) {
    if (!vrt.eachWith(o.category, false, x, p, "category", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(o.measurementPeriod, x, p, "measurementPeriod", d, 0, checkTiming) && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.many(o.calibration, x, p, "calibration", d, 0, -1, checkDeviceMetricCalibration) && x.c === null)
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
function checkDeviceMetricCalibration(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "DeviceMetric.calibration");
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
      case "type":
        n++;
        m0 |= 8;
        break;
      case "state":
        n++;
        m0 |= 32;
        break;
      case "time":
        n++;
        m0 |= 128;
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
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidCode(o.type) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.type, o._type, x, p, "type", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.type, vcodes.inCodes170)) {
      if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_4) && x.c === null) return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidCode(o.state) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.state, o._state, x, p, "state", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.state, vcodes.inCodes171)) {
      if (!vrt.eachWith(o.state, false, x, p, "state", vrt.checkCode, BINDING_5) && x.c === null) return false;
    }
  }
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidInstant(o.time) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.time, o._time, x, p, "time", d, 0, vrt.isValidInstant, "instant", OWNER_1) && x.c === null)
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
  return fillAndCheck(input, { resourceType: "DeviceMetric" }, isDeviceMetric, validateDeviceMetric, "DeviceMetric");
}
export {
  buildDeviceMetric,
  checkDeviceMetric,
  checkDeviceMetricCalibration,
  isDeviceMetric,
  validateDeviceMetric
};
