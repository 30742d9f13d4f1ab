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
function checkFhirBase64Binary(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidBase64Binary, "base64Binary");
}
function validateFhirBase64Binary(value, options) {
  return vrt.validateWith(value, "base64Binary", checkFhirBase64Binary, false, options, REGISTRY_0);
}
function isFhirBase64Binary(value, options) {
  return vrt.testWith(value, checkFhirBase64Binary, false, options, REGISTRY_0);
}
export {
  checkFhirBase64Binary,
  isFhirBase64Binary,
  validateFhirBase64Binary
};
