import { checkMeta } from "./Meta.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Binary"], type: "Binary", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const UNCHECKED_0 = {
  strength: "required",
  valueSet: "http://www.rfc-editor.org/bcp/bcp13.txt",
  reason: "http://www.rfc-editor.org/bcp/bcp13.txt is not a FHIR ValueSet"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    { url: "http://hl7.org/fhir/StructureDefinition/Binary", check: checkBinary, type: "Binary", base: true }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkBinary(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Binary");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Binary") && x.c === null) return false;
  let m0 = 0;
  for (const k in o) {
    switch (k) {
      case "resourceType":
        break;
      case "id":
        m0 |= 1;
        break;
      case "meta":
        m0 |= 4;
        break;
      case "implicitRules":
        m0 |= 8;
        break;
      case "language":
        m0 |= 32;
        break;
      case "contentType":
        m0 |= 128;
        break;
      case "securityContext":
        m0 |= 512;
        break;
      case "content":
        m0 |= 1024;
        break;
      case "_id":
        m0 |= 2;
        break;
      case "_implicitRules":
        m0 |= 16;
        break;
      case "_language":
        m0 |= 64;
        break;
      case "_contentType":
        m0 |= 256;
        break;
      case "_content":
        m0 |= 2048;
        break;
      default:
        if (!vrt.unknownKey(o, k, x, p) && x.c === null) return false;
    }
  }
  if ((m0 & 3) !== 0) {
    if (!(vrt.isValidId(o.id) && (m0 & 2) === 0)) {
      if (!vrt.prim(o.id, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(o.meta, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidUri(o.implicitRules) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.implicitRules, o._implicitRules, x, p, "implicitRules", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidCode(o.language) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.language, vcodes.inCodes1)) {
      if (!vrt.eachWith(o.language, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
    }
  }
  if (!(vrt.isValidCode(o.contentType) && (m0 & 256) === 0)) {
    if (!vrt.prim(o.contentType, o._contentType, x, p, "contentType", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.contentType, false, x, p, "contentType", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
    return false;
  if ((m0 & 512) !== 0) {
    if (!vrt.one(o.securityContext, x, p, "securityContext", d, 0, checkReference) && x.c === null) return false;
  }
  if (!(vrt.isValidBase64Binary(o.content) && (m0 & 2048) === 0)) {
    if (!vrt.prim(o.content, o._content, x, p, "content", d, 1, vrt.isValidBase64Binary, "base64Binary", OWNER_0) && x.c === null)
      return false;
  }
  return true;
}
function validateBinary(value, options) {
  return vrt.validateWith(value, "Binary", checkBinary, true, options, REGISTRY_0);
}
function isBinary(value, options) {
  return vrt.testWith(value, checkBinary, true, options, REGISTRY_0);
}
function buildBinary(input) {
  return fillAndCheck(input, { resourceType: "Binary" }, isBinary, validateBinary, "Binary");
}
export {
  buildBinary,
  checkBinary,
  isBinary,
  validateBinary
};
