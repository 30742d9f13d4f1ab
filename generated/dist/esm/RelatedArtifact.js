import { checkAttachment } from "./Attachment.js";
import { checkReference } from "./Reference.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["RelatedArtifact"], type: "RelatedArtifact", exact: false };
const BINDING_0 = {
  has: vcodes.inCodes275,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/related-artifact-type"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkRelatedArtifact(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "RelatedArtifact");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7;
  for (const k in o) {
    switch (k) {
      case "id":
        m0 |= 1;
        e0 = o[k];
        break;
      case "extension":
        n++;
        m0 |= 2;
        e1 = o[k];
        break;
      case "type":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "display":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "citation":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "url":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "document":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "resource":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "_type":
        n++;
        m0 |= 8;
        break;
      case "_display":
        n++;
        m0 |= 32;
        break;
      case "_citation":
        n++;
        m0 |= 128;
        break;
      case "_url":
        n++;
        m0 |= 512;
        break;
      default:
        if (!vrt.unknownKey(o, k, x, p) && x.c === null) return false;
    }
  }
  if (n === 0 && !vrt.emptyElement(x, p) && x.c === null) return false;
  if ((m0 & 1) !== 0) {
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e2) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e2, vcodes.inCodes275)) {
    if (!vrt.eachWith(e2, false, x, p, "type", vrt.checkCode, BINDING_0) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 32) === 0)) {
      if (!vrt.prim(e3, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 128) === 0)) {
      if (!vrt.prim(e4, o._citation, x, p, "citation", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidUri(e5) && (m0 & 512) === 0)) {
      if (!vrt.prim(e5, o._url, x, p, "url", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(e6, x, p, "document", d, 0, checkAttachment) && x.c === null) return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(e7, x, p, "resource", d, 0, checkReference) && x.c === null) return false;
  }
  return true;
}
function validateRelatedArtifact(value, options) {
  return vrt.validateWith(value, "RelatedArtifact", checkRelatedArtifact, false, options, REGISTRY_0);
}
function isRelatedArtifact(value, options) {
  return vrt.testWith(value, checkRelatedArtifact, false, options, REGISTRY_0);
}
export {
  checkRelatedArtifact,
  isRelatedArtifact,
  validateRelatedArtifact
};
