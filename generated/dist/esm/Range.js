import { checkSimpleQuantity } from "./SimpleQuantity.js";
import * as vrt from "./runtime/validate/index.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set(["extension", "high", "id", "low"]);
const OWNER_0 = { paths: ["Range"], type: "Range", exact: false };
const INVARIANT_0 = vrt.invariant({
  key: "rng-2",
  path: "Range",
  expression: "low.empty() or high.empty() or (low <= high)",
  severity: "error",
  human: "If present, low SHALL have a lower value than high"
});
const FHIRPATH_0 = (n) => vrt.fpOr(
  vrt.fpOr(vrt.fpEmpty(vrt.fpChildOf(n, "low", "_low")), vrt.fpEmpty(vrt.fpChildOf(n, "high", "_high"))),
  vrt.fpLe(vrt.fpChildOf(n, "low", "_low"), vrt.fpChildOf(n, "high", "_high"))
);
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkRange(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Range");
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
  if (o.low !== void 0) {
    if (!vrt.one(o.low, x, p, "low", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  if (o.high !== void 0) {
    if (!vrt.one(o.high, x, p, "high", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  return true;
}
function validateRange(value, options) {
  return vrt.validateWith(value, "Range", checkRange, false, options, REGISTRY_0);
}
function isRange(value, options) {
  return vrt.testWith(value, checkRange, false, options, REGISTRY_0);
}
export {
  checkRange,
  isRange,
  validateRange
};
