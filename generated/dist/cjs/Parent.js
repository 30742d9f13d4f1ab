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
var Parent_exports = {};
__export(Parent_exports, {
  buildParent: () => buildParent,
  buildParentReference: () => buildParentReference,
  buildParentType: () => buildParentType,
  checkParent: () => checkParent,
  checkParentReference: () => checkParentReference,
  checkParentType: () => checkParentType,
  isParent: () => isParent,
  validateParent: () => validateParent
});
module.exports = __toCommonJS(Parent_exports);
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Reference = require("./Reference.js");
var import_fill = require("./runtime/build/fill.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["Extension"], type: "Extension", exact: false };
const EXTENSION_0 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_0, false);
const SLICING_0 = {
  rules: "open",
  ordered: false,
  element: "Extension.extension",
  base: (v, x, q, d) => EXTENSION_0(v, x, q, d),
  slices: [
    {
      name: "type",
      min: 1,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "type",
      check: (v, x, q, d) => checkParentType(v, x, q, d)
    },
    {
      name: "reference",
      min: 1,
      max: 1,
      match: (v, x, d) => vrt.isRecord(v) && v.url === "reference",
      check: (v, x, q, d) => checkParentReference(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.url) {
      case "type":
        return 0;
      case "reference":
        return 1;
    }
    return -1;
  }
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
const OWNER_1 = { paths: ["Extension.extension", "Extension"], type: "Extension", exact: false };
const CHOICE_0 = vrt.choiceVariants(["valueCodeableConcept"]);
const UNCHECKED_0 = {
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/parent-relationship-codes",
  reason: "a filter on http://hl7.org/fhir/v3/RoleCode needs a terminology server"
};
const CHOICE_1 = vrt.choiceVariants(["valueReference"]);
const TARGETS_0 = ["FamilyMemberHistory"];
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-parent",
      check: checkParent,
      contexts: ["FamilyMemberHistory"],
      contextTypes: ["FamilyMemberHistory"]
    }
  ],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkParent(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Extension");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31, e32, e33, e34, e35, e36, e37, e38, e39, e40;
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
      case "valueBase64Binary":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "valueBoolean":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "valueCode":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "valueDate":
        n++;
        m0 |= 512;
        e6 = o[k];
        break;
      case "valueDateTime":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "valueDecimal":
        n++;
        m0 |= 8192;
        e8 = o[k];
        break;
      case "valueId":
        n++;
        m0 |= 32768;
        e9 = o[k];
        break;
      case "valueInstant":
        n++;
        m0 |= 131072;
        e10 = o[k];
        break;
      case "valueInteger":
        n++;
        m0 |= 524288;
        e11 = o[k];
        break;
      case "valueMarkdown":
        n++;
        m0 |= 2097152;
        e12 = o[k];
        break;
      case "valueOid":
        n++;
        m0 |= 8388608;
        e13 = o[k];
        break;
      case "valuePositiveInt":
        n++;
        m0 |= 33554432;
        e14 = o[k];
        break;
      case "valueString":
        n++;
        m0 |= 134217728;
        e15 = o[k];
        break;
      case "valueTime":
        n++;
        m0 |= 536870912;
        e16 = o[k];
        break;
      case "valueUnsignedInt":
        n++;
        m1 |= 1;
        e17 = o[k];
        break;
      case "valueUri":
        n++;
        m1 |= 4;
        e18 = o[k];
        break;
      case "valueAddress":
        n++;
        m1 |= 16;
        e19 = o[k];
        break;
      case "valueAge":
        n++;
        m1 |= 32;
        e20 = o[k];
        break;
      case "valueAnnotation":
        n++;
        m1 |= 64;
        e21 = o[k];
        break;
      case "valueAttachment":
        n++;
        m1 |= 128;
        e22 = o[k];
        break;
      case "valueCodeableConcept":
        n++;
        m1 |= 256;
        e23 = o[k];
        break;
      case "valueCoding":
        n++;
        m1 |= 512;
        e24 = o[k];
        break;
      case "valueContactPoint":
        n++;
        m1 |= 1024;
        e25 = o[k];
        break;
      case "valueCount":
        n++;
        m1 |= 2048;
        e26 = o[k];
        break;
      case "valueDistance":
        n++;
        m1 |= 4096;
        e27 = o[k];
        break;
      case "valueDuration":
        n++;
        m1 |= 8192;
        e28 = o[k];
        break;
      case "valueHumanName":
        n++;
        m1 |= 16384;
        e29 = o[k];
        break;
      case "valueIdentifier":
        n++;
        m1 |= 32768;
        e30 = o[k];
        break;
      case "valueMoney":
        n++;
        m1 |= 65536;
        e31 = o[k];
        break;
      case "valuePeriod":
        n++;
        m1 |= 131072;
        e32 = o[k];
        break;
      case "valueQuantity":
        n++;
        m1 |= 262144;
        e33 = o[k];
        break;
      case "valueRange":
        n++;
        m1 |= 524288;
        e34 = o[k];
        break;
      case "valueRatio":
        n++;
        m1 |= 1048576;
        e35 = o[k];
        break;
      case "valueReference":
        n++;
        m1 |= 2097152;
        e36 = o[k];
        break;
      case "valueSampledData":
        n++;
        m1 |= 4194304;
        e37 = o[k];
        break;
      case "valueSignature":
        n++;
        m1 |= 8388608;
        e38 = o[k];
        break;
      case "valueTiming":
        n++;
        m1 |= 16777216;
        e39 = o[k];
        break;
      case "valueMeta":
        n++;
        m1 |= 33554432;
        e40 = o[k];
        break;
      case "_valueBase64Binary":
        n++;
        m0 |= 16;
        break;
      case "_valueBoolean":
        n++;
        m0 |= 64;
        break;
      case "_valueCode":
        n++;
        m0 |= 256;
        break;
      case "_valueDate":
        n++;
        m0 |= 1024;
        break;
      case "_valueDateTime":
        n++;
        m0 |= 4096;
        break;
      case "_valueDecimal":
        n++;
        m0 |= 16384;
        break;
      case "_valueId":
        n++;
        m0 |= 65536;
        break;
      case "_valueInstant":
        n++;
        m0 |= 262144;
        break;
      case "_valueInteger":
        n++;
        m0 |= 1048576;
        break;
      case "_valueMarkdown":
        n++;
        m0 |= 4194304;
        break;
      case "_valueOid":
        n++;
        m0 |= 16777216;
        break;
      case "_valuePositiveInt":
        n++;
        m0 |= 67108864;
        break;
      case "_valueString":
        n++;
        m0 |= 268435456;
        break;
      case "_valueTime":
        n++;
        m0 |= 1073741824;
        break;
      case "_valueUnsignedInt":
        n++;
        m1 |= 2;
        break;
      case "_valueUri":
        n++;
        m1 |= 8;
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
  if (!vrt.checkSliced(e1, x, p, "extension", d, 0, -1, SLICING_0) && x.c === null) return false;
  if (!(e2 === "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-parent" || vrt.isValidUri(e2))) {
    if (!vrt.attribute(e2, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-parent")) {
    if (!vrt.eachWith(
      e2,
      false,
      x,
      p,
      "url",
      vrt.checkFixed,
      "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-parent"
    ) && x.c === null)
      return false;
  }
  if ((m0 & 2147483640) !== 0 || (m1 & 67108863) !== 0) {
    if (!vrt.prohibitedVariants(o, x, p, REMOVED_0) && x.c === null) return false;
  }
  if (!(((m0 & 2147483640) !== 0 || (m1 & 67108863) !== 0) && e1 === void 0)) {
    if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  }
  return true;
}
function checkParentType(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Extension.extension");
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
      case "valueCodeableConcept":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if (!(e2 === "type" || vrt.isValidUri(e2))) {
    if (!vrt.attribute(e2, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "type")) {
    if (!vrt.eachWith(e2, false, x, p, "url", vrt.checkFixed, "type") && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 8) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "value.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e3, false, x, p, "value.ofType(CodeableConcept)", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  return true;
}
function checkParentReference(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Extension.extension");
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
      case "valueReference":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if (!(e2 === "reference" || vrt.isValidUri(e2))) {
    if (!vrt.attribute(e2, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!(e2 === void 0 || e2 === "reference")) {
    if (!vrt.eachWith(e2, false, x, p, "url", vrt.checkFixed, "reference") && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 8) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "value.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e3, false, x, p, "value.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  return true;
}
function validateParent(value, options) {
  return vrt.validateWith(value, "Extension", checkParent, false, options, REGISTRY_0);
}
function isParent(value, options) {
  return vrt.testWith(value, checkParent, false, options, REGISTRY_0);
}
function buildParent(input) {
  return (0, import_fill.fillAndCheckPart)(
    input,
    {
      set: { url: "http://hl7.org/fhir/StructureDefinition/family-member-history-genetics-parent" },
      lead: { extension: [{ set: { url: "type" } }, { set: { url: "reference" } }] }
    },
    isParent,
    validateParent,
    "Parent"
  );
}
function buildParentType(input) {
  return (0, import_fill.fillPart)(input, { set: { url: "type" } });
}
function buildParentReference(input) {
  return (0, import_fill.fillPart)(input, { set: { url: "reference" } });
}
