import { checkAttachment } from "./Attachment.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkQuantity } from "./Quantity.js";
import { checkRange } from "./Range.js";
import { checkRatio } from "./Ratio.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkSampledData } from "./SampledData.js";
import { checkSimpleQuantity } from "./SimpleQuantity.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const KEYS_0 = /* @__PURE__ */ new Set([
  "_comment",
  "_effectiveDateTime",
  "_id",
  "_implicitRules",
  "_issued",
  "_language",
  "_status",
  "_valueBoolean",
  "_valueDateTime",
  "_valueString",
  "_valueTime",
  "basedOn",
  "bodySite",
  "category",
  "code",
  "comment",
  "component",
  "contained",
  "context",
  "dataAbsentReason",
  "device",
  "effectiveDateTime",
  "effectivePeriod",
  "extension",
  "id",
  "identifier",
  "implicitRules",
  "interpretation",
  "issued",
  "language",
  "meta",
  "method",
  "modifierExtension",
  "performer",
  "referenceRange",
  "related",
  "resourceType",
  "specimen",
  "status",
  "subject",
  "text",
  "valueAttachment",
  "valueBoolean",
  "valueCodeableConcept",
  "valueDateTime",
  "valuePeriod",
  "valueQuantity",
  "valueRange",
  "valueRatio",
  "valueSampledData",
  "valueString",
  "valueTime"
]);
const OWNER_0 = { paths: ["Observation"], type: "Observation", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = /* @__PURE__ */ new Set([
  "CarePlan",
  "DeviceRequest",
  "ImmunizationRecommendation",
  "MedicationRequest",
  "NutritionOrder",
  "ProcedureRequest",
  "ReferralRequest"
]);
const BINDING_1 = {
  has: vcodes.inCodes36,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/observation-status"
};
const BINDING_2 = {
  has: vcodes.inCodes37,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/observation-category"
};
const TARGETS_1 = /* @__PURE__ */ new Set(["Device", "Group", "Location", "Patient"]);
const TARGETS_2 = /* @__PURE__ */ new Set(["Encounter", "EpisodeOfCare"]);
const CHOICE_0 = vrt.choiceVariants(["effectiveDateTime", "effectivePeriod"]);
const TARGETS_3 = /* @__PURE__ */ new Set(["Organization", "Patient", "Practitioner", "RelatedPerson"]);
const CHOICE_1 = vrt.choiceVariants([
  "valueQuantity",
  "valueCodeableConcept",
  "valueString",
  "valueBoolean",
  "valueRange",
  "valueRatio",
  "valueSampledData",
  "valueAttachment",
  "valueTime",
  "valueDateTime",
  "valuePeriod"
]);
const BINDING_3 = {
  has: vcodes.inCodes40,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/observation-valueabsentreason"
};
const BINDING_4 = {
  has: vcodes.inCodes41,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/observation-interpretation"
};
const TARGETS_4 = /* @__PURE__ */ new Set(["Specimen"]);
const TARGETS_5 = /* @__PURE__ */ new Set(["Device", "DeviceMetric"]);
const INVARIANT_0 = vrt.invariant({
  key: "obs-6",
  path: "Observation",
  expression: "dataAbsentReason.empty() or value.empty()",
  severity: "error",
  human: "dataAbsentReason SHALL only be present if Observation.value[x] is not present"
});
const CHOICE_KEYS_0 = [
  ["valueQuantity", "_valueQuantity"],
  ["valueCodeableConcept", "_valueCodeableConcept"],
  ["valueString", "_valueString"],
  ["valueBoolean", "_valueBoolean"],
  ["valueRange", "_valueRange"],
  ["valueRatio", "_valueRatio"],
  ["valueSampledData", "_valueSampledData"],
  ["valueAttachment", "_valueAttachment"],
  ["valueTime", "_valueTime"],
  ["valueDateTime", "_valueDateTime"],
  ["valuePeriod", "_valuePeriod"]
];
const FHIRPATH_0 = (n) => vrt.fpOr(
  vrt.fpEmpty(vrt.fpChildOf(n, "dataAbsentReason", "_dataAbsentReason")),
  vrt.fpEmpty(vrt.fpChoice([n], CHOICE_KEYS_0))
);
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const KEYS_1 = /* @__PURE__ */ new Set([
  "_text",
  "age",
  "appliesTo",
  "extension",
  "high",
  "id",
  "low",
  "modifierExtension",
  "text",
  "type"
]);
const OWNER_1 = { paths: ["Observation.referenceRange"], type: "BackboneElement", exact: true };
const BINDING_5 = {
  has: vcodes.inCodes44,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/referencerange-meaning"
};
const INVARIANT_1 = vrt.invariant({
  key: "obs-3",
  path: "Observation.referenceRange",
  expression: "low.exists() or high.exists() or text.exists()",
  severity: "error",
  human: "Must have at least a low or a high or text"
});
const FHIRPATH_1 = (n) => vrt.fpOr(
  vrt.fpOr(vrt.fpExists(vrt.fpChildOf(n, "low", "_low")), vrt.fpExists(vrt.fpChildOf(n, "high", "_high"))),
  vrt.fpExists(vrt.fpChildOf(n, "text", "_text"))
);
const TRANSLATED_1 = { inv: INVARIANT_1, fn: FHIRPATH_1 };
const KEYS_2 = /* @__PURE__ */ new Set(["_type", "extension", "id", "modifierExtension", "target", "type"]);
const OWNER_2 = { paths: ["Observation.related"], type: "BackboneElement", exact: true };
const BINDING_6 = {
  has: vcodes.inCodes43,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/observation-relationshiptypes"
};
const TARGETS_6 = /* @__PURE__ */ new Set(["Observation", "QuestionnaireResponse", "Sequence"]);
const KEYS_3 = /* @__PURE__ */ new Set([
  "_valueDateTime",
  "_valueString",
  "_valueTime",
  "code",
  "dataAbsentReason",
  "extension",
  "id",
  "interpretation",
  "modifierExtension",
  "referenceRange",
  "valueAttachment",
  "valueCodeableConcept",
  "valueDateTime",
  "valuePeriod",
  "valueQuantity",
  "valueRange",
  "valueRatio",
  "valueSampledData",
  "valueString",
  "valueTime"
]);
const OWNER_3 = { paths: ["Observation.component"], type: "BackboneElement", exact: true };
const CHOICE_2 = vrt.choiceVariants([
  "valueQuantity",
  "valueCodeableConcept",
  "valueString",
  "valueRange",
  "valueRatio",
  "valueSampledData",
  "valueAttachment",
  "valueTime",
  "valueDateTime",
  "valuePeriod"
]);
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/Observation",
      check: checkObservation,
      type: "Observation",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkObservation(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Observation") && x.c === null) return false;
  if (!vrt.checkKeys(o, KEYS_0, x, p, false) && x.c === null) return false;
  if (o.id !== void 0 || o._id !== void 0) {
    if (!(vrt.isValidId(o.id) && o._id === void 0)) {
      if (!vrt.prim(o.id, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if (o.meta !== void 0) {
    if (!vrt.one(o.meta, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
  }
  if (o.implicitRules !== void 0 || o._implicitRules !== void 0) {
    if (!(vrt.isValidUri(o.implicitRules) && o._implicitRules === void 0)) {
      if (!vrt.prim(o.implicitRules, o._implicitRules, x, p, "implicitRules", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.language !== void 0 || o._language !== void 0) {
    if (!(vrt.isValidCode(o.language) && o._language === void 0)) {
      if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.language, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
  }
  if (o.text !== void 0) {
    if (!vrt.one(o.text, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
  }
  if (o.contained !== void 0) {
    if (!vrt.many(o.contained, x, p, "contained", d, 0, -1, vrt.checkContainedResource) && x.c === null) return false;
  }
  if (o.extension !== void 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if (o.identifier !== void 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if (o.basedOn !== void 0) {
    if (!vrt.many(o.basedOn, x, p, "basedOn", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.basedOn, true, x, p, "basedOn", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.status) && o._status === void 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  if (o.category !== void 0) {
    if (!vrt.many(o.category, x, p, "category", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.category, true, x, p, "category", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (!vrt.one(o.code, x, p, "code", d, 1, checkCodeableConcept) && x.c === null) return false;
  if (o.subject !== void 0) {
    if (!vrt.one(o.subject, x, p, "subject", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if (o.context !== void 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.context, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "effective", 0) && x.c === null) return false;
  if (o.effectiveDateTime !== void 0 || o._effectiveDateTime !== void 0) {
    if (!(vrt.isValidDateTime(o.effectiveDateTime) && o._effectiveDateTime === void 0)) {
      if (!vrt.prim(
        o.effectiveDateTime,
        o._effectiveDateTime,
        x,
        p,
        "effective.ofType(dateTime)",
        d,
        0,
        vrt.isValidDateTime,
        "dateTime",
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.effectivePeriod !== void 0) {
    if (!vrt.one(o.effectivePeriod, x, p, "effective.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.issued !== void 0 || o._issued !== void 0) {
    if (!(vrt.isValidInstant(o.issued) && o._issued === void 0)) {
      if (!vrt.prim(o.issued, o._issued, x, p, "issued", d, 0, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.performer !== void 0) {
    if (!vrt.many(o.performer, x, p, "performer", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.performer, true, x, p, "performer", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
      return false;
  }
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "value", 0) && x.c === null) return false;
  if (o.valueQuantity !== void 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if (o.valueCodeableConcept !== void 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
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
        OWNER_0
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
        OWNER_0
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueRange !== void 0) {
    if (!vrt.one(o.valueRange, x, p, "value.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if (o.valueRatio !== void 0) {
    if (!vrt.one(o.valueRatio, x, p, "value.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  if (o.valueSampledData !== void 0) {
    if (!vrt.one(o.valueSampledData, x, p, "value.ofType(SampledData)", d, 0, checkSampledData) && x.c === null)
      return false;
  }
  if (o.valueAttachment !== void 0) {
    if (!vrt.one(o.valueAttachment, x, p, "value.ofType(Attachment)", d, 0, checkAttachment) && x.c === null)
      return false;
  }
  if (o.valueTime !== void 0 || o._valueTime !== void 0) {
    if (!(vrt.isValidTime(o.valueTime) && o._valueTime === void 0)) {
      if (!vrt.prim(o.valueTime, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_0) && x.c === null)
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
  if (o.valuePeriod !== void 0) {
    if (!vrt.one(o.valuePeriod, x, p, "value.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.dataAbsentReason !== void 0) {
    if (!vrt.one(o.dataAbsentReason, x, p, "dataAbsentReason", d, 0, checkCodeableConcept) && x.c === null)
      return false;
    if (!vrt.eachWith(o.dataAbsentReason, false, x, p, "dataAbsentReason", vrt.checkConcept, BINDING_3) && x.c === null)
      return false;
  }
  if (o.interpretation !== void 0) {
    if (!vrt.one(o.interpretation, x, p, "interpretation", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.interpretation, false, x, p, "interpretation", vrt.checkConcept, BINDING_4) && x.c === null)
      return false;
  }
  if (o.comment !== void 0 || o._comment !== void 0) {
    if (!(vrt.isValidString(o.comment) && o._comment === void 0)) {
      if (!vrt.prim(o.comment, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (o.bodySite !== void 0) {
    if (!vrt.one(o.bodySite, x, p, "bodySite", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.method !== void 0) {
    if (!vrt.one(o.method, x, p, "method", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.specimen !== void 0) {
    if (!vrt.one(o.specimen, x, p, "specimen", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.specimen, false, x, p, "specimen", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if (o.device !== void 0) {
    if (!vrt.one(o.device, x, p, "device", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.device, false, x, p, "device", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if (o.referenceRange !== void 0) {
    if (!vrt.many(o.referenceRange, x, p, "referenceRange", d, 0, -1, checkObservationReferenceRange) && x.c === null)
      return false;
  }
  if (o.related !== void 0) {
    if (!vrt.many(o.related, x, p, "related", d, 0, -1, checkObservationRelated) && x.c === null) return false;
  }
  if (o.component !== void 0) {
    if (!vrt.many(o.component, x, p, "component", d, 0, -1, checkObservationComponent) && x.c === null) return false;
  }
  if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  if (!vrt.checkObs7(o, x, p) && x.c === null) return false;
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  return true;
}
function checkObservationReferenceRange(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.referenceRange");
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
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null)
      return false;
  }
  if (o.low !== void 0) {
    if (!vrt.one(o.low, x, p, "low", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  if (o.high !== void 0) {
    if (!vrt.one(o.high, x, p, "high", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  if (o.type !== void 0) {
    if (!vrt.one(o.type, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkConcept, BINDING_5) && x.c === null) return false;
  }
  if (o.appliesTo !== void 0) {
    if (!vrt.many(o.appliesTo, x, p, "appliesTo", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if (o.age !== void 0) {
    if (!vrt.one(o.age, x, p, "age", d, 0, checkRange) && x.c === null) return false;
  }
  if (o.text !== void 0 || o._text !== void 0) {
    if (!(vrt.isValidString(o.text) && o._text === void 0)) {
      if (!vrt.prim(o.text, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  if (!vrt.checkTranslatedInvariant(o, x, p, TRANSLATED_1) && x.c === null) return false;
  return true;
}
function checkObservationRelated(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.related");
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
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null)
      return false;
  }
  if (o.type !== void 0 || o._type !== void 0) {
    if (!(vrt.isValidCode(o.type) && o._type === void 0)) {
      if (!vrt.prim(o.type, o._type, x, p, "type", d, 0, vrt.isValidCode, "code", OWNER_2) && x.c === null)
        return false;
    }
    if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_6) && x.c === null) return false;
  }
  if (!vrt.one(o.target, x, p, "target", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.target, false, x, p, "target", vrt.checkReferenceTarget, TARGETS_6) && x.c === null) return false;
  return true;
}
function checkObservationComponent(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.component");
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
  if (o.modifierExtension !== void 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null)
      return false;
  }
  if (!vrt.one(o.code, x, p, "code", d, 1, checkCodeableConcept) && x.c === null) return false;
  if (!vrt.checkChoice(o, CHOICE_2, x, p, "value", 0) && x.c === null) return false;
  if (o.valueQuantity !== void 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if (o.valueCodeableConcept !== void 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
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
        OWNER_3
      ) && x.c === null)
        return false;
    }
  }
  if (o.valueRange !== void 0) {
    if (!vrt.one(o.valueRange, x, p, "value.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if (o.valueRatio !== void 0) {
    if (!vrt.one(o.valueRatio, x, p, "value.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  if (o.valueSampledData !== void 0) {
    if (!vrt.one(o.valueSampledData, x, p, "value.ofType(SampledData)", d, 0, checkSampledData) && x.c === null)
      return false;
  }
  if (o.valueAttachment !== void 0) {
    if (!vrt.one(o.valueAttachment, x, p, "value.ofType(Attachment)", d, 0, checkAttachment) && x.c === null)
      return false;
  }
  if (o.valueTime !== void 0 || o._valueTime !== void 0) {
    if (!(vrt.isValidTime(o.valueTime) && o._valueTime === void 0)) {
      if (!vrt.prim(o.valueTime, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_3) && x.c === null)
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
        OWNER_3
      ) && x.c === null)
        return false;
    }
  }
  if (o.valuePeriod !== void 0) {
    if (!vrt.one(o.valuePeriod, x, p, "value.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if (o.dataAbsentReason !== void 0) {
    if (!vrt.one(o.dataAbsentReason, x, p, "dataAbsentReason", d, 0, checkCodeableConcept) && x.c === null)
      return false;
    if (!vrt.eachWith(o.dataAbsentReason, false, x, p, "dataAbsentReason", vrt.checkConcept, BINDING_3) && x.c === null)
      return false;
  }
  if (o.interpretation !== void 0) {
    if (!vrt.one(o.interpretation, x, p, "interpretation", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.interpretation, false, x, p, "interpretation", vrt.checkConcept, BINDING_4) && x.c === null)
      return false;
  }
  if (o.referenceRange !== void 0) {
    if (!vrt.many(o.referenceRange, x, p, "referenceRange", d, 0, -1, checkObservationReferenceRange) && x.c === null)
      return false;
  }
  return true;
}
function validateObservation(value, options) {
  return vrt.validateWith(value, "Observation", checkObservation, true, options, REGISTRY_0);
}
function isObservation(value, options) {
  return vrt.testWith(value, checkObservation, true, options, REGISTRY_0);
}
function buildObservation(input) {
  return fillAndCheck(input, { resourceType: "Observation" }, isObservation, validateObservation, "Observation");
}
export {
  buildObservation,
  checkObservation,
  checkObservationComponent,
  checkObservationReferenceRange,
  checkObservationRelated,
  isObservation,
  validateObservation
};
