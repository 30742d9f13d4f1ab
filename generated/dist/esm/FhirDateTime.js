import * as vrt from "./runtime/validate/index.js";
import * as vdispatch from "./validators/dispatch.js";
function checkFhirDateTime(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidDateTime, "dateTime");
}
function validateFhirDateTime(value) {
  return vrt.runCheck(value, "dateTime", checkFhirDateTime, false, vdispatch.registry);
}
function isFhirDateTime(value) {
  return vrt.testCheck(value, checkFhirDateTime, false, vdispatch.registry);
}
export {
  checkFhirDateTime,
  isFhirDateTime,
  validateFhirDateTime
};
