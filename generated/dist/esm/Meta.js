import { checkCoding } from "./Coding.js";
import * as vrt from "./runtime/validate/index.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_lastUpdated",
  "_profile",
  "_versionId",
  "extension",
  "id",
  "lastUpdated",
  "profile",
  "security",
  "tag",
  "versionId"
]);
const OWNER_0 = { paths: ["Meta"], type: "Meta", exact: false };
const UNCHECKED_0 = {
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/security-labels",
  reason: "a filter on http://hl7.org/fhir/v3/ActCode needs a terminology server"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkMeta(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Meta");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_0, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if (o.versionId !== void 0 || o._versionId !== void 0) {
    if (!(vrt.isValidId(o.versionId) && o._versionId === void 0)) {
      if (!vrt.prim(o.versionId, o._versionId, x, p, "versionId", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.lastUpdated !== void 0 || o._lastUpdated !== void 0) {
    if (!(vrt.isValidInstant(o.lastUpdated) && o._lastUpdated === void 0)) {
      if (!vrt.prim(o.lastUpdated, o._lastUpdated, x, p, "lastUpdated", d, 0, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.profile !== void 0 || o._profile !== void 0) {
    if (!vrt.prims(o.profile, o._profile, x, p, "profile", d, 0, -1, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
      return false;
  }
  if (o.security !== void 0) {
    if (!vrt.many(o.security, x, p, "security", d, 0, -1, checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(o.security, true, x, p, "security", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if (o.tag !== void 0) {
    if (!vrt.many(o.tag, x, p, "tag", d, 0, -1, checkCoding) && x.c === null) return false;
  }
  return true;
}
function validateMeta(value, options) {
  return vrt.validateWith(value, "Meta", checkMeta, false, options, REGISTRY_0);
}
function isMeta(value, options) {
  return vrt.testWith(value, checkMeta, false, options, REGISTRY_0);
}
export {
  checkMeta,
  isMeta,
  validateMeta
};
