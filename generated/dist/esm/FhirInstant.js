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
function checkFhirInstant(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidInstant, "instant");
}
function validateFhirInstant(value, options) {
  return vrt.validateWith(value, "instant", checkFhirInstant, false, options, REGISTRY_0);
}
function isFhirInstant(value, options) {
  return vrt.testWith(value, checkFhirInstant, false, options, REGISTRY_0);
}
export {
  checkFhirInstant,
  isFhirInstant,
  validateFhirInstant
};
