import { fillAndCheckPart } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_valueDate",
  "_valueDateTime",
  "_valueDecimal",
  "_valueInstant",
  "_valueInteger",
  "_valueTime",
  "extension",
  "id",
  "url",
  "valueDate",
  "valueDateTime",
  "valueDecimal",
  "valueInstant",
  "valueInteger",
  "valueTime"
]);
const OWNER_0 = { paths: ["Extension"], type: "Extension", exact: false };
const CHOICE_0 = vrt.choiceVariants([
  "valueDate",
  "valueDateTime",
  "valueTime",
  "valueInstant",
  "valueDecimal",
  "valueInteger"
]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/maxValue",
      check: checkMaxValue,
      contexts: ["Questionnaire.item"],
      contextTypes: ["BackboneElement"]
    }
  ],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkMaxValue(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Extension");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_0, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if (!vrt.isValidUri(o.url)) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!vrt.eachWith(o.url, false, x, p, "url", vrt.checkFixed, "http://hl7.org/fhir/StructureDefinition/maxValue") && x.c === null)
    return false;
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "value", 1) && x.c === null) return false;
  if (o.valueDate !== void 0 || o._valueDate !== void 0) {
    if (!(vrt.isValidDate(o.valueDate) && o._valueDate === void 0)) {
      if (!vrt.prim(o.valueDate, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.valueDateTime !== void 0 || o._valueDateTime !== void 0) {
    if (!(vrt.isValidDateTime(o.valueDateTime) && o._valueDateTime === void 0)) {
      if (!vrt.prim(
        o.valueDateTime,
        o._valueDateTime,
        x,
        p,
        "value.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueTime !== void 0 || o._valueTime !== void 0) {
    if (!(vrt.isValidTime(o.valueTime) && o._valueTime === void 0)) {
      if (!vrt.prim(o.valueTime, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.valueInstant !== void 0 || o._valueInstant !== void 0) {
    if (!(vrt.isValidInstant(o.valueInstant) && o._valueInstant === void 0)) {
      if (!vrt.prim(
        o.valueInstant,
        o._valueInstant,
        x,
        p,
        "value.ofType(instant)",
        d,
        0,
        vrt.isValidInstant,
        "instant",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueDecimal !== void 0 || o._valueDecimal !== void 0) {
    if (!(vrt.isValidDecimal(o.valueDecimal) && o._valueDecimal === void 0)) {
      if (!vrt.prim(
        o.valueDecimal,
        o._valueDecimal,
        x,
        p,
        "value.ofType(decimal)",
        d,
        0,
        vrt.isValidDecimal,
        "decimal",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueInteger !== void 0 || o._valueInteger !== void 0) {
    if (!(vrt.isValidInteger(o.valueInteger) && o._valueInteger === void 0)) {
      if (!vrt.prim(
        o.valueInteger,
        o._valueInteger,
        x,
        p,
        "value.ofType(integer)",
        d,
        0,
        vrt.isValidInteger,
        "integer",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  return true;
}
function validateMaxValue(value, options) {
  return vrt.validateWith(value, "Extension", checkMaxValue, false, options, REGISTRY_0);
}
function isMaxValue(value, options) {
  return vrt.testWith(value, checkMaxValue, false, options, REGISTRY_0);
}
function buildMaxValue(input) {
  return fillAndCheckPart(
    input,
    { set: { url: "http://hl7.org/fhir/StructureDefinition/maxValue" } },
    isMaxValue,
    validateMaxValue,
    "MaxValue"
  );
}
export {
  buildMaxValue,
  checkMaxValue,
  isMaxValue,
  validateMaxValue
};
