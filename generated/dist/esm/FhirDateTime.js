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
function checkFhirDateTime(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidDateTime, "dateTime");
}
function validateFhirDateTime(value, options) {
  return vrt.validateWith(value, "dateTime", checkFhirDateTime, false, options, REGISTRY_0);
}
function isFhirDateTime(value, options) {
  return vrt.testWith(value, checkFhirDateTime, false, options, REGISTRY_0);
}
export {
  checkFhirDateTime,
  isFhirDateTime,
  validateFhirDateTime
};
