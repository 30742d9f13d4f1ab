import { checkAddress } from "./Address.js";
import { checkAge } from "./Age.js";
import { checkAllowedUnits } from "./AllowedUnits.js";
import { checkAnnotation } from "./Annotation.js";
import { checkAttachment } from "./Attachment.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkCoding } from "./Coding.js";
import { checkContactPoint } from "./ContactPoint.js";
import { checkCount } from "./Count.js";
import { checkDistance } from "./Distance.js";
import { checkDuration } from "./Duration.js";
import {
  checkElementDefinitionBase,
  checkElementDefinitionBinding,
  checkElementDefinitionConstraint,
  checkElementDefinitionExample,
  checkElementDefinitionMapping
} from "./ElementDefinition.js";
import { checkHumanName } from "./HumanName.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkMoney } from "./Money.js";
import { checkPeriod } from "./Period.js";
import { checkQuantity } from "./Quantity.js";
import { checkQuestion } from "./Question.js";
import { checkRange } from "./Range.js";
import { checkRatio } from "./Ratio.js";
import { checkReference } from "./Reference.js";
import { fillAndCheckPart, fillPart } from "./runtime/build/fill.js";
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
const EXTENSION_0 = (v, x, q, d) => vrt.checkExtensionItem(v, x, q, d, OWNER_0, false);
const SLICING_0 = {
  rules: "open",
  ordered: false,
  element: "ElementDefinition.extension",
  base: (v, x, q, d) => EXTENSION_0(v, x, q, d),
  slices: [
    {
      name: "Question",
      min: 0,
      max: -1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "http://hl7.org/fhir/StructureDefinition/elementdefinition-question",
      check: (v, x, q, d) => checkQuestion(v, x, q, d)
    },
    {
      name: "AllowedUnits",
      min: 0,
      max: 1,
      match: (v, x, d) => vrt.isObject(v) && v.url === "http://hl7.org/fhir/StructureDefinition/elementdefinition-allowedUnits",
      check: (v, x, q, d) => checkAllowedUnits(v, x, q, d)
    }
  ]
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
const REMOVED_0 = vrt.removedVariants([
  ["fixedBase64Binary", "fixed.ofType(base64Binary)"],
  ["fixedBoolean", "fixed.ofType(boolean)"],
  ["fixedCode", "fixed.ofType(code)"],
  ["fixedDate", "fixed.ofType(date)"],
  ["fixedDateTime", "fixed.ofType(dateTime)"],
  ["fixedDecimal", "fixed.ofType(decimal)"],
  ["fixedId", "fixed.ofType(id)"],
  ["fixedInstant", "fixed.ofType(instant)"],
  ["fixedInteger", "fixed.ofType(integer)"],
  ["fixedMarkdown", "fixed.ofType(markdown)"],
  ["fixedOid", "fixed.ofType(oid)"],
  ["fixedPositiveInt", "fixed.ofType(positiveInt)"],
  ["fixedString", "fixed.ofType(string)"],
  ["fixedTime", "fixed.ofType(time)"],
  ["fixedUnsignedInt", "fixed.ofType(unsignedInt)"],
  ["fixedUri", "fixed.ofType(uri)"],
  ["fixedAddress", "fixed.ofType(Address)"],
  ["fixedAge", "fixed.ofType(Age)"],
  ["fixedAnnotation", "fixed.ofType(Annotation)"],
  ["fixedAttachment", "fixed.ofType(Attachment)"],
  ["fixedCodeableConcept", "fixed.ofType(CodeableConcept)"],
  ["fixedCoding", "fixed.ofType(Coding)"],
  ["fixedContactPoint", "fixed.ofType(ContactPoint)"],
  ["fixedCount", "fixed.ofType(Count)"],
  ["fixedDistance", "fixed.ofType(Distance)"],
  ["fixedDuration", "fixed.ofType(Duration)"],
  ["fixedHumanName", "fixed.ofType(HumanName)"],
  ["fixedIdentifier", "fixed.ofType(Identifier)"],
  ["fixedMoney", "fixed.ofType(Money)"],
  ["fixedPeriod", "fixed.ofType(Period)"],
  ["fixedQuantity", "fixed.ofType(Quantity)"],
  ["fixedRange", "fixed.ofType(Range)"],
  ["fixedRatio", "fixed.ofType(Ratio)"],
  ["fixedReference", "fixed.ofType(Reference)"],
  ["fixedSampledData", "fixed.ofType(SampledData)"],
  ["fixedSignature", "fixed.ofType(Signature)"],
  ["fixedTiming", "fixed.ofType(Timing)"],
  ["fixedMeta", "fixed.ofType(Meta)"]
]);
const REMOVED_1 = vrt.removedVariants([
  ["patternBase64Binary", "pattern.ofType(base64Binary)"],
  ["patternBoolean", "pattern.ofType(boolean)"],
  ["patternCode", "pattern.ofType(code)"],
  ["patternDate", "pattern.ofType(date)"],
  ["patternDateTime", "pattern.ofType(dateTime)"],
  ["patternDecimal", "pattern.ofType(decimal)"],
  ["patternId", "pattern.ofType(id)"],
  ["patternInstant", "pattern.ofType(instant)"],
  ["patternInteger", "pattern.ofType(integer)"],
  ["patternMarkdown", "pattern.ofType(markdown)"],
  ["patternOid", "pattern.ofType(oid)"],
  ["patternPositiveInt", "pattern.ofType(positiveInt)"],
  ["patternString", "pattern.ofType(string)"],
  ["patternTime", "pattern.ofType(time)"],
  ["patternUnsignedInt", "pattern.ofType(unsignedInt)"],
  ["patternUri", "pattern.ofType(uri)"],
  ["patternAddress", "pattern.ofType(Address)"],
  ["patternAge", "pattern.ofType(Age)"],
  ["patternAnnotation", "pattern.ofType(Annotation)"],
  ["patternAttachment", "pattern.ofType(Attachment)"],
  ["patternCodeableConcept", "pattern.ofType(CodeableConcept)"],
  ["patternCoding", "pattern.ofType(Coding)"],
  ["patternContactPoint", "pattern.ofType(ContactPoint)"],
  ["patternCount", "pattern.ofType(Count)"],
  ["patternDistance", "pattern.ofType(Distance)"],
  ["patternDuration", "pattern.ofType(Duration)"],
  ["patternHumanName", "pattern.ofType(HumanName)"],
  ["patternIdentifier", "pattern.ofType(Identifier)"],
  ["patternMoney", "pattern.ofType(Money)"],
  ["patternPeriod", "pattern.ofType(Period)"],
  ["patternQuantity", "pattern.ofType(Quantity)"],
  ["patternRange", "pattern.ofType(Range)"],
  ["patternRatio", "pattern.ofType(Ratio)"],
  ["patternReference", "pattern.ofType(Reference)"],
  ["patternSampledData", "pattern.ofType(SampledData)"],
  ["patternSignature", "pattern.ofType(Signature)"],
  ["patternTiming", "pattern.ofType(Timing)"],
  ["patternMeta", "pattern.ofType(Meta)"]
]);
const CHOICE_1 = vrt.choiceVariants([
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
const CHOICE_2 = vrt.choiceVariants([
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
const OWNER_1 = { paths: ["ElementDefinition.type"], type: "Element", exact: false };
const BINDING_0 = {
  has: vcodes.inCodes157,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/defined-types"
};
const BINDING_1 = {
  has: vcodes.inCodes158,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/reference-version-rules"
};
const INVARIANT_11 = vrt.invariant({
  key: "eld-4",
  path: "ElementDefinition.type",
  expression: "aggregation.empty() or (code = 'Reference')",
  severity: "error",
  human: "Aggregation may only be specified if one of the allowed types for the element is a resource"
});
const FHIRPATH_5 = (n) => vrt.fpOr(
  vrt.fpEmpty(vrt.fpChildOf(n, "aggregation", "_aggregation")),
  vrt.fpEq(vrt.fpChildOf(n, "code", "_code"), ["Reference"])
);
const TRANSLATED_5 = { inv: INVARIANT_11, fn: FHIRPATH_5 };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [],
  extensions: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/elementdefinition-allowedUnits",
      check: checkAllowedUnits,
      contexts: ["ElementDefinition"],
      contextTypes: ["ElementDefinition"]
    },
    {
      url: "http://hl7.org/fhir/StructureDefinition/elementdefinition-question",
      check: checkQuestion,
      contexts: ["ElementDefinition"],
      contextTypes: ["ElementDefinition"]
    }
  ],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkDataElementConstraintOnElementDefinitionDataType(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ElementDefinition");
  if (o === void 0) return false;
  if (!vrt.checkKeys(o, KEYS_0, x, p, true) && x.c === null) return false;
  if (o.id !== void 0) {
    if (!vrt.isValidString(o.id)) {
      if (!vrt.attribute(o.id, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if (!vrt.checkSliced(o.extension, x, p, "extension", d, 0, -1, SLICING_0) && x.c === null) return false;
  if (!(vrt.isValidString(o.path) && o._path === void 0)) {
    if (!vrt.prim(o.path, o._path, x, p, "path", d, 1, vrt.isValidString, "string", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.prohibited(o.representation, o._representation, x, p, "representation") && x.c === null) return false;
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
  if (!vrt.prohibited(o.slicing, void 0, x, p, "slicing") && x.c === null) return false;
  if (!vrt.prohibited(o.short, o._short, x, p, "short") && x.c === null) return false;
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
  if (!vrt.prohibited(o.contentReference, o._contentReference, x, p, "contentReference") && x.c === null) return false;
  if (o.type !== void 0) {
    if (!vrt.many(o.type, x, p, "type", d, 0, -1, checkDataElementConstraintOnElementDefinitionDataTypeType) && x.c === null)
      return false;
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
  if (!vrt.prohibitedVariants(o, x, p, REMOVED_0) && x.c === null) return false;
  if (!vrt.prohibitedVariants(o, x, p, REMOVED_1) && x.c === null) return false;
  if (o.example !== void 0) {
    if (!vrt.many(o.example, x, p, "example", d, 0, -1, checkElementDefinitionExample) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "minValue", 0) && x.c === null) return false;
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
  if (!vrt.checkChoice(o, CHOICE_2, x, p, "maxValue", 0) && x.c === null) return false;
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
  if (!vrt.prohibited(o.isModifier, o._isModifier, x, p, "isModifier") && x.c === null) return false;
  if (!vrt.prohibited(o.isSummary, o._isSummary, x, p, "isSummary") && x.c === null) return false;
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
function checkDataElementConstraintOnElementDefinitionDataTypeType(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "ElementDefinition.type");
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
  if (!(vrt.isValidUri(o.code) && o._code === void 0)) {
    if (!vrt.prim(o.code, o._code, x, p, "code", d, 1, vrt.isValidUri, "uri", OWNER_1) && x.c === null) return false;
  }
  if (!vrt.eachWith(o.code, false, x, p, "code", vrt.checkCode, BINDING_0) && x.c === null) return false;
  if (!vrt.prohibited(o.profile, o._profile, x, p, "profile") && x.c === null) return false;
  if (o.targetProfile !== void 0 || o._targetProfile !== void 0) {
    if (!(vrt.isValidUri(o.targetProfile) && o._targetProfile === void 0)) {
      if (!vrt.prim(o.targetProfile, o._targetProfile, x, p, "targetProfile", d, 0, vrt.isValidUri, "uri", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!vrt.prohibited(o.aggregation, o._aggregation, x, p, "aggregation") && x.c === null) return false;
  if (o.versioning !== void 0 || o._versioning !== void 0) {
    if (!(vrt.isValidCode(o.versioning) && o._versioning === void 0)) {
      if (!vrt.prim(o.versioning, o._versioning, x, p, "versioning", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.versioning, false, x, p, "versioning", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_5) && x.c === null) return false;
  return true;
}
function validateDataElementConstraintOnElementDefinitionDataType(value, options) {
  return vrt.validateWith(
    value,
    "ElementDefinition",
    checkDataElementConstraintOnElementDefinitionDataType,
    false,
    options,
    REGISTRY_0
  );
}
function isDataElementConstraintOnElementDefinitionDataType(value, options) {
  return vrt.testWith(value, checkDataElementConstraintOnElementDefinitionDataType, false, options, REGISTRY_0);
}
function buildDataElementConstraintOnElementDefinitionDataType(input) {
  return fillAndCheckPart(
    input,
    {},
    isDataElementConstraintOnElementDefinitionDataType,
    validateDataElementConstraintOnElementDefinitionDataType,
    "DataElementConstraintOnElementDefinitionDataType"
  );
}
function buildDataElementConstraintOnElementDefinitionDataTypeQuestion(input) {
  return fillPart(input, {
    set: { url: "http://hl7.org/fhir/StructureDefinition/elementdefinition-question" }
  });
}
function buildDataElementConstraintOnElementDefinitionDataTypeAllowedUnits(input) {
  return fillPart(input, {
    set: { url: "http://hl7.org/fhir/StructureDefinition/elementdefinition-allowedUnits" }
  });
}
export {
  buildDataElementConstraintOnElementDefinitionDataType,
  buildDataElementConstraintOnElementDefinitionDataTypeAllowedUnits,
  buildDataElementConstraintOnElementDefinitionDataTypeQuestion,
  checkDataElementConstraintOnElementDefinitionDataType,
  checkDataElementConstraintOnElementDefinitionDataTypeType,
  isDataElementConstraintOnElementDefinitionDataType,
  validateDataElementConstraintOnElementDefinitionDataType
};
