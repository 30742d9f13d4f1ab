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
function checkFhirDecimal(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidDecimal, "decimal");
}
function validateFhirDecimal(value, options) {
  return vrt.validateWith(value, "decimal", checkFhirDecimal, false, options, REGISTRY_0);
}
function isFhirDecimal(value, options) {
  return vrt.testWith(value, checkFhirDecimal, false, options, REGISTRY_0);
}
export {
  checkFhirDecimal,
  isFhirDecimal,
  validateFhirDecimal
};
