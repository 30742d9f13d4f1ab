import { checkAddress } from "./Address.js";
import { fillAndCheckPart } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Extension"], type: "Extension", exact: false };
const CHOICE_0 = vrt.choiceVariants(["valueAddress"]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/11179-de-contact-address",
      check: checkContactAddress,
      contexts: ["DataElement.contact"],
      contextTypes: ["ContactDetail"]
    }
  ],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkContactAddress(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Extension");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3;
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
      case "url":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "valueAddress":
        n++;
        m0 |= 8;
        e3 = o[k];
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
  if (!(e2 === "http://hl7.org/fhir/StructureDefinition/11179-de-contact-address" || vrt.isValidUri(e2))) {
    if (!vrt.attribute(e2, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "http://hl7.org/fhir/StructureDefinition/11179-de-contact-address")) {
    if (!vrt.eachWith(
      e2,
      false,
      x,
      p,
      "url",
      vrt.checkFixed,
      "http://hl7.org/fhir/StructureDefinition/11179-de-contact-address"
    ) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 8) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "value.ofType(Address)", d, 0, checkAddress) && x.c === null) return false;
  }
  if (!((m0 & 8) !== 0 && e1 === void 0)) {
    if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  }
  return true;
}
function validateContactAddress(value, options) {
  return vrt.validateWith(value, "Extension", checkContactAddress, false, options, REGISTRY_0);
}
function isContactAddress(value, options) {
  return vrt.testWith(value, checkContactAddress, false, options, REGISTRY_0);
}
function buildContactAddress(input) {
  return fillAndCheckPart(
    input,
    { set: { url: "http://hl7.org/fhir/StructureDefinition/11179-de-contact-address" } },
    isContactAddress,
    validateContactAddress,
    "ContactAddress"
  );
}
export {
  buildContactAddress,
  checkContactAddress,
  isContactAddress,
  validateContactAddress
};
