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
var Extension_exports = {};
__export(Extension_exports, {
  checkExtension: () => checkExtension,
  isExtension: () => isExtension,
  validateExtension: () => validateExtension
});
module.exports = __toCommonJS(Extension_exports);
var import_Address = require("./Address.js");
var import_Age = require("./Age.js");
var import_Annotation = require("./Annotation.js");
var import_Attachment = require("./Attachment.js");
var import_CodeableConcept = require("./CodeableConcept.js");
var import_Coding = require("./Coding.js");
var import_ContactPoint = require("./ContactPoint.js");
var import_Count = require("./Count.js");
var import_Distance = require("./Distance.js");
var import_Duration = require("./Duration.js");
var import_HumanName = require("./HumanName.js");
var import_Identifier = require("./Identifier.js");
var import_Meta = require("./Meta.js");
var import_Money = require("./Money.js");
var import_Period = require("./Period.js");
var import_Quantity = require("./Quantity.js");
var import_Range = require("./Range.js");
var import_Ratio = require("./Ratio.js");
var import_Reference = require("./Reference.js");
var import_SampledData = require("./SampledData.js");
var import_Signature = require("./Signature.js");
var import_Timing = require("./Timing.js");
var vrt = __toESM(require("./runtime/validate/index.js"));
var vresources = __toESM(require("./validators/resource-types.js"));
const OWNER_0 = { paths: ["Extension"], type: "Extension", exact: false };
const CHOICE_0 = vrt.choiceVariants([
  "valueBase64Binary",
  "valueBoolean",
  "valueCode",
  "valueDate",
  "valueDateTime",
  "valueDecimal",
  "valueId",
  "valueInstant",
  "valueInteger",
  "valueMarkdown",
  "valueOid",
  "valuePositiveInt",
  "valueString",
  "valueTime",
  "valueUnsignedInt",
  "valueUri",
  "valueAddress",
  "valueAge",
  "valueAnnotation",
  "valueAttachment",
  "valueCodeableConcept",
  "valueCoding",
  "valueContactPoint",
  "valueCount",
  "valueDistance",
  "valueDuration",
  "valueHumanName",
  "valueIdentifier",
  "valueMoney",
  "valuePeriod",
  "valueQuantity",
  "valueRange",
  "valueRatio",
  "valueReference",
  "valueSampledData",
  "valueSignature",
  "valueTiming",
  "valueMeta"
]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: checkExtension,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkExtension(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Extension");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
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
      case "valueBase64Binary":
        n++;
        m0 |= 8;
        break;
      case "valueBoolean":
        n++;
        m0 |= 32;
        break;
      case "valueCode":
        n++;
        m0 |= 128;
        break;
      case "valueDate":
        n++;
        m0 |= 512;
        break;
      case "valueDateTime":
        n++;
        m0 |= 2048;
        break;
      case "valueDecimal":
        n++;
        m0 |= 8192;
        break;
      case "valueId":
        n++;
        m0 |= 32768;
        break;
      case "valueInstant":
        n++;
        m0 |= 131072;
        break;
      case "valueInteger":
        n++;
        m0 |= 524288;
        break;
      case "valueMarkdown":
        n++;
        m0 |= 2097152;
        break;
      case "valueOid":
        n++;
        m0 |= 8388608;
        break;
      case "valuePositiveInt":
        n++;
        m0 |= 33554432;
        break;
      case "valueString":
        n++;
        m0 |= 134217728;
        break;
      case "valueTime":
        n++;
        m0 |= 536870912;
        break;
      case "valueUnsignedInt":
        n++;
        m1 |= 1;
        break;
      case "valueUri":
        n++;
        m1 |= 4;
        break;
      case "valueAddress":
        n++;
        m1 |= 16;
        break;
      case "valueAge":
        n++;
        m1 |= 32;
        break;
      case "valueAnnotation":
        n++;
        m1 |= 64;
        break;
      case "valueAttachment":
        n++;
        m1 |= 128;
        break;
      case "valueCodeableConcept":
        n++;
        m1 |= 256;
        break;
      case "valueCoding":
        n++;
        m1 |= 512;
        break;
      case "valueContactPoint":
        n++;
        m1 |= 1024;
        break;
      case "valueCount":
        n++;
        m1 |= 2048;
        break;
      case "valueDistance":
        n++;
        m1 |= 4096;
        break;
      case "valueDuration":
        n++;
        m1 |= 8192;
        break;
      case "valueHumanName":
        n++;
        m1 |= 16384;
        break;
      case "valueIdentifier":
        n++;
        m1 |= 32768;
        break;
      case "valueMoney":
        n++;
        m1 |= 65536;
        break;
      case "valuePeriod":
        n++;
        m1 |= 131072;
        break;
      case "valueQuantity":
        n++;
        m1 |= 262144;
        break;
      case "valueRange":
        n++;
        m1 |= 524288;
        break;
      case "valueRatio":
        n++;
        m1 |= 1048576;
        break;
      case "valueReference":
        n++;
        m1 |= 2097152;
        break;
      case "valueSampledData":
        n++;
        m1 |= 4194304;
        break;
      case "valueSignature":
        n++;
        m1 |= 8388608;
        break;
      case "valueTiming":
        n++;
        m1 |= 16777216;
        break;
      case "valueMeta":
        n++;
        m1 |= 33554432;
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
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if (!vrt.isValidUri(o.url)) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 2147483640) + vrt.bitCount(m1 & 67108863) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidBase64Binary(o.valueBase64Binary) && (m0 & 16) === 0)) {
      if (!vrt.prim(
        o.valueBase64Binary,
        o._valueBase64Binary,
        x,
        p,
        "value.ofType(base64Binary)",
        d,
        0,
        vrt.isValidBase64Binary,
        "base64Binary",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(o.valueBoolean) && (m0 & 64) === 0)) {
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
  if ((m0 & 384) !== 0) {
    if (!(vrt.isValidCode(o.valueCode) && (m0 & 256) === 0)) {
      if (!vrt.prim(o.valueCode, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1536) !== 0) {
    if (!(vrt.isValidDate(o.valueDate) && (m0 & 1024) === 0)) {
      if (!vrt.prim(o.valueDate, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 6144) !== 0) {
    if (!(vrt.isValidDateTime(o.valueDateTime) && (m0 & 4096) === 0)) {
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
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidDecimal(o.valueDecimal) && (m0 & 16384) === 0)) {
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
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidId(o.valueId) && (m0 & 65536) === 0)) {
      if (!vrt.prim(o.valueId, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 393216) !== 0) {
    if (!(vrt.isValidInstant(o.valueInstant) && (m0 & 262144) === 0)) {
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
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidInteger(o.valueInteger) && (m0 & 1048576) === 0)) {
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
  if ((m0 & 6291456) !== 0) {
    if (!(vrt.isValidMarkdown(o.valueMarkdown) && (m0 & 4194304) === 0)) {
      if (!vrt.prim(
        o.valueMarkdown,
        o._valueMarkdown,
        x,
        p,
        "value.ofType(markdown)",
        d,
        0,
        vrt.isValidMarkdown,
        "markdown",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 25165824) !== 0) {
    if (!(vrt.isValidOid(o.valueOid) && (m0 & 16777216) === 0)) {
      if (!vrt.prim(o.valueOid, o._valueOid, x, p, "value.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 100663296) !== 0) {
    if (!(vrt.isValidPositiveInt(o.valuePositiveInt) && (m0 & 67108864) === 0)) {
      if (!vrt.prim(
        o.valuePositiveInt,
        o._valuePositiveInt,
        x,
        p,
        "value.ofType(positiveInt)",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidString(o.valueString) && (m0 & 268435456) === 0)) {
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
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1610612736) !== 0) {
    if (!(vrt.isValidTime(o.valueTime) && (m0 & 1073741824) === 0)) {
      if (!vrt.prim(o.valueTime, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3) !== 0) {
    if (!(vrt.isValidUnsignedInt(o.valueUnsignedInt) && (m1 & 2) === 0)) {
      if (!vrt.prim(
        o.valueUnsignedInt,
        o._valueUnsignedInt,
        x,
        p,
        "value.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidUri(o.valueUri) && (m1 & 8) === 0)) {
      if (!vrt.prim(o.valueUri, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.one(o.valueAddress, x, p, "value.ofType(Address)", d, 0, import_Address.checkAddress) && x.c === null) return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.one(o.valueAge, x, p, "value.ofType(Age)", d, 0, import_Age.checkAge) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(o.valueAnnotation, x, p, "value.ofType(Annotation)", d, 0, import_Annotation.checkAnnotation) && x.c === null)
      return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.one(o.valueAttachment, x, p, "value.ofType(Attachment)", d, 0, import_Attachment.checkAttachment) && x.c === null)
      return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, import_CodeableConcept.checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(o.valueCoding, x, p, "value.ofType(Coding)", d, 0, import_Coding.checkCoding) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.one(o.valueContactPoint, x, p, "value.ofType(ContactPoint)", d, 0, import_ContactPoint.checkContactPoint) && x.c === null)
      return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(o.valueCount, x, p, "value.ofType(Count)", d, 0, import_Count.checkCount) && x.c === null) return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.one(o.valueDistance, x, p, "value.ofType(Distance)", d, 0, import_Distance.checkDistance) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.one(o.valueDuration, x, p, "value.ofType(Duration)", d, 0, import_Duration.checkDuration) && x.c === null) return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.one(o.valueHumanName, x, p, "value.ofType(HumanName)", d, 0, import_HumanName.checkHumanName) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.one(o.valueIdentifier, x, p, "value.ofType(Identifier)", d, 0, import_Identifier.checkIdentifier) && x.c === null)
      return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.one(o.valueMoney, x, p, "value.ofType(Money)", d, 0, import_Money.checkMoney) && x.c === null) return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.one(o.valuePeriod, x, p, "value.ofType(Period)", d, 0, import_Period.checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, import_Quantity.checkQuantity) && x.c === null) return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.one(o.valueRange, x, p, "value.ofType(Range)", d, 0, import_Range.checkRange) && x.c === null) return false;
  }
  if ((m1 & 1048576) !== 0) {
    if (!vrt.one(o.valueRatio, x, p, "value.ofType(Ratio)", d, 0, import_Ratio.checkRatio) && x.c === null) return false;
  }
  if ((m1 & 2097152) !== 0) {
    if (!vrt.one(o.valueReference, x, p, "value.ofType(Reference)", d, 0, import_Reference.checkReference) && x.c === null) return false;
  }
  if ((m1 & 4194304) !== 0) {
    if (!vrt.one(o.valueSampledData, x, p, "value.ofType(SampledData)", d, 0, import_SampledData.checkSampledData) && x.c === null)
      return false;
  }
  if ((m1 & 8388608) !== 0) {
    if (!vrt.one(o.valueSignature, x, p, "value.ofType(Signature)", d, 0, import_Signature.checkSignature) && x.c === null) return false;
  }
  if ((m1 & 16777216) !== 0) {
    if (!vrt.one(o.valueTiming, x, p, "value.ofType(Timing)", d, 0, import_Timing.checkTiming) && x.c === null) return false;
  }
  if ((m1 & 33554432) !== 0) {
    if (!vrt.one(o.valueMeta, x, p, "value.ofType(Meta)", d, 0, import_Meta.checkMeta) && x.c === null) return false;
  }
  if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  return true;
}
function validateExtension(value, options) {
  return vrt.validateWith(value, "Extension", checkExtension, false, options, REGISTRY_0);
}
function isExtension(value, options) {
  return vrt.testWith(value, checkExtension, false, options, REGISTRY_0);
}
