import { checkAddress } from "./Address.js";
import { checkAge } from "./Age.js";
import { checkAnnotation } from "./Annotation.js";
import { checkAttachment } from "./Attachment.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkCoding } from "./Coding.js";
import { checkContactPoint } from "./ContactPoint.js";
import { checkCount } from "./Count.js";
import { checkDistance } from "./Distance.js";
import { checkDuration } from "./Duration.js";
import { checkHumanName } from "./HumanName.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkMoney } from "./Money.js";
import { checkPeriod } from "./Period.js";
import { checkQuantity } from "./Quantity.js";
import { checkRange } from "./Range.js";
import { checkRatio } from "./Ratio.js";
import { checkReference } from "./Reference.js";
import { checkSampledData } from "./SampledData.js";
import { checkSignature } from "./Signature.js";
import { checkTiming } from "./Timing.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["ElementDefinition"], type: "ElementDefinition", exact: false };
const BINDING_0 = {
  has: vcodes.inCodes173,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/property-representation"
};
const INVARIANT_0 = vrt.invariant({
  key: "eld-3",
  path: "ElementDefinition.max",
  expression: "empty() or ($this = '*') or (toInteger() >= 0)",
  severity: "error",
  human: 'Max SHALL be a number or "*"'
});
const CHOICE_0 = vrt.choiceVariants([
  "defaultValueBase64Binary",
  "defaultValueBoolean",
  "defaultValueCode",
  "defaultValueDate",
  "defaultValueDateTime",
  "defaultValueDecimal",
  "defaultValueId",
  "defaultValueInstant",
  "defaultValueInteger",
  "defaultValueMarkdown",
  "defaultValueOid",
  "defaultValuePositiveInt",
  "defaultValueString",
  "defaultValueTime",
  "defaultValueUnsignedInt",
  "defaultValueUri",
  "defaultValueAddress",
  "defaultValueAge",
  "defaultValueAnnotation",
  "defaultValueAttachment",
  "defaultValueCodeableConcept",
  "defaultValueCoding",
  "defaultValueContactPoint",
  "defaultValueCount",
  "defaultValueDistance",
  "defaultValueDuration",
  "defaultValueHumanName",
  "defaultValueIdentifier",
  "defaultValueMoney",
  "defaultValuePeriod",
  "defaultValueQuantity",
  "defaultValueRange",
  "defaultValueRatio",
  "defaultValueReference",
  "defaultValueSampledData",
  "defaultValueSignature",
  "defaultValueTiming",
  "defaultValueMeta"
]);
const CHOICE_1 = vrt.choiceVariants([
  "fixedBase64Binary",
  "fixedBoolean",
  "fixedCode",
  "fixedDate",
  "fixedDateTime",
  "fixedDecimal",
  "fixedId",
  "fixedInstant",
  "fixedInteger",
  "fixedMarkdown",
  "fixedOid",
  "fixedPositiveInt",
  "fixedString",
  "fixedTime",
  "fixedUnsignedInt",
  "fixedUri",
  "fixedAddress",
  "fixedAge",
  "fixedAnnotation",
  "fixedAttachment",
  "fixedCodeableConcept",
  "fixedCoding",
  "fixedContactPoint",
  "fixedCount",
  "fixedDistance",
  "fixedDuration",
  "fixedHumanName",
  "fixedIdentifier",
  "fixedMoney",
  "fixedPeriod",
  "fixedQuantity",
  "fixedRange",
  "fixedRatio",
  "fixedReference",
  "fixedSampledData",
  "fixedSignature",
  "fixedTiming",
  "fixedMeta"
]);
const CHOICE_2 = vrt.choiceVariants([
  "patternBase64Binary",
  "patternBoolean",
  "patternCode",
  "patternDate",
  "patternDateTime",
  "patternDecimal",
  "patternId",
  "patternInstant",
  "patternInteger",
  "patternMarkdown",
  "patternOid",
  "patternPositiveInt",
  "patternString",
  "patternTime",
  "patternUnsignedInt",
  "patternUri",
  "patternAddress",
  "patternAge",
  "patternAnnotation",
  "patternAttachment",
  "patternCodeableConcept",
  "patternCoding",
  "patternContactPoint",
  "patternCount",
  "patternDistance",
  "patternDuration",
  "patternHumanName",
  "patternIdentifier",
  "patternMoney",
  "patternPeriod",
  "patternQuantity",
  "patternRange",
  "patternRatio",
  "patternReference",
  "patternSampledData",
  "patternSignature",
  "patternTiming",
  "patternMeta"
]);
const CHOICE_3 = vrt.choiceVariants([
  "minValueDate",
  "minValueDateTime",
  "minValueInstant",
  "minValueTime",
  "minValueDecimal",
  "minValueInteger",
  "minValuePositiveInt",
  "minValueUnsignedInt",
  "minValueQuantity"
]);
const CHOICE_4 = vrt.choiceVariants([
  "maxValueDate",
  "maxValueDateTime",
  "maxValueInstant",
  "maxValueTime",
  "maxValueDecimal",
  "maxValueInteger",
  "maxValuePositiveInt",
  "maxValueUnsignedInt",
  "maxValueQuantity"
]);
const INVARIANT_1 = vrt.invariant({
  key: "eld-2",
  path: "ElementDefinition",
  expression: "min.empty() or max.empty() or (max = '*') or (min <= max.toInteger())",
  severity: "error",
  human: "Min <= Max"
});
const CHOICE_KEYS_0 = [
  ["defaultValueBase64Binary", "_defaultValueBase64Binary"],
  ["defaultValueBoolean", "_defaultValueBoolean"],
  ["defaultValueCode", "_defaultValueCode"],
  ["defaultValueDate", "_defaultValueDate"],
  ["defaultValueDateTime", "_defaultValueDateTime"],
  ["defaultValueDecimal", "_defaultValueDecimal"],
  ["defaultValueId", "_defaultValueId"],
  ["defaultValueInstant", "_defaultValueInstant"],
  ["defaultValueInteger", "_defaultValueInteger"],
  ["defaultValueMarkdown", "_defaultValueMarkdown"],
  ["defaultValueOid", "_defaultValueOid"],
  ["defaultValuePositiveInt", "_defaultValuePositiveInt"],
  ["defaultValueString", "_defaultValueString"],
  ["defaultValueTime", "_defaultValueTime"],
  ["defaultValueUnsignedInt", "_defaultValueUnsignedInt"],
  ["defaultValueUri", "_defaultValueUri"],
  ["defaultValueAddress", "_defaultValueAddress"],
  ["defaultValueAge", "_defaultValueAge"],
  ["defaultValueAnnotation", "_defaultValueAnnotation"],
  ["defaultValueAttachment", "_defaultValueAttachment"],
  ["defaultValueCodeableConcept", "_defaultValueCodeableConcept"],
  ["defaultValueCoding", "_defaultValueCoding"],
  ["defaultValueContactPoint", "_defaultValueContactPoint"],
  ["defaultValueCount", "_defaultValueCount"],
  ["defaultValueDistance", "_defaultValueDistance"],
  ["defaultValueDuration", "_defaultValueDuration"],
  ["defaultValueHumanName", "_defaultValueHumanName"],
  ["defaultValueIdentifier", "_defaultValueIdentifier"],
  ["defaultValueMoney", "_defaultValueMoney"],
  ["defaultValuePeriod", "_defaultValuePeriod"],
  ["defaultValueQuantity", "_defaultValueQuantity"],
  ["defaultValueRange", "_defaultValueRange"],
  ["defaultValueRatio", "_defaultValueRatio"],
  ["defaultValueReference", "_defaultValueReference"],
  ["defaultValueSampledData", "_defaultValueSampledData"],
  ["defaultValueSignature", "_defaultValueSignature"],
  ["defaultValueTiming", "_defaultValueTiming"],
  ["defaultValueMeta", "_defaultValueMeta"]
];
const CHOICE_KEYS_1 = [
  ["fixedBase64Binary", "_fixedBase64Binary"],
  ["fixedBoolean", "_fixedBoolean"],
  ["fixedCode", "_fixedCode"],
  ["fixedDate", "_fixedDate"],
  ["fixedDateTime", "_fixedDateTime"],
  ["fixedDecimal", "_fixedDecimal"],
  ["fixedId", "_fixedId"],
  ["fixedInstant", "_fixedInstant"],
  ["fixedInteger", "_fixedInteger"],
  ["fixedMarkdown", "_fixedMarkdown"],
  ["fixedOid", "_fixedOid"],
  ["fixedPositiveInt", "_fixedPositiveInt"],
  ["fixedString", "_fixedString"],
  ["fixedTime", "_fixedTime"],
  ["fixedUnsignedInt", "_fixedUnsignedInt"],
  ["fixedUri", "_fixedUri"],
  ["fixedAddress", "_fixedAddress"],
  ["fixedAge", "_fixedAge"],
  ["fixedAnnotation", "_fixedAnnotation"],
  ["fixedAttachment", "_fixedAttachment"],
  ["fixedCodeableConcept", "_fixedCodeableConcept"],
  ["fixedCoding", "_fixedCoding"],
  ["fixedContactPoint", "_fixedContactPoint"],
  ["fixedCount", "_fixedCount"],
  ["fixedDistance", "_fixedDistance"],
  ["fixedDuration", "_fixedDuration"],
  ["fixedHumanName", "_fixedHumanName"],
  ["fixedIdentifier", "_fixedIdentifier"],
  ["fixedMoney", "_fixedMoney"],
  ["fixedPeriod", "_fixedPeriod"],
  ["fixedQuantity", "_fixedQuantity"],
  ["fixedRange", "_fixedRange"],
  ["fixedRatio", "_fixedRatio"],
  ["fixedReference", "_fixedReference"],
  ["fixedSampledData", "_fixedSampledData"],
  ["fixedSignature", "_fixedSignature"],
  ["fixedTiming", "_fixedTiming"],
  ["fixedMeta", "_fixedMeta"]
];
const CHOICE_KEYS_2 = [
  ["patternBase64Binary", "_patternBase64Binary"],
  ["patternBoolean", "_patternBoolean"],
  ["patternCode", "_patternCode"],
  ["patternDate", "_patternDate"],
  ["patternDateTime", "_patternDateTime"],
  ["patternDecimal", "_patternDecimal"],
  ["patternId", "_patternId"],
  ["patternInstant", "_patternInstant"],
  ["patternInteger", "_patternInteger"],
  ["patternMarkdown", "_patternMarkdown"],
  ["patternOid", "_patternOid"],
  ["patternPositiveInt", "_patternPositiveInt"],
  ["patternString", "_patternString"],
  ["patternTime", "_patternTime"],
  ["patternUnsignedInt", "_patternUnsignedInt"],
  ["patternUri", "_patternUri"],
  ["patternAddress", "_patternAddress"],
  ["patternAge", "_patternAge"],
  ["patternAnnotation", "_patternAnnotation"],
  ["patternAttachment", "_patternAttachment"],
  ["patternCodeableConcept", "_patternCodeableConcept"],
  ["patternCoding", "_patternCoding"],
  ["patternContactPoint", "_patternContactPoint"],
  ["patternCount", "_patternCount"],
  ["patternDistance", "_patternDistance"],
  ["patternDuration", "_patternDuration"],
  ["patternHumanName", "_patternHumanName"],
  ["patternIdentifier", "_patternIdentifier"],
  ["patternMoney", "_patternMoney"],
  ["patternPeriod", "_patternPeriod"],
  ["patternQuantity", "_patternQuantity"],
  ["patternRange", "_patternRange"],
  ["patternRatio", "_patternRatio"],
  ["patternReference", "_patternReference"],
  ["patternSampledData", "_patternSampledData"],
  ["patternSignature", "_patternSignature"],
  ["patternTiming", "_patternTiming"],
  ["patternMeta", "_patternMeta"]
];
const CHOICE_KEYS_3 = [
  ["minValueDate", "_minValueDate"],
  ["minValueDateTime", "_minValueDateTime"],
  ["minValueInstant", "_minValueInstant"],
  ["minValueTime", "_minValueTime"],
  ["minValueDecimal", "_minValueDecimal"],
  ["minValueInteger", "_minValueInteger"],
  ["minValuePositiveInt", "_minValuePositiveInt"],
  ["minValueUnsignedInt", "_minValueUnsignedInt"],
  ["minValueQuantity", "_minValueQuantity"]
];
const CHOICE_KEYS_4 = [
  ["maxValueDate", "_maxValueDate"],
  ["maxValueDateTime", "_maxValueDateTime"],
  ["maxValueInstant", "_maxValueInstant"],
  ["maxValueTime", "_maxValueTime"],
  ["maxValueDecimal", "_maxValueDecimal"],
  ["maxValueInteger", "_maxValueInteger"],
  ["maxValuePositiveInt", "_maxValuePositiveInt"],
  ["maxValueUnsignedInt", "_maxValueUnsignedInt"],
  ["maxValueQuantity", "_maxValueQuantity"]
];
const INVARIANT_2 = vrt.invariant({
  key: "eld-5",
  path: "ElementDefinition",
  expression: "contentReference.empty() or (type.empty() and defaultValue.empty() and fixed.empty() and pattern.empty() and example.empty() and minValue.empty() and maxValue.empty() and maxLength.empty() and binding.empty())",
  severity: "error",
  human: "if the element definition has a contentReference, it cannot have type, defaultValue, fixed, pattern, example, minValue, maxValue, maxLength, or binding"
});
const INVARIANT_3 = vrt.invariant({
  key: "eld-7",
  path: "ElementDefinition",
  expression: "pattern.empty() or (type.count() <= 1)",
  severity: "error",
  human: "Pattern may only be specified if there is one type"
});
const INVARIANT_4 = vrt.invariant({
  key: "eld-6",
  path: "ElementDefinition",
  expression: "fixed.empty() or (type.count()  <= 1)",
  severity: "error",
  human: "Fixed value may only be specified if there is one type"
});
const INVARIANT_5 = vrt.invariant({
  key: "eld-11",
  path: "ElementDefinition",
  expression: "binding.empty() or type.code.empty() or type.select((code = 'code') or (code = 'Coding') or (code='CodeableConcept') or (code = 'Quantity') or (code = 'Extension') or (code = 'string') or (code = 'uri')).exists()",
  severity: "error",
  human: "Binding can only be present for coded elements, string, and uri"
});
const INVARIANT_6 = vrt.invariant({
  key: "eld-8",
  path: "ElementDefinition",
  expression: "pattern.empty() or fixed.empty()",
  severity: "error",
  human: "Pattern and value are mutually exclusive"
});
const INVARIANT_7 = vrt.invariant({
  key: "eld-14",
  path: "ElementDefinition",
  expression: "constraint.select(key).isDistinct()",
  severity: "error",
  human: "Constraints must be unique by key"
});
const INVARIANT_8 = vrt.invariant({
  key: "eld-13",
  path: "ElementDefinition",
  expression: "type.select(code&profile&targetProfile).isDistinct()",
  severity: "error",
  human: "Types must be unique by the combination of code and profile"
});
const INVARIANT_9 = vrt.invariant({
  key: "eld-16",
  path: "ElementDefinition",
  expression: "sliceName.empty() or sliceName.matches('^[a-zA-Z0-9\\\\/\\\\-\\\\_]+$')",
  severity: "error",
  human: 'sliceName must be composed of proper tokens separated by "/"'
});
const INVARIANT_10 = vrt.invariant({
  key: "eld-15",
  path: "ElementDefinition",
  expression: "defaultValue.empty() or meaningWhenMissing.empty()",
  severity: "error",
  human: "default value and meaningWhenMissing are mutually exclusive"
});
const OWNER_1 = { paths: ["ElementDefinition.slicing"], type: "Element", exact: false };
const BINDING_1 = {
  has: vcodes.inCodes174,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/resource-slicing-rules"
};
const INVARIANT_11 = vrt.invariant({
  key: "eld-1",
  path: "ElementDefinition.slicing",
  expression: "discriminator.exists() or description.exists()",
  severity: "error",
  human: "If there are no discriminators, there must be a definition"
});
const OWNER_2 = { paths: ["ElementDefinition.base"], type: "Element", exact: false };
const OWNER_3 = { paths: ["ElementDefinition.type"], type: "Element", exact: false };
const BINDING_2 = {
  has: vcodes.inCodes157,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/defined-types"
};
const BINDING_3 = {
  has: vcodes.inCodes175,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/resource-aggregation-mode"
};
const BINDING_4 = {
  has: vcodes.inCodes158,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/reference-version-rules"
};
const INVARIANT_12 = vrt.invariant({
  key: "eld-4",
  path: "ElementDefinition.type",
  expression: "aggregation.empty() or (code = 'Reference')",
  severity: "error",
  human: "Aggregation may only be specified if one of the allowed types for the element is a resource"
});
const OWNER_4 = { paths: ["ElementDefinition.example"], type: "Element", exact: false };
const CHOICE_5 = vrt.choiceVariants([
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
const OWNER_5 = { paths: ["ElementDefinition.constraint"], type: "Element", exact: false };
const BINDING_5 = {
  has: vcodes.inCodes176,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/constraint-severity"
};
const OWNER_6 = { paths: ["ElementDefinition.binding"], type: "Element", exact: false };
const BINDING_6 = {
  has: vcodes.inCodes177,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/binding-strength"
};
const CHOICE_6 = vrt.choiceVariants(["valueSetUri", "valueSetReference"]);
const TARGETS_0 = ["ValueSet"];
const CHOICE_KEYS_5 = [
  ["valueSetUri", "_valueSetUri"],
  ["valueSetReference", "_valueSetReference"]
];
const INVARIANT_13 = vrt.invariant({
  key: "eld-10",
  path: "ElementDefinition.binding",
  expression: "valueSet.exists() or description.exists()",
  severity: "error",
  human: "provide either a reference or a description (or both)"
});
const INVARIANT_14 = vrt.invariant({
  key: "eld-12",
  path: "ElementDefinition.binding",
  expression: "valueSet.is(uri).not() or valueSet.as(uri).startsWith('http:') or valueSet.as(uri).startsWith('https') or valueSet.as(uri).startsWith('urn:')",
  severity: "error",
  human: "ValueSet as a URI SHALL start with http:// or https:// or urn:"
});
const OWNER_7 = { paths: ["ElementDefinition.mapping"], type: "Element", exact: false };
const UNCHECKED_0 = {
  strength: "required",
  valueSet: "http://www.rfc-editor.org/bcp/bcp13.txt",
  reason: "http://www.rfc-editor.org/bcp/bcp13.txt is not a FHIR ValueSet"
};
const OWNER_8 = {
  paths: ["ElementDefinition.slicing.discriminator"],
  type: "Element",
  exact: false
};
const BINDING_7 = {
  has: vcodes.inCodes178,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/discriminator-type"
};
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkElementDefinition(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ElementDefinition");
  if (o === void 0) return false;
  let m0 = 0;
  let m1 = 0;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  let m5 = 0;
  let m6 = 0;
  let m7 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31, e32, e33, e34, e35, e36, e37, e38, e39, e40, e41, e42, e43, e44, e45, e46, e47, e48, e49, e50, e51, e52, e53, e54, e55, e56, e57, e58, e59, e60, e61, e62, e63, e64, e65, e66, e67, e68, e69, e70, e71, e72, e73, e74, e75, e76, e77, e78, e79, e80, e81, e82, e83, e84, e85, e86, e87, e88, e89, e90, e91, e92, e93, e94, e95, e96, e97, e98, e99, e100, e101, e102, e103, e104, e105, e106, e107, e108, e109, e110, e111, e112, e113, e114, e115, e116, e117, e118, e119, e120, e121, e122, e123, e124, e125, e126, e127, e128, e129, e130, e131, e132, e133, e134, e135, e136, e137, e138, e139, e140, e141, e142, e143, e144, e145, e146, e147, e148, e149, e150, e151, e152, e153, e154, e155, e156, e157, e158, e159, e160;
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
      case "path":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "representation":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "sliceName":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "label":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "code":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "slicing":
        n++;
        m0 |= 2048;
        e7 = o[k];
        break;
      case "short":
        n++;
        m0 |= 4096;
        e8 = o[k];
        break;
      case "definition":
        n++;
        m0 |= 16384;
        e9 = o[k];
        break;
      case "comment":
        n++;
        m0 |= 65536;
        e10 = o[k];
        break;
      case "requirements":
        n++;
        m0 |= 262144;
        e11 = o[k];
        break;
      case "alias":
        n++;
        m0 |= 1048576;
        e12 = o[k];
        break;
      case "min":
        n++;
        m0 |= 4194304;
        e13 = o[k];
        break;
      case "max":
        n++;
        m0 |= 16777216;
        e14 = o[k];
        break;
      case "base":
        n++;
        m0 |= 67108864;
        e15 = o[k];
        break;
      case "contentReference":
        n++;
        m0 |= 134217728;
        e16 = o[k];
        break;
      case "type":
        n++;
        m0 |= 536870912;
        e17 = o[k];
        break;
      case "defaultValueBase64Binary":
        n++;
        m0 |= 1073741824;
        e18 = o[k];
        break;
      case "defaultValueBoolean":
        n++;
        m1 |= 2;
        e19 = o[k];
        break;
      case "defaultValueCode":
        n++;
        m1 |= 8;
        e20 = o[k];
        break;
      case "defaultValueDate":
        n++;
        m1 |= 32;
        e21 = o[k];
        break;
      case "defaultValueDateTime":
        n++;
        m1 |= 128;
        e22 = o[k];
        break;
      case "defaultValueDecimal":
        n++;
        m1 |= 512;
        e23 = o[k];
        break;
      case "defaultValueId":
        n++;
        m1 |= 2048;
        e24 = o[k];
        break;
      case "defaultValueInstant":
        n++;
        m1 |= 8192;
        e25 = o[k];
        break;
      case "defaultValueInteger":
        n++;
        m1 |= 32768;
        e26 = o[k];
        break;
      case "defaultValueMarkdown":
        n++;
        m1 |= 131072;
        e27 = o[k];
        break;
      case "defaultValueOid":
        n++;
        m1 |= 524288;
        e28 = o[k];
        break;
      case "defaultValuePositiveInt":
        n++;
        m1 |= 2097152;
        e29 = o[k];
        break;
      case "defaultValueString":
        n++;
        m1 |= 8388608;
        e30 = o[k];
        break;
      case "defaultValueTime":
        n++;
        m1 |= 33554432;
        e31 = o[k];
        break;
      case "defaultValueUnsignedInt":
        n++;
        m1 |= 134217728;
        e32 = o[k];
        break;
      case "defaultValueUri":
        n++;
        m1 |= 536870912;
        e33 = o[k];
        break;
      case "defaultValueAddress":
        n++;
        m2 |= 1;
        e34 = o[k];
        break;
      case "defaultValueAge":
        n++;
        m2 |= 2;
        e35 = o[k];
        break;
      case "defaultValueAnnotation":
        n++;
        m2 |= 4;
        e36 = o[k];
        break;
      case "defaultValueAttachment":
        n++;
        m2 |= 8;
        e37 = o[k];
        break;
      case "defaultValueCodeableConcept":
        n++;
        m2 |= 16;
        e38 = o[k];
        break;
      case "defaultValueCoding":
        n++;
        m2 |= 32;
        e39 = o[k];
        break;
      case "defaultValueContactPoint":
        n++;
        m2 |= 64;
        e40 = o[k];
        break;
      case "defaultValueCount":
        n++;
        m2 |= 128;
        e41 = o[k];
        break;
      case "defaultValueDistance":
        n++;
        m2 |= 256;
        e42 = o[k];
        break;
      case "defaultValueDuration":
        n++;
        m2 |= 512;
        e43 = o[k];
        break;
      case "defaultValueHumanName":
        n++;
        m2 |= 1024;
        e44 = o[k];
        break;
      case "defaultValueIdentifier":
        n++;
        m2 |= 2048;
        e45 = o[k];
        break;
      case "defaultValueMoney":
        n++;
        m2 |= 4096;
        e46 = o[k];
        break;
      case "defaultValuePeriod":
        n++;
        m2 |= 8192;
        e47 = o[k];
        break;
      case "defaultValueQuantity":
        n++;
        m2 |= 16384;
        e48 = o[k];
        break;
      case "defaultValueRange":
        n++;
        m2 |= 32768;
        e49 = o[k];
        break;
      case "defaultValueRatio":
        n++;
        m2 |= 65536;
        e50 = o[k];
        break;
      case "defaultValueReference":
        n++;
        m2 |= 131072;
        e51 = o[k];
        break;
      case "defaultValueSampledData":
        n++;
        m2 |= 262144;
        e52 = o[k];
        break;
      case "defaultValueSignature":
        n++;
        m2 |= 524288;
        e53 = o[k];
        break;
      case "defaultValueTiming":
        n++;
        m2 |= 1048576;
        e54 = o[k];
        break;
      case "defaultValueMeta":
        n++;
        m2 |= 2097152;
        e55 = o[k];
        break;
      case "meaningWhenMissing":
        n++;
        m2 |= 4194304;
        e56 = o[k];
        break;
      case "orderMeaning":
        n++;
        m2 |= 16777216;
        e57 = o[k];
        break;
      case "fixedBase64Binary":
        n++;
        m2 |= 67108864;
        e58 = o[k];
        break;
      case "fixedBoolean":
        n++;
        m2 |= 268435456;
        e59 = o[k];
        break;
      case "fixedCode":
        n++;
        m2 |= 1073741824;
        e60 = o[k];
        break;
      case "fixedDate":
        n++;
        m3 |= 2;
        e61 = o[k];
        break;
      case "fixedDateTime":
        n++;
        m3 |= 8;
        e62 = o[k];
        break;
      case "fixedDecimal":
        n++;
        m3 |= 32;
        e63 = o[k];
        break;
      case "fixedId":
        n++;
        m3 |= 128;
        e64 = o[k];
        break;
      case "fixedInstant":
        n++;
        m3 |= 512;
        e65 = o[k];
        break;
      case "fixedInteger":
        n++;
        m3 |= 2048;
        e66 = o[k];
        break;
      case "fixedMarkdown":
        n++;
        m3 |= 8192;
        e67 = o[k];
        break;
      case "fixedOid":
        n++;
        m3 |= 32768;
        e68 = o[k];
        break;
      case "fixedPositiveInt":
        n++;
        m3 |= 131072;
        e69 = o[k];
        break;
      case "fixedString":
        n++;
        m3 |= 524288;
        e70 = o[k];
        break;
      case "fixedTime":
        n++;
        m3 |= 2097152;
        e71 = o[k];
        break;
      case "fixedUnsignedInt":
        n++;
        m3 |= 8388608;
        e72 = o[k];
        break;
      case "fixedUri":
        n++;
        m3 |= 33554432;
        e73 = o[k];
        break;
      case "fixedAddress":
        n++;
        m3 |= 134217728;
        e74 = o[k];
        break;
      case "fixedAge":
        n++;
        m3 |= 268435456;
        e75 = o[k];
        break;
      case "fixedAnnotation":
        n++;
        m3 |= 536870912;
        e76 = o[k];
        break;
      case "fixedAttachment":
        n++;
        m3 |= 1073741824;
        e77 = o[k];
        break;
      case "fixedCodeableConcept":
        n++;
        m4 |= 1;
        e78 = o[k];
        break;
      case "fixedCoding":
        n++;
        m4 |= 2;
        e79 = o[k];
        break;
      case "fixedContactPoint":
        n++;
        m4 |= 4;
        e80 = o[k];
        break;
      case "fixedCount":
        n++;
        m4 |= 8;
        e81 = o[k];
        break;
      case "fixedDistance":
        n++;
        m4 |= 16;
        e82 = o[k];
        break;
      case "fixedDuration":
        n++;
        m4 |= 32;
        e83 = o[k];
        break;
      case "fixedHumanName":
        n++;
        m4 |= 64;
        e84 = o[k];
        break;
      case "fixedIdentifier":
        n++;
        m4 |= 128;
        e85 = o[k];
        break;
      case "fixedMoney":
        n++;
        m4 |= 256;
        e86 = o[k];
        break;
      case "fixedPeriod":
        n++;
        m4 |= 512;
        e87 = o[k];
        break;
      case "fixedQuantity":
        n++;
        m4 |= 1024;
        e88 = o[k];
        break;
      case "fixedRange":
        n++;
        m4 |= 2048;
        e89 = o[k];
        break;
      case "fixedRatio":
        n++;
        m4 |= 4096;
        e90 = o[k];
        break;
      case "fixedReference":
        n++;
        m4 |= 8192;
        e91 = o[k];
        break;
      case "fixedSampledData":
        n++;
        m4 |= 16384;
        e92 = o[k];
        break;
      case "fixedSignature":
        n++;
        m4 |= 32768;
        e93 = o[k];
        break;
      case "fixedTiming":
        n++;
        m4 |= 65536;
        e94 = o[k];
        break;
      case "fixedMeta":
        n++;
        m4 |= 131072;
        e95 = o[k];
        break;
      case "patternBase64Binary":
        n++;
        m4 |= 262144;
        e96 = o[k];
        break;
      case "patternBoolean":
        n++;
        m4 |= 1048576;
        e97 = o[k];
        break;
      case "patternCode":
        n++;
        m4 |= 4194304;
        e98 = o[k];
        break;
      case "patternDate":
        n++;
        m4 |= 16777216;
        e99 = o[k];
        break;
      case "patternDateTime":
        n++;
        m4 |= 67108864;
        e100 = o[k];
        break;
      case "patternDecimal":
        n++;
        m4 |= 268435456;
        e101 = o[k];
        break;
      case "patternId":
        n++;
        m4 |= 1073741824;
        e102 = o[k];
        break;
      case "patternInstant":
        n++;
        m5 |= 2;
        e103 = o[k];
        break;
      case "patternInteger":
        n++;
        m5 |= 8;
        e104 = o[k];
        break;
      case "patternMarkdown":
        n++;
        m5 |= 32;
        e105 = o[k];
        break;
      case "patternOid":
        n++;
        m5 |= 128;
        e106 = o[k];
        break;
      case "patternPositiveInt":
        n++;
        m5 |= 512;
        e107 = o[k];
        break;
      case "patternString":
        n++;
        m5 |= 2048;
        e108 = o[k];
        break;
      case "patternTime":
        n++;
        m5 |= 8192;
        e109 = o[k];
        break;
      case "patternUnsignedInt":
        n++;
        m5 |= 32768;
        e110 = o[k];
        break;
      case "patternUri":
        n++;
        m5 |= 131072;
        e111 = o[k];
        break;
      case "patternAddress":
        n++;
        m5 |= 524288;
        e112 = o[k];
        break;
      case "patternAge":
        n++;
        m5 |= 1048576;
        e113 = o[k];
        break;
      case "patternAnnotation":
        n++;
        m5 |= 2097152;
        e114 = o[k];
        break;
      case "patternAttachment":
        n++;
        m5 |= 4194304;
        e115 = o[k];
        break;
      case "patternCodeableConcept":
        n++;
        m5 |= 8388608;
        e116 = o[k];
        break;
      case "patternCoding":
        n++;
        m5 |= 16777216;
        e117 = o[k];
        break;
      case "patternContactPoint":
        n++;
        m5 |= 33554432;
        e118 = o[k];
        break;
      case "patternCount":
        n++;
        m5 |= 67108864;
        e119 = o[k];
        break;
      case "patternDistance":
        n++;
        m5 |= 134217728;
        e120 = o[k];
        break;
      case "patternDuration":
        n++;
        m5 |= 268435456;
        e121 = o[k];
        break;
      case "patternHumanName":
        n++;
        m5 |= 536870912;
        e122 = o[k];
        break;
      case "patternIdentifier":
        n++;
        m5 |= 1073741824;
        e123 = o[k];
        break;
      case "patternMoney":
        n++;
        m6 |= 1;
        e124 = o[k];
        break;
      case "patternPeriod":
        n++;
        m6 |= 2;
        e125 = o[k];
        break;
      case "patternQuantity":
        n++;
        m6 |= 4;
        e126 = o[k];
        break;
      case "patternRange":
        n++;
        m6 |= 8;
        e127 = o[k];
        break;
      case "patternRatio":
        n++;
        m6 |= 16;
        e128 = o[k];
        break;
      case "patternReference":
        n++;
        m6 |= 32;
        e129 = o[k];
        break;
      case "patternSampledData":
        n++;
        m6 |= 64;
        e130 = o[k];
        break;
      case "patternSignature":
        n++;
        m6 |= 128;
        e131 = o[k];
        break;
      case "patternTiming":
        n++;
        m6 |= 256;
        e132 = o[k];
        break;
      case "patternMeta":
        n++;
        m6 |= 512;
        e133 = o[k];
        break;
      case "example":
        n++;
        m6 |= 1024;
        e134 = o[k];
        break;
      case "minValueDate":
        n++;
        m6 |= 2048;
        e135 = o[k];
        break;
      case "minValueDateTime":
        n++;
        m6 |= 8192;
        e136 = o[k];
        break;
      case "minValueInstant":
        n++;
        m6 |= 32768;
        e137 = o[k];
        break;
      case "minValueTime":
        n++;
        m6 |= 131072;
        e138 = o[k];
        break;
      case "minValueDecimal":
        n++;
        m6 |= 524288;
        e139 = o[k];
        break;
      case "minValueInteger":
        n++;
        m6 |= 2097152;
        e140 = o[k];
        break;
      case "minValuePositiveInt":
        n++;
        m6 |= 8388608;
        e141 = o[k];
        break;
      case "minValueUnsignedInt":
        n++;
        m6 |= 33554432;
        e142 = o[k];
        break;
      case "minValueQuantity":
        n++;
        m6 |= 134217728;
        e143 = o[k];
        break;
      case "maxValueDate":
        n++;
        m7 |= 1;
        e144 = o[k];
        break;
      case "maxValueDateTime":
        n++;
        m7 |= 4;
        e145 = o[k];
        break;
      case "maxValueInstant":
        n++;
        m7 |= 16;
        e146 = o[k];
        break;
      case "maxValueTime":
        n++;
        m7 |= 64;
        e147 = o[k];
        break;
      case "maxValueDecimal":
        n++;
        m7 |= 256;
        e148 = o[k];
        break;
      case "maxValueInteger":
        n++;
        m7 |= 1024;
        e149 = o[k];
        break;
      case "maxValuePositiveInt":
        n++;
        m7 |= 4096;
        e150 = o[k];
        break;
      case "maxValueUnsignedInt":
        n++;
        m7 |= 16384;
        e151 = o[k];
        break;
      case "maxValueQuantity":
        n++;
        m7 |= 65536;
        e152 = o[k];
        break;
      case "maxLength":
        n++;
        m7 |= 131072;
        e153 = o[k];
        break;
      case "condition":
        n++;
        m7 |= 524288;
        e154 = o[k];
        break;
      case "constraint":
        n++;
        m7 |= 2097152;
        e155 = o[k];
        break;
      case "mustSupport":
        n++;
        m7 |= 4194304;
        e156 = o[k];
        break;
      case "isModifier":
        n++;
        m7 |= 16777216;
        e157 = o[k];
        break;
      case "isSummary":
        n++;
        m7 |= 67108864;
        e158 = o[k];
        break;
      case "binding":
        n++;
        m7 |= 268435456;
        e159 = o[k];
        break;
      case "mapping":
        n++;
        m7 |= 536870912;
        e160 = o[k];
        break;
      case "_path":
        n++;
        m0 |= 8;
        break;
      case "_representation":
        n++;
        m0 |= 32;
        break;
      case "_sliceName":
        n++;
        m0 |= 128;
        break;
      case "_label":
        n++;
        m0 |= 512;
        break;
      case "_short":
        n++;
        m0 |= 8192;
        break;
      case "_definition":
        n++;
        m0 |= 32768;
        break;
      case "_comment":
        n++;
        m0 |= 131072;
        break;
      case "_requirements":
        n++;
        m0 |= 524288;
        break;
      case "_alias":
        n++;
        m0 |= 2097152;
        break;
      case "_min":
        n++;
        m0 |= 8388608;
        break;
      case "_max":
        n++;
        m0 |= 33554432;
        break;
      case "_contentReference":
        n++;
        m0 |= 268435456;
        break;
      case "_defaultValueBase64Binary":
        n++;
        m1 |= 1;
        break;
      case "_defaultValueBoolean":
        n++;
        m1 |= 4;
        break;
      case "_defaultValueCode":
        n++;
        m1 |= 16;
        break;
      case "_defaultValueDate":
        n++;
        m1 |= 64;
        break;
      case "_defaultValueDateTime":
        n++;
        m1 |= 256;
        break;
      case "_defaultValueDecimal":
        n++;
        m1 |= 1024;
        break;
      case "_defaultValueId":
        n++;
        m1 |= 4096;
        break;
      case "_defaultValueInstant":
        n++;
        m1 |= 16384;
        break;
      case "_defaultValueInteger":
        n++;
        m1 |= 65536;
        break;
      case "_defaultValueMarkdown":
        n++;
        m1 |= 262144;
        break;
      case "_defaultValueOid":
        n++;
        m1 |= 1048576;
        break;
      case "_defaultValuePositiveInt":
        n++;
        m1 |= 4194304;
        break;
      case "_defaultValueString":
        n++;
        m1 |= 16777216;
        break;
      case "_defaultValueTime":
        n++;
        m1 |= 67108864;
        break;
      case "_defaultValueUnsignedInt":
        n++;
        m1 |= 268435456;
        break;
      case "_defaultValueUri":
        n++;
        m1 |= 1073741824;
        break;
      case "_meaningWhenMissing":
        n++;
        m2 |= 8388608;
        break;
      case "_orderMeaning":
        n++;
        m2 |= 33554432;
        break;
      case "_fixedBase64Binary":
        n++;
        m2 |= 134217728;
        break;
      case "_fixedBoolean":
        n++;
        m2 |= 536870912;
        break;
      case "_fixedCode":
        n++;
        m3 |= 1;
        break;
      case "_fixedDate":
        n++;
        m3 |= 4;
        break;
      case "_fixedDateTime":
        n++;
        m3 |= 16;
        break;
      case "_fixedDecimal":
        n++;
        m3 |= 64;
        break;
      case "_fixedId":
        n++;
        m3 |= 256;
        break;
      case "_fixedInstant":
        n++;
        m3 |= 1024;
        break;
      case "_fixedInteger":
        n++;
        m3 |= 4096;
        break;
      case "_fixedMarkdown":
        n++;
        m3 |= 16384;
        break;
      case "_fixedOid":
        n++;
        m3 |= 65536;
        break;
      case "_fixedPositiveInt":
        n++;
        m3 |= 262144;
        break;
      case "_fixedString":
        n++;
        m3 |= 1048576;
        break;
      case "_fixedTime":
        n++;
        m3 |= 4194304;
        break;
      case "_fixedUnsignedInt":
        n++;
        m3 |= 16777216;
        break;
      case "_fixedUri":
        n++;
        m3 |= 67108864;
        break;
      case "_patternBase64Binary":
        n++;
        m4 |= 524288;
        break;
      case "_patternBoolean":
        n++;
        m4 |= 2097152;
        break;
      case "_patternCode":
        n++;
        m4 |= 8388608;
        break;
      case "_patternDate":
        n++;
        m4 |= 33554432;
        break;
      case "_patternDateTime":
        n++;
        m4 |= 134217728;
        break;
      case "_patternDecimal":
        n++;
        m4 |= 536870912;
        break;
      case "_patternId":
        n++;
        m5 |= 1;
        break;
      case "_patternInstant":
        n++;
        m5 |= 4;
        break;
      case "_patternInteger":
        n++;
        m5 |= 16;
        break;
      case "_patternMarkdown":
        n++;
        m5 |= 64;
        break;
      case "_patternOid":
        n++;
        m5 |= 256;
        break;
      case "_patternPositiveInt":
        n++;
        m5 |= 1024;
        break;
      case "_patternString":
        n++;
        m5 |= 4096;
        break;
      case "_patternTime":
        n++;
        m5 |= 16384;
        break;
      case "_patternUnsignedInt":
        n++;
        m5 |= 65536;
        break;
      case "_patternUri":
        n++;
        m5 |= 262144;
        break;
      case "_minValueDate":
        n++;
        m6 |= 4096;
        break;
      case "_minValueDateTime":
        n++;
        m6 |= 16384;
        break;
      case "_minValueInstant":
        n++;
        m6 |= 65536;
        break;
      case "_minValueTime":
        n++;
        m6 |= 262144;
        break;
      case "_minValueDecimal":
        n++;
        m6 |= 1048576;
        break;
      case "_minValueInteger":
        n++;
        m6 |= 4194304;
        break;
      case "_minValuePositiveInt":
        n++;
        m6 |= 16777216;
        break;
      case "_minValueUnsignedInt":
        n++;
        m6 |= 67108864;
        break;
      case "_maxValueDate":
        n++;
        m7 |= 2;
        break;
      case "_maxValueDateTime":
        n++;
        m7 |= 8;
        break;
      case "_maxValueInstant":
        n++;
        m7 |= 32;
        break;
      case "_maxValueTime":
        n++;
        m7 |= 128;
        break;
      case "_maxValueDecimal":
        n++;
        m7 |= 512;
        break;
      case "_maxValueInteger":
        n++;
        m7 |= 2048;
        break;
      case "_maxValuePositiveInt":
        n++;
        m7 |= 8192;
        break;
      case "_maxValueUnsignedInt":
        n++;
        m7 |= 32768;
        break;
      case "_maxLength":
        n++;
        m7 |= 262144;
        break;
      case "_condition":
        n++;
        m7 |= 1048576;
        break;
      case "_mustSupport":
        n++;
        m7 |= 8388608;
        break;
      case "_isModifier":
        n++;
        m7 |= 33554432;
        break;
      case "_isSummary":
        n++;
        m7 |= 134217728;
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
  if (!(vrt.isValidString(e2) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._path, x, p, "path", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!vrt.prims(e3, o._representation, x, p, "representation", d, 0, -1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
    if (!vrt.eachWith(e3, true, x, p, "representation", vrt.checkCode, BINDING_0) && x.c === null) return false;
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidString(e4) && (m0 & 128) === 0)) {
      if (!vrt.prim(e4, o._sliceName, x, p, "sliceName", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 512) === 0)) {
      if (!vrt.prim(e5, o._label, x, p, "label", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.many(e6, x, p, "code", d, 0, -1, checkCoding) && x.c === null) return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.one(e7, x, p, "slicing", d, 0, checkElementDefinitionSlicing) && x.c === null) return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidString(e8) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e8, o._short, x, p, "short", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidMarkdown(e9) && (m0 & 32768) === 0)) {
      if (!vrt.prim(e9, o._definition, x, p, "definition", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidMarkdown(e10) && (m0 & 131072) === 0)) {
      if (!vrt.prim(e10, o._comment, x, p, "comment", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidMarkdown(e11) && (m0 & 524288) === 0)) {
      if (!vrt.prim(e11, o._requirements, x, p, "requirements", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3145728) !== 0) {
    if (!vrt.prims(e12, o._alias, x, p, "alias", d, 0, -1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidUnsignedInt(e13) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(e13, o._min, x, p, "min", d, 0, vrt.isValidUnsignedInt, "unsignedInt", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidString(e14) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(e14, o._max, x, p, "max", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null) return false;
    }
    if (!vrt.eachWith(e14, false, x, p, "max", vrt.checkInvariant, INVARIANT_0) && x.c === null) return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(e15, x, p, "base", d, 0, checkElementDefinitionBase) && x.c === null) return false;
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidUri(e16) && (m0 & 268435456) === 0)) {
      if (!vrt.prim(e16, o._contentReference, x, p, "contentReference", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.many(e17, x, p, "type", d, 0, -1, checkElementDefinitionType) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 1073741824) + vrt.bitCount(m1 & 2147483647) + vrt.bitCount(m2 & 4194303) > 1) {
    if (!vrt.checkChoice(o, CHOICE_0, x, p, "defaultValue", 0) && x.c === null) return false;
  }
  if ((m0 & 1073741824) !== 0 || (m1 & 1) !== 0) {
    if (!(vrt.isValidBase64Binary(e18) && (m1 & 1) === 0)) {
      if (!vrt.prim(
        e18,
        o._defaultValueBase64Binary,
        x,
        p,
        "defaultValue.ofType(base64Binary)",
        d,
        0,
        vrt.isValidBase64Binary,
        "base64Binary",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 6) !== 0) {
    if (!(vrt.isValidBoolean(e19) && (m1 & 4) === 0)) {
      if (!vrt.prim(
        e19,
        o._defaultValueBoolean,
        x,
        p,
        "defaultValue.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 24) !== 0) {
    if (!(vrt.isValidCode(e20) && (m1 & 16) === 0)) {
      if (!vrt.prim(
        e20,
        o._defaultValueCode,
        x,
        p,
        "defaultValue.ofType(code)",
        d,
        0,
        vrt.isValidCode,
        "code",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 96) !== 0) {
    if (!(vrt.isValidDate(e21) && (m1 & 64) === 0)) {
      if (!vrt.prim(
        e21,
        o._defaultValueDate,
        x,
        p,
        "defaultValue.ofType(date)",
        d,
        0,
        vrt.isValidDate,
        "date",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 384) !== 0) {
    if (!(vrt.isValidDateTime(e22) && (m1 & 256) === 0)) {
      if (!vrt.prim(
        e22,
        o._defaultValueDateTime,
        x,
        p,
        "defaultValue.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 1536) !== 0) {
    if (!(vrt.isValidDecimal(e23) && (m1 & 1024) === 0)) {
      if (!vrt.prim(
        e23,
        o._defaultValueDecimal,
        x,
        p,
        "defaultValue.ofType(decimal)",
        d,
        0,
        vrt.isValidDecimal,
        "decimal",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 6144) !== 0) {
    if (!(vrt.isValidId(e24) && (m1 & 4096) === 0)) {
      if (!vrt.prim(e24, o._defaultValueId, x, p, "defaultValue.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 24576) !== 0) {
    if (!(vrt.isValidInstant(e25) && (m1 & 16384) === 0)) {
      if (!vrt.prim(
        e25,
        o._defaultValueInstant,
        x,
        p,
        "defaultValue.ofType(instant)",
        d,
        0,
        vrt.isValidInstant,
        "instant",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 98304) !== 0) {
    if (!(vrt.isValidInteger(e26) && (m1 & 65536) === 0)) {
      if (!vrt.prim(
        e26,
        o._defaultValueInteger,
        x,
        p,
        "defaultValue.ofType(integer)",
        d,
        0,
        vrt.isValidInteger,
        "integer",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 393216) !== 0) {
    if (!(vrt.isValidMarkdown(e27) && (m1 & 262144) === 0)) {
      if (!vrt.prim(
        e27,
        o._defaultValueMarkdown,
        x,
        p,
        "defaultValue.ofType(markdown)",
        d,
        0,
        vrt.isValidMarkdown,
        "markdown",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 1572864) !== 0) {
    if (!(vrt.isValidOid(e28) && (m1 & 1048576) === 0)) {
      if (!vrt.prim(e28, o._defaultValueOid, x, p, "defaultValue.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 6291456) !== 0) {
    if (!(vrt.isValidPositiveInt(e29) && (m1 & 4194304) === 0)) {
      if (!vrt.prim(
        e29,
        o._defaultValuePositiveInt,
        x,
        p,
        "defaultValue.ofType(positiveInt)",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 25165824) !== 0) {
    if (!(vrt.isValidString(e30) && (m1 & 16777216) === 0)) {
      if (!vrt.prim(
        e30,
        o._defaultValueString,
        x,
        p,
        "defaultValue.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 100663296) !== 0) {
    if (!(vrt.isValidTime(e31) && (m1 & 67108864) === 0)) {
      if (!vrt.prim(
        e31,
        o._defaultValueTime,
        x,
        p,
        "defaultValue.ofType(time)",
        d,
        0,
        vrt.isValidTime,
        "time",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 402653184) !== 0) {
    if (!(vrt.isValidUnsignedInt(e32) && (m1 & 268435456) === 0)) {
      if (!vrt.prim(
        e32,
        o._defaultValueUnsignedInt,
        x,
        p,
        "defaultValue.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 1610612736) !== 0) {
    if (!(vrt.isValidUri(e33) && (m1 & 1073741824) === 0)) {
      if (!vrt.prim(e33, o._defaultValueUri, x, p, "defaultValue.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m2 & 1) !== 0) {
    if (!vrt.one(e34, x, p, "defaultValue.ofType(Address)", d, 0, checkAddress) && x.c === null) return false;
  }
  if ((m2 & 2) !== 0) {
    if (!vrt.one(e35, x, p, "defaultValue.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if ((m2 & 4) !== 0) {
    if (!vrt.one(e36, x, p, "defaultValue.ofType(Annotation)", d, 0, checkAnnotation) && x.c === null) return false;
  }
  if ((m2 & 8) !== 0) {
    if (!vrt.one(e37, x, p, "defaultValue.ofType(Attachment)", d, 0, checkAttachment) && x.c === null) return false;
  }
  if ((m2 & 16) !== 0) {
    if (!vrt.one(e38, x, p, "defaultValue.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m2 & 32) !== 0) {
    if (!vrt.one(e39, x, p, "defaultValue.ofType(Coding)", d, 0, checkCoding) && x.c === null) return false;
  }
  if ((m2 & 64) !== 0) {
    if (!vrt.one(e40, x, p, "defaultValue.ofType(ContactPoint)", d, 0, checkContactPoint) && x.c === null) return false;
  }
  if ((m2 & 128) !== 0) {
    if (!vrt.one(e41, x, p, "defaultValue.ofType(Count)", d, 0, checkCount) && x.c === null) return false;
  }
  if ((m2 & 256) !== 0) {
    if (!vrt.one(e42, x, p, "defaultValue.ofType(Distance)", d, 0, checkDistance) && x.c === null) return false;
  }
  if ((m2 & 512) !== 0) {
    if (!vrt.one(e43, x, p, "defaultValue.ofType(Duration)", d, 0, checkDuration) && x.c === null) return false;
  }
  if ((m2 & 1024) !== 0) {
    if (!vrt.one(e44, x, p, "defaultValue.ofType(HumanName)", d, 0, checkHumanName) && x.c === null) return false;
  }
  if ((m2 & 2048) !== 0) {
    if (!vrt.one(e45, x, p, "defaultValue.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if ((m2 & 4096) !== 0) {
    if (!vrt.one(e46, x, p, "defaultValue.ofType(Money)", d, 0, checkMoney) && x.c === null) return false;
  }
  if ((m2 & 8192) !== 0) {
    if (!vrt.one(e47, x, p, "defaultValue.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m2 & 16384) !== 0) {
    if (!vrt.one(e48, x, p, "defaultValue.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if ((m2 & 32768) !== 0) {
    if (!vrt.one(e49, x, p, "defaultValue.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if ((m2 & 65536) !== 0) {
    if (!vrt.one(e50, x, p, "defaultValue.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  if ((m2 & 131072) !== 0) {
    if (!vrt.one(e51, x, p, "defaultValue.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
  }
  if ((m2 & 262144) !== 0) {
    if (!vrt.one(e52, x, p, "defaultValue.ofType(SampledData)", d, 0, checkSampledData) && x.c === null) return false;
  }
  if ((m2 & 524288) !== 0) {
    if (!vrt.one(e53, x, p, "defaultValue.ofType(Signature)", d, 0, checkSignature) && x.c === null) return false;
  }
  if ((m2 & 1048576) !== 0) {
    if (!vrt.one(e54, x, p, "defaultValue.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if ((m2 & 2097152) !== 0) {
    if (!vrt.one(e55, x, p, "defaultValue.ofType(Meta)", d, 0, checkMeta) && x.c === null) return false;
  }
  if ((m2 & 12582912) !== 0) {
    if (!(vrt.isValidMarkdown(e56) && (m2 & 8388608) === 0)) {
      if (!vrt.prim(
        e56,
        o._meaningWhenMissing,
        x,
        p,
        "meaningWhenMissing",
        d,
        0,
        vrt.isValidMarkdown,
        "markdown",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m2 & 50331648) !== 0) {
    if (!(vrt.isValidString(e57) && (m2 & 33554432) === 0)) {
      if (!vrt.prim(e57, o._orderMeaning, x, p, "orderMeaning", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (vrt.bitCount(m2 & 2080374784) + vrt.bitCount(m3 & 2147483647) + vrt.bitCount(m4 & 262143) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "fixed", 0) && x.c === null) return false;
  }
  if ((m2 & 201326592) !== 0) {
    if (!(vrt.isValidBase64Binary(e58) && (m2 & 134217728) === 0)) {
      if (!vrt.prim(
        e58,
        o._fixedBase64Binary,
        x,
        p,
        "fixed.ofType(base64Binary)",
        d,
        0,
        vrt.isValidBase64Binary,
        "base64Binary",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m2 & 805306368) !== 0) {
    if (!(vrt.isValidBoolean(e59) && (m2 & 536870912) === 0)) {
      if (!vrt.prim(e59, o._fixedBoolean, x, p, "fixed.ofType(boolean)", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m2 & 1073741824) !== 0 || (m3 & 1) !== 0) {
    if (!(vrt.isValidCode(e60) && (m3 & 1) === 0)) {
      if (!vrt.prim(e60, o._fixedCode, x, p, "fixed.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m3 & 6) !== 0) {
    if (!(vrt.isValidDate(e61) && (m3 & 4) === 0)) {
      if (!vrt.prim(e61, o._fixedDate, x, p, "fixed.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m3 & 24) !== 0) {
    if (!(vrt.isValidDateTime(e62) && (m3 & 16) === 0)) {
      if (!vrt.prim(
        e62,
        o._fixedDateTime,
        x,
        p,
        "fixed.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m3 & 96) !== 0) {
    if (!(vrt.isValidDecimal(e63) && (m3 & 64) === 0)) {
      if (!vrt.prim(e63, o._fixedDecimal, x, p, "fixed.ofType(decimal)", d, 0, vrt.isValidDecimal, "decimal", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m3 & 384) !== 0) {
    if (!(vrt.isValidId(e64) && (m3 & 256) === 0)) {
      if (!vrt.prim(e64, o._fixedId, x, p, "fixed.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m3 & 1536) !== 0) {
    if (!(vrt.isValidInstant(e65) && (m3 & 1024) === 0)) {
      if (!vrt.prim(e65, o._fixedInstant, x, p, "fixed.ofType(instant)", d, 0, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m3 & 6144) !== 0) {
    if (!(vrt.isValidInteger(e66) && (m3 & 4096) === 0)) {
      if (!vrt.prim(e66, o._fixedInteger, x, p, "fixed.ofType(integer)", d, 0, vrt.isValidInteger, "integer", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m3 & 24576) !== 0) {
    if (!(vrt.isValidMarkdown(e67) && (m3 & 16384) === 0)) {
      if (!vrt.prim(
        e67,
        o._fixedMarkdown,
        x,
        p,
        "fixed.ofType(markdown)",
        d,
        0,
        vrt.isValidMarkdown,
        "markdown",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m3 & 98304) !== 0) {
    if (!(vrt.isValidOid(e68) && (m3 & 65536) === 0)) {
      if (!vrt.prim(e68, o._fixedOid, x, p, "fixed.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m3 & 393216) !== 0) {
    if (!(vrt.isValidPositiveInt(e69) && (m3 & 262144) === 0)) {
      if (!vrt.prim(
        e69,
        o._fixedPositiveInt,
        x,
        p,
        "fixed.ofType(positiveInt)",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m3 & 1572864) !== 0) {
    if (!(vrt.isValidString(e70) && (m3 & 1048576) === 0)) {
      if (!vrt.prim(e70, o._fixedString, x, p, "fixed.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m3 & 6291456) !== 0) {
    if (!(vrt.isValidTime(e71) && (m3 & 4194304) === 0)) {
      if (!vrt.prim(e71, o._fixedTime, x, p, "fixed.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m3 & 25165824) !== 0) {
    if (!(vrt.isValidUnsignedInt(e72) && (m3 & 16777216) === 0)) {
      if (!vrt.prim(
        e72,
        o._fixedUnsignedInt,
        x,
        p,
        "fixed.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m3 & 100663296) !== 0) {
    if (!(vrt.isValidUri(e73) && (m3 & 67108864) === 0)) {
      if (!vrt.prim(e73, o._fixedUri, x, p, "fixed.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m3 & 134217728) !== 0) {
    if (!vrt.one(e74, x, p, "fixed.ofType(Address)", d, 0, checkAddress) && x.c === null) return false;
  }
  if ((m3 & 268435456) !== 0) {
    if (!vrt.one(e75, x, p, "fixed.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if ((m3 & 536870912) !== 0) {
    if (!vrt.one(e76, x, p, "fixed.ofType(Annotation)", d, 0, checkAnnotation) && x.c === null) return false;
  }
  if ((m3 & 1073741824) !== 0) {
    if (!vrt.one(e77, x, p, "fixed.ofType(Attachment)", d, 0, checkAttachment) && x.c === null) return false;
  }
  if ((m4 & 1) !== 0) {
    if (!vrt.one(e78, x, p, "fixed.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m4 & 2) !== 0) {
    if (!vrt.one(e79, x, p, "fixed.ofType(Coding)", d, 0, checkCoding) && x.c === null) return false;
  }
  if ((m4 & 4) !== 0) {
    if (!vrt.one(e80, x, p, "fixed.ofType(ContactPoint)", d, 0, checkContactPoint) && x.c === null) return false;
  }
  if ((m4 & 8) !== 0) {
    if (!vrt.one(e81, x, p, "fixed.ofType(Count)", d, 0, checkCount) && x.c === null) return false;
  }
  if ((m4 & 16) !== 0) {
    if (!vrt.one(e82, x, p, "fixed.ofType(Distance)", d, 0, checkDistance) && x.c === null) return false;
  }
  if ((m4 & 32) !== 0) {
    if (!vrt.one(e83, x, p, "fixed.ofType(Duration)", d, 0, checkDuration) && x.c === null) return false;
  }
  if ((m4 & 64) !== 0) {
    if (!vrt.one(e84, x, p, "fixed.ofType(HumanName)", d, 0, checkHumanName) && x.c === null) return false;
  }
  if ((m4 & 128) !== 0) {
    if (!vrt.one(e85, x, p, "fixed.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if ((m4 & 256) !== 0) {
    if (!vrt.one(e86, x, p, "fixed.ofType(Money)", d, 0, checkMoney) && x.c === null) return false;
  }
  if ((m4 & 512) !== 0) {
    if (!vrt.one(e87, x, p, "fixed.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m4 & 1024) !== 0) {
    if (!vrt.one(e88, x, p, "fixed.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if ((m4 & 2048) !== 0) {
    if (!vrt.one(e89, x, p, "fixed.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if ((m4 & 4096) !== 0) {
    if (!vrt.one(e90, x, p, "fixed.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  if ((m4 & 8192) !== 0) {
    if (!vrt.one(e91, x, p, "fixed.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
  }
  if ((m4 & 16384) !== 0) {
    if (!vrt.one(e92, x, p, "fixed.ofType(SampledData)", d, 0, checkSampledData) && x.c === null) return false;
  }
  if ((m4 & 32768) !== 0) {
    if (!vrt.one(e93, x, p, "fixed.ofType(Signature)", d, 0, checkSignature) && x.c === null) return false;
  }
  if ((m4 & 65536) !== 0) {
    if (!vrt.one(e94, x, p, "fixed.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if ((m4 & 131072) !== 0) {
    if (!vrt.one(e95, x, p, "fixed.ofType(Meta)", d, 0, checkMeta) && x.c === null) return false;
  }
  if (vrt.bitCount(m4 & 2147221504) + vrt.bitCount(m5 & 2147483647) + vrt.bitCount(m6 & 1023) > 1) {
    if (!vrt.checkChoice(o, CHOICE_2, x, p, "pattern", 0) && x.c === null) return false;
  }
  if ((m4 & 786432) !== 0) {
    if (!(vrt.isValidBase64Binary(e96) && (m4 & 524288) === 0)) {
      if (!vrt.prim(
        e96,
        o._patternBase64Binary,
        x,
        p,
        "pattern.ofType(base64Binary)",
        d,
        0,
        vrt.isValidBase64Binary,
        "base64Binary",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m4 & 3145728) !== 0) {
    if (!(vrt.isValidBoolean(e97) && (m4 & 2097152) === 0)) {
      if (!vrt.prim(
        e97,
        o._patternBoolean,
        x,
        p,
        "pattern.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m4 & 12582912) !== 0) {
    if (!(vrt.isValidCode(e98) && (m4 & 8388608) === 0)) {
      if (!vrt.prim(e98, o._patternCode, x, p, "pattern.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m4 & 50331648) !== 0) {
    if (!(vrt.isValidDate(e99) && (m4 & 33554432) === 0)) {
      if (!vrt.prim(e99, o._patternDate, x, p, "pattern.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m4 & 201326592) !== 0) {
    if (!(vrt.isValidDateTime(e100) && (m4 & 134217728) === 0)) {
      if (!vrt.prim(
        e100,
        o._patternDateTime,
        x,
        p,
        "pattern.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m4 & 805306368) !== 0) {
    if (!(vrt.isValidDecimal(e101) && (m4 & 536870912) === 0)) {
      if (!vrt.prim(
        e101,
        o._patternDecimal,
        x,
        p,
        "pattern.ofType(decimal)",
        d,
        0,
        vrt.isValidDecimal,
        "decimal",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m4 & 1073741824) !== 0 || (m5 & 1) !== 0) {
    if (!(vrt.isValidId(e102) && (m5 & 1) === 0)) {
      if (!vrt.prim(e102, o._patternId, x, p, "pattern.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m5 & 6) !== 0) {
    if (!(vrt.isValidInstant(e103) && (m5 & 4) === 0)) {
      if (!vrt.prim(
        e103,
        o._patternInstant,
        x,
        p,
        "pattern.ofType(instant)",
        d,
        0,
        vrt.isValidInstant,
        "instant",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m5 & 24) !== 0) {
    if (!(vrt.isValidInteger(e104) && (m5 & 16) === 0)) {
      if (!vrt.prim(
        e104,
        o._patternInteger,
        x,
        p,
        "pattern.ofType(integer)",
        d,
        0,
        vrt.isValidInteger,
        "integer",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m5 & 96) !== 0) {
    if (!(vrt.isValidMarkdown(e105) && (m5 & 64) === 0)) {
      if (!vrt.prim(
        e105,
        o._patternMarkdown,
        x,
        p,
        "pattern.ofType(markdown)",
        d,
        0,
        vrt.isValidMarkdown,
        "markdown",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m5 & 384) !== 0) {
    if (!(vrt.isValidOid(e106) && (m5 & 256) === 0)) {
      if (!vrt.prim(e106, o._patternOid, x, p, "pattern.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m5 & 1536) !== 0) {
    if (!(vrt.isValidPositiveInt(e107) && (m5 & 1024) === 0)) {
      if (!vrt.prim(
        e107,
        o._patternPositiveInt,
        x,
        p,
        "pattern.ofType(positiveInt)",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m5 & 6144) !== 0) {
    if (!(vrt.isValidString(e108) && (m5 & 4096) === 0)) {
      if (!vrt.prim(e108, o._patternString, x, p, "pattern.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m5 & 24576) !== 0) {
    if (!(vrt.isValidTime(e109) && (m5 & 16384) === 0)) {
      if (!vrt.prim(e109, o._patternTime, x, p, "pattern.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m5 & 98304) !== 0) {
    if (!(vrt.isValidUnsignedInt(e110) && (m5 & 65536) === 0)) {
      if (!vrt.prim(
        e110,
        o._patternUnsignedInt,
        x,
        p,
        "pattern.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m5 & 393216) !== 0) {
    if (!(vrt.isValidUri(e111) && (m5 & 262144) === 0)) {
      if (!vrt.prim(e111, o._patternUri, x, p, "pattern.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m5 & 524288) !== 0) {
    if (!vrt.one(e112, x, p, "pattern.ofType(Address)", d, 0, checkAddress) && x.c === null) return false;
  }
  if ((m5 & 1048576) !== 0) {
    if (!vrt.one(e113, x, p, "pattern.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if ((m5 & 2097152) !== 0) {
    if (!vrt.one(e114, x, p, "pattern.ofType(Annotation)", d, 0, checkAnnotation) && x.c === null) return false;
  }
  if ((m5 & 4194304) !== 0) {
    if (!vrt.one(e115, x, p, "pattern.ofType(Attachment)", d, 0, checkAttachment) && x.c === null) return false;
  }
  if ((m5 & 8388608) !== 0) {
    if (!vrt.one(e116, x, p, "pattern.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m5 & 16777216) !== 0) {
    if (!vrt.one(e117, x, p, "pattern.ofType(Coding)", d, 0, checkCoding) && x.c === null) return false;
  }
  if ((m5 & 33554432) !== 0) {
    if (!vrt.one(e118, x, p, "pattern.ofType(ContactPoint)", d, 0, checkContactPoint) && x.c === null) return false;
  }
  if ((m5 & 67108864) !== 0) {
    if (!vrt.one(e119, x, p, "pattern.ofType(Count)", d, 0, checkCount) && x.c === null) return false;
  }
  if ((m5 & 134217728) !== 0) {
    if (!vrt.one(e120, x, p, "pattern.ofType(Distance)", d, 0, checkDistance) && x.c === null) return false;
  }
  if ((m5 & 268435456) !== 0) {
    if (!vrt.one(e121, x, p, "pattern.ofType(Duration)", d, 0, checkDuration) && x.c === null) return false;
  }
  if ((m5 & 536870912) !== 0) {
    if (!vrt.one(e122, x, p, "pattern.ofType(HumanName)", d, 0, checkHumanName) && x.c === null) return false;
  }
  if ((m5 & 1073741824) !== 0) {
    if (!vrt.one(e123, x, p, "pattern.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if ((m6 & 1) !== 0) {
    if (!vrt.one(e124, x, p, "pattern.ofType(Money)", d, 0, checkMoney) && x.c === null) return false;
  }
  if ((m6 & 2) !== 0) {
    if (!vrt.one(e125, x, p, "pattern.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m6 & 4) !== 0) {
    if (!vrt.one(e126, x, p, "pattern.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if ((m6 & 8) !== 0) {
    if (!vrt.one(e127, x, p, "pattern.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if ((m6 & 16) !== 0) {
    if (!vrt.one(e128, x, p, "pattern.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  if ((m6 & 32) !== 0) {
    if (!vrt.one(e129, x, p, "pattern.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
  }
  if ((m6 & 64) !== 0) {
    if (!vrt.one(e130, x, p, "pattern.ofType(SampledData)", d, 0, checkSampledData) && x.c === null) return false;
  }
  if ((m6 & 128) !== 0) {
    if (!vrt.one(e131, x, p, "pattern.ofType(Signature)", d, 0, checkSignature) && x.c === null) return false;
  }
  if ((m6 & 256) !== 0) {
    if (!vrt.one(e132, x, p, "pattern.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if ((m6 & 512) !== 0) {
    if (!vrt.one(e133, x, p, "pattern.ofType(Meta)", d, 0, checkMeta) && x.c === null) return false;
  }
  if ((m6 & 1024) !== 0) {
    if (!vrt.many(e134, x, p, "example", d, 0, -1, checkElementDefinitionExample) && x.c === null) return false;
  }
  if (vrt.bitCount(m6 & 268433408) > 1) {
    if (!vrt.checkChoice(o, CHOICE_3, x, p, "minValue", 0) && x.c === null) return false;
  }
  if ((m6 & 6144) !== 0) {
    if (!(vrt.isValidDate(e135) && (m6 & 4096) === 0)) {
      if (!vrt.prim(e135, o._minValueDate, x, p, "minValue.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m6 & 24576) !== 0) {
    if (!(vrt.isValidDateTime(e136) && (m6 & 16384) === 0)) {
      if (!vrt.prim(
        e136,
        o._minValueDateTime,
        x,
        p,
        "minValue.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m6 & 98304) !== 0) {
    if (!(vrt.isValidInstant(e137) && (m6 & 65536) === 0)) {
      if (!vrt.prim(
        e137,
        o._minValueInstant,
        x,
        p,
        "minValue.ofType(instant)",
        d,
        0,
        vrt.isValidInstant,
        "instant",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m6 & 393216) !== 0) {
    if (!(vrt.isValidTime(e138) && (m6 & 262144) === 0)) {
      if (!vrt.prim(e138, o._minValueTime, x, p, "minValue.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m6 & 1572864) !== 0) {
    if (!(vrt.isValidDecimal(e139) && (m6 & 1048576) === 0)) {
      if (!vrt.prim(
        e139,
        o._minValueDecimal,
        x,
        p,
        "minValue.ofType(decimal)",
        d,
        0,
        vrt.isValidDecimal,
        "decimal",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m6 & 6291456) !== 0) {
    if (!(vrt.isValidInteger(e140) && (m6 & 4194304) === 0)) {
      if (!vrt.prim(
        e140,
        o._minValueInteger,
        x,
        p,
        "minValue.ofType(integer)",
        d,
        0,
        vrt.isValidInteger,
        "integer",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m6 & 25165824) !== 0) {
    if (!(vrt.isValidPositiveInt(e141) && (m6 & 16777216) === 0)) {
      if (!vrt.prim(
        e141,
        o._minValuePositiveInt,
        x,
        p,
        "minValue.ofType(positiveInt)",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m6 & 100663296) !== 0) {
    if (!(vrt.isValidUnsignedInt(e142) && (m6 & 67108864) === 0)) {
      if (!vrt.prim(
        e142,
        o._minValueUnsignedInt,
        x,
        p,
        "minValue.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m6 & 134217728) !== 0) {
    if (!vrt.one(e143, x, p, "minValue.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if (vrt.bitCount(m7 & 131071) > 1) {
    if (!vrt.checkChoice(o, CHOICE_4, x, p, "maxValue", 0) && x.c === null) return false;
  }
  if ((m7 & 3) !== 0) {
    if (!(vrt.isValidDate(e144) && (m7 & 2) === 0)) {
      if (!vrt.prim(e144, o._maxValueDate, x, p, "maxValue.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m7 & 12) !== 0) {
    if (!(vrt.isValidDateTime(e145) && (m7 & 8) === 0)) {
      if (!vrt.prim(
        e145,
        o._maxValueDateTime,
        x,
        p,
        "maxValue.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m7 & 48) !== 0) {
    if (!(vrt.isValidInstant(e146) && (m7 & 32) === 0)) {
      if (!vrt.prim(
        e146,
        o._maxValueInstant,
        x,
        p,
        "maxValue.ofType(instant)",
        d,
        0,
        vrt.isValidInstant,
        "instant",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m7 & 192) !== 0) {
    if (!(vrt.isValidTime(e147) && (m7 & 128) === 0)) {
      if (!vrt.prim(e147, o._maxValueTime, x, p, "maxValue.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m7 & 768) !== 0) {
    if (!(vrt.isValidDecimal(e148) && (m7 & 512) === 0)) {
      if (!vrt.prim(
        e148,
        o._maxValueDecimal,
        x,
        p,
        "maxValue.ofType(decimal)",
        d,
        0,
        vrt.isValidDecimal,
        "decimal",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m7 & 3072) !== 0) {
    if (!(vrt.isValidInteger(e149) && (m7 & 2048) === 0)) {
      if (!vrt.prim(
        e149,
        o._maxValueInteger,
        x,
        p,
        "maxValue.ofType(integer)",
        d,
        0,
        vrt.isValidInteger,
        "integer",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m7 & 12288) !== 0) {
    if (!(vrt.isValidPositiveInt(e150) && (m7 & 8192) === 0)) {
      if (!vrt.prim(
        e150,
        o._maxValuePositiveInt,
        x,
        p,
        "maxValue.ofType(positiveInt)",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m7 & 49152) !== 0) {
    if (!(vrt.isValidUnsignedInt(e151) && (m7 & 32768) === 0)) {
      if (!vrt.prim(
        e151,
        o._maxValueUnsignedInt,
        x,
        p,
        "maxValue.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if ((m7 & 65536) !== 0) {
    if (!vrt.one(e152, x, p, "maxValue.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if ((m7 & 393216) !== 0) {
    if (!(vrt.isValidInteger(e153) && (m7 & 262144) === 0)) {
      if (!vrt.prim(e153, o._maxLength, x, p, "maxLength", d, 0, vrt.isValidInteger, "integer", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m7 & 1572864) !== 0) {
    if (!vrt.prims(e154, o._condition, x, p, "condition", d, 0, -1, vrt.isValidId, "id", OWNER_0) && x.c === null)
      return false;
  }
  if ((m7 & 2097152) !== 0) {
    if (!vrt.many(e155, x, p, "constraint", d, 0, -1, checkElementDefinitionConstraint) && x.c === null) return false;
  }
  if ((m7 & 12582912) !== 0) {
    if (!(vrt.isValidBoolean(e156) && (m7 & 8388608) === 0)) {
      if (!vrt.prim(e156, o._mustSupport, x, p, "mustSupport", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m7 & 50331648) !== 0) {
    if (!(vrt.isValidBoolean(e157) && (m7 & 33554432) === 0)) {
      if (!vrt.prim(e157, o._isModifier, x, p, "isModifier", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m7 & 201326592) !== 0) {
    if (!(vrt.isValidBoolean(e158) && (m7 & 134217728) === 0)) {
      if (!vrt.prim(e158, o._isSummary, x, p, "isSummary", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m7 & 268435456) !== 0) {
    if (!vrt.one(e159, x, p, "binding", d, 0, checkElementDefinitionBinding) && x.c === null) return false;
  }
  if ((m7 & 536870912) !== 0) {
    if (!vrt.many(e160, x, p, "mapping", d, 0, -1, checkElementDefinitionMapping) && x.c === null) return false;
  }
  if ((m0 & 12582912) !== 0) {
    if (!vrt.checkInvariant(o, x, p, INVARIANT_1) && x.c === null) return false;
  }
  if ((m0 & 402653184) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfValue(o["_contentReference"], o["contentReference"]) === 0,
          vrt.fpAnd3(
            vrt.fpAnd3(
              vrt.fpAnd3(
                vrt.fpAnd3(
                  vrt.fpAnd3(
                    vrt.fpAnd3(
                      vrt.fpAnd3(
                        vrt.fpAnd3(
                          vrt.fpSizeOfValue(o["_type"], o["type"]) === 0,
                          vrt.fpSizeOfChoice(o, CHOICE_KEYS_0) === 0
                        ),
                        vrt.fpSizeOfChoice(o, CHOICE_KEYS_1) === 0
                      ),
                      vrt.fpSizeOfChoice(o, CHOICE_KEYS_2) === 0
                    ),
                    vrt.fpSizeOfValue(o["_example"], o["example"]) === 0
                  ),
                  vrt.fpSizeOfChoice(o, CHOICE_KEYS_3) === 0
                ),
                vrt.fpSizeOfChoice(o, CHOICE_KEYS_4) === 0
              ),
              vrt.fpSizeOfValue(o["_maxLength"], o["maxLength"]) === 0
            ),
            vrt.fpSizeOfValue(o["_binding"], o["binding"]) === 0
          )
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_2) && x.c === null) return false;
    }
  }
  {
    let r;
    try {
      r = vrt.fpOr3(vrt.fpSizeOfChoice(o, CHOICE_KEYS_2) === 0, vrt.fpSizeOfValue(o["_type"], o["type"]) <= 1);
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_3) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpOr3(vrt.fpSizeOfChoice(o, CHOICE_KEYS_1) === 0, vrt.fpSizeOfValue(o["_type"], o["type"]) <= 1);
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_4) && x.c === null) return false;
  }
  if ((m7 & 268435456) !== 0) {
    if (!vrt.checkInvariant(o, x, p, INVARIANT_5) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpOr3(vrt.fpSizeOfChoice(o, CHOICE_KEYS_2) === 0, vrt.fpSizeOfChoice(o, CHOICE_KEYS_1) === 0);
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_6) && x.c === null) return false;
  }
  if (!vrt.checkInvariant(o, x, p, INVARIANT_7) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_8) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_9) && x.c === null) return false;
  if ((m2 & 12582912) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfChoice(o, CHOICE_KEYS_0) === 0,
          vrt.fpSizeOfValue(o["_meaningWhenMissing"], o["meaningWhenMissing"]) === 0
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_10) && x.c === null) return false;
    }
  }
  return true;
}
function checkElementDefinitionSlicing(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ElementDefinition.slicing");
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
      case "discriminator":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "description":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "ordered":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "rules":
        n++;
        m0 |= 128;
        e5 = o[k];
        break;
      case "_description":
        n++;
        m0 |= 16;
        break;
      case "_ordered":
        n++;
        m0 |= 64;
        break;
      case "_rules":
        n++;
        m0 |= 256;
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
  if ((m0 & 4) !== 0) {
    if (!vrt.many(e2, x, p, "discriminator", d, 0, -1, checkElementDefinitionSlicingDiscriminator) && x.c === null)
      return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidBoolean(e4) && (m0 & 64) === 0)) {
      if (!vrt.prim(e4, o._ordered, x, p, "ordered", d, 0, vrt.isValidBoolean, "boolean", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(e5) && (m0 & 256) === 0)) {
    if (!vrt.prim(e5, o._rules, x, p, "rules", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null) return false;
  }
  if (!vrt.codeIn(e5, vcodes.inCodes174)) {
    if (!vrt.eachWith(e5, false, x, p, "rules", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpOr3(
        vrt.fpSizeOfValue(o["_discriminator"], o["discriminator"]) > 0,
        vrt.fpSizeOfValue(o["_description"], o["description"]) > 0
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_11) && x.c === null) return false;
  }
  return true;
}
function checkElementDefinitionBase(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ElementDefinition.base");
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
      case "path":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "min":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "max":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "_path":
        n++;
        m0 |= 8;
        break;
      case "_min":
        n++;
        m0 |= 32;
        break;
      case "_max":
        n++;
        m0 |= 128;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e2) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._path, x, p, "path", d, 1, vrt.isValidString, "string", OWNER_2) && x.c === null) return false;
  }
  if (!(vrt.isValidUnsignedInt(e3) && (m0 & 32) === 0)) {
    if (!vrt.prim(e3, o._min, x, p, "min", d, 1, vrt.isValidUnsignedInt, "unsignedInt", OWNER_2) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._max, x, p, "max", d, 1, vrt.isValidString, "string", OWNER_2) && x.c === null) return false;
  }
  return true;
}
function checkElementDefinitionType(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ElementDefinition.type");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6;
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
      case "profile":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "targetProfile":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "aggregation":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "versioning":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "_code":
        n++;
        m0 |= 8;
        break;
      case "_profile":
        n++;
        m0 |= 32;
        break;
      case "_targetProfile":
        n++;
        m0 |= 128;
        break;
      case "_aggregation":
        n++;
        m0 |= 512;
        break;
      case "_versioning":
        n++;
        m0 |= 2048;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(e2) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._code, x, p, "code", d, 1, vrt.isValidUri, "uri", OWNER_3) && x.c === null) return false;
  }
  if (!vrt.codeIn(e2, vcodes.inCodes157)) {
    if (!vrt.eachWith(e2, false, x, p, "code", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidUri(e3) && (m0 & 32) === 0)) {
      if (!vrt.prim(e3, o._profile, x, p, "profile", d, 0, vrt.isValidUri, "uri", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidUri(e4) && (m0 & 128) === 0)) {
      if (!vrt.prim(e4, o._targetProfile, x, p, "targetProfile", d, 0, vrt.isValidUri, "uri", OWNER_3) && x.c === null)
        return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!vrt.prims(e5, o._aggregation, x, p, "aggregation", d, 0, -1, vrt.isValidCode, "code", OWNER_3) && x.c === null)
      return false;
    if (!vrt.eachWith(e5, true, x, p, "aggregation", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidCode(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._versioning, x, p, "versioning", d, 0, vrt.isValidCode, "code", OWNER_3) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e6, vcodes.inCodes158)) {
      if (!vrt.eachWith(e6, false, x, p, "versioning", vrt.checkCode, BINDING_4) && x.c === null) return false;
    }
  }
  if ((m0 & 768) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfValue(o["_aggregation"], o["aggregation"]) === 0,
          vrt.fpEqValue(vrt.fpOneValue(o["_code"], o["code"]), "Reference")
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_12) && x.c === null) return false;
    }
  }
  return true;
}
function checkElementDefinitionExample(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ElementDefinition.example");
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
      case "label":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "valueBase64Binary":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "valueBoolean":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "valueCode":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "valueDate":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "valueDateTime":
        n++;
        m0 |= 4096;
        e7 = o[k];
        break;
      case "valueDecimal":
        n++;
        m0 |= 16384;
        e8 = o[k];
        break;
      case "valueId":
        n++;
        m0 |= 65536;
        e9 = o[k];
        break;
      case "valueInstant":
        n++;
        m0 |= 262144;
        e10 = o[k];
        break;
      case "valueInteger":
        n++;
        m0 |= 1048576;
        e11 = o[k];
        break;
      case "valueMarkdown":
        n++;
        m0 |= 4194304;
        e12 = o[k];
        break;
      case "valueOid":
        n++;
        m0 |= 16777216;
        e13 = o[k];
        break;
      case "valuePositiveInt":
        n++;
        m0 |= 67108864;
        e14 = o[k];
        break;
      case "valueString":
        n++;
        m0 |= 268435456;
        e15 = o[k];
        break;
      case "valueTime":
        n++;
        m0 |= 1073741824;
        e16 = o[k];
        break;
      case "valueUnsignedInt":
        n++;
        m1 |= 2;
        e17 = o[k];
        break;
      case "valueUri":
        n++;
        m1 |= 8;
        e18 = o[k];
        break;
      case "valueAddress":
        n++;
        m1 |= 32;
        e19 = o[k];
        break;
      case "valueAge":
        n++;
        m1 |= 64;
        e20 = o[k];
        break;
      case "valueAnnotation":
        n++;
        m1 |= 128;
        e21 = o[k];
        break;
      case "valueAttachment":
        n++;
        m1 |= 256;
        e22 = o[k];
        break;
      case "valueCodeableConcept":
        n++;
        m1 |= 512;
        e23 = o[k];
        break;
      case "valueCoding":
        n++;
        m1 |= 1024;
        e24 = o[k];
        break;
      case "valueContactPoint":
        n++;
        m1 |= 2048;
        e25 = o[k];
        break;
      case "valueCount":
        n++;
        m1 |= 4096;
        e26 = o[k];
        break;
      case "valueDistance":
        n++;
        m1 |= 8192;
        e27 = o[k];
        break;
      case "valueDuration":
        n++;
        m1 |= 16384;
        e28 = o[k];
        break;
      case "valueHumanName":
        n++;
        m1 |= 32768;
        e29 = o[k];
        break;
      case "valueIdentifier":
        n++;
        m1 |= 65536;
        e30 = o[k];
        break;
      case "valueMoney":
        n++;
        m1 |= 131072;
        e31 = o[k];
        break;
      case "valuePeriod":
        n++;
        m1 |= 262144;
        e32 = o[k];
        break;
      case "valueQuantity":
        n++;
        m1 |= 524288;
        e33 = o[k];
        break;
      case "valueRange":
        n++;
        m1 |= 1048576;
        e34 = o[k];
        break;
      case "valueRatio":
        n++;
        m1 |= 2097152;
        e35 = o[k];
        break;
      case "valueReference":
        n++;
        m1 |= 4194304;
        e36 = o[k];
        break;
      case "valueSampledData":
        n++;
        m1 |= 8388608;
        e37 = o[k];
        break;
      case "valueSignature":
        n++;
        m1 |= 16777216;
        e38 = o[k];
        break;
      case "valueTiming":
        n++;
        m1 |= 33554432;
        e39 = o[k];
        break;
      case "valueMeta":
        n++;
        m1 |= 67108864;
        e40 = o[k];
        break;
      case "_label":
        n++;
        m0 |= 8;
        break;
      case "_valueBase64Binary":
        n++;
        m0 |= 32;
        break;
      case "_valueBoolean":
        n++;
        m0 |= 128;
        break;
      case "_valueCode":
        n++;
        m0 |= 512;
        break;
      case "_valueDate":
        n++;
        m0 |= 2048;
        break;
      case "_valueDateTime":
        n++;
        m0 |= 8192;
        break;
      case "_valueDecimal":
        n++;
        m0 |= 32768;
        break;
      case "_valueId":
        n++;
        m0 |= 131072;
        break;
      case "_valueInstant":
        n++;
        m0 |= 524288;
        break;
      case "_valueInteger":
        n++;
        m0 |= 2097152;
        break;
      case "_valueMarkdown":
        n++;
        m0 |= 8388608;
        break;
      case "_valueOid":
        n++;
        m0 |= 33554432;
        break;
      case "_valuePositiveInt":
        n++;
        m0 |= 134217728;
        break;
      case "_valueString":
        n++;
        m0 |= 536870912;
        break;
      case "_valueTime":
        n++;
        m1 |= 1;
        break;
      case "_valueUnsignedInt":
        n++;
        m1 |= 4;
        break;
      case "_valueUri":
        n++;
        m1 |= 16;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e2) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._label, x, p, "label", d, 1, vrt.isValidString, "string", OWNER_4) && x.c === null)
      return false;
  }
  if (!vrt.checkChoice(o, CHOICE_5, x, p, "value", 1) && x.c === null) return false;
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidBase64Binary(e3) && (m0 & 32) === 0)) {
      if (!vrt.prim(
        e3,
        o._valueBase64Binary,
        x,
        p,
        "value.ofType(base64Binary)",
        d,
        0,
        vrt.isValidBase64Binary,
        "base64Binary",
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidBoolean(e4) && (m0 & 128) === 0)) {
      if (!vrt.prim(e4, o._valueBoolean, x, p, "value.ofType(boolean)", d, 0, vrt.isValidBoolean, "boolean", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidCode(e5) && (m0 & 512) === 0)) {
      if (!vrt.prim(e5, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidDate(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidDateTime(e7) && (m0 & 8192) === 0)) {
      if (!vrt.prim(
        e7,
        o._valueDateTime,
        x,
        p,
        "value.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidDecimal(e8) && (m0 & 32768) === 0)) {
      if (!vrt.prim(e8, o._valueDecimal, x, p, "value.ofType(decimal)", d, 0, vrt.isValidDecimal, "decimal", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 196608) !== 0) {
    if (!(vrt.isValidId(e9) && (m0 & 131072) === 0)) {
      if (!vrt.prim(e9, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 786432) !== 0) {
    if (!(vrt.isValidInstant(e10) && (m0 & 524288) === 0)) {
      if (!vrt.prim(e10, o._valueInstant, x, p, "value.ofType(instant)", d, 0, vrt.isValidInstant, "instant", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidInteger(e11) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(e11, o._valueInteger, x, p, "value.ofType(integer)", d, 0, vrt.isValidInteger, "integer", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidMarkdown(e12) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(
        e12,
        o._valueMarkdown,
        x,
        p,
        "value.ofType(markdown)",
        d,
        0,
        vrt.isValidMarkdown,
        "markdown",
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 50331648) !== 0) {
    if (!(vrt.isValidOid(e13) && (m0 & 33554432) === 0)) {
      if (!vrt.prim(e13, o._valueOid, x, p, "value.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidPositiveInt(e14) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(
        e14,
        o._valuePositiveInt,
        x,
        p,
        "value.ofType(positiveInt)",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 805306368) !== 0) {
    if (!(vrt.isValidString(e15) && (m0 & 536870912) === 0)) {
      if (!vrt.prim(e15, o._valueString, x, p, "value.ofType(string)", d, 0, vrt.isValidString, "string", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1073741824) !== 0 || (m1 & 1) !== 0) {
    if (!(vrt.isValidTime(e16) && (m1 & 1) === 0)) {
      if (!vrt.prim(e16, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m1 & 6) !== 0) {
    if (!(vrt.isValidUnsignedInt(e17) && (m1 & 4) === 0)) {
      if (!vrt.prim(
        e17,
        o._valueUnsignedInt,
        x,
        p,
        "value.ofType(unsignedInt)",
        d,
        0,
        vrt.isValidUnsignedInt,
        "unsignedInt",
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if ((m1 & 24) !== 0) {
    if (!(vrt.isValidUri(e18) && (m1 & 16) === 0)) {
      if (!vrt.prim(e18, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_4) && x.c === null)
        return false;
    }
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.one(e19, x, p, "value.ofType(Address)", d, 0, checkAddress) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(e20, x, p, "value.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.one(e21, x, p, "value.ofType(Annotation)", d, 0, checkAnnotation) && x.c === null) return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(e22, x, p, "value.ofType(Attachment)", d, 0, checkAttachment) && x.c === null) return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.one(e23, x, p, "value.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 1024) !== 0) {
    if (!vrt.one(e24, x, p, "value.ofType(Coding)", d, 0, checkCoding) && x.c === null) return false;
  }
  if ((m1 & 2048) !== 0) {
    if (!vrt.one(e25, x, p, "value.ofType(ContactPoint)", d, 0, checkContactPoint) && x.c === null) return false;
  }
  if ((m1 & 4096) !== 0) {
    if (!vrt.one(e26, x, p, "value.ofType(Count)", d, 0, checkCount) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.one(e27, x, p, "value.ofType(Distance)", d, 0, checkDistance) && x.c === null) return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.one(e28, x, p, "value.ofType(Duration)", d, 0, checkDuration) && x.c === null) return false;
  }
  if ((m1 & 32768) !== 0) {
    if (!vrt.one(e29, x, p, "value.ofType(HumanName)", d, 0, checkHumanName) && x.c === null) return false;
  }
  if ((m1 & 65536) !== 0) {
    if (!vrt.one(e30, x, p, "value.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.one(e31, x, p, "value.ofType(Money)", d, 0, checkMoney) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.one(e32, x, p, "value.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.one(e33, x, p, "value.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if ((m1 & 1048576) !== 0) {
    if (!vrt.one(e34, x, p, "value.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if ((m1 & 2097152) !== 0) {
    if (!vrt.one(e35, x, p, "value.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  if ((m1 & 4194304) !== 0) {
    if (!vrt.one(e36, x, p, "value.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
  }
  if ((m1 & 8388608) !== 0) {
    if (!vrt.one(e37, x, p, "value.ofType(SampledData)", d, 0, checkSampledData) && x.c === null) return false;
  }
  if ((m1 & 16777216) !== 0) {
    if (!vrt.one(e38, x, p, "value.ofType(Signature)", d, 0, checkSignature) && x.c === null) return false;
  }
  if ((m1 & 33554432) !== 0) {
    if (!vrt.one(e39, x, p, "value.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if ((m1 & 67108864) !== 0) {
    if (!vrt.one(e40, x, p, "value.ofType(Meta)", d, 0, checkMeta) && x.c === null) return false;
  }
  return true;
}
function checkElementDefinitionConstraint(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ElementDefinition.constraint");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8;
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
      case "key":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "requirements":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "severity":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "human":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "expression":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "xpath":
        n++;
        m0 |= 4096;
        e7 = o[k];
        break;
      case "source":
        n++;
        m0 |= 16384;
        e8 = o[k];
        break;
      case "_key":
        n++;
        m0 |= 8;
        break;
      case "_requirements":
        n++;
        m0 |= 32;
        break;
      case "_severity":
        n++;
        m0 |= 128;
        break;
      case "_human":
        n++;
        m0 |= 512;
        break;
      case "_expression":
        n++;
        m0 |= 2048;
        break;
      case "_xpath":
        n++;
        m0 |= 8192;
        break;
      case "_source":
        n++;
        m0 |= 32768;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if (!(vrt.isValidId(e2) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._key, x, p, "key", d, 1, vrt.isValidId, "id", OWNER_5) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 32) === 0)) {
      if (!vrt.prim(e3, o._requirements, x, p, "requirements", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._severity, x, p, "severity", d, 1, vrt.isValidCode, "code", OWNER_5) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(e4, vcodes.inCodes176)) {
    if (!vrt.eachWith(e4, false, x, p, "severity", vrt.checkCode, BINDING_5) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e5) && (m0 & 512) === 0)) {
    if (!vrt.prim(e5, o._human, x, p, "human", d, 1, vrt.isValidString, "string", OWNER_5) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(e6) && (m0 & 2048) === 0)) {
    if (!vrt.prim(e6, o._expression, x, p, "expression", d, 1, vrt.isValidString, "string", OWNER_5) && x.c === null)
      return false;
  }
  if ((m0 & 12288) !== 0) {
    if (!(vrt.isValidString(e7) && (m0 & 8192) === 0)) {
      if (!vrt.prim(e7, o._xpath, x, p, "xpath", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 49152) !== 0) {
    if (!(vrt.isValidUri(e8) && (m0 & 32768) === 0)) {
      if (!vrt.prim(e8, o._source, x, p, "source", d, 0, vrt.isValidUri, "uri", OWNER_5) && x.c === null) return false;
    }
  }
  return true;
}
function checkElementDefinitionBinding(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ElementDefinition.binding");
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
      case "strength":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "description":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "valueSetUri":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "valueSetReference":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "_strength":
        n++;
        m0 |= 8;
        break;
      case "_description":
        n++;
        m0 |= 32;
        break;
      case "_valueSetUri":
        n++;
        m0 |= 128;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e2) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._strength, x, p, "strength", d, 1, vrt.isValidCode, "code", OWNER_6) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(e2, vcodes.inCodes177)) {
    if (!vrt.eachWith(e2, false, x, p, "strength", vrt.checkCode, BINDING_6) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 32) === 0)) {
      if (!vrt.prim(e3, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_6) && x.c === null)
        return false;
    }
  }
  if (vrt.bitCount(m0 & 448) > 1) {
    if (!vrt.checkChoice(o, CHOICE_6, x, p, "valueSet", 0) && x.c === null) return false;
  }
  if ((m0 & 192) !== 0) {
    if (!(vrt.isValidUri(e4) && (m0 & 128) === 0)) {
      if (!vrt.prim(e4, o._valueSetUri, x, p, "valueSet.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_6) && x.c === null)
        return false;
    }
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(e5, x, p, "valueSet.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e5, false, x, p, "valueSet.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  {
    let r;
    try {
      r = vrt.fpOr3(
        vrt.fpSizeOfChoice(o, CHOICE_KEYS_5) > 0,
        vrt.fpSizeOfValue(o["_description"], o["description"]) > 0
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_13) && x.c === null) return false;
  }
  if (!vrt.checkInvariant(o, x, p, INVARIANT_14) && x.c === null) return false;
  return true;
}
function checkElementDefinitionMapping(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ElementDefinition.mapping");
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
      case "identity":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "language":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "map":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "comment":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "_identity":
        n++;
        m0 |= 8;
        break;
      case "_language":
        n++;
        m0 |= 32;
        break;
      case "_map":
        n++;
        m0 |= 128;
        break;
      case "_comment":
        n++;
        m0 |= 512;
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if (!(vrt.isValidId(e2) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._identity, x, p, "identity", d, 1, vrt.isValidId, "id", OWNER_7) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidCode(e3) && (m0 & 32) === 0)) {
      if (!vrt.prim(e3, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_7) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(e3, false, x, p, "language", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._map, x, p, "map", d, 1, vrt.isValidString, "string", OWNER_7) && x.c === null) return false;
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 512) === 0)) {
      if (!vrt.prim(e5, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_7) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkElementDefinitionSlicingDiscriminator(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ElementDefinition.slicing.discriminator");
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
      case "type":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "path":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "_type":
        n++;
        m0 |= 8;
        break;
      case "_path":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_8, false) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e2) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_8) && x.c === null) return false;
  }
  if (!vrt.codeIn(e2, vcodes.inCodes178)) {
    if (!vrt.eachWith(e2, false, x, p, "type", vrt.checkCode, BINDING_7) && x.c === null) return false;
  }
  if (!(vrt.isValidString(e3) && (m0 & 32) === 0)) {
    if (!vrt.prim(e3, o._path, x, p, "path", d, 1, vrt.isValidString, "string", OWNER_8) && x.c === null) return false;
  }
  return true;
}
function validateElementDefinition(value, options) {
  return vrt.validateWith(value, "ElementDefinition", checkElementDefinition, false, options, REGISTRY_0);
}
function isElementDefinition(value, options) {
  return vrt.testWith(value, checkElementDefinition, false, options, REGISTRY_0);
}
export {
  checkElementDefinition,
  checkElementDefinitionBase,
  checkElementDefinitionBinding,
  checkElementDefinitionConstraint,
  checkElementDefinitionExample,
  checkElementDefinitionMapping,
  checkElementDefinitionSlicing,
  checkElementDefinitionSlicingDiscriminator,
  checkElementDefinitionType,
  isElementDefinition,
  validateElementDefinition
};
