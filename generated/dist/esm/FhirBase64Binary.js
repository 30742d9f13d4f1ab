import * as vrt from "./runtime/validate/index.js";
import * as vdispatch from "./validators/dispatch.js";
function checkFhirBase64Binary(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidBase64Binary, "base64Binary");
}
function validateFhirBase64Binary(value) {
  return vrt.runCheck(value, "base64Binary", checkFhirBase64Binary, false, vdispatch.registry);
}
function isFhirBase64Binary(value) {
  return vrt.testCheck(value, checkFhirBase64Binary, false, vdispatch.registry);
}
export {
  checkFhirBase64Binary,
  isFhirBase64Binary,
  validateFhirBase64Binary
};
