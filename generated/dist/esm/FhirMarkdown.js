import * as vrt from "./runtime/validate/index.js";
import * as vdispatch from "./validators/dispatch.js";
function checkFhirMarkdown(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidMarkdown, "markdown");
}
function validateFhirMarkdown(value) {
  return vrt.runCheck(value, "markdown", checkFhirMarkdown, false, vdispatch.registry);
}
function isFhirMarkdown(value) {
  return vrt.testCheck(value, checkFhirMarkdown, false, vdispatch.registry);
}
export {
  checkFhirMarkdown,
  isFhirMarkdown,
  validateFhirMarkdown
};
