import { fillAndCheckPart } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Extension"], type: "Extension", exact: false };
const CHOICE_0 = vrt.choiceVariants(["valueBoolean"]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/elementdefinition-translatable",
      check: checkTranslatable,
      contexts: ["ElementDefinition"],
      contextTypes: ["ElementDefinition"]
    }
  ],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkTranslatable(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Extension");
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
      case "url":
        n++;
        m0 |= 4;
        break;
      case "valueBoolean":
        n++;
        m0 |= 8;
        break;
      case "_valueBoolean":
        n++;
        m0 |= 16;
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
  if (!(o.url === "http://hl7.org/fhir/StructureDefinition/elementdefinition-translatable" || vrt.isValidUri(o.url))) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!(o.url === void 0 || o.url === "http://hl7.org/fhir/StructureDefinition/elementdefinition-translatable")) {
    if (!vrt.eachWith(
      o.url,
      false,
      x,
      p,
      "url",
      vrt.checkFixed,
      "http://hl7.org/fhir/StructureDefinition/elementdefinition-translatable"
    ) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m0 & 24) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidBoolean(o.valueBoolean) && (m0 & 16) === 0)) {
      if (!vrt.prim(
        o.valueBoolean,
        o._valueBoolean,
        x,
        p,
        "value.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  return true;
}
function validateTranslatable(value, options) {
  return vrt.validateWith(value, "Extension", checkTranslatable, false, options, REGISTRY_0);
}
function isTranslatable(value, options) {
  return vrt.testWith(value, checkTranslatable, false, options, REGISTRY_0);
}
function buildTranslatable(input) {
  return fillAndCheckPart(
    input,
    { set: { url: "http://hl7.org/fhir/StructureDefinition/elementdefinition-translatable" } },
    isTranslatable,
    validateTranslatable,
    "Translatable"
  );
}
export {
  buildTranslatable,
  checkTranslatable,
  isTranslatable,
  validateTranslatable
};
