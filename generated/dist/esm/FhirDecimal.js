import * as vrt from "./runtime/validate/index.js";
import * as vdispatch from "./validators/dispatch.js";
function checkFhirDecimal(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidDecimal, "decimal");
}
function validateFhirDecimal(value) {
  return vrt.runCheck(value, "decimal", checkFhirDecimal, false, vdispatch.registry);
}
function isFhirDecimal(value) {
  return vrt.testCheck(value, checkFhirDecimal, false, vdispatch.registry);
}
export {
  checkFhirDecimal,
  isFhirDecimal,
  validateFhirDecimal
};
