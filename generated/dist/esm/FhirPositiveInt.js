import * as vrt from "./runtime/validate/index.js";
import * as vdispatch from "./validators/dispatch.js";
function checkFhirPositiveInt(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidPositiveInt, "positiveInt");
}
function validateFhirPositiveInt(value) {
  return vrt.runCheck(value, "positiveInt", checkFhirPositiveInt, false, vdispatch.registry);
}
function isFhirPositiveInt(value) {
  return vrt.testCheck(value, checkFhirPositiveInt, false, vdispatch.registry);
}
export {
  checkFhirPositiveInt,
  isFhirPositiveInt,
  validateFhirPositiveInt
};
