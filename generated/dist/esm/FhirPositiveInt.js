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
function checkFhirPositiveInt(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidPositiveInt, "positiveInt");
}
function validateFhirPositiveInt(value, options) {
  return vrt.validateWith(value, "positiveInt", checkFhirPositiveInt, false, options, REGISTRY_0);
}
function isFhirPositiveInt(value, options) {
  return vrt.testWith(value, checkFhirPositiveInt, false, options, REGISTRY_0);
}
export {
  checkFhirPositiveInt,
  isFhirPositiveInt,
  validateFhirPositiveInt
};
