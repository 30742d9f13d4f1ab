import { checkCoding } from "./Coding.js";
import { checkReference } from "./Reference.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Signature"], type: "Signature", exact: false };
const BINDING_0 = {
  has: vcodes.inCodings285,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/signature-type"
};
const CHOICE_0 = vrt.choiceVariants(["whoUri", "whoReference"]);
const TARGETS_0 = ["Device", "Organization", "Patient", "Practitioner", "RelatedPerson"];
const CHOICE_1 = vrt.choiceVariants(["onBehalfOfUri", "onBehalfOfReference"]);
const UNCHECKED_0 = {
  strength: "required",
  valueSet: "http://www.rfc-editor.org/bcp/bcp13.txt",
  reason: "http://www.rfc-editor.org/bcp/bcp13.txt is not a FHIR ValueSet"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkSignature(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Signature");
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
      case "type":
        n++;
        m0 |= 4;
        break;
      case "when":
        n++;
        m0 |= 8;
        break;
      case "whoUri":
        n++;
        m0 |= 32;
        break;
      case "whoReference":
        n++;
        m0 |= 128;
        break;
      case "onBehalfOfUri":
        n++;
        m0 |= 256;
        break;
      case "onBehalfOfReference":
        n++;
        m0 |= 1024;
        break;
      case "contentType":
        n++;
        m0 |= 2048;
        break;
      case "blob":
        n++;
        m0 |= 8192;
        break;
      case "_when":
        n++;
        m0 |= 16;
        break;
      case "_whoUri":
        n++;
        m0 |= 64;
        break;
      case "_onBehalfOfUri":
        n++;
        m0 |= 512;
        break;
      case "_contentType":
        n++;
        m0 |= 4096;
        break;
      case "_blob":
        n++;
        m0 |= 16384;
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
  if (!vrt.many(o.type, x, p, "type", d, 1, -1, checkCoding) && x.c === null) return false;
  if (!vrt.eachWith(o.type, true, x, p, "type", vrt.checkCoding, BINDING_0) && x.c === null) return false;
  if (!(vrt.isValidInstant(o.when) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.when, o._when, x, p, "when", d, 1, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "who", 1) && x.c === null) return false;
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidUri(o.whoUri) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.whoUri, o._whoUri, x, p, "who.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(o.whoReference, x, p, "who.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.whoReference, false, x, p, "who.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 1792) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "onBehalfOf", 0) && x.c === null) return false;
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidUri(o.onBehalfOfUri) && (m0 & 512) === 0)) {
      if (!vrt.prim(
        o.onBehalfOfUri,
        o._onBehalfOfUri,
        x,
        p,
        "onBehalfOf.ofType(uri)",
        d,
        0,
        vrt.isValidUri,
        "uri",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(o.onBehalfOfReference, x, p, "onBehalfOf.ofType(Reference)", d, 0, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.onBehalfOfReference,
      false,
      x,
      p,
      "onBehalfOf.ofType(Reference)",
      vrt.checkReferenceTarget,
      TARGETS_0
    ) && x.c === null)
      return false;
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidCode(o.contentType) && (m0 & 4096) === 0)) {
      if (!vrt.prim(o.contentType, o._contentType, x, p, "contentType", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.contentType, false, x, p, "contentType", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidBase64Binary(o.blob) && (m0 & 16384) === 0)) {
      if (!vrt.prim(o.blob, o._blob, x, p, "blob", d, 0, vrt.isValidBase64Binary, "base64Binary", OWNER_0) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateSignature(value, options) {
  return vrt.validateWith(value, "Signature", checkSignature, false, options, REGISTRY_0);
}
function isSignature(value, options) {
  return vrt.testWith(value, checkSignature, false, options, REGISTRY_0);
}
export {
  checkSignature,
  isSignature,
  validateSignature
};
