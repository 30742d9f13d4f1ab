import * as vrt from "./runtime/validate/index.js";
import * as vdispatch from "./validators/dispatch.js";
const KEYS_0 = /* @__PURE__ */ new Set(["extension", "id"]);
const OWNER_0 = { paths: ["Element"], type: "Element", exact: false };
function checkElement(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Element");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_0, x, p, true) && x.c === null) return false;
  if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
  if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  return true;
}
function validateElement(value) {
  return vrt.runCheck(value, "Element", checkElement, false, vdispatch.registry);
}
function isElement(value) {
  return vrt.testCheck(value, checkElement, false, vdispatch.registry);
}
export {
  checkElement,
  isElement,
  validateElement
};
