import { checkContactPoint } from "./ContactPoint.js";
import * as vrt from "./runtime/validate/index.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["ContactDetail"], type: "ContactDetail", exact: false };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkContactDetail(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ContactDetail");
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
      case "name":
        n++;
        m0 |= 4;
        break;
      case "telecom":
        n++;
        m0 |= 16;
        break;
      case "_name":
        n++;
        m0 |= 8;
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
    if (!(vrt.isValidString(o.name) && (m0 & 8) === 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.many(o.telecom, x, p, "telecom", d, 0, -1, checkContactPoint) && x.c === null) return false;
  }
  return true;
}
function validateContactDetail(value, options) {
  return vrt.validateWith(value, "ContactDetail", checkContactDetail, false, options, REGISTRY_0);
}
function isContactDetail(value, options) {
  return vrt.testWith(value, checkContactDetail, false, options, REGISTRY_0);
}
export {
  checkContactDetail,
  isContactDetail,
  validateContactDetail
};
