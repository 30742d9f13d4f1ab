import * as vrt from "./runtime/validate/index.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Coding"], type: "Coding", exact: false };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkCoding(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Coding");
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
      case "system":
        n++;
        m0 |= 4;
        break;
      case "version":
        n++;
        m0 |= 16;
        break;
      case "code":
        n++;
        m0 |= 64;
        break;
      case "display":
        n++;
        m0 |= 256;
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
        break;
      case "_system":
        n++;
        m0 |= 8;
        break;
      case "_version":
        n++;
        m0 |= 32;
        break;
      case "_code":
        n++;
        m0 |= 128;
        break;
      case "_display":
        n++;
        m0 |= 512;
        break;
      case "_userSelected":
        n++;
        m0 |= 2048;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidUri(o.system) && (m0 & 8) === 0)) {
      if (!vrt.prim(o.system, o._system, x, p, "system", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidString(o.version) && (m0 & 32) === 0)) {
      if (!vrt.prim(o.version, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidCode(o.code) && (m0 & 128) === 0)) {
      if (!vrt.prim(o.code, o._code, x, p, "code", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(o.display) && (m0 & 512) === 0)) {
      if (!vrt.prim(o.display, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(o.userSelected) && (m0 & 2048) === 0)) {
      if (!vrt.prim(
        o.userSelected,
        o._userSelected,
        x,
        p,
        "userSelected",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateCoding(value, options) {
  return vrt.validateWith(value, "Coding", checkCoding, false, options, REGISTRY_0);
}
function isCoding(value, options) {
  return vrt.testWith(value, checkCoding, false, options, REGISTRY_0);
}
export {
  checkCoding,
  isCoding,
  validateCoding
};
