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
function checkFhirTime(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidTime, "time");
}
function validateFhirTime(value, options) {
  return vrt.validateWith(value, "time", checkFhirTime, false, options, REGISTRY_0);
}
function isFhirTime(value, options) {
  return vrt.testWith(value, checkFhirTime, false, options, REGISTRY_0);
}
export {
  checkFhirTime,
  isFhirTime,
  validateFhirTime
};
