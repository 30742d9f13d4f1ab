import { checkCoding } from "./Coding.js";
import * as vrt from "./runtime/validate/index.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set(["_text", "coding", "extension", "id", "text"]);
const OWNER_0 = { paths: ["CodeableConcept"], type: "CodeableConcept", exact: false };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkCodeableConcept(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "CodeableConcept");
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
  if (o.coding !== void 0) {
    if (!vrt.many(o.coding, x, p, "coding", d, 0, -1, checkCoding) && x.c === null) return false;
  }
  if (o.text !== void 0 || o._text !== void 0) {
    if (!(vrt.isValidString(o.text) && o._text === void 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateCodeableConcept(value, options) {
  return vrt.validateWith(value, "CodeableConcept", checkCodeableConcept, false, options, REGISTRY_0);
}
function isCodeableConcept(value, options) {
  return vrt.testWith(value, checkCodeableConcept, false, options, REGISTRY_0);
}
export {
  checkCodeableConcept,
  isCodeableConcept,
  validateCodeableConcept
};
