import * as vrt from "./runtime/validate/index.js";
import * as vdispatch from "./validators/dispatch.js";
function checkFhirOid(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidOid, "oid");
}
function validateFhirOid(value) {
  return vrt.runCheck(value, "oid", checkFhirOid, false, vdispatch.registry);
}
function isFhirOid(value) {
  return vrt.testCheck(value, checkFhirOid, false, vdispatch.registry);
}
export {
  checkFhirOid,
  isFhirOid,
  validateFhirOid
};
