import { checkReference } from "./Reference.js";
import * as vrt from "./runtime/validate/index.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Annotation"], type: "Annotation", exact: false };
const CHOICE_0 = vrt.choiceVariants(["authorReference", "authorString"]);
const TARGETS_0 = ["Patient", "Practitioner", "RelatedPerson"];
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkAnnotation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Annotation");
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
      case "authorReference":
        n++;
        m0 |= 4;
        break;
      case "authorString":
        n++;
        m0 |= 8;
        break;
      case "time":
        n++;
        m0 |= 32;
        break;
      case "text":
        n++;
        m0 |= 128;
        break;
      case "_authorString":
        n++;
        m0 |= 16;
        break;
      case "_time":
        n++;
        m0 |= 64;
        break;
      case "_text":
        n++;
        m0 |= 256;
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
  if (vrt.bitCount(m0 & 28) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "author", 0) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(o.authorReference, x, p, "author.ofType(Reference)", d, 0, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(o.authorReference, false, x, p, "author.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(o.authorString) && (m0 & 16) === 0)) {
      if (!vrt.prim(
        o.authorString,
        o._authorString,
        x,
        p,
        "author.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidDateTime(o.time) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.time, o._time, x, p, "time", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidString(o.text) && (m0 & 256) === 0)) {
    if (!vrt.prim(o.text, o._text, x, p, "text", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  return true;
}
function validateAnnotation(value, options) {
  return vrt.validateWith(value, "Annotation", checkAnnotation, false, options, REGISTRY_0);
}
function isAnnotation(value, options) {
  return vrt.testWith(value, checkAnnotation, false, options, REGISTRY_0);
}
export {
  checkAnnotation,
  isAnnotation,
  validateAnnotation
};
