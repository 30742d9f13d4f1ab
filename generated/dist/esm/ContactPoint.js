import { checkPeriod } from "./Period.js";
import * as vrt from "./runtime/validate/index.js";
import * as vdispatch from "./validators/dispatch.js";
import * as vcodes from "./validators/codes.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_rank",
  "_system",
  "_use",
  "_value",
  "extension",
  "id",
  "period",
  "rank",
  "system",
  "use",
  "value"
]);
const OWNER_0 = { paths: ["ContactPoint"], type: "ContactPoint", exact: false };
const BINDING_0 = {
  has: vcodes.inCodes111,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/contact-point-system"
};
const BINDING_1 = {
  has: vcodes.inCodes112,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/contact-point-use"
};
const INVARIANT_0 = vrt.invariant({
  key: "cpt-2",
  path: "ContactPoint",
  expression: "value.empty() or system.exists()",
  severity: "error",
  human: "A system is required if a value is provided."
});
const FHIRPATH_0 = (n) => vrt.fpOr(vrt.fpEmpty(vrt.fpChild([n], "value", "_value")), vrt.fpExists(vrt.fpChild([n], "system", "_system")));
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
function checkContactPoint(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ContactPoint");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_0, x, p, true) && x.c === null) return false;
  if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
  if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  if (!vrt.prim(o.system, o._system, x, p, "system", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
    return false;
  if (!vrt.eachWith(o.system, false, x, p, "system", vrt.checkCode, BINDING_0) && x.c === null) return false;
  if (!vrt.prim(o.value, o._value, x, p, "value", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
    return false;
  if (!vrt.prim(o.use, o._use, x, p, "use", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  if (!vrt.eachWith(o.use, false, x, p, "use", vrt.checkCode, BINDING_1) && x.c === null) return false;
  if (!vrt.prim(o.rank, o._rank, x, p, "rank", d, 0, vrt.isValidPositiveInt, "positiveInt", OWNER_0) && x.c === null)
    return false;
  if (!vrt.one(o.period, x, p, "period", d, 0, checkPeriod) && x.c === null) return false;
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  return true;
}
function validateContactPoint(value) {
  return vrt.runCheck(value, "ContactPoint", checkContactPoint, false, vdispatch.registry);
}
function isContactPoint(value) {
  return vrt.testCheck(value, checkContactPoint, false, vdispatch.registry);
}
export {
  checkContactPoint,
  isContactPoint,
  validateContactPoint
};
