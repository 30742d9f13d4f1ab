import * as vrt from "./runtime/validate/index.js";
import * as vdispatch from "./validators/dispatch.js";
function checkFhirUuid(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidUuid, "uuid");
}
function validateFhirUuid(value) {
  return vrt.runCheck(value, "uuid", checkFhirUuid, false, vdispatch.registry);
}
function isFhirUuid(value) {
  return vrt.testCheck(value, checkFhirUuid, false, vdispatch.registry);
}
export {
  checkFhirUuid,
  isFhirUuid,
  validateFhirUuid
};
