import * as vrt from "./runtime/validate/index.js";
import * as vdispatch from "./validators/dispatch.js";
function checkFhirCode(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidCode, "code");
}
function validateFhirCode(value) {
  return vrt.runCheck(value, "code", checkFhirCode, false, vdispatch.registry);
}
function isFhirCode(value) {
  return vrt.testCheck(value, checkFhirCode, false, vdispatch.registry);
}
export {
  checkFhirCode,
  isFhirCode,
  validateFhirCode
};
