import { checkPeriod } from "./Period.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["HumanName"], type: "HumanName", exact: false };
const BINDING_0 = {
  has: vcodes.inCodes108,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/name-use"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkHumanName(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "HumanName");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8;
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
      case "use":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "text":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "family":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "given":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "prefix":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "suffix":
        n++;
        m0 |= 4096;
        e7 = o[k];
        break;
      case "period":
        n++;
        m0 |= 16384;
        e8 = o[k];
        break;
      case "_use":
        n++;
        m0 |= 8;
        break;
      case "_text":
        n++;
        m0 |= 32;
        break;
      case "_family":
        n++;
        m0 |= 128;
        break;
      case "_given":
        n++;
        m0 |= 512;
        break;
      case "_prefix":
        n++;
        m0 |= 2048;
        break;
      case "_suffix":
        n++;
        m0 |= 8192;
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
      if (!vrt.prim(e2, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
    }
    if (!vrt.codeIn(e2, vcodes.inCodes108)) {
      if (!vrt.eachWith(e2, false, x, p, "use", vrt.checkCode, BINDING_0) && x.c === null) return false;
    }
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 32) === 0)) {
      if (!vrt.prim(e3, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 128) === 0)) {
      if (!vrt.prim(e4, o._family, x, p, "family", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!vrt.prims(e5, o._given, x, p, "given", d, 0, -1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!vrt.prims(e6, o._prefix, x, p, "prefix", d, 0, -1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!vrt.prims(e7, o._suffix, x, p, "suffix", d, 0, -1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(e8, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  }
  return true;
}
function validateHumanName(value, options) {
  return vrt.validateWith(value, "HumanName", checkHumanName, false, options, REGISTRY_0);
}
function isHumanName(value, options) {
  return vrt.testWith(value, checkHumanName, false, options, REGISTRY_0);
}
export {
  checkHumanName,
  isHumanName,
  validateHumanName
};
