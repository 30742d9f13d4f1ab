import * as vrt from "./runtime/validate/index.js";
import * as vdispatch from "./validators/dispatch.js";
function checkFhirUri(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidUri, "uri");
}
function validateFhirUri(value) {
  return vrt.runCheck(value, "uri", checkFhirUri, false, vdispatch.registry);
}
function isFhirUri(value) {
  return vrt.testCheck(value, checkFhirUri, false, vdispatch.registry);
}
export {
  checkFhirUri,
  isFhirUri,
  validateFhirUri
};
