import { checkPeriod } from "./Period.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["ContactPoint"], type: "ContactPoint", exact: false };
const BINDING_0 = {
  has: vcodes.inCodes111,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/contact-point-system"
};
const BINDING_1 = {
  has: vcodes.inCodes112,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/contact-point-use"
};
const INVARIANT_0 = vrt.invariant({
  key: "cpt-2",
  path: "ContactPoint",
  expression: "value.empty() or system.exists()",
  severity: "error",
  human: "A system is required if a value is provided."
});
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkContactPoint(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ContactPoint");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6;
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
      case "system":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "value":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "use":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "rank":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "period":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "_system":
        n++;
        m0 |= 8;
        break;
      case "_value":
        n++;
        m0 |= 32;
        break;
      case "_use":
        n++;
        m0 |= 128;
        break;
      case "_rank":
        n++;
        m0 |= 512;
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
    if (!(vrt.isValidCode(e2) && (m0 & 8) === 0)) {
      if (!vrt.prim(e2, o._system, x, p, "system", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e2, vcodes.inCodes111)) {
      if (!vrt.eachWith(e2, false, x, p, "system", vrt.checkCode, BINDING_0) && x.c === null) return false;
    }
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 32) === 0)) {
      if (!vrt.prim(e3, o._value, x, p, "value", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidCode(e4) && (m0 & 128) === 0)) {
      if (!vrt.prim(e4, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
    }
    if (!vrt.codeIn(e4, vcodes.inCodes112)) {
      if (!vrt.eachWith(e4, false, x, p, "use", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidPositiveInt(e5) && (m0 & 512) === 0)) {
      if (!vrt.prim(e5, o._rank, x, p, "rank", d, 0, vrt.isValidPositiveInt, "positiveInt", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(e6, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfValue(o["_value"], o["value"]) === 0,
          vrt.fpSizeOfValue(o["_system"], o["system"]) > 0
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
    }
  }
  return true;
}
function validateContactPoint(value, options) {
  return vrt.validateWith(value, "ContactPoint", checkContactPoint, false, options, REGISTRY_0);
}
function isContactPoint(value, options) {
  return vrt.testWith(value, checkContactPoint, false, options, REGISTRY_0);
}
export {
  checkContactPoint,
  isContactPoint,
  validateContactPoint
};
