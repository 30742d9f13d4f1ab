var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var Glstring_exports = {};
__export(Glstring_exports, {
  buildGlstring: () => buildGlstring,
  buildGlstringText: () => buildGlstringText,
  buildGlstringUrl: () => buildGlstringUrl,
  checkGlstring: () => checkGlstring,
  checkGlstringText: () => checkGlstringText,
  checkGlstringUrl: () => checkGlstringUrl,
  isGlstring: () => isGlstring,
  validateGlstring: () => validateGlstring
});
module.exports = __toCommonJS(Glstring_exports);
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const KEYS_0 = /* @__PURE__ */ new Set([
  "_valueBase64Binary",
  "_valueBoolean",
  "_valueCode",
  "_valueDate",
  "_valueDateTime",
  "_valueDecimal",
  "_valueId",
  "_valueInstant",
  "_valueInteger",
  "_valueMarkdown",
  "_valueOid",
  "_valuePositiveInt",
  "_valueString",
  "_valueTime",
  "_valueUnsignedInt",
  "_valueUri",
  "extension",
  "id",
  "url",
  "valueAddress",
  "valueAge",
  "valueAnnotation",
  "valueAttachment",
  "valueBase64Binary",
  "valueBoolean",
  "valueCode",
  "valueCodeableConcept",
  "valueCoding",
  "valueContactPoint",
  "valueCount",
  "valueDate",
  "valueDateTime",
  "valueDecimal",
  "valueDistance",
  "valueDuration",
  "valueHumanName",
  "valueId",
  "valueIdentifier",
  "valueInstant",
  "valueInteger",
  "valueMarkdown",
  "valueMeta",
  "valueMoney",
  "valueOid",
  "valuePeriod",
  "valuePositiveInt",
  "valueQuantity",
  "valueRange",
  "valueRatio",
  "valueReference",
  "valueSampledData",
  "valueSignature",
  "valueString",
  "valueTime",
  "valueTiming",
  "valueUnsignedInt",
  "valueUri"
]);
const OWNER_0 = { paths: ["Extension"], type: "Extension", exact: false };
const EXTENSION_0 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_0, false);
const SLICING_0 = {
  rules: "open",
  ordered: false,
  element: "Extension.extension",
  base: (v, x, q, d) => EXTENSION_0(v, x, q, d),
  slices: [
    {
      name: "url",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "url",
      check: (v, x, q, d) => checkGlstringUrl(v, x, q, d)
    },
    {
      name: "text",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "text",
      check: (v, x, q, d) => checkGlstringText(v, x, q, d)
    }
  ]
};
const REMOVED_0 = vrt.removedVariants([
  ["valueBase64Binary", "value.ofType(base64Binary)"],
  ["valueBoolean", "value.ofType(boolean)"],
  ["valueCode", "value.ofType(code)"],
  ["valueDate", "value.ofType(date)"],
  ["valueDateTime", "value.ofType(dateTime)"],
  ["valueDecimal", "value.ofType(decimal)"],
  ["valueId", "value.ofType(id)"],
  ["valueInstant", "value.ofType(instant)"],
  ["valueInteger", "value.ofType(integer)"],
  ["valueMarkdown", "value.ofType(markdown)"],
  ["valueOid", "value.ofType(oid)"],
  ["valuePositiveInt", "value.ofType(positiveInt)"],
  ["valueString", "value.ofType(string)"],
  ["valueTime", "value.ofType(time)"],
  ["valueUnsignedInt", "value.ofType(unsignedInt)"],
  ["valueUri", "value.ofType(uri)"],
  ["valueAddress", "value.ofType(Address)"],
  ["valueAge", "value.ofType(Age)"],
  ["valueAnnotation", "value.ofType(Annotation)"],
  ["valueAttachment", "value.ofType(Attachment)"],
  ["valueCodeableConcept", "value.ofType(CodeableConcept)"],
  ["valueCoding", "value.ofType(Coding)"],
  ["valueContactPoint", "value.ofType(ContactPoint)"],
  ["valueCount", "value.ofType(Count)"],
  ["valueDistance", "value.ofType(Distance)"],
  ["valueDuration", "value.ofType(Duration)"],
  ["valueHumanName", "value.ofType(HumanName)"],
  ["valueIdentifier", "value.ofType(Identifier)"],
  ["valueMoney", "value.ofType(Money)"],
  ["valuePeriod", "value.ofType(Period)"],
  ["valueQuantity", "value.ofType(Quantity)"],
  ["valueRange", "value.ofType(Range)"],
  ["valueRatio", "value.ofType(Ratio)"],
  ["valueReference", "value.ofType(Reference)"],
  ["valueSampledData", "value.ofType(SampledData)"],
  ["valueSignature", "value.ofType(Signature)"],
  ["valueTiming", "value.ofType(Timing)"],
  ["valueMeta", "value.ofType(Meta)"]
]);
const KEYS_1 = /* @__PURE__ */ new Set(["_valueUri", "extension", "id", "url", "valueUri"]);
const OWNER_1 = { paths: ["Extension.extension", "Extension"], type: "Extension", exact: false };
const CHOICE_0 = vrt.choiceVariants(["valueUri"]);
const KEYS_2 = /* @__PURE__ */ new Set(["_valueString", "extension", "id", "url", "valueString"]);
const CHOICE_1 = vrt.choiceVariants(["valueString"]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-glstring",
      check: checkGlstring,
      contexts: ["DiagnosticReport"],
      contextTypes: ["DiagnosticReport"]
    }
  ],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkGlstring(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Extension");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_0, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_0) && x.c === null) return false;
  if (!vrt.isValidUri(o.url)) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!vrt.eachWith(
    o.url,
    false,
    x,
    p,
    "url",
    vrt.checkFixed,
    "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-glstring"
  ) && x.c === null)
    return false;
  if (!vrt.prohibitedVariants(o, x, p, REMOVED_0) && x.c === null) return false;
  if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  return true;
}
function checkGlstringUrl(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Extension.extension");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_1, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if (!vrt.isValidUri(o.url)) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!vrt.eachWith(o.url, false, x, p, "url", vrt.checkFixed, "url") && x.c === null) return false;
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "value", 0) && x.c === null) return false;
  if (o.valueUri !== void 0 || o._valueUri !== void 0) {
    if (!(vrt.isValidUri(o.valueUri) && o._valueUri === void 0)) {
      if (!vrt.prim(o.valueUri, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkGlstringText(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Extension.extension");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_2, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if (!vrt.isValidUri(o.url)) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!vrt.eachWith(o.url, false, x, p, "url", vrt.checkFixed, "text") && x.c === null) return false;
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "value", 0) && x.c === null) return false;
  if (o.valueString !== void 0 || o._valueString !== void 0) {
    if (!(vrt.isValidString(o.valueString) && o._valueString === void 0)) {
      if (!vrt.prim(
        o.valueString,
        o._valueString,
        x,
        p,
        "value.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_1
      ) && x.c === null)
        return false;
    }
  }
  return true;
}
function validateGlstring(value, options) {
  return vrt.validateWith(value, "Extension", checkGlstring, false, options, REGISTRY_0);
}
function isGlstring(value, options) {
  return vrt.testWith(value, checkGlstring, false, options, REGISTRY_0);
}
function buildGlstring(input) {
  return (0, import_fill.fillAndCheckPart)(
    input,
    { set: { url: "http://hl7.org/fhir/StructureDefinition/hla-genotyping-results-glstring" } },
    isGlstring,
    validateGlstring,
    "Glstring"
  );
}
function buildGlstringUrl(input) {
  return (0, import_fill.fillPart)(input, { set: { url: "url" } });
}
function buildGlstringText(input) {
  return (0, import_fill.fillPart)(input, { set: { url: "text" } });
}
