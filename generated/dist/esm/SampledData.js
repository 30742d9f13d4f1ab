import { checkSimpleQuantity } from "./SimpleQuantity.js";
import * as vrt from "./runtime/validate/index.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_data",
  "_dimensions",
  "_factor",
  "_lowerLimit",
  "_period",
  "_upperLimit",
  "data",
  "dimensions",
  "extension",
  "factor",
  "id",
  "lowerLimit",
  "origin",
  "period",
  "upperLimit"
]);
const OWNER_0 = { paths: ["SampledData"], type: "SampledData", exact: false };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkSampledData(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "SampledData");
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
  if (!vrt.one(o.origin, x, p, "origin", d, 1, checkSimpleQuantity) && x.c === null) return false;
  if (!(vrt.isValidDecimal(o.period) && o._period === void 0)) {
    if (!vrt.prim(o.period, o._period, x, p, "period", d, 1, vrt.isValidDecimal, "decimal", OWNER_0) && x.c === null)
      return false;
  }
  if (o.factor !== void 0 || o._factor !== void 0) {
    if (!(vrt.isValidDecimal(o.factor) && o._factor === void 0)) {
      if (!vrt.prim(o.factor, o._factor, x, p, "factor", d, 0, vrt.isValidDecimal, "decimal", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.lowerLimit !== void 0 || o._lowerLimit !== void 0) {
    if (!(vrt.isValidDecimal(o.lowerLimit) && o._lowerLimit === void 0)) {
      if (!vrt.prim(o.lowerLimit, o._lowerLimit, x, p, "lowerLimit", d, 0, vrt.isValidDecimal, "decimal", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.upperLimit !== void 0 || o._upperLimit !== void 0) {
    if (!(vrt.isValidDecimal(o.upperLimit) && o._upperLimit === void 0)) {
      if (!vrt.prim(o.upperLimit, o._upperLimit, x, p, "upperLimit", d, 0, vrt.isValidDecimal, "decimal", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidPositiveInt(o.dimensions) && o._dimensions === void 0)) {
    if (!vrt.prim(
      o.dimensions,
      o._dimensions,
      x,
      p,
      "dimensions",
      d,
      1,
      vrt.isValidPositiveInt,
      "positiveInt",
      OWNER_0
    ) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(o.data) && o._data === void 0)) {
    if (!vrt.prim(o.data, o._data, x, p, "data", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  return true;
}
function validateSampledData(value, options) {
  return vrt.validateWith(value, "SampledData", checkSampledData, false, options, REGISTRY_0);
}
function isSampledData(value, options) {
  return vrt.testWith(value, checkSampledData, false, options, REGISTRY_0);
}
export {
  checkSampledData,
  isSampledData,
  validateSampledData
};
