import * as vrt from "./runtime/validate/index.js";
import * as vdispatch from "./validators/dispatch.js";
function checkFhirInteger(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidInteger, "integer");
}
function validateFhirInteger(value) {
  return vrt.runCheck(value, "integer", checkFhirInteger, false, vdispatch.registry);
}
function isFhirInteger(value) {
  return vrt.testCheck(value, checkFhirInteger, false, vdispatch.registry);
}
export {
  checkFhirInteger,
  isFhirInteger,
  validateFhirInteger
};
