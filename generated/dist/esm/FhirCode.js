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
function checkFhirCode(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidCode, "code");
}
function validateFhirCode(value, options) {
  return vrt.validateWith(value, "code", checkFhirCode, false, options, REGISTRY_0);
}
function isFhirCode(value, options) {
  return vrt.testWith(value, checkFhirCode, false, options, REGISTRY_0);
}
export {
  checkFhirCode,
  isFhirCode,
  validateFhirCode
};
