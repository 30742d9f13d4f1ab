import { checkQuantity } from "./Quantity.js";
import * as vrt from "./runtime/validate/index.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set(["denominator", "extension", "id", "numerator"]);
const OWNER_0 = { paths: ["Ratio"], type: "Ratio", exact: false };
const INVARIANT_0 = vrt.invariant({
  key: "rat-1",
  path: "Ratio",
  expression: "(numerator.empty() xor denominator.exists()) and (numerator.exists() or extension.exists())",
  severity: "error",
  human: "Numerator and denominator SHALL both be present, or both are absent. If both are absent, there SHALL be some extension present"
});
const FHIRPATH_0 = (n) => vrt.fpAnd(
  vrt.fpXor(
    vrt.fpEmpty(vrt.fpChildOf(n, "numerator", "_numerator")),
    vrt.fpExists(vrt.fpChildOf(n, "denominator", "_denominator"))
  ),
  vrt.fpOr(
    vrt.fpExists(vrt.fpChildOf(n, "numerator", "_numerator")),
    vrt.fpExists(vrt.fpChildOf(n, "extension", "_extension"))
  )
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
function checkRatio(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Ratio");
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
  if (o.numerator !== void 0) {
    if (!vrt.one(o.numerator, x, p, "numerator", d, 0, checkQuantity) && x.c === null) return false;
  }
  if (o.denominator !== void 0) {
    if (!vrt.one(o.denominator, x, p, "denominator", d, 0, checkQuantity) && x.c === null) return false;
  }
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  return true;
}
function validateRatio(value, options) {
  return vrt.validateWith(value, "Ratio", checkRatio, false, options, REGISTRY_0);
}
function isRatio(value, options) {
  return vrt.testWith(value, checkRatio, false, options, REGISTRY_0);
}
export {
  checkRatio,
  isRatio,
  validateRatio
};
