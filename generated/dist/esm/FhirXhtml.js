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
function checkFhirXhtml(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidXhtml, "xhtml");
}
function validateFhirXhtml(value, options) {
  return vrt.validateWith(value, "xhtml", checkFhirXhtml, false, options, REGISTRY_0);
}
function isFhirXhtml(value, options) {
  return vrt.testWith(value, checkFhirXhtml, false, options, REGISTRY_0);
}
export {
  checkFhirXhtml,
  isFhirXhtml,
  validateFhirXhtml
};
