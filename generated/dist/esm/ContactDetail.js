import { checkContactPoint } from "./ContactPoint.js";
import * as vrt from "./runtime/validate/index.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set(["_name", "extension", "id", "name", "telecom"]);
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
  if (!vrt.checkKeys(o, KEYS_0, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if (o.name !== void 0 || o._name !== void 0) {
    if (!(vrt.isValidString(o.name) && o._name === void 0)) {
      if (!vrt.prim(o.name, o._name, x, p, "name", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.telecom !== void 0) {
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
