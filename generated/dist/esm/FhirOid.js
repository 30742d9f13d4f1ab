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
function checkFhirOid(v, x, p, d) {
  return vrt.checkPrimitiveValue(v, x, p, vrt.isValidOid, "oid");
}
function validateFhirOid(value, options) {
  return vrt.validateWith(value, "oid", checkFhirOid, false, options, REGISTRY_0);
}
function isFhirOid(value, options) {
  return vrt.testWith(value, checkFhirOid, false, options, REGISTRY_0);
}
export {
  checkFhirOid,
  isFhirOid,
  validateFhirOid
};
