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
  let e0, e1, e2, e3, e4;
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
      case "name":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "contact":
        n++;
        m0 |= 64;
        e4 = o[k];
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
  if (!vrt.codeIn(e2, vcodes.inCodes153)) {
    if (!vrt.eachWith(e2, false, x, p, "type", vrt.checkCode, BINDING_0) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e3) && (m0 & 32) === 0)) {
    if (!vrt.prim(e3, o._name, x, p, "name", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.many(e4, x, p, "contact", d, 0, -1, checkContactDetail) && x.c === null) return false;
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
