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
function checkFhirDate(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidDate, "date");
}
function validateFhirDate(value, options) {
  return vrt.validateWith(value, "date", checkFhirDate, false, options, REGISTRY_0);
}
function isFhirDate(value, options) {
  return vrt.testWith(value, checkFhirDate, false, options, REGISTRY_0);
}
export {
  checkFhirDate,
  isFhirDate,
  validateFhirDate
};
