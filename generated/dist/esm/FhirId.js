import * as vrt from "./runtime/validate/index.js";
import * as vdispatch from "./validators/dispatch.js";
function checkFhirId(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidId, "id");
}
function validateFhirId(value) {
  return vrt.runCheck(value, "id", checkFhirId, false, vdispatch.registry);
}
function isFhirId(value) {
  return vrt.testCheck(value, checkFhirId, false, vdispatch.registry);
}
export {
  checkFhirId,
  isFhirId,
  validateFhirId
};
