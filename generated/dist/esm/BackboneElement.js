import * as vrt from "./runtime/validate/index.js";
import * as vdispatch from "./validators/dispatch.js";
const KEYS_0 = /* @__PURE__ */ new Set(["extension", "id", "modifierExtension"]);
const OWNER_0 = { paths: ["BackboneElement"], type: "BackboneElement", exact: false };
function checkBackboneElement(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "BackboneElement");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_0, x, p, true) && x.c === null) return false;
  if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
  if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
    return false;
  return true;
}
function validateBackboneElement(value) {
  return vrt.runCheck(value, "BackboneElement", checkBackboneElement, false, vdispatch.registry);
}
function isBackboneElement(value) {
  return vrt.testCheck(value, checkBackboneElement, false, vdispatch.registry);
}
export {
  checkBackboneElement,
  isBackboneElement,
  validateBackboneElement
};
