import * as vrt from "./runtime/validate/index.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set(["extension", "id", "modifierExtension"]);
const OWNER_0 = { paths: ["BackboneElement"], type: "BackboneElement", exact: false };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkBackboneElement(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "BackboneElement");
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
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  return true;
}
function validateBackboneElement(value, options) {
  return vrt.validateWith(value, "BackboneElement", checkBackboneElement, false, options, REGISTRY_0);
}
function isBackboneElement(value, options) {
  return vrt.testWith(value, checkBackboneElement, false, options, REGISTRY_0);
}
export {
  checkBackboneElement,
  isBackboneElement,
  validateBackboneElement
};
