import { checkContactDetail } from "./ContactDetail.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Contributor"], type: "Contributor", exact: false };
const BINDING_0 = {
  has: vcodes.inCodes153,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/contributor-type"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkContributor(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Contributor");
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
      case "name":
        n++;
        m0 |= 16;
        break;
      case "contact":
        n++;
        m0 |= 64;
        break;
      case "_type":
        n++;
        m0 |= 8;
        break;
      case "_name":
        n++;
        m0 |= 32;
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
  if (!(vrt.isValidCode(o.type) && (m0 & 8) === 0)) {
    if (!vrt.prim(o.type, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(o.type, vcodes.inCodes153)) {
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_0) && x.c === null) return false;
  }
  if (!(vrt.isValidString(o.name) && (m0 & 32) === 0)) {
    if (!vrt.prim(o.name, o._name, x, p, "name", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.many(o.contact, x, p, "contact", d, 0, -1, checkContactDetail) && x.c === null) return false;
  }
  return true;
}
function validateContributor(value, options) {
  return vrt.validateWith(value, "Contributor", checkContributor, false, options, REGISTRY_0);
}
function isContributor(value, options) {
  return vrt.testWith(value, checkContributor, false, options, REGISTRY_0);
}
export {
  checkContributor,
  isContributor,
  validateContributor
};
