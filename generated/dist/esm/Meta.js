import { checkCoding } from "./Coding.js";
import * as vrt from "./runtime/validate/index.js";
import * as vresources from "./validators/resource-types.js";
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
  let m0 = 0;
  let n = 0;
  for (const k in o) {
    switch (k) {
      case "id":
        m0 |= 1;
        break;
      case "extension":
        n++;
        m0 |= 2;
        break;
      case "versionId":
        n++;
        m0 |= 4;
        break;
      case "lastUpdated":
        n++;
        m0 |= 16;
        break;
      case "profile":
        n++;
        m0 |= 64;
        break;
      case "security":
        n++;
        m0 |= 256;
        break;
      case "tag":
        n++;
        m0 |= 512;
        break;
      case "_versionId":
        n++;
        m0 |= 8;
        break;
      case "_lastUpdated":
        n++;
        m0 |= 32;
        break;
      case "_profile":
        n++;
        m0 |= 128;
        break;
      default:
        if (!vrt.unknownKey(o, k, x, p) && x.c === null) return false;
    }
  }
  if (n === 0 && !vrt.emptyElement(x, p) && x.c === null) return false;
  if ((m0 & 1) !== 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!(vrt.isValidId(o.versionId) && (m0 & 8) === 0)) {
      if (!vrt.prim(o.versionId, o._versionId, x, p, "versionId", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidInstant(o.lastUpdated) && (m0 & 32) === 0)) {
      if (!vrt.prim(o.lastUpdated, o._lastUpdated, x, p, "lastUpdated", d, 0, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 192) !== 0) {
    if (!vrt.prims(o.profile, o._profile, x, p, "profile", d, 0, -1, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(o.security, x, p, "security", d, 0, -1, checkCoding) && x.c === null) return false;
    if (!vrt.eachWith(o.security, true, x, p, "security", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if ((m0 & 512) !== 0) {
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
