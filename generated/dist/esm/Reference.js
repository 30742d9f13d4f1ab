import { checkIdentifier } from "./Identifier.js";
import * as vrt from "./runtime/validate/index.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Reference"], type: "Reference", exact: false };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkReference(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Reference");
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
      case "reference":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "identifier":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "display":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "_reference":
        n++;
        m0 |= 8;
        break;
      case "_display":
        n++;
        m0 |= 64;
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
    if (!(vrt.isValidString(e2) && (m0 & 8) === 0)) {
      if (!vrt.prim(e2, o._reference, x, p, "reference", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e3, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!vrt.checkRef1(o, x, p) && x.c === null) return false;
  return true;
}
function validateReference(value, options) {
  return vrt.validateWith(value, "Reference", checkReference, false, options, REGISTRY_0);
}
function isReference(value, options) {
  return vrt.testWith(value, checkReference, false, options, REGISTRY_0);
}
export {
  checkReference,
  isReference,
  validateReference
};
