import * as vrt from "./runtime/validate/index.js";
import * as vdispatch from "./validators/dispatch.js";
function checkFhirUnsignedInt(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidUnsignedInt, "unsignedInt");
}
function validateFhirUnsignedInt(value) {
  return vrt.runCheck(value, "unsignedInt", checkFhirUnsignedInt, false, vdispatch.registry);
}
function isFhirUnsignedInt(value) {
  return vrt.testCheck(value, checkFhirUnsignedInt, false, vdispatch.registry);
}
export {
  checkFhirUnsignedInt,
  isFhirUnsignedInt,
  validateFhirUnsignedInt
};
