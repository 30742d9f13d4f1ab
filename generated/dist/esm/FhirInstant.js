import * as vrt from "./runtime/validate/index.js";
import * as vdispatch from "./validators/dispatch.js";
function checkFhirInstant(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidInstant, "instant");
}
function validateFhirInstant(value) {
  return vrt.runCheck(value, "instant", checkFhirInstant, false, vdispatch.registry);
}
function isFhirInstant(value) {
  return vrt.testCheck(value, checkFhirInstant, false, vdispatch.registry);
}
export {
  checkFhirInstant,
  isFhirInstant,
  validateFhirInstant
};
