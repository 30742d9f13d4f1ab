import * as vrt from "./runtime/validate/index.js";
import * as vdispatch from "./validators/dispatch.js";
function checkFhirBoolean(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidBoolean, "boolean");
}
function validateFhirBoolean(value) {
  return vrt.runCheck(value, "boolean", checkFhirBoolean, false, vdispatch.registry);
}
function isFhirBoolean(value) {
  return vrt.testCheck(value, checkFhirBoolean, false, vdispatch.registry);
}
export {
  checkFhirBoolean,
  isFhirBoolean,
  validateFhirBoolean
};
