import * as vrt from "./runtime/validate/index.js";
import * as vdispatch from "./validators/dispatch.js";
function checkFhirTime(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidTime, "time");
}
function validateFhirTime(value) {
  return vrt.runCheck(value, "time", checkFhirTime, false, vdispatch.registry);
}
function isFhirTime(value) {
  return vrt.testCheck(value, checkFhirTime, false, vdispatch.registry);
}
export {
  checkFhirTime,
  isFhirTime,
  validateFhirTime
};
