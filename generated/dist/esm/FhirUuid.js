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
function checkFhirUuid(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidUuid, "uuid");
}
function validateFhirUuid(value, options) {
  return vrt.validateWith(value, "uuid", checkFhirUuid, false, options, REGISTRY_0);
}
function isFhirUuid(value, options) {
  return vrt.testWith(value, checkFhirUuid, false, options, REGISTRY_0);
}
export {
  checkFhirUuid,
  isFhirUuid,
  validateFhirUuid
};
