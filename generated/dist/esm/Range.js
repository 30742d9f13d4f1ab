import { checkSimpleQuantity } from "./SimpleQuantity.js";
import * as vrt from "./runtime/validate/index.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Range"], type: "Range", exact: false };
const INVARIANT_0 = vrt.invariant({
  key: "rng-2",
  path: "Range",
  expression: "low.empty() or high.empty() or (low <= high)",
  severity: "error",
  human: "If present, low SHALL have a lower value than high"
});
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
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3;
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
      case "low":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "high":
        n++;
        m0 |= 8;
        e3 = o[k];
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
  if ((m0 & 4) !== 0) {
    if (!vrt.one(e2, x, p, "low", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "high", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpOr3(vrt.fpSizeOfValue(o["_low"], o["low"]) === 0, vrt.fpSizeOfValue(o["_high"], o["high"]) === 0),
          vrt.fpLeValue(vrt.fpOneValue(o["_low"], o["low"]), vrt.fpOneValue(o["_high"], o["high"]))
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
    }
  }
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
