import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkCoding } from "./Coding.js";
import { checkQuantity } from "./Quantity.js";
import { checkRange } from "./Range.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["UsageContext"], type: "UsageContext", exact: false };
const BINDING_0 = {
  has: vcodes.inCodings319,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/usage-context-type"
};
const CHOICE_0 = vrt.choiceVariants([
  "valueCodeableConcept",
  "valueQuantity",
  "valueRange"
]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkUsageContext(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "UsageContext");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5;
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
      case "code":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "valueCodeableConcept":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "valueQuantity":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "valueRange":
        n++;
        m0 |= 32;
        e5 = o[k];
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
  if (!vrt.one(e2, x, p, "code", d, 1, checkCoding) && x.c === null) return false;
  if (!vrt.eachWith(e2, false, x, p, "code", vrt.checkCoding, BINDING_0) && x.c === null) return false;
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "value", 1) && x.c === null) return false;
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "value.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "value.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "value.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  return true;
}
function validateUsageContext(value, options) {
  return vrt.validateWith(value, "UsageContext", checkUsageContext, false, options, REGISTRY_0);
}
function isUsageContext(value, options) {
  return vrt.testWith(value, checkUsageContext, false, options, REGISTRY_0);
}
export {
  checkUsageContext,
  isUsageContext,
  validateUsageContext
};
