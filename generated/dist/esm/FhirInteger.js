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
function checkFhirInteger(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidInteger, "integer");
}
function validateFhirInteger(value, options) {
  return vrt.validateWith(value, "integer", checkFhirInteger, false, options, REGISTRY_0);
}
function isFhirInteger(value, options) {
  return vrt.testWith(value, checkFhirInteger, false, options, REGISTRY_0);
}
export {
  checkFhirInteger,
  isFhirInteger,
  validateFhirInteger
};
