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
function checkFhirBoolean(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidBoolean, "boolean");
}
function validateFhirBoolean(value, options) {
  return vrt.validateWith(value, "boolean", checkFhirBoolean, false, options, REGISTRY_0);
}
function isFhirBoolean(value, options) {
  return vrt.testWith(value, checkFhirBoolean, false, options, REGISTRY_0);
}
export {
  checkFhirBoolean,
  isFhirBoolean,
  validateFhirBoolean
};
