import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkQuantity } from "./Quantity.js";
import { fillAndCheckPart, fillPart } from "./runtime/build/fill.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Extension"], type: "Extension", exact: false };
const EXTENSION_0 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_0, false);
const SLICING_0 = {
  rules: "open",
  ordered: false,
  element: "Extension.extension",
  base: (v, x, q, d) => EXTENSION_0(v, x, q, d),
  slices: [
    {
      name: "code",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "code",
      check: (v, x, q, d) => checkEventTimingCode(v, x, q, d)
    },
    {
      name: "offset",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "offset",
      check: (v, x, q, d) => checkEventTimingOffset(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isObject(v)) return -1;
    switch (v.url) {
      case "code":
        return 0;
      case "offset":
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
const BINDING_0 = {
  has: vcodes.inCodings186,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/v3-TimingEvent"
};
const CHOICE_1 = vrt.choiceVariants(["valueQuantity"]);
const BINDING_1 = {
  has: vcodes.inCodings187,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/units-of-time"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/observation-eventTiming",
      check: checkEventTiming,
      contexts: ["Observation"],
      contextTypes: ["Observation"]
    }
  ],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkEventTiming(v, x, p, d) {
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
    if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_0) && x.c === null) return false;
  }
  if (!(o.url === "http://hl7.org/fhir/StructureDefinition/observation-eventTiming" || vrt.isValidUri(o.url))) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!(o.url === void 0 || o.url === "http://hl7.org/fhir/StructureDefinition/observation-eventTiming")) {
    if (!vrt.eachWith(
      o.url,
      false,
      x,
      p,
      "url",
      vrt.checkFixed,
      "http://hl7.org/fhir/StructureDefinition/observation-eventTiming"
    ) && x.c === null)
      return false;
  }
  if ((m0 & 2147483640) !== 0 || (m1 & 67108863) !== 0) {
    if (!vrt.prohibitedVariants(o, x, p, REMOVED_0) && x.c === null) return false;
  }
  if (!vrt.checkExt1(o, x, p) && x.c === null) return false;
  return true;
}
function checkEventTimingCode(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Extension.extension");
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
      case "valueCodeableConcept":
        n++;
        m0 |= 8;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if (!(o.url === "code" || vrt.isValidUri(o.url))) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!(o.url === void 0 || o.url === "code")) {
    if (!vrt.eachWith(o.url, false, x, p, "url", vrt.checkFixed, "code") && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 8) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.valueCodeableConcept,
      false,
      x,
      p,
      "value.ofType(CodeableConcept)",
      vrt.checkConcept,
      BINDING_0
    ) && x.c === null)
      return false;
  }
  return true;
}
function checkEventTimingOffset(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Extension.extension");
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
      case "valueQuantity":
        n++;
        m0 |= 8;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if (!(o.url === "offset" || vrt.isValidUri(o.url))) {
    if (!vrt.attribute(o.url, x, p, "url", 1, vrt.isValidUri, "uri") && x.c === null) return false;
  }
  if (!(o.url === void 0 || o.url === "offset")) {
    if (!vrt.eachWith(o.url, false, x, p, "url", vrt.checkFixed, "offset") && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 8) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
    if (!vrt.eachWith(o.valueQuantity, false, x, p, "value.ofType(Quantity)", vrt.checkCoding, BINDING_1) && x.c === null)
      return false;
  }
  return true;
}
function validateEventTiming(value, options) {
  return vrt.validateWith(value, "Extension", checkEventTiming, false, options, REGISTRY_0);
}
function isEventTiming(value, options) {
  return vrt.testWith(value, checkEventTiming, false, options, REGISTRY_0);
}
function buildEventTiming(input) {
  return fillAndCheckPart(
    input,
    { set: { url: "http://hl7.org/fhir/StructureDefinition/observation-eventTiming" } },
    isEventTiming,
    validateEventTiming,
    "EventTiming"
  );
}
function buildEventTimingCode(input) {
  return fillPart(input, { set: { url: "code" } });
}
function buildEventTimingOffset(input) {
  return fillPart(input, { set: { url: "offset" } });
}
export {
  buildEventTiming,
  buildEventTimingCode,
  buildEventTimingOffset,
  checkEventTiming,
  checkEventTimingCode,
  checkEventTimingOffset,
  isEventTiming,
  validateEventTiming
};
