import * as vrt from "./runtime/validate/index.js";
import * as vdispatch from "./validators/dispatch.js";
function checkFhirXhtml(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidXhtml, "xhtml");
}
function validateFhirXhtml(value) {
  return vrt.runCheck(value, "xhtml", checkFhirXhtml, false, vdispatch.registry);
}
function isFhirXhtml(value) {
  return vrt.testCheck(value, checkFhirXhtml, false, vdispatch.registry);
}
export {
  checkFhirXhtml,
  isFhirXhtml,
  validateFhirXhtml
};
