import * as vrt from "./runtime/validate/index.js";
import * as vdispatch from "./validators/dispatch.js";
function checkFhirString(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidString, "string");
}
function validateFhirString(value) {
  return vrt.runCheck(value, "string", checkFhirString, false, vdispatch.registry);
}
function isFhirString(value) {
  return vrt.testCheck(value, checkFhirString, false, vdispatch.registry);
}
export {
  checkFhirString,
  isFhirString,
  validateFhirString
};
