import * as vrt from "./runtime/validate/index.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Period"], type: "Period", exact: false };
const INVARIANT_0 = vrt.invariant({
  key: "per-1",
  path: "Period",
  expression: "start.empty() or end.empty() or (start <= end)",
  severity: "error",
  human: "If present, start SHALL have a lower value than end"
});
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkPeriod(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Period");
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
      case "start":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "end":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "_start":
        n++;
        m0 |= 8;
        break;
      case "_end":
        n++;
        m0 |= 32;
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
    if (!(vrt.isValidDateTime(e2) && (m0 & 8) === 0)) {
      if (!vrt.prim(e2, o._start, x, p, "start", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidDateTime(e3) && (m0 & 32) === 0)) {
      if (!vrt.prim(e3, o._end, x, p, "end", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpOr3(vrt.fpSizeOfValue(o["_start"], o["start"]) === 0, vrt.fpSizeOfValue(o["_end"], o["end"]) === 0),
          vrt.fpLeValue(vrt.fpOneValue(o["_start"], o["start"]), vrt.fpOneValue(o["_end"], o["end"]))
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
    }
  }
  return true;
}
function validatePeriod(value, options) {
  return vrt.validateWith(value, "Period", checkPeriod, false, options, REGISTRY_0);
}
function isPeriod(value, options) {
  return vrt.testWith(value, checkPeriod, false, options, REGISTRY_0);
}
export {
  checkPeriod,
  isPeriod,
  validatePeriod
};
