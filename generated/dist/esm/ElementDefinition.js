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
const KEYS_0 = /* @__PURE__ */ new Set([
  "_alias",
  "_comment",
  "_condition",
  "_contentReference",
  "_defaultValueBase64Binary",
  "_defaultValueBoolean",
  "_defaultValueCode",
  "_defaultValueDate",
  "_defaultValueDateTime",
  "_defaultValueDecimal",
  "_defaultValueId",
  "_defaultValueInstant",
  "_defaultValueInteger",
  "_defaultValueMarkdown",
  "_defaultValueOid",
  "_defaultValuePositiveInt",
  "_defaultValueString",
  "_defaultValueTime",
  "_defaultValueUnsignedInt",
  "_defaultValueUri",
  "_definition",
  "_fixedBase64Binary",
  "_fixedBoolean",
  "_fixedCode",
  "_fixedDate",
  "_fixedDateTime",
  "_fixedDecimal",
  "_fixedId",
  "_fixedInstant",
  "_fixedInteger",
  "_fixedMarkdown",
  "_fixedOid",
  "_fixedPositiveInt",
  "_fixedString",
  "_fixedTime",
  "_fixedUnsignedInt",
  "_fixedUri",
  "_isModifier",
  "_isSummary",
  "_label",
  "_max",
  "_maxLength",
  "_maxValueDate",
  "_maxValueDateTime",
  "_maxValueDecimal",
  "_maxValueInstant",
  "_maxValueInteger",
  "_maxValuePositiveInt",
  "_maxValueTime",
  "_maxValueUnsignedInt",
  "_meaningWhenMissing",
  "_min",
  "_minValueDate",
  "_minValueDateTime",
  "_minValueDecimal",
  "_minValueInstant",
  "_minValueInteger",
  "_minValuePositiveInt",
  "_minValueTime",
  "_minValueUnsignedInt",
  "_mustSupport",
  "_orderMeaning",
  "_path",
  "_patternBase64Binary",
  "_patternBoolean",
  "_patternCode",
  "_patternDate",
  "_patternDateTime",
  "_patternDecimal",
  "_patternId",
  "_patternInstant",
  "_patternInteger",
  "_patternMarkdown",
  "_patternOid",
  "_patternPositiveInt",
  "_patternString",
  "_patternTime",
  "_patternUnsignedInt",
  "_patternUri",
  "_representation",
  "_requirements",
  "_short",
  "_sliceName",
  "alias",
  "base",
  "binding",
  "code",
  "comment",
  "condition",
  "constraint",
  "contentReference",
  "defaultValueAddress",
  "defaultValueAge",
  "defaultValueAnnotation",
  "defaultValueAttachment",
  "defaultValueBase64Binary",
  "defaultValueBoolean",
  "defaultValueCode",
  "defaultValueCodeableConcept",
  "defaultValueCoding",
  "defaultValueContactPoint",
  "defaultValueCount",
  "defaultValueDate",
  "defaultValueDateTime",
  "defaultValueDecimal",
  "defaultValueDistance",
  "defaultValueDuration",
  "defaultValueHumanName",
  "defaultValueId",
  "defaultValueIdentifier",
  "defaultValueInstant",
  "defaultValueInteger",
  "defaultValueMarkdown",
  "defaultValueMeta",
  "defaultValueMoney",
  "defaultValueOid",
  "defaultValuePeriod",
  "defaultValuePositiveInt",
  "defaultValueQuantity",
  "defaultValueRange",
  "defaultValueRatio",
  "defaultValueReference",
  "defaultValueSampledData",
  "defaultValueSignature",
  "defaultValueString",
  "defaultValueTime",
  "defaultValueTiming",
  "defaultValueUnsignedInt",
  "defaultValueUri",
  "definition",
  "example",
  "extension",
  "fixedAddress",
  "fixedAge",
  "fixedAnnotation",
  "fixedAttachment",
  "fixedBase64Binary",
  "fixedBoolean",
  "fixedCode",
  "fixedCodeableConcept",
  "fixedCoding",
  "fixedContactPoint",
  "fixedCount",
  "fixedDate",
  "fixedDateTime",
  "fixedDecimal",
  "fixedDistance",
  "fixedDuration",
  "fixedHumanName",
  "fixedId",
  "fixedIdentifier",
  "fixedInstant",
  "fixedInteger",
  "fixedMarkdown",
  "fixedMeta",
  "fixedMoney",
  "fixedOid",
  "fixedPeriod",
  "fixedPositiveInt",
  "fixedQuantity",
  "fixedRange",
  "fixedRatio",
  "fixedReference",
  "fixedSampledData",
  "fixedSignature",
  "fixedString",
  "fixedTime",
  "fixedTiming",
  "fixedUnsignedInt",
  "fixedUri",
  "id",
  "isModifier",
  "isSummary",
  "label",
  "mapping",
  "max",
  "maxLength",
  "maxValueDate",
  "maxValueDateTime",
  "maxValueDecimal",
  "maxValueInstant",
  "maxValueInteger",
  "maxValuePositiveInt",
  "maxValueQuantity",
  "maxValueTime",
  "maxValueUnsignedInt",
  "meaningWhenMissing",
  "min",
  "minValueDate",
  "minValueDateTime",
  "minValueDecimal",
  "minValueInstant",
  "minValueInteger",
  "minValuePositiveInt",
  "minValueQuantity",
  "minValueTime",
  "minValueUnsignedInt",
  "mustSupport",
  "orderMeaning",
  "path",
  "patternAddress",
  "patternAge",
  "patternAnnotation",
  "patternAttachment",
  "patternBase64Binary",
  "patternBoolean",
  "patternCode",
  "patternCodeableConcept",
  "patternCoding",
  "patternContactPoint",
  "patternCount",
  "patternDate",
  "patternDateTime",
  "patternDecimal",
  "patternDistance",
  "patternDuration",
  "patternHumanName",
  "patternId",
  "patternIdentifier",
  "patternInstant",
  "patternInteger",
  "patternMarkdown",
  "patternMeta",
  "patternMoney",
  "patternOid",
  "patternPeriod",
  "patternPositiveInt",
  "patternQuantity",
  "patternRange",
  "patternRatio",
  "patternReference",
  "patternSampledData",
  "patternSignature",
  "patternString",
  "patternTime",
  "patternTiming",
  "patternUnsignedInt",
  "patternUri",
  "representation",
  "requirements",
  "short",
  "sliceName",
  "slicing",
  "type"
]);
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
const INVARIANT_2 = vrt.invariant({
  key: "eld-5",
  path: "ElementDefinition",
  expression: "contentReference.empty() or (type.empty() and defaultValue.empty() and fixed.empty() and pattern.empty() and example.empty() and minValue.empty() and maxValue.empty() and maxLength.empty() and binding.empty())",
  severity: "error",
  human: "if the element definition has a contentReference, it cannot have type, defaultValue, fixed, pattern, example, minValue, maxValue, maxLength, or binding"
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
const FHIRPATH_0 = (n) => vrt.fpOr(
  vrt.fpEmpty(vrt.fpChildOf(n, "contentReference", "_contentReference")),
  vrt.fpAnd(
    vrt.fpAnd(
      vrt.fpAnd(
        vrt.fpAnd(
          vrt.fpAnd(
            vrt.fpAnd(
              vrt.fpAnd(
                vrt.fpAnd(
                  vrt.fpEmpty(vrt.fpChildOf(n, "type", "_type")),
                  vrt.fpEmpty(vrt.fpChoice([n], CHOICE_KEYS_0))
                ),
                vrt.fpEmpty(vrt.fpChoice([n], CHOICE_KEYS_1))
              ),
              vrt.fpEmpty(vrt.fpChoice([n], CHOICE_KEYS_2))
            ),
            vrt.fpEmpty(vrt.fpChildOf(n, "example", "_example"))
          ),
          vrt.fpEmpty(vrt.fpChoice([n], CHOICE_KEYS_3))
        ),
        vrt.fpEmpty(vrt.fpChoice([n], CHOICE_KEYS_4))
      ),
      vrt.fpEmpty(vrt.fpChildOf(n, "maxLength", "_maxLength"))
    ),
    vrt.fpEmpty(vrt.fpChildOf(n, "binding", "_binding"))
  )
);
const TRANSLATED_0 = { inv: INVARIANT_2, fn: FHIRPATH_0 };
const INVARIANT_3 = vrt.invariant({
  key: "eld-7",
  path: "ElementDefinition",
  expression: "pattern.empty() or (type.count() <= 1)",
  severity: "error",
  human: "Pattern may only be specified if there is one type"
});
const FHIRPATH_1 = (n) => vrt.fpOr(
  vrt.fpEmpty(vrt.fpChoice([n], CHOICE_KEYS_2)),
  vrt.fpLe(vrt.fpCount(vrt.fpChildOf(n, "type", "_type")), [1])
);
const TRANSLATED_1 = { inv: INVARIANT_3, fn: FHIRPATH_1 };
const INVARIANT_4 = vrt.invariant({
  key: "eld-6",
  path: "ElementDefinition",
  expression: "fixed.empty() or (type.count()  <= 1)",
  severity: "error",
  human: "Fixed value may only be specified if there is one type"
});
const FHIRPATH_2 = (n) => vrt.fpOr(
  vrt.fpEmpty(vrt.fpChoice([n], CHOICE_KEYS_1)),
  vrt.fpLe(vrt.fpCount(vrt.fpChildOf(n, "type", "_type")), [1])
);
const TRANSLATED_2 = { inv: INVARIANT_4, fn: FHIRPATH_2 };
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
const FHIRPATH_3 = (n) => vrt.fpOr(vrt.fpEmpty(vrt.fpChoice([n], CHOICE_KEYS_2)), vrt.fpEmpty(vrt.fpChoice([n], CHOICE_KEYS_1)));
const TRANSLATED_3 = { inv: INVARIANT_6, fn: FHIRPATH_3 };
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
const FHIRPATH_4 = (n) => vrt.fpOr(
  vrt.fpEmpty(vrt.fpChoice([n], CHOICE_KEYS_0)),
  vrt.fpEmpty(vrt.fpChildOf(n, "meaningWhenMissing", "_meaningWhenMissing"))
);
const TRANSLATED_4 = { inv: INVARIANT_10, fn: FHIRPATH_4 };
const KEYS_1 = /* @__PURE__ */ new Set([
  "_description",
  "_ordered",
  "_rules",
  "description",
  "discriminator",
  "extension",
  "id",
  "ordered",
  "rules"
]);
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
const FHIRPATH_5 = (n) => vrt.fpOr(
  vrt.fpExists(vrt.fpChildOf(n, "discriminator", "_discriminator")),
  vrt.fpExists(vrt.fpChildOf(n, "description", "_description"))
);
const TRANSLATED_5 = { inv: INVARIANT_11, fn: FHIRPATH_5 };
const KEYS_2 = /* @__PURE__ */ new Set(["_max", "_min", "_path", "extension", "id", "max", "min", "path"]);
const OWNER_2 = { paths: ["ElementDefinition.base"], type: "Element", exact: false };
const KEYS_3 = /* @__PURE__ */ new Set([
  "_aggregation",
  "_code",
  "_profile",
  "_targetProfile",
  "_versioning",
  "aggregation",
  "code",
  "extension",
  "id",
  "profile",
  "targetProfile",
  "versioning"
]);
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
const FHIRPATH_6 = (n) => vrt.fpOr(
  vrt.fpEmpty(vrt.fpChildOf(n, "aggregation", "_aggregation")),
  vrt.fpEq(vrt.fpChildOf(n, "code", "_code"), ["Reference"])
);
const TRANSLATED_6 = { inv: INVARIANT_12, fn: FHIRPATH_6 };
const KEYS_4 = /* @__PURE__ */ new Set([
  "_label",
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
  "label",
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
const KEYS_5 = /* @__PURE__ */ new Set([
  "_expression",
  "_human",
  "_key",
  "_requirements",
  "_severity",
  "_source",
  "_xpath",
  "expression",
  "extension",
  "human",
  "id",
  "key",
  "requirements",
  "severity",
  "source",
  "xpath"
]);
const OWNER_5 = { paths: ["ElementDefinition.constraint"], type: "Element", exact: false };
const BINDING_5 = {
  has: vcodes.inCodes176,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/constraint-severity"
};
const KEYS_6 = /* @__PURE__ */ new Set([
  "_description",
  "_strength",
  "_valueSetUri",
  "description",
  "extension",
  "id",
  "strength",
  "valueSetReference",
  "valueSetUri"
]);
const OWNER_6 = { paths: ["ElementDefinition.binding"], type: "Element", exact: false };
const BINDING_6 = {
  has: vcodes.inCodes177,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/binding-strength"
};
const CHOICE_6 = vrt.choiceVariants(["valueSetUri", "valueSetReference"]);
const TARGETS_0 = /* @__PURE__ */ new Set(["ValueSet"]);
const INVARIANT_13 = vrt.invariant({
  key: "eld-10",
  path: "ElementDefinition.binding",
  expression: "valueSet.exists() or description.exists()",
  severity: "error",
  human: "provide either a reference or a description (or both)"
});
const CHOICE_KEYS_5 = [
  ["valueSetUri", "_valueSetUri"],
  ["valueSetReference", "_valueSetReference"]
];
const FHIRPATH_7 = (n) => vrt.fpOr(
  vrt.fpExists(vrt.fpChoice([n], CHOICE_KEYS_5)),
  vrt.fpExists(vrt.fpChildOf(n, "description", "_description"))
);
const TRANSLATED_7 = { inv: INVARIANT_13, fn: FHIRPATH_7 };
const INVARIANT_14 = vrt.invariant({
  key: "eld-12",
  path: "ElementDefinition.binding",
  expression: "valueSet.is(uri).not() or valueSet.as(uri).startsWith('http:') or valueSet.as(uri).startsWith('https') or valueSet.as(uri).startsWith('urn:')",
  severity: "error",
  human: "ValueSet as a URI SHALL start with http:// or https:// or urn:"
});
const KEYS_7 = /* @__PURE__ */ new Set([
  "_comment",
  "_identity",
  "_language",
  "_map",
  "comment",
  "extension",
  "id",
  "identity",
  "language",
  "map"
]);
const OWNER_7 = { paths: ["ElementDefinition.mapping"], type: "Element", exact: false };
const UNCHECKED_0 = {
  strength: "required",
  valueSet: "http://www.rfc-editor.org/bcp/bcp13.txt",
  reason: "http://www.rfc-editor.org/bcp/bcp13.txt is not a FHIR ValueSet"
};
const KEYS_8 = /* @__PURE__ */ new Set(["_path", "_type", "extension", "id", "path", "type"]);
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
  if (!vrt.checkKeys(o, KEYS_0, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if (!(vrt.isValidString(o.path) && o._path === void 0)) {
    if (!vrt.prim(o.path, o._path, x, p, "path", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if (o.representation !== void 0 || o._representation !== void 0) {
    if (!vrt.prims(
      o.representation,
      o._representation,
      x,
      p,
      "representation",
      d,
      0,
      -1,
      vrt.isValidCode,
      "code",
      OWNER_0
    ) && x.c === null)
      return false;
    if (!vrt.eachWith(o.representation, true, x, p, "representation", vrt.checkCode, BINDING_0) && x.c === null)
      return false;
  }
  if (o.sliceName !== void 0 || o._sliceName !== void 0) {
    if (!(vrt.isValidString(o.sliceName) && o._sliceName === void 0)) {
      if (!vrt.prim(o.sliceName, o._sliceName, x, p, "sliceName", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.label !== void 0 || o._label !== void 0) {
    if (!(vrt.isValidString(o.label) && o._label === void 0)) {
      if (!vrt.prim(o.label, o._label, x, p, "label", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.code !== void 0) {
    if (!vrt.many(o.code, x, p, "code", d, 0, -1, checkCoding) && x.c === null) return false;
  }
  if (o.slicing !== void 0) {
    if (!vrt.one(o.slicing, x, p, "slicing", d, 0, checkElementDefinitionSlicing) && x.c === null) return false;
  }
  if (o.short !== void 0 || o._short !== void 0) {
    if (!(vrt.isValidString(o.short) && o._short === void 0)) {
      if (!vrt.prim(o.short, o._short, x, p, "short", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.definition !== void 0 || o._definition !== void 0) {
    if (!(vrt.isValidMarkdown(o.definition) && o._definition === void 0)) {
      if (!vrt.prim(o.definition, o._definition, x, p, "definition", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.comment !== void 0 || o._comment !== void 0) {
    if (!(vrt.isValidMarkdown(o.comment) && o._comment === void 0)) {
      if (!vrt.prim(o.comment, o._comment, x, p, "comment", d, 0, vrt.isValidMarkdown, "markdown", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.requirements !== void 0 || o._requirements !== void 0) {
    if (!(vrt.isValidMarkdown(o.requirements) && o._requirements === void 0)) {
      if (!vrt.prim(
        o.requirements,
        o._requirements,
        x,
        p,
        "requirements",
        d,
        0,
        vrt.isValidMarkdown,
        "markdown",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.alias !== void 0 || o._alias !== void 0) {
    if (!vrt.prims(o.alias, o._alias, x, p, "alias", d, 0, -1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if (o.min !== void 0 || o._min !== void 0) {
    if (!(vrt.isValidUnsignedInt(o.min) && o._min === void 0)) {
      if (!vrt.prim(o.min, o._min, x, p, "min", d, 0, vrt.isValidUnsignedInt, "unsignedInt", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.max !== void 0 || o._max !== void 0) {
    if (!(vrt.isValidString(o.max) && o._max === void 0)) {
      if (!vrt.prim(o.max, o._max, x, p, "max", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.max, false, x, p, "max", vrt.checkInvariant, INVARIANT_0) && x.c === null) return false;
  }
  if (o.base !== void 0) {
    if (!vrt.one(o.base, x, p, "base", d, 0, checkElementDefinitionBase) && x.c === null) return false;
  }
  if (o.contentReference !== void 0 || o._contentReference !== void 0) {
    if (!(vrt.isValidUri(o.contentReference) && o._contentReference === void 0)) {
      if (!vrt.prim(
        o.contentReference,
        o._contentReference,
        x,
        p,
        "contentReference",
        d,
        0,
        vrt.isValidUri,
        "uri",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.type !== void 0) {
    if (!vrt.many(o.type, x, p, "type", d, 0, -1, checkElementDefinitionType) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "defaultValue", 0) && x.c === null) return false;
  if (o.defaultValueBase64Binary !== void 0 || o._defaultValueBase64Binary !== void 0) {
    if (!(vrt.isValidBase64Binary(o.defaultValueBase64Binary) && o._defaultValueBase64Binary === void 0)) {
      if (!vrt.prim(
        o.defaultValueBase64Binary,
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
  if (o.defaultValueBoolean !== void 0 || o._defaultValueBoolean !== void 0) {
    if (!(vrt.isValidBoolean(o.defaultValueBoolean) && o._defaultValueBoolean === void 0)) {
      if (!vrt.prim(
        o.defaultValueBoolean,
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
  if (o.defaultValueCode !== void 0 || o._defaultValueCode !== void 0) {
    if (!(vrt.isValidCode(o.defaultValueCode) && o._defaultValueCode === void 0)) {
      if (!vrt.prim(
        o.defaultValueCode,
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
  if (o.defaultValueDate !== void 0 || o._defaultValueDate !== void 0) {
    if (!(vrt.isValidDate(o.defaultValueDate) && o._defaultValueDate === void 0)) {
      if (!vrt.prim(
        o.defaultValueDate,
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
  if (o.defaultValueDateTime !== void 0 || o._defaultValueDateTime !== void 0) {
    if (!(vrt.isValidDateTime(o.defaultValueDateTime) && o._defaultValueDateTime === void 0)) {
      if (!vrt.prim(
        o.defaultValueDateTime,
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
  if (o.defaultValueDecimal !== void 0 || o._defaultValueDecimal !== void 0) {
    if (!(vrt.isValidDecimal(o.defaultValueDecimal) && o._defaultValueDecimal === void 0)) {
      if (!vrt.prim(
        o.defaultValueDecimal,
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
  if (o.defaultValueId !== void 0 || o._defaultValueId !== void 0) {
    if (!(vrt.isValidId(o.defaultValueId) && o._defaultValueId === void 0)) {
      if (!vrt.prim(
        o.defaultValueId,
        o._defaultValueId,
        x,
        p,
        "defaultValue.ofType(id)",
        d,
        0,
        vrt.isValidId,
        "id",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.defaultValueInstant !== void 0 || o._defaultValueInstant !== void 0) {
    if (!(vrt.isValidInstant(o.defaultValueInstant) && o._defaultValueInstant === void 0)) {
      if (!vrt.prim(
        o.defaultValueInstant,
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
  if (o.defaultValueInteger !== void 0 || o._defaultValueInteger !== void 0) {
    if (!(vrt.isValidInteger(o.defaultValueInteger) && o._defaultValueInteger === void 0)) {
      if (!vrt.prim(
        o.defaultValueInteger,
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
  if (o.defaultValueMarkdown !== void 0 || o._defaultValueMarkdown !== void 0) {
    if (!(vrt.isValidMarkdown(o.defaultValueMarkdown) && o._defaultValueMarkdown === void 0)) {
      if (!vrt.prim(
        o.defaultValueMarkdown,
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
  if (o.defaultValueOid !== void 0 || o._defaultValueOid !== void 0) {
    if (!(vrt.isValidOid(o.defaultValueOid) && o._defaultValueOid === void 0)) {
      if (!vrt.prim(
        o.defaultValueOid,
        o._defaultValueOid,
        x,
        p,
        "defaultValue.ofType(oid)",
        d,
        0,
        vrt.isValidOid,
        "oid",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.defaultValuePositiveInt !== void 0 || o._defaultValuePositiveInt !== void 0) {
    if (!(vrt.isValidPositiveInt(o.defaultValuePositiveInt) && o._defaultValuePositiveInt === void 0)) {
      if (!vrt.prim(
        o.defaultValuePositiveInt,
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
  if (o.defaultValueString !== void 0 || o._defaultValueString !== void 0) {
    if (!(vrt.isValidString(o.defaultValueString) && o._defaultValueString === void 0)) {
      if (!vrt.prim(
        o.defaultValueString,
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
  if (o.defaultValueTime !== void 0 || o._defaultValueTime !== void 0) {
    if (!(vrt.isValidTime(o.defaultValueTime) && o._defaultValueTime === void 0)) {
      if (!vrt.prim(
        o.defaultValueTime,
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
  if (o.defaultValueUnsignedInt !== void 0 || o._defaultValueUnsignedInt !== void 0) {
    if (!(vrt.isValidUnsignedInt(o.defaultValueUnsignedInt) && o._defaultValueUnsignedInt === void 0)) {
      if (!vrt.prim(
        o.defaultValueUnsignedInt,
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
  if (o.defaultValueUri !== void 0 || o._defaultValueUri !== void 0) {
    if (!(vrt.isValidUri(o.defaultValueUri) && o._defaultValueUri === void 0)) {
      if (!vrt.prim(
        o.defaultValueUri,
        o._defaultValueUri,
        x,
        p,
        "defaultValue.ofType(uri)",
        d,
        0,
        vrt.isValidUri,
        "uri",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.defaultValueAddress !== void 0) {
    if (!vrt.one(o.defaultValueAddress, x, p, "defaultValue.ofType(Address)", d, 0, checkAddress) && x.c === null)
      return false;
  }
  if (o.defaultValueAge !== void 0) {
    if (!vrt.one(o.defaultValueAge, x, p, "defaultValue.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if (o.defaultValueAnnotation !== void 0) {
    if (!vrt.one(o.defaultValueAnnotation, x, p, "defaultValue.ofType(Annotation)", d, 0, checkAnnotation) && x.c === null)
      return false;
  }
  if (o.defaultValueAttachment !== void 0) {
    if (!vrt.one(o.defaultValueAttachment, x, p, "defaultValue.ofType(Attachment)", d, 0, checkAttachment) && x.c === null)
      return false;
  }
  if (o.defaultValueCodeableConcept !== void 0) {
    if (!vrt.one(
      o.defaultValueCodeableConcept,
      x,
      p,
      "defaultValue.ofType(CodeableConcept)",
      d,
      0,
      checkCodeableConcept
    ) && x.c === null)
      return false;
  }
  if (o.defaultValueCoding !== void 0) {
    if (!vrt.one(o.defaultValueCoding, x, p, "defaultValue.ofType(Coding)", d, 0, checkCoding) && x.c === null)
      return false;
  }
  if (o.defaultValueContactPoint !== void 0) {
    if (!vrt.one(o.defaultValueContactPoint, x, p, "defaultValue.ofType(ContactPoint)", d, 0, checkContactPoint) && x.c === null)
      return false;
  }
  if (o.defaultValueCount !== void 0) {
    if (!vrt.one(o.defaultValueCount, x, p, "defaultValue.ofType(Count)", d, 0, checkCount) && x.c === null)
      return false;
  }
  if (o.defaultValueDistance !== void 0) {
    if (!vrt.one(o.defaultValueDistance, x, p, "defaultValue.ofType(Distance)", d, 0, checkDistance) && x.c === null)
      return false;
  }
  if (o.defaultValueDuration !== void 0) {
    if (!vrt.one(o.defaultValueDuration, x, p, "defaultValue.ofType(Duration)", d, 0, checkDuration) && x.c === null)
      return false;
  }
  if (o.defaultValueHumanName !== void 0) {
    if (!vrt.one(o.defaultValueHumanName, x, p, "defaultValue.ofType(HumanName)", d, 0, checkHumanName) && x.c === null)
      return false;
  }
  if (o.defaultValueIdentifier !== void 0) {
    if (!vrt.one(o.defaultValueIdentifier, x, p, "defaultValue.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null)
      return false;
  }
  if (o.defaultValueMoney !== void 0) {
    if (!vrt.one(o.defaultValueMoney, x, p, "defaultValue.ofType(Money)", d, 0, checkMoney) && x.c === null)
      return false;
  }
  if (o.defaultValuePeriod !== void 0) {
    if (!vrt.one(o.defaultValuePeriod, x, p, "defaultValue.ofType(Period)", d, 0, checkPeriod) && x.c === null)
      return false;
  }
  if (o.defaultValueQuantity !== void 0) {
    if (!vrt.one(o.defaultValueQuantity, x, p, "defaultValue.ofType(Quantity)", d, 0, checkQuantity) && x.c === null)
      return false;
  }
  if (o.defaultValueRange !== void 0) {
    if (!vrt.one(o.defaultValueRange, x, p, "defaultValue.ofType(Range)", d, 0, checkRange) && x.c === null)
      return false;
  }
  if (o.defaultValueRatio !== void 0) {
    if (!vrt.one(o.defaultValueRatio, x, p, "defaultValue.ofType(Ratio)", d, 0, checkRatio) && x.c === null)
      return false;
  }
  if (o.defaultValueReference !== void 0) {
    if (!vrt.one(o.defaultValueReference, x, p, "defaultValue.ofType(Reference)", d, 0, checkReference) && x.c === null)
      return false;
  }
  if (o.defaultValueSampledData !== void 0) {
    if (!vrt.one(o.defaultValueSampledData, x, p, "defaultValue.ofType(SampledData)", d, 0, checkSampledData) && x.c === null)
      return false;
  }
  if (o.defaultValueSignature !== void 0) {
    if (!vrt.one(o.defaultValueSignature, x, p, "defaultValue.ofType(Signature)", d, 0, checkSignature) && x.c === null)
      return false;
  }
  if (o.defaultValueTiming !== void 0) {
    if (!vrt.one(o.defaultValueTiming, x, p, "defaultValue.ofType(Timing)", d, 0, checkTiming) && x.c === null)
      return false;
  }
  if (o.defaultValueMeta !== void 0) {
    if (!vrt.one(o.defaultValueMeta, x, p, "defaultValue.ofType(Meta)", d, 0, checkMeta) && x.c === null) return false;
  }
  if (o.meaningWhenMissing !== void 0 || o._meaningWhenMissing !== void 0) {
    if (!(vrt.isValidMarkdown(o.meaningWhenMissing) && o._meaningWhenMissing === void 0)) {
      if (!vrt.prim(
        o.meaningWhenMissing,
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
  if (o.orderMeaning !== void 0 || o._orderMeaning !== void 0) {
    if (!(vrt.isValidString(o.orderMeaning) && o._orderMeaning === void 0)) {
      if (!vrt.prim(o.orderMeaning, o._orderMeaning, x, p, "orderMeaning", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "fixed", 0) && x.c === null) return false;
  if (o.fixedBase64Binary !== void 0 || o._fixedBase64Binary !== void 0) {
    if (!(vrt.isValidBase64Binary(o.fixedBase64Binary) && o._fixedBase64Binary === void 0)) {
      if (!vrt.prim(
        o.fixedBase64Binary,
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
  if (o.fixedBoolean !== void 0 || o._fixedBoolean !== void 0) {
    if (!(vrt.isValidBoolean(o.fixedBoolean) && o._fixedBoolean === void 0)) {
      if (!vrt.prim(
        o.fixedBoolean,
        o._fixedBoolean,
        x,
        p,
        "fixed.ofType(boolean)",
        d,
        0,
        vrt.isValidBoolean,
        "boolean",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.fixedCode !== void 0 || o._fixedCode !== void 0) {
    if (!(vrt.isValidCode(o.fixedCode) && o._fixedCode === void 0)) {
      if (!vrt.prim(o.fixedCode, o._fixedCode, x, p, "fixed.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.fixedDate !== void 0 || o._fixedDate !== void 0) {
    if (!(vrt.isValidDate(o.fixedDate) && o._fixedDate === void 0)) {
      if (!vrt.prim(o.fixedDate, o._fixedDate, x, p, "fixed.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.fixedDateTime !== void 0 || o._fixedDateTime !== void 0) {
    if (!(vrt.isValidDateTime(o.fixedDateTime) && o._fixedDateTime === void 0)) {
      if (!vrt.prim(
        o.fixedDateTime,
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
  if (o.fixedDecimal !== void 0 || o._fixedDecimal !== void 0) {
    if (!(vrt.isValidDecimal(o.fixedDecimal) && o._fixedDecimal === void 0)) {
      if (!vrt.prim(
        o.fixedDecimal,
        o._fixedDecimal,
        x,
        p,
        "fixed.ofType(decimal)",
        d,
        0,
        vrt.isValidDecimal,
        "decimal",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.fixedId !== void 0 || o._fixedId !== void 0) {
    if (!(vrt.isValidId(o.fixedId) && o._fixedId === void 0)) {
      if (!vrt.prim(o.fixedId, o._fixedId, x, p, "fixed.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.fixedInstant !== void 0 || o._fixedInstant !== void 0) {
    if (!(vrt.isValidInstant(o.fixedInstant) && o._fixedInstant === void 0)) {
      if (!vrt.prim(
        o.fixedInstant,
        o._fixedInstant,
        x,
        p,
        "fixed.ofType(instant)",
        d,
        0,
        vrt.isValidInstant,
        "instant",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.fixedInteger !== void 0 || o._fixedInteger !== void 0) {
    if (!(vrt.isValidInteger(o.fixedInteger) && o._fixedInteger === void 0)) {
      if (!vrt.prim(
        o.fixedInteger,
        o._fixedInteger,
        x,
        p,
        "fixed.ofType(integer)",
        d,
        0,
        vrt.isValidInteger,
        "integer",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.fixedMarkdown !== void 0 || o._fixedMarkdown !== void 0) {
    if (!(vrt.isValidMarkdown(o.fixedMarkdown) && o._fixedMarkdown === void 0)) {
      if (!vrt.prim(
        o.fixedMarkdown,
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
  if (o.fixedOid !== void 0 || o._fixedOid !== void 0) {
    if (!(vrt.isValidOid(o.fixedOid) && o._fixedOid === void 0)) {
      if (!vrt.prim(o.fixedOid, o._fixedOid, x, p, "fixed.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.fixedPositiveInt !== void 0 || o._fixedPositiveInt !== void 0) {
    if (!(vrt.isValidPositiveInt(o.fixedPositiveInt) && o._fixedPositiveInt === void 0)) {
      if (!vrt.prim(
        o.fixedPositiveInt,
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
  if (o.fixedString !== void 0 || o._fixedString !== void 0) {
    if (!(vrt.isValidString(o.fixedString) && o._fixedString === void 0)) {
      if (!vrt.prim(
        o.fixedString,
        o._fixedString,
        x,
        p,
        "fixed.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.fixedTime !== void 0 || o._fixedTime !== void 0) {
    if (!(vrt.isValidTime(o.fixedTime) && o._fixedTime === void 0)) {
      if (!vrt.prim(o.fixedTime, o._fixedTime, x, p, "fixed.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.fixedUnsignedInt !== void 0 || o._fixedUnsignedInt !== void 0) {
    if (!(vrt.isValidUnsignedInt(o.fixedUnsignedInt) && o._fixedUnsignedInt === void 0)) {
      if (!vrt.prim(
        o.fixedUnsignedInt,
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
  if (o.fixedUri !== void 0 || o._fixedUri !== void 0) {
    if (!(vrt.isValidUri(o.fixedUri) && o._fixedUri === void 0)) {
      if (!vrt.prim(o.fixedUri, o._fixedUri, x, p, "fixed.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.fixedAddress !== void 0) {
    if (!vrt.one(o.fixedAddress, x, p, "fixed.ofType(Address)", d, 0, checkAddress) && x.c === null) return false;
  }
  if (o.fixedAge !== void 0) {
    if (!vrt.one(o.fixedAge, x, p, "fixed.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if (o.fixedAnnotation !== void 0) {
    if (!vrt.one(o.fixedAnnotation, x, p, "fixed.ofType(Annotation)", d, 0, checkAnnotation) && x.c === null)
      return false;
  }
  if (o.fixedAttachment !== void 0) {
    if (!vrt.one(o.fixedAttachment, x, p, "fixed.ofType(Attachment)", d, 0, checkAttachment) && x.c === null)
      return false;
  }
  if (o.fixedCodeableConcept !== void 0) {
    if (!vrt.one(o.fixedCodeableConcept, x, p, "fixed.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.fixedCoding !== void 0) {
    if (!vrt.one(o.fixedCoding, x, p, "fixed.ofType(Coding)", d, 0, checkCoding) && x.c === null) return false;
  }
  if (o.fixedContactPoint !== void 0) {
    if (!vrt.one(o.fixedContactPoint, x, p, "fixed.ofType(ContactPoint)", d, 0, checkContactPoint) && x.c === null)
      return false;
  }
  if (o.fixedCount !== void 0) {
    if (!vrt.one(o.fixedCount, x, p, "fixed.ofType(Count)", d, 0, checkCount) && x.c === null) return false;
  }
  if (o.fixedDistance !== void 0) {
    if (!vrt.one(o.fixedDistance, x, p, "fixed.ofType(Distance)", d, 0, checkDistance) && x.c === null) return false;
  }
  if (o.fixedDuration !== void 0) {
    if (!vrt.one(o.fixedDuration, x, p, "fixed.ofType(Duration)", d, 0, checkDuration) && x.c === null) return false;
  }
  if (o.fixedHumanName !== void 0) {
    if (!vrt.one(o.fixedHumanName, x, p, "fixed.ofType(HumanName)", d, 0, checkHumanName) && x.c === null) return false;
  }
  if (o.fixedIdentifier !== void 0) {
    if (!vrt.one(o.fixedIdentifier, x, p, "fixed.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null)
      return false;
  }
  if (o.fixedMoney !== void 0) {
    if (!vrt.one(o.fixedMoney, x, p, "fixed.ofType(Money)", d, 0, checkMoney) && x.c === null) return false;
  }
  if (o.fixedPeriod !== void 0) {
    if (!vrt.one(o.fixedPeriod, x, p, "fixed.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.fixedQuantity !== void 0) {
    if (!vrt.one(o.fixedQuantity, x, p, "fixed.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if (o.fixedRange !== void 0) {
    if (!vrt.one(o.fixedRange, x, p, "fixed.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if (o.fixedRatio !== void 0) {
    if (!vrt.one(o.fixedRatio, x, p, "fixed.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  if (o.fixedReference !== void 0) {
    if (!vrt.one(o.fixedReference, x, p, "fixed.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
  }
  if (o.fixedSampledData !== void 0) {
    if (!vrt.one(o.fixedSampledData, x, p, "fixed.ofType(SampledData)", d, 0, checkSampledData) && x.c === null)
      return false;
  }
  if (o.fixedSignature !== void 0) {
    if (!vrt.one(o.fixedSignature, x, p, "fixed.ofType(Signature)", d, 0, checkSignature) && x.c === null) return false;
  }
  if (o.fixedTiming !== void 0) {
    if (!vrt.one(o.fixedTiming, x, p, "fixed.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if (o.fixedMeta !== void 0) {
    if (!vrt.one(o.fixedMeta, x, p, "fixed.ofType(Meta)", d, 0, checkMeta) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_2, x, p, "pattern", 0) && x.c === null) return false;
  if (o.patternBase64Binary !== void 0 || o._patternBase64Binary !== void 0) {
    if (!(vrt.isValidBase64Binary(o.patternBase64Binary) && o._patternBase64Binary === void 0)) {
      if (!vrt.prim(
        o.patternBase64Binary,
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
  if (o.patternBoolean !== void 0 || o._patternBoolean !== void 0) {
    if (!(vrt.isValidBoolean(o.patternBoolean) && o._patternBoolean === void 0)) {
      if (!vrt.prim(
        o.patternBoolean,
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
  if (o.patternCode !== void 0 || o._patternCode !== void 0) {
    if (!(vrt.isValidCode(o.patternCode) && o._patternCode === void 0)) {
      if (!vrt.prim(
        o.patternCode,
        o._patternCode,
        x,
        p,
        "pattern.ofType(code)",
        d,
        0,
        vrt.isValidCode,
        "code",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.patternDate !== void 0 || o._patternDate !== void 0) {
    if (!(vrt.isValidDate(o.patternDate) && o._patternDate === void 0)) {
      if (!vrt.prim(
        o.patternDate,
        o._patternDate,
        x,
        p,
        "pattern.ofType(date)",
        d,
        0,
        vrt.isValidDate,
        "date",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.patternDateTime !== void 0 || o._patternDateTime !== void 0) {
    if (!(vrt.isValidDateTime(o.patternDateTime) && o._patternDateTime === void 0)) {
      if (!vrt.prim(
        o.patternDateTime,
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
  if (o.patternDecimal !== void 0 || o._patternDecimal !== void 0) {
    if (!(vrt.isValidDecimal(o.patternDecimal) && o._patternDecimal === void 0)) {
      if (!vrt.prim(
        o.patternDecimal,
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
  if (o.patternId !== void 0 || o._patternId !== void 0) {
    if (!(vrt.isValidId(o.patternId) && o._patternId === void 0)) {
      if (!vrt.prim(o.patternId, o._patternId, x, p, "pattern.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.patternInstant !== void 0 || o._patternInstant !== void 0) {
    if (!(vrt.isValidInstant(o.patternInstant) && o._patternInstant === void 0)) {
      if (!vrt.prim(
        o.patternInstant,
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
  if (o.patternInteger !== void 0 || o._patternInteger !== void 0) {
    if (!(vrt.isValidInteger(o.patternInteger) && o._patternInteger === void 0)) {
      if (!vrt.prim(
        o.patternInteger,
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
  if (o.patternMarkdown !== void 0 || o._patternMarkdown !== void 0) {
    if (!(vrt.isValidMarkdown(o.patternMarkdown) && o._patternMarkdown === void 0)) {
      if (!vrt.prim(
        o.patternMarkdown,
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
  if (o.patternOid !== void 0 || o._patternOid !== void 0) {
    if (!(vrt.isValidOid(o.patternOid) && o._patternOid === void 0)) {
      if (!vrt.prim(o.patternOid, o._patternOid, x, p, "pattern.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.patternPositiveInt !== void 0 || o._patternPositiveInt !== void 0) {
    if (!(vrt.isValidPositiveInt(o.patternPositiveInt) && o._patternPositiveInt === void 0)) {
      if (!vrt.prim(
        o.patternPositiveInt,
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
  if (o.patternString !== void 0 || o._patternString !== void 0) {
    if (!(vrt.isValidString(o.patternString) && o._patternString === void 0)) {
      if (!vrt.prim(
        o.patternString,
        o._patternString,
        x,
        p,
        "pattern.ofType(string)",
        d,
        0,
        vrt.isValidString,
        "string",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.patternTime !== void 0 || o._patternTime !== void 0) {
    if (!(vrt.isValidTime(o.patternTime) && o._patternTime === void 0)) {
      if (!vrt.prim(
        o.patternTime,
        o._patternTime,
        x,
        p,
        "pattern.ofType(time)",
        d,
        0,
        vrt.isValidTime,
        "time",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.patternUnsignedInt !== void 0 || o._patternUnsignedInt !== void 0) {
    if (!(vrt.isValidUnsignedInt(o.patternUnsignedInt) && o._patternUnsignedInt === void 0)) {
      if (!vrt.prim(
        o.patternUnsignedInt,
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
  if (o.patternUri !== void 0 || o._patternUri !== void 0) {
    if (!(vrt.isValidUri(o.patternUri) && o._patternUri === void 0)) {
      if (!vrt.prim(o.patternUri, o._patternUri, x, p, "pattern.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.patternAddress !== void 0) {
    if (!vrt.one(o.patternAddress, x, p, "pattern.ofType(Address)", d, 0, checkAddress) && x.c === null) return false;
  }
  if (o.patternAge !== void 0) {
    if (!vrt.one(o.patternAge, x, p, "pattern.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if (o.patternAnnotation !== void 0) {
    if (!vrt.one(o.patternAnnotation, x, p, "pattern.ofType(Annotation)", d, 0, checkAnnotation) && x.c === null)
      return false;
  }
  if (o.patternAttachment !== void 0) {
    if (!vrt.one(o.patternAttachment, x, p, "pattern.ofType(Attachment)", d, 0, checkAttachment) && x.c === null)
      return false;
  }
  if (o.patternCodeableConcept !== void 0) {
    if (!vrt.one(o.patternCodeableConcept, x, p, "pattern.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.patternCoding !== void 0) {
    if (!vrt.one(o.patternCoding, x, p, "pattern.ofType(Coding)", d, 0, checkCoding) && x.c === null) return false;
  }
  if (o.patternContactPoint !== void 0) {
    if (!vrt.one(o.patternContactPoint, x, p, "pattern.ofType(ContactPoint)", d, 0, checkContactPoint) && x.c === null)
      return false;
  }
  if (o.patternCount !== void 0) {
    if (!vrt.one(o.patternCount, x, p, "pattern.ofType(Count)", d, 0, checkCount) && x.c === null) return false;
  }
  if (o.patternDistance !== void 0) {
    if (!vrt.one(o.patternDistance, x, p, "pattern.ofType(Distance)", d, 0, checkDistance) && x.c === null)
      return false;
  }
  if (o.patternDuration !== void 0) {
    if (!vrt.one(o.patternDuration, x, p, "pattern.ofType(Duration)", d, 0, checkDuration) && x.c === null)
      return false;
  }
  if (o.patternHumanName !== void 0) {
    if (!vrt.one(o.patternHumanName, x, p, "pattern.ofType(HumanName)", d, 0, checkHumanName) && x.c === null)
      return false;
  }
  if (o.patternIdentifier !== void 0) {
    if (!vrt.one(o.patternIdentifier, x, p, "pattern.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null)
      return false;
  }
  if (o.patternMoney !== void 0) {
    if (!vrt.one(o.patternMoney, x, p, "pattern.ofType(Money)", d, 0, checkMoney) && x.c === null) return false;
  }
  if (o.patternPeriod !== void 0) {
    if (!vrt.one(o.patternPeriod, x, p, "pattern.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.patternQuantity !== void 0) {
    if (!vrt.one(o.patternQuantity, x, p, "pattern.ofType(Quantity)", d, 0, checkQuantity) && x.c === null)
      return false;
  }
  if (o.patternRange !== void 0) {
    if (!vrt.one(o.patternRange, x, p, "pattern.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if (o.patternRatio !== void 0) {
    if (!vrt.one(o.patternRatio, x, p, "pattern.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  if (o.patternReference !== void 0) {
    if (!vrt.one(o.patternReference, x, p, "pattern.ofType(Reference)", d, 0, checkReference) && x.c === null)
      return false;
  }
  if (o.patternSampledData !== void 0) {
    if (!vrt.one(o.patternSampledData, x, p, "pattern.ofType(SampledData)", d, 0, checkSampledData) && x.c === null)
      return false;
  }
  if (o.patternSignature !== void 0) {
    if (!vrt.one(o.patternSignature, x, p, "pattern.ofType(Signature)", d, 0, checkSignature) && x.c === null)
      return false;
  }
  if (o.patternTiming !== void 0) {
    if (!vrt.one(o.patternTiming, x, p, "pattern.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if (o.patternMeta !== void 0) {
    if (!vrt.one(o.patternMeta, x, p, "pattern.ofType(Meta)", d, 0, checkMeta) && x.c === null) return false;
  }
  if (o.example !== void 0) {
    if (!vrt.many(o.example, x, p, "example", d, 0, -1, checkElementDefinitionExample) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_3, x, p, "minValue", 0) && x.c === null) return false;
  if (o.minValueDate !== void 0 || o._minValueDate !== void 0) {
    if (!(vrt.isValidDate(o.minValueDate) && o._minValueDate === void 0)) {
      if (!vrt.prim(
        o.minValueDate,
        o._minValueDate,
        x,
        p,
        "minValue.ofType(date)",
        d,
        0,
        vrt.isValidDate,
        "date",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.minValueDateTime !== void 0 || o._minValueDateTime !== void 0) {
    if (!(vrt.isValidDateTime(o.minValueDateTime) && o._minValueDateTime === void 0)) {
      if (!vrt.prim(
        o.minValueDateTime,
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
  if (o.minValueInstant !== void 0 || o._minValueInstant !== void 0) {
    if (!(vrt.isValidInstant(o.minValueInstant) && o._minValueInstant === void 0)) {
      if (!vrt.prim(
        o.minValueInstant,
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
  if (o.minValueTime !== void 0 || o._minValueTime !== void 0) {
    if (!(vrt.isValidTime(o.minValueTime) && o._minValueTime === void 0)) {
      if (!vrt.prim(
        o.minValueTime,
        o._minValueTime,
        x,
        p,
        "minValue.ofType(time)",
        d,
        0,
        vrt.isValidTime,
        "time",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.minValueDecimal !== void 0 || o._minValueDecimal !== void 0) {
    if (!(vrt.isValidDecimal(o.minValueDecimal) && o._minValueDecimal === void 0)) {
      if (!vrt.prim(
        o.minValueDecimal,
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
  if (o.minValueInteger !== void 0 || o._minValueInteger !== void 0) {
    if (!(vrt.isValidInteger(o.minValueInteger) && o._minValueInteger === void 0)) {
      if (!vrt.prim(
        o.minValueInteger,
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
  if (o.minValuePositiveInt !== void 0 || o._minValuePositiveInt !== void 0) {
    if (!(vrt.isValidPositiveInt(o.minValuePositiveInt) && o._minValuePositiveInt === void 0)) {
      if (!vrt.prim(
        o.minValuePositiveInt,
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
  if (o.minValueUnsignedInt !== void 0 || o._minValueUnsignedInt !== void 0) {
    if (!(vrt.isValidUnsignedInt(o.minValueUnsignedInt) && o._minValueUnsignedInt === void 0)) {
      if (!vrt.prim(
        o.minValueUnsignedInt,
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
  if (o.minValueQuantity !== void 0) {
    if (!vrt.one(o.minValueQuantity, x, p, "minValue.ofType(Quantity)", d, 0, checkQuantity) && x.c === null)
      return false;
  }
  if (!vrt.checkChoice(o, CHOICE_4, x, p, "maxValue", 0) && x.c === null) return false;
  if (o.maxValueDate !== void 0 || o._maxValueDate !== void 0) {
    if (!(vrt.isValidDate(o.maxValueDate) && o._maxValueDate === void 0)) {
      if (!vrt.prim(
        o.maxValueDate,
        o._maxValueDate,
        x,
        p,
        "maxValue.ofType(date)",
        d,
        0,
        vrt.isValidDate,
        "date",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.maxValueDateTime !== void 0 || o._maxValueDateTime !== void 0) {
    if (!(vrt.isValidDateTime(o.maxValueDateTime) && o._maxValueDateTime === void 0)) {
      if (!vrt.prim(
        o.maxValueDateTime,
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
  if (o.maxValueInstant !== void 0 || o._maxValueInstant !== void 0) {
    if (!(vrt.isValidInstant(o.maxValueInstant) && o._maxValueInstant === void 0)) {
      if (!vrt.prim(
        o.maxValueInstant,
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
  if (o.maxValueTime !== void 0 || o._maxValueTime !== void 0) {
    if (!(vrt.isValidTime(o.maxValueTime) && o._maxValueTime === void 0)) {
      if (!vrt.prim(
        o.maxValueTime,
        o._maxValueTime,
        x,
        p,
        "maxValue.ofType(time)",
        d,
        0,
        vrt.isValidTime,
        "time",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.maxValueDecimal !== void 0 || o._maxValueDecimal !== void 0) {
    if (!(vrt.isValidDecimal(o.maxValueDecimal) && o._maxValueDecimal === void 0)) {
      if (!vrt.prim(
        o.maxValueDecimal,
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
  if (o.maxValueInteger !== void 0 || o._maxValueInteger !== void 0) {
    if (!(vrt.isValidInteger(o.maxValueInteger) && o._maxValueInteger === void 0)) {
      if (!vrt.prim(
        o.maxValueInteger,
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
  if (o.maxValuePositiveInt !== void 0 || o._maxValuePositiveInt !== void 0) {
    if (!(vrt.isValidPositiveInt(o.maxValuePositiveInt) && o._maxValuePositiveInt === void 0)) {
      if (!vrt.prim(
        o.maxValuePositiveInt,
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
  if (o.maxValueUnsignedInt !== void 0 || o._maxValueUnsignedInt !== void 0) {
    if (!(vrt.isValidUnsignedInt(o.maxValueUnsignedInt) && o._maxValueUnsignedInt === void 0)) {
      if (!vrt.prim(
        o.maxValueUnsignedInt,
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
  if (o.maxValueQuantity !== void 0) {
    if (!vrt.one(o.maxValueQuantity, x, p, "maxValue.ofType(Quantity)", d, 0, checkQuantity) && x.c === null)
      return false;
  }
  if (o.maxLength !== void 0 || o._maxLength !== void 0) {
    if (!(vrt.isValidInteger(o.maxLength) && o._maxLength === void 0)) {
      if (!vrt.prim(o.maxLength, o._maxLength, x, p, "maxLength", d, 0, vrt.isValidInteger, "integer", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.condition !== void 0 || o._condition !== void 0) {
    if (!vrt.prims(o.condition, o._condition, x, p, "condition", d, 0, -1, vrt.isValidId, "id", OWNER_0) && x.c === null)
      return false;
  }
  if (o.constraint !== void 0) {
    if (!vrt.many(o.constraint, x, p, "constraint", d, 0, -1, checkElementDefinitionConstraint) && x.c === null)
      return false;
  }
  if (o.mustSupport !== void 0 || o._mustSupport !== void 0) {
    if (!(vrt.isValidBoolean(o.mustSupport) && o._mustSupport === void 0)) {
      if (!vrt.prim(o.mustSupport, o._mustSupport, x, p, "mustSupport", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.isModifier !== void 0 || o._isModifier !== void 0) {
    if (!(vrt.isValidBoolean(o.isModifier) && o._isModifier === void 0)) {
      if (!vrt.prim(o.isModifier, o._isModifier, x, p, "isModifier", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.isSummary !== void 0 || o._isSummary !== void 0) {
    if (!(vrt.isValidBoolean(o.isSummary) && o._isSummary === void 0)) {
      if (!vrt.prim(o.isSummary, o._isSummary, x, p, "isSummary", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.binding !== void 0) {
    if (!vrt.one(o.binding, x, p, "binding", d, 0, checkElementDefinitionBinding) && x.c === null) return false;
  }
  if (o.mapping !== void 0) {
    if (!vrt.many(o.mapping, x, p, "mapping", d, 0, -1, checkElementDefinitionMapping) && x.c === null) return false;
  }
  if (!vrt.checkInvariant(o, x, p, INVARIANT_1) && x.c === null) return false;
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_1) && x.c === null) return false;
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_2) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_5) && x.c === null) return false;
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_3) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_7) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_8) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_9) && x.c === null) return false;
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_4) && x.c === null) return false;
  return true;
}
function checkElementDefinitionSlicing(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ElementDefinition.slicing");
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
  if (o.discriminator !== void 0) {
    if (!vrt.many(o.discriminator, x, p, "discriminator", d, 0, -1, checkElementDefinitionSlicingDiscriminator) && x.c === null)
      return false;
  }
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidString(o.description) && o._description === void 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (o.ordered !== void 0 || o._ordered !== void 0) {
    if (!(vrt.isValidBoolean(o.ordered) && o._ordered === void 0)) {
      if (!vrt.prim(o.ordered, o._ordered, x, p, "ordered", d, 0, vrt.isValidBoolean, "boolean", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(o.rules) && o._rules === void 0)) {
    if (!vrt.prim(o.rules, o._rules, x, p, "rules", d, 1, vrt.isValidCode, "code", OWNER_1) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.rules, false, x, p, "rules", vrt.checkCode, BINDING_1) && x.c === null) return false;
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_5) && x.c === null) return false;
  return true;
}
function checkElementDefinitionBase(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ElementDefinition.base");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_2, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if (!(vrt.isValidString(o.path) && o._path === void 0)) {
    if (!vrt.prim(o.path, o._path, x, p, "path", d, 1, vrt.isValidString, "string", OWNER_2) && x.c === null)
      return false;
  }
  if (!(vrt.isValidUnsignedInt(o.min) && o._min === void 0)) {
    if (!vrt.prim(o.min, o._min, x, p, "min", d, 1, vrt.isValidUnsignedInt, "unsignedInt", OWNER_2) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(o.max) && o._max === void 0)) {
    if (!vrt.prim(o.max, o._max, x, p, "max", d, 1, vrt.isValidString, "string", OWNER_2) && x.c === null) return false;
  }
  return true;
}
function checkElementDefinitionType(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ElementDefinition.type");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_3, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if (!(vrt.isValidUri(o.code) && o._code === void 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidUri, "uri", OWNER_3) && x.c === null) return false;
  }
  if (!vrt.eachWith(o.code, false, x, p, "code", vrt.checkCode, BINDING_2) && x.c === null) return false;
  if (o.profile !== void 0 || o._profile !== void 0) {
    if (!(vrt.isValidUri(o.profile) && o._profile === void 0)) {
      if (!vrt.prim(o.profile, o._profile, x, p, "profile", d, 0, vrt.isValidUri, "uri", OWNER_3) && x.c === null)
        return false;
    }
  }
  if (o.targetProfile !== void 0 || o._targetProfile !== void 0) {
    if (!(vrt.isValidUri(o.targetProfile) && o._targetProfile === void 0)) {
      if (!vrt.prim(o.targetProfile, o._targetProfile, x, p, "targetProfile", d, 0, vrt.isValidUri, "uri", OWNER_3) && x.c === null)
        return false;
    }
  }
  if (o.aggregation !== void 0 || o._aggregation !== void 0) {
    if (!vrt.prims(o.aggregation, o._aggregation, x, p, "aggregation", d, 0, -1, vrt.isValidCode, "code", OWNER_3) && x.c === null)
      return false;
    if (!vrt.eachWith(o.aggregation, true, x, p, "aggregation", vrt.checkCode, BINDING_3) && x.c === null) return false;
  }
  if (o.versioning !== void 0 || o._versioning !== void 0) {
    if (!(vrt.isValidCode(o.versioning) && o._versioning === void 0)) {
      if (!vrt.prim(o.versioning, o._versioning, x, p, "versioning", d, 0, vrt.isValidCode, "code", OWNER_3) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.versioning, false, x, p, "versioning", vrt.checkCode, BINDING_4) && x.c === null) return false;
  }
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_6) && x.c === null) return false;
  return true;
}
function checkElementDefinitionExample(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ElementDefinition.example");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_4, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_4, false) && x.c === null) return false;
  }
  if (!(vrt.isValidString(o.label) && o._label === void 0)) {
    if (!vrt.prim(o.label, o._label, x, p, "label", d, 1, vrt.isValidString, "string", OWNER_4) && x.c === null)
      return false;
  }
  if (!vrt.checkChoice(o, CHOICE_5, x, p, "value", 1) && x.c === null) return false;
  if (o.valueBase64Binary !== void 0 || o._valueBase64Binary !== void 0) {
    if (!(vrt.isValidBase64Binary(o.valueBase64Binary) && o._valueBase64Binary === void 0)) {
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
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueBoolean !== void 0 || o._valueBoolean !== void 0) {
    if (!(vrt.isValidBoolean(o.valueBoolean) && o._valueBoolean === void 0)) {
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
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueCode !== void 0 || o._valueCode !== void 0) {
    if (!(vrt.isValidCode(o.valueCode) && o._valueCode === void 0)) {
      if (!vrt.prim(o.valueCode, o._valueCode, x, p, "value.ofType(code)", d, 0, vrt.isValidCode, "code", OWNER_4) && x.c === null)
        return false;
    }
  }
  if (o.valueDate !== void 0 || o._valueDate !== void 0) {
    if (!(vrt.isValidDate(o.valueDate) && o._valueDate === void 0)) {
      if (!vrt.prim(o.valueDate, o._valueDate, x, p, "value.ofType(date)", d, 0, vrt.isValidDate, "date", OWNER_4) && x.c === null)
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
        OWNER_4
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
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueId !== void 0 || o._valueId !== void 0) {
    if (!(vrt.isValidId(o.valueId) && o._valueId === void 0)) {
      if (!vrt.prim(o.valueId, o._valueId, x, p, "value.ofType(id)", d, 0, vrt.isValidId, "id", OWNER_4) && x.c === null)
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
        OWNER_4
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
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueMarkdown !== void 0 || o._valueMarkdown !== void 0) {
    if (!(vrt.isValidMarkdown(o.valueMarkdown) && o._valueMarkdown === void 0)) {
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
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueOid !== void 0 || o._valueOid !== void 0) {
    if (!(vrt.isValidOid(o.valueOid) && o._valueOid === void 0)) {
      if (!vrt.prim(o.valueOid, o._valueOid, x, p, "value.ofType(oid)", d, 0, vrt.isValidOid, "oid", OWNER_4) && x.c === null)
        return false;
    }
  }
  if (o.valuePositiveInt !== void 0 || o._valuePositiveInt !== void 0) {
    if (!(vrt.isValidPositiveInt(o.valuePositiveInt) && o._valuePositiveInt === void 0)) {
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
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
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
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueTime !== void 0 || o._valueTime !== void 0) {
    if (!(vrt.isValidTime(o.valueTime) && o._valueTime === void 0)) {
      if (!vrt.prim(o.valueTime, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_4) && x.c === null)
        return false;
    }
  }
  if (o.valueUnsignedInt !== void 0 || o._valueUnsignedInt !== void 0) {
    if (!(vrt.isValidUnsignedInt(o.valueUnsignedInt) && o._valueUnsignedInt === void 0)) {
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
        OWNER_4
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueUri !== void 0 || o._valueUri !== void 0) {
    if (!(vrt.isValidUri(o.valueUri) && o._valueUri === void 0)) {
      if (!vrt.prim(o.valueUri, o._valueUri, x, p, "value.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_4) && x.c === null)
        return false;
    }
  }
  if (o.valueAddress !== void 0) {
    if (!vrt.one(o.valueAddress, x, p, "value.ofType(Address)", d, 0, checkAddress) && x.c === null) return false;
  }
  if (o.valueAge !== void 0) {
    if (!vrt.one(o.valueAge, x, p, "value.ofType(Age)", d, 0, checkAge) && x.c === null) return false;
  }
  if (o.valueAnnotation !== void 0) {
    if (!vrt.one(o.valueAnnotation, x, p, "value.ofType(Annotation)", d, 0, checkAnnotation) && x.c === null)
      return false;
  }
  if (o.valueAttachment !== void 0) {
    if (!vrt.one(o.valueAttachment, x, p, "value.ofType(Attachment)", d, 0, checkAttachment) && x.c === null)
      return false;
  }
  if (o.valueCodeableConcept !== void 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if (o.valueCoding !== void 0) {
    if (!vrt.one(o.valueCoding, x, p, "value.ofType(Coding)", d, 0, checkCoding) && x.c === null) return false;
  }
  if (o.valueContactPoint !== void 0) {
    if (!vrt.one(o.valueContactPoint, x, p, "value.ofType(ContactPoint)", d, 0, checkContactPoint) && x.c === null)
      return false;
  }
  if (o.valueCount !== void 0) {
    if (!vrt.one(o.valueCount, x, p, "value.ofType(Count)", d, 0, checkCount) && x.c === null) return false;
  }
  if (o.valueDistance !== void 0) {
    if (!vrt.one(o.valueDistance, x, p, "value.ofType(Distance)", d, 0, checkDistance) && x.c === null) return false;
  }
  if (o.valueDuration !== void 0) {
    if (!vrt.one(o.valueDuration, x, p, "value.ofType(Duration)", d, 0, checkDuration) && x.c === null) return false;
  }
  if (o.valueHumanName !== void 0) {
    if (!vrt.one(o.valueHumanName, x, p, "value.ofType(HumanName)", d, 0, checkHumanName) && x.c === null) return false;
  }
  if (o.valueIdentifier !== void 0) {
    if (!vrt.one(o.valueIdentifier, x, p, "value.ofType(Identifier)", d, 0, checkIdentifier) && x.c === null)
      return false;
  }
  if (o.valueMoney !== void 0) {
    if (!vrt.one(o.valueMoney, x, p, "value.ofType(Money)", d, 0, checkMoney) && x.c === null) return false;
  }
  if (o.valuePeriod !== void 0) {
    if (!vrt.one(o.valuePeriod, x, p, "value.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.valueQuantity !== void 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if (o.valueRange !== void 0) {
    if (!vrt.one(o.valueRange, x, p, "value.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if (o.valueRatio !== void 0) {
    if (!vrt.one(o.valueRatio, x, p, "value.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  if (o.valueReference !== void 0) {
    if (!vrt.one(o.valueReference, x, p, "value.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
  }
  if (o.valueSampledData !== void 0) {
    if (!vrt.one(o.valueSampledData, x, p, "value.ofType(SampledData)", d, 0, checkSampledData) && x.c === null)
      return false;
  }
  if (o.valueSignature !== void 0) {
    if (!vrt.one(o.valueSignature, x, p, "value.ofType(Signature)", d, 0, checkSignature) && x.c === null) return false;
  }
  if (o.valueTiming !== void 0) {
    if (!vrt.one(o.valueTiming, x, p, "value.ofType(Timing)", d, 0, checkTiming) && x.c === null) return false;
  }
  if (o.valueMeta !== void 0) {
    if (!vrt.one(o.valueMeta, x, p, "value.ofType(Meta)", d, 0, checkMeta) && x.c === null) return false;
  }
  return true;
}
function checkElementDefinitionConstraint(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ElementDefinition.constraint");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_5, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if (!(vrt.isValidId(o.key) && o._key === void 0)) {
    if (!vrt.prim(o.key, o._key, x, p, "key", d, 1, vrt.isValidId, "id", OWNER_5) && x.c === null) return false;
  }
  if (o.requirements !== void 0 || o._requirements !== void 0) {
    if (!(vrt.isValidString(o.requirements) && o._requirements === void 0)) {
      if (!vrt.prim(o.requirements, o._requirements, x, p, "requirements", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if (!(vrt.isValidCode(o.severity) && o._severity === void 0)) {
    if (!vrt.prim(o.severity, o._severity, x, p, "severity", d, 1, vrt.isValidCode, "code", OWNER_5) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.severity, false, x, p, "severity", vrt.checkCode, BINDING_5) && x.c === null) return false;
  if (!(vrt.isValidString(o.human) && o._human === void 0)) {
    if (!vrt.prim(o.human, o._human, x, p, "human", d, 1, vrt.isValidString, "string", OWNER_5) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(o.expression) && o._expression === void 0)) {
    if (!vrt.prim(o.expression, o._expression, x, p, "expression", d, 1, vrt.isValidString, "string", OWNER_5) && x.c === null)
      return false;
  }
  if (o.xpath !== void 0 || o._xpath !== void 0) {
    if (!(vrt.isValidString(o.xpath) && o._xpath === void 0)) {
      if (!vrt.prim(o.xpath, o._xpath, x, p, "xpath", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if (o.source !== void 0 || o._source !== void 0) {
    if (!(vrt.isValidUri(o.source) && o._source === void 0)) {
      if (!vrt.prim(o.source, o._source, x, p, "source", d, 0, vrt.isValidUri, "uri", OWNER_5) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkElementDefinitionBinding(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ElementDefinition.binding");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_6, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.strength) && o._strength === void 0)) {
    if (!vrt.prim(o.strength, o._strength, x, p, "strength", d, 1, vrt.isValidCode, "code", OWNER_6) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.strength, false, x, p, "strength", vrt.checkCode, BINDING_6) && x.c === null) return false;
  if (o.description !== void 0 || o._description !== void 0) {
    if (!(vrt.isValidString(o.description) && o._description === void 0)) {
      if (!vrt.prim(o.description, o._description, x, p, "description", d, 0, vrt.isValidString, "string", OWNER_6) && x.c === null)
        return false;
    }
  }
  if (!vrt.checkChoice(o, CHOICE_6, x, p, "valueSet", 0) && x.c === null) return false;
  if (o.valueSetUri !== void 0 || o._valueSetUri !== void 0) {
    if (!(vrt.isValidUri(o.valueSetUri) && o._valueSetUri === void 0)) {
      if (!vrt.prim(o.valueSetUri, o._valueSetUri, x, p, "valueSet.ofType(uri)", d, 0, vrt.isValidUri, "uri", OWNER_6) && x.c === null)
        return false;
    }
  }
  if (o.valueSetReference !== void 0) {
    if (!vrt.one(o.valueSetReference, x, p, "valueSet.ofType(Reference)", d, 0, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.valueSetReference,
      false,
      x,
      p,
      "valueSet.ofType(Reference)",
      vrt.checkReferenceTarget,
      TARGETS_0
    ) && x.c === null)
      return false;
  }
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_7) && x.c === null) return false;
  if (!vrt.checkInvariant(o, x, p, INVARIANT_14) && x.c === null) return false;
  return true;
}
function checkElementDefinitionMapping(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ElementDefinition.mapping");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_7, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_7, false) && x.c === null) return false;
  }
  if (!(vrt.isValidId(o.identity) && o._identity === void 0)) {
    if (!vrt.prim(o.identity, o._identity, x, p, "identity", d, 1, vrt.isValidId, "id", OWNER_7) && x.c === null)
      return false;
  }
  if (o.language !== void 0 || o._language !== void 0) {
    if (!(vrt.isValidCode(o.language) && o._language === void 0)) {
      if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_7) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.language, false, x, p, "language", vrt.bindingNotChecked, UNCHECKED_0) && x.c === null)
      return false;
  }
  if (!(vrt.isValidString(o.map) && o._map === void 0)) {
    if (!vrt.prim(o.map, o._map, x, p, "map", d, 1, vrt.isValidString, "string", OWNER_7) && x.c === null) return false;
  }
  if (o.comment !== void 0 || o._comment !== void 0) {
    if (!(vrt.isValidString(o.comment) && o._comment === void 0)) {
      if (!vrt.prim(o.comment, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_7) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkElementDefinitionSlicingDiscriminator(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ElementDefinition.slicing.discriminator");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_8, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_8, false) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(o.type) && o._type === void 0)) {
    if (!vrt.prim(o.type, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_8) && x.c === null) return false;
  }
  if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_7) && x.c === null) return false;
  if (!(vrt.isValidString(o.path) && o._path === void 0)) {
    if (!vrt.prim(o.path, o._path, x, p, "path", d, 1, vrt.isValidString, "string", OWNER_8) && x.c === null)
      return false;
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
