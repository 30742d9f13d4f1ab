import { checkAttachment } from "./Attachment.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import {
  checkObservationComponent,
  checkObservationReferenceRange
} from "./Observation.js";
import { checkPeriod } from "./Period.js";
import { checkQuantity } from "./Quantity.js";
import { checkRange } from "./Range.js";
import { checkRatio } from "./Ratio.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkSampledData } from "./SampledData.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["Observation"], type: "Observation", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = [
  "CarePlan",
  "DeviceRequest",
  "ImmunizationRecommendation",
  "MedicationRequest",
  "NutritionOrder",
  "ProcedureRequest",
  "ReferralRequest"
];
const BINDING_1 = {
  has: vcodes.inCodes36,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/observation-status"
};
const BINDING_2 = {
  has: vcodes.inCodings37,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/observation-category"
};
const TARGETS_1 = ["Device", "Patient"];
const CHOICE_0 = vrt.choiceVariants(["effectiveDateTime"]);
const TARGETS_2 = ["Organization", "Patient", "Practitioner", "RelatedPerson"];
const CHOICE_1 = vrt.choiceVariants([
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
const BINDING_3 = {
  has: vcodes.inCodings41,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/observation-interpretation"
};
const TARGETS_3 = ["DeviceMetric"];
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
const FHIRPATH_0 = (n) => {
  const o = vrt.fpObject(n);
  return vrt.fpOr3(
    vrt.fpSizeOfValue(o["_dataAbsentReason"], o["dataAbsentReason"]) === 0,
    vrt.fpSizeOfChoice(n, CHOICE_KEYS_0) === 0
  );
};
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const OWNER_1 = { paths: ["Observation.related"], type: "BackboneElement", exact: true };
const BINDING_4 = {
  has: vcodes.inCodes43,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/observation-relationshiptypes"
};
const TARGETS_4 = ["Observation"];
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/devicemetricobservation",
      check: checkDeviceMetricObservationProfile,
      type: "Observation",
      base: false
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkDeviceMetricObservationProfile(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Observation") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  for (const k in o) {
    switch (k) {
      case "resourceType":
        break;
      case "id":
        m0 |= 1;
        break;
      case "meta":
        m0 |= 4;
        break;
      case "implicitRules":
        m0 |= 8;
        break;
      case "language":
        m0 |= 32;
        break;
      case "text":
        m0 |= 128;
        break;
      case "contained":
        m0 |= 256;
        break;
      case "extension":
        m0 |= 512;
        break;
      case "modifierExtension":
        m0 |= 1024;
        break;
      case "identifier":
        m0 |= 2048;
        break;
      case "basedOn":
        m0 |= 4096;
        break;
      case "status":
        m0 |= 8192;
        break;
      case "category":
        m0 |= 32768;
        break;
      case "code":
        m0 |= 65536;
        break;
      case "subject":
        m0 |= 131072;
        break;
      case "context":
        m0 |= 262144;
        break;
      case "effectiveDateTime":
        m0 |= 524288;
        break;
      case "issued":
        m0 |= 2097152;
        break;
      case "performer":
        m0 |= 8388608;
        break;
      case "valueQuantity":
        m1 |= 1;
        break;
      case "valueCodeableConcept":
        m1 |= 2;
        break;
      case "valueString":
        m1 |= 4;
        break;
      case "valueRange":
        m1 |= 16;
        break;
      case "valueRatio":
        m1 |= 32;
        break;
      case "valueSampledData":
        m1 |= 64;
        break;
      case "valueAttachment":
        m1 |= 128;
        break;
      case "valueTime":
        m1 |= 256;
        break;
      case "valueDateTime":
        m1 |= 1024;
        break;
      case "valuePeriod":
        m1 |= 4096;
        break;
      case "dataAbsentReason":
        m1 |= 8192;
        break;
      case "interpretation":
        m1 |= 16384;
        break;
      case "comment":
        m1 |= 32768;
        break;
      case "bodySite":
        m1 |= 131072;
        break;
      case "method":
        m1 |= 262144;
        break;
      case "specimen":
        m1 |= 524288;
        break;
      case "device":
        m1 |= 1048576;
        break;
      case "referenceRange":
        m1 |= 2097152;
        break;
      case "related":
        m1 |= 4194304;
        break;
      case "component":
        m1 |= 8388608;
        break;
      case "_id":
        m0 |= 2;
        break;
      case "_implicitRules":
        m0 |= 16;
        break;
      case "_language":
        m0 |= 64;
        break;
      case "_status":
        m0 |= 16384;
        break;
      case "_effectiveDateTime":
        m0 |= 1048576;
        break;
      case "_issued":
        m0 |= 4194304;
        break;
      case "_valueString":
        m1 |= 8;
        break;
      case "_valueTime":
        m1 |= 512;
        break;
      case "_valueDateTime":
        m1 |= 2048;
        break;
      case "_comment":
        m1 |= 65536;
        break;
      default:
        if (!vrt.unknownKey(o, k, x, p) && x.c === null) return false;
    }
  }
  if ((m0 & 3) !== 0) {
    if (!(vrt.isValidId(o.id) && (m0 & 2) === 0)) {
      if (!vrt.prim(o.id, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(o.meta, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidUri(o.implicitRules) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.implicitRules, o._implicitRules, x, p, "implicitRules", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidCode(o.language) && (m0 & 64) === 0)) {
      if (!vrt.prim(o.language, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.language, vcodes.inCodes1)) {
      if (!vrt.eachWith(o.language, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(o.text, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(o.contained, x, p, "contained", d, 0, -1, vrt.checkContainedResource) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null)
      return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(o.identifier, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(o.basedOn, x, p, "basedOn", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.basedOn, true, x, p, "basedOn", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(o.status) && (m0 & 16384) === 0)) {
    if (!vrt.prim(o.status, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.status, vcodes.inCodes36)) {
    if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.many(o.category, x, p, "category", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.category, true, x, p, "category", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (!vrt.one(o.code, x, p, "code", d, 1, checkCodeableConcept) && x.c === null) return false;
  if (!vrt.one(o.subject, x, p, "subject", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
    return false;
  if ((m0 & 262144) !== 0) {
    if (!vrt.prohibited(o.context, void 0, x, p, "context") && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "effective", 1) && x.c === null) return false;
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidDateTime(o.effectiveDateTime) && (m0 & 1048576) === 0)) {
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
  if ((m0 & 6291456) !== 0) {
    if (!vrt.prohibited(o.issued, o._issued, x, p, "issued") && x.c === null) return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.many(o.performer, x, p, "performer", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.performer, true, x, p, "performer", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (vrt.bitCount(m1 & 8191) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.one(o.valueQuantity, x, p, "value.ofType(Quantity)", d, 0, checkQuantity) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.one(o.valueCodeableConcept, x, p, "value.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m1 & 12) !== 0) {
    if (!(vrt.isValidString(o.valueString) && (m1 & 8) === 0)) {
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
  if ((m1 & 16) !== 0) {
    if (!vrt.one(o.valueRange, x, p, "value.ofType(Range)", d, 0, checkRange) && x.c === null) return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.one(o.valueRatio, x, p, "value.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(o.valueSampledData, x, p, "value.ofType(SampledData)", d, 0, checkSampledData) && x.c === null)
      return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.one(o.valueAttachment, x, p, "value.ofType(Attachment)", d, 0, checkAttachment) && x.c === null)
      return false;
  }
  if ((m1 & 768) !== 0) {
    if (!(vrt.isValidTime(o.valueTime) && (m1 & 512) === 0)) {
      if (!vrt.prim(o.valueTime, o._valueTime, x, p, "value.ofType(time)", d, 0, vrt.isValidTime, "time", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 3072) !== 0) {
    if (!(vrt.isValidDateTime(o.valueDateTime) && (m1 & 2048) === 0)) {
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
  if ((m1 & 4096) !== 0) {
    if (!vrt.one(o.valuePeriod, x, p, "value.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.prohibited(o.dataAbsentReason, void 0, x, p, "dataAbsentReason") && x.c === null) return false;
  }
  if ((m1 & 16384) !== 0) {
    if (!vrt.one(o.interpretation, x, p, "interpretation", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.interpretation, false, x, p, "interpretation", vrt.checkConcept, BINDING_3) && x.c === null)
      return false;
  }
  if ((m1 & 98304) !== 0) {
    if (!(vrt.isValidString(o.comment) && (m1 & 65536) === 0)) {
      if (!vrt.prim(o.comment, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m1 & 131072) !== 0) {
    if (!vrt.one(o.bodySite, x, p, "bodySite", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 262144) !== 0) {
    if (!vrt.one(o.method, x, p, "method", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 524288) !== 0) {
    if (!vrt.prohibited(o.specimen, void 0, x, p, "specimen") && x.c === null) return false;
  }
  if (!vrt.one(o.device, x, p, "device", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.device, false, x, p, "device", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  if ((m1 & 2097152) !== 0) {
    if (!vrt.many(o.referenceRange, x, p, "referenceRange", d, 0, 1, checkObservationReferenceRange) && x.c === null)
      return false;
  }
  if ((m1 & 4194304) !== 0) {
    if (!vrt.many(o.related, x, p, "related", d, 0, 1, checkDeviceMetricObservationProfileRelated) && x.c === null)
      return false;
  }
  if ((m1 & 8388608) !== 0) {
    if (!vrt.many(o.component, x, p, "component", d, 0, -1, checkObservationComponent) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.checkDom2(o, x, p) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.checkDom1(o, x, p) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.checkDom4(o, x, p) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.checkDom3(o, x, p) && x.c === null) return false;
  }
  if ((m1 & 8388608) !== 0) {
    if (!vrt.checkObs7(o, x, p) && x.c === null) return false;
  }
  if ((m1 & 8192) !== 0) {
    if (!vrt.checkBooleanInvariant(o, x, p, TRANSLATED_0) && x.c === null) return false;
  }
  return true;
}
function checkDeviceMetricObservationProfileRelated(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.related");
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
      case "modifierExtension":
        n++;
        m0 |= 4;
        break;
      case "type":
        n++;
        m0 |= 8;
        break;
      case "target":
        n++;
        m0 |= 32;
        break;
      case "_type":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_1, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null)
      return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidCode(o.type) && (m0 & 16) === 0)) {
      if (!vrt.prim(o.type, o._type, x, p, "type", d, 0, vrt.isValidCode, "code", OWNER_1) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.type, vcodes.inCodes43)) {
      if (!vrt.eachWith(o.type, false, x, p, "type", vrt.checkCode, BINDING_4) && x.c === null) return false;
    }
  }
  if (!vrt.one(o.target, x, p, "target", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.target, false, x, p, "target", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  return true;
}
function validateDeviceMetricObservationProfile(value, options) {
  return vrt.validateWith(value, "Observation", checkDeviceMetricObservationProfile, true, options, REGISTRY_0);
}
function isDeviceMetricObservationProfile(value, options) {
  return vrt.testWith(value, checkDeviceMetricObservationProfile, true, options, REGISTRY_0);
}
function buildDeviceMetricObservationProfile(input) {
  return fillAndCheck(
    input,
    { resourceType: "Observation", profile: "http://hl7.org/fhir/StructureDefinition/devicemetricobservation" },
    isDeviceMetricObservationProfile,
    validateDeviceMetricObservationProfile,
    "DeviceMetricObservationProfile"
  );
}
export {
  buildDeviceMetricObservationProfile,
  checkDeviceMetricObservationProfile,
  checkDeviceMetricObservationProfileRelated,
  isDeviceMetricObservationProfile,
  validateDeviceMetricObservationProfile
};
