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
function checkFhirUri(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidUri, "uri");
}
function validateFhirUri(value, options) {
  return vrt.validateWith(value, "uri", checkFhirUri, false, options, REGISTRY_0);
}
function isFhirUri(value, options) {
  return vrt.testWith(value, checkFhirUri, false, options, REGISTRY_0);
}
export {
  checkFhirUri,
  isFhirUri,
  validateFhirUri
};
