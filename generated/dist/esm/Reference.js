import { checkIdentifier } from "./Identifier.js";
import * as vrt from "./runtime/validate/index.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_display",
  "_reference",
  "display",
  "extension",
  "id",
  "identifier",
  "reference"
]);
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
  if (!vrt.checkKeys(o, KEYS_0, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if (o.reference !== void 0 || o._reference !== void 0) {
    if (!(vrt.isValidString(o.reference) && o._reference === void 0)) {
      if (!vrt.prim(o.reference, o._reference, x, p, "reference", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.identifier !== void 0) {
    if (!vrt.one(o.identifier, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if (o.display !== void 0 || o._display !== void 0) {
    if (!(vrt.isValidString(o.display) && o._display === void 0)) {
      if (!vrt.prim(o.display, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
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
