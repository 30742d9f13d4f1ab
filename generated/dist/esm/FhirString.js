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
function checkFhirString(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidString, "string");
}
function validateFhirString(value, options) {
  return vrt.validateWith(value, "string", checkFhirString, false, options, REGISTRY_0);
}
function isFhirString(value, options) {
  return vrt.testWith(value, checkFhirString, false, options, REGISTRY_0);
}
export {
  checkFhirString,
  isFhirString,
  validateFhirString
};
