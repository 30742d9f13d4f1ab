import { checkPeriod } from "./Period.js";
import * as vrt from "./runtime/validate/index.js";
import * as vdispatch from "./validators/dispatch.js";
import * as vcodes from "./validators/codes.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_city",
  "_country",
  "_district",
  "_line",
  "_postalCode",
  "_state",
  "_text",
  "_type",
  "_use",
  "city",
  "country",
  "district",
  "extension",
  "id",
  "line",
  "period",
  "postalCode",
  "state",
  "text",
  "type",
  "use"
]);
const OWNER_0 = { paths: ["Address"], type: "Address", exact: false };
const BINDING_0 = {
  has: vcodes.inCodes6,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/address-use"
};
const BINDING_1 = {
  has: vcodes.inCodes7,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/address-type"
};
function checkAddress(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Address");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_0, x, p, true) && x.c === null) return false;
  if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
  if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  if (!vrt.prim(o.use, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  if (!vrt.eachWith(o.use, false, x, p, "use", vrt.checkCode, BINDING_0) && x.c === null) return false;
  if (!vrt.prim(o.type, o._type, x, p, "type", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_1) && x.c === null) return false;
  if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
    return false;
  if (!vrt.prims(o.line, o._line, x, p, "line", d, 0, -1, vrt.isValidString, "string", OWNER_0) && x.c === null)
    return false;
  if (!vrt.prim(o.city, o._city, x, p, "city", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
    return false;
  if (!vrt.prim(o.district, o._district, x, p, "district", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
    return false;
  if (!vrt.prim(o.state, o._state, x, p, "state", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
    return false;
  if (!vrt.prim(o.postalCode, o._postalCode, x, p, "postalCode", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
    return false;
  if (!vrt.prim(o.country, o._country, x, p, "country", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
    return false;
  if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  return true;
}
function validateAddress(value) {
  return vrt.runCheck(value, "Address", checkAddress, false, vdispatch.registry);
}
function isAddress(value) {
  return vrt.testCheck(value, checkAddress, false, vdispatch.registry);
}
export {
  checkAddress,
  isAddress,
  validateAddress
};
