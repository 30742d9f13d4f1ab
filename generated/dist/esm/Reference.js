import { checkIdentifier } from "./Identifier.js";
import * as vrt from "./runtime/validate/index.js";
import * as vdispatch from "./validators/dispatch.js";
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
function checkReference(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Reference");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_0, x, p, true) && x.c === null) return false;
  if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
  if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  if (!vrt.prim(o.reference, o._reference, x, p, "reference", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
    return false;
  if (!vrt.one(o.identifier, x, p, "identifier", d, 0, checkIdentifier) && x.c === null) return false;
  if (!vrt.prim(o.display, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
    return false;
  if (!vrt.checkRef1(o, x, p) && x.c === null) return false;
  return true;
}
function validateReference(value) {
  return vrt.runCheck(value, "Reference", checkReference, false, vdispatch.registry);
}
function isReference(value) {
  return vrt.testCheck(value, checkReference, false, vdispatch.registry);
}
export {
  checkReference,
  isReference,
  validateReference
};
