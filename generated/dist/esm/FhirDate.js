import * as vrt from "./runtime/validate/index.js";
import * as vdispatch from "./validators/dispatch.js";
function checkFhirDate(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidDate, "date");
}
function validateFhirDate(value) {
  return vrt.runCheck(value, "date", checkFhirDate, false, vdispatch.registry);
}
function isFhirDate(value) {
  return vrt.testCheck(value, checkFhirDate, false, vdispatch.registry);
}
export {
  checkFhirDate,
  isFhirDate,
  validateFhirDate
};
