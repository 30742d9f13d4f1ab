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
function checkFhirId(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidId, "id");
}
function validateFhirId(value, options) {
  return vrt.validateWith(value, "id", checkFhirId, false, options, REGISTRY_0);
}
function isFhirId(value, options) {
  return vrt.testWith(value, checkFhirId, false, options, REGISTRY_0);
}
export {
  checkFhirId,
  isFhirId,
  validateFhirId
};
