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
function checkFhirUnsignedInt(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidUnsignedInt, "unsignedInt");
}
function validateFhirUnsignedInt(value, options) {
  return vrt.validateWith(value, "unsignedInt", checkFhirUnsignedInt, false, options, REGISTRY_0);
}
function isFhirUnsignedInt(value, options) {
  return vrt.testWith(value, checkFhirUnsignedInt, false, options, REGISTRY_0);
}
export {
  checkFhirUnsignedInt,
  isFhirUnsignedInt,
  validateFhirUnsignedInt
};
