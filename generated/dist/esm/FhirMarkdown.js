import * as vrt from "./runtime/validate/index.js";
import * as vresources from "./validators/resource-types.js";
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkFhirMarkdown(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidMarkdown, "markdown");
}
function validateFhirMarkdown(value, options) {
  return vrt.validateWith(value, "markdown", checkFhirMarkdown, false, options, REGISTRY_0);
}
function isFhirMarkdown(value, options) {
  return vrt.testWith(value, checkFhirMarkdown, false, options, REGISTRY_0);
}
export {
  checkFhirMarkdown,
  isFhirMarkdown,
  validateFhirMarkdown
};
