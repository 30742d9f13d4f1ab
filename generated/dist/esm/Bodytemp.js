import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkCoding } from "./Coding.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkObservationReferenceRange } from "./Observation.js";
import { checkPeriod } from "./Period.js";
import { checkRange } from "./Range.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck, fillPart } from "./runtime/build/fill.js";
import { checkSimpleQuantity } from "./SimpleQuantity.js";
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
const INVARIANT_0 = vrt.invariant({
  key: "vs-4",
  path: "Observation.category",
  expression: "where(coding.system='http://hl7.org/fhir/observation-category' and coding.code='vital-signs').exists()",
  severity: "error",
  human: "Must have a category of 'vital-signs' and a code system 'http://hl7.org/fhir/observation-category'"
});
const FHIRPATH_0 = (n) => vrt.fpAnd3(
  vrt.fpEqValue(
    vrt.fpOneEach(vrt.fpChildOf(n, "coding", "_coding"), "system", "_system"),
    "http://hl7.org/fhir/observation-category"
  ),
  vrt.fpEqValue(vrt.fpOneEach(vrt.fpChildOf(n, "coding", "_coding"), "code", "_code"), "vital-signs")
) === true;
const TRANSLATED_0 = { inv: INVARIANT_0, fn: FHIRPATH_0 };
const OCCURRENCE_0 = (v, x, q) => {
  let ok = true;
  if (!vrt.checkConcept(v, x, q, BINDING_2)) {
    if (x.c === null) return false;
    ok = false;
  }
  if (!vrt.checkBooleanInvariant(v, x, q, TRANSLATED_0)) {
    if (x.c === null) return false;
    ok = false;
  }
  return ok;
};
const BINDING_3 = {
  has: vcodes.inCodings38,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/observation-vitalsignresult"
};
const TARGETS_1 = ["Patient"];
const TARGETS_2 = ["Encounter", "EpisodeOfCare"];
const CHOICE_0 = vrt.choiceVariants(["effectiveDateTime", "effectivePeriod"]);
const INVARIANT_1 = vrt.invariant({
  key: "vs-1",
  path: "Observation.effective[x]",
  expression: "($this as dateTime).toString().length() >= 8",
  severity: "error",
  human: "Datetime must be at least to day."
});
const TARGETS_3 = ["Organization", "Patient", "Practitioner", "RelatedPerson"];
const CHOICE_1 = vrt.choiceVariants(["valueQuantity"]);
const BINDING_4 = {
  has: vcodes.inCodings39,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/ucum-vitals-common"
};
const BINDING_5 = {
  has: vcodes.inCodings40,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/observation-valueabsentreason"
};
const BINDING_6 = {
  has: vcodes.inCodings41,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/observation-interpretation"
};
const TARGETS_4 = ["Specimen"];
const TARGETS_5 = ["Device", "DeviceMetric"];
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
const INVARIANT_2 = vrt.invariant({
  key: "obs-6",
  path: "Observation",
  expression: "dataAbsentReason.empty() or value.empty()",
  severity: "error",
  human: "dataAbsentReason SHALL only be present if Observation.value[x] is not present"
});
const INVARIANT_3 = vrt.invariant({
  key: "vs-2",
  path: "Observation",
  expression: "(component.empty() and related.empty()) implies (dataAbsentReason or value)",
  severity: "error",
  human: "If there is no component or related element then either a value[x] or a data absent reason must be present"
});
const OWNER_1 = {
  paths: ["Observation.code", "CodeableConcept"],
  type: "CodeableConcept",
  exact: true
};
const SLICING_0 = {
  rules: "open",
  ordered: false,
  element: "Observation.code.coding",
  base: (v, x, q, d) => checkCoding(v, x, q, d),
  slices: [
    {
      name: "BodyTempCode",
      min: 0,
      max: -1,
      match: (v, x, d) => vrt.isRecord(v) && v.code === "8310-5",
      check: (v, x, q, d) => checkBodytempCodeCodingBodyTempCode(v, x, q, d)
    }
  ],
  index: (v) => {
    if (!vrt.isRecord(v)) return -1;
    switch (v.code) {
      case "8310-5":
        return 0;
    }
    return -1;
  }
};
const OWNER_2 = { paths: ["Observation.value[x]", "Quantity"], type: "Quantity", exact: true };
const BINDING_7 = {
  has: vcodes.inCodes12,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/quantity-comparator"
};
const BINDING_8 = {
  has: vcodes.inCodes45,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/ucum-bodytemp"
};
const OWNER_3 = { paths: ["Observation.related"], type: "BackboneElement", exact: true };
const BINDING_9 = {
  has: vcodes.inCodes43,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/observation-relationshiptypes"
};
const OCCURRENCE_1 = (v, x, q) => {
  let ok = true;
  if (!vrt.checkFixed(v, x, q, "has-member")) {
    if (x.c === null) return false;
    ok = false;
  }
  if (!vrt.checkCode(v, x, q, BINDING_9)) {
    if (x.c === null) return false;
    ok = false;
  }
  return ok;
};
const TARGETS_6 = ["Observation"];
const OWNER_4 = { paths: ["Observation.component"], type: "BackboneElement", exact: true };
const CHOICE_KEYS_1 = [
  ["valueQuantity", "_valueQuantity"],
  ["valueCodeableConcept", "_valueCodeableConcept"],
  ["valueString", "_valueString"],
  ["valueRange", "_valueRange"],
  ["valueRatio", "_valueRatio"],
  ["valueSampledData", "_valueSampledData"],
  ["valueAttachment", "_valueAttachment"],
  ["valueTime", "_valueTime"],
  ["valueDateTime", "_valueDateTime"],
  ["valuePeriod", "_valuePeriod"]
];
const INVARIANT_4 = vrt.invariant({
  key: "vs-3",
  path: "Observation.component",
  expression: "value.exists() or dataAbsentReason.exists()",
  severity: "error",
  human: "If there is no a value a data absent reason must be present"
});
const OWNER_5 = { paths: ["Observation.code.coding", "Coding"], type: "Coding", exact: true };
const OWNER_6 = {
  paths: ["Observation.component.value[x]", "Quantity"],
  type: "Quantity",
  exact: true
};
const OWNER_7 = { paths: ["Observation.referenceRange"], type: "BackboneElement", exact: true };
const BINDING_10 = {
  has: vcodes.inCodings44,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/referencerange-meaning"
};
const INVARIANT_5 = vrt.invariant({
  key: "obs-3",
  path: "Observation.referenceRange",
  expression: "low.exists() or high.exists() or text.exists()",
  severity: "error",
  human: "Must have at least a low or a high or text"
});
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    { url: "http://hl7.org/fhir/StructureDefinition/bodytemp", check: checkBodytemp, type: "Observation", base: false }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkBodytemp(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "Observation") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29;
  for (const k in o) {
    switch (k) {
      case "resourceType":
        break;
      case "id":
        m0 |= 1;
        e0 = o[k];
        break;
      case "meta":
        m0 |= 4;
        e1 = o[k];
        break;
      case "implicitRules":
        m0 |= 8;
        e2 = o[k];
        break;
      case "language":
        m0 |= 32;
        e3 = o[k];
        break;
      case "text":
        m0 |= 128;
        e4 = o[k];
        break;
      case "contained":
        m0 |= 256;
        e5 = o[k];
        break;
      case "extension":
        m0 |= 512;
        e6 = o[k];
        break;
      case "modifierExtension":
        m0 |= 1024;
        e7 = o[k];
        break;
      case "identifier":
        m0 |= 2048;
        e8 = o[k];
        break;
      case "basedOn":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "status":
        m0 |= 8192;
        e10 = o[k];
        break;
      case "category":
        m0 |= 32768;
        e11 = o[k];
        break;
      case "code":
        m0 |= 65536;
        e12 = o[k];
        break;
      case "subject":
        m0 |= 131072;
        e13 = o[k];
        break;
      case "context":
        m0 |= 262144;
        e14 = o[k];
        break;
      case "effectiveDateTime":
        m0 |= 524288;
        e15 = o[k];
        break;
      case "effectivePeriod":
        m0 |= 2097152;
        e16 = o[k];
        break;
      case "issued":
        m0 |= 4194304;
        e17 = o[k];
        break;
      case "performer":
        m0 |= 16777216;
        e18 = o[k];
        break;
      case "valueQuantity":
        m0 |= 33554432;
        e19 = o[k];
        break;
      case "dataAbsentReason":
        m0 |= 67108864;
        e20 = o[k];
        break;
      case "interpretation":
        m0 |= 134217728;
        e21 = o[k];
        break;
      case "comment":
        m0 |= 268435456;
        e22 = o[k];
        break;
      case "bodySite":
        m0 |= 1073741824;
        e23 = o[k];
        break;
      case "method":
        m1 |= 1;
        e24 = o[k];
        break;
      case "specimen":
        m1 |= 2;
        e25 = o[k];
        break;
      case "device":
        m1 |= 4;
        e26 = o[k];
        break;
      case "referenceRange":
        m1 |= 8;
        e27 = o[k];
        break;
      case "related":
        m1 |= 16;
        e28 = o[k];
        break;
      case "component":
        m1 |= 32;
        e29 = o[k];
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
        m0 |= 8388608;
        break;
      case "_comment":
        m0 |= 536870912;
        break;
      default:
        if (!vrt.unknownKey(o, k, x, p) && x.c === null) return false;
    }
  }
  if ((m0 & 3) !== 0) {
    if (!(vrt.isValidId(e0) && (m0 & 2) === 0)) {
      if (!vrt.prim(e0, o._id, x, p, "id", d, 0, vrt.isValidId, "id", OWNER_0) && x.c === null) return false;
    }
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.one(e1, x, p, "meta", d, 0, checkMeta) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidUri(e2) && (m0 & 16) === 0)) {
      if (!vrt.prim(e2, o._implicitRules, x, p, "implicitRules", d, 0, vrt.isValidUri, "uri", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 96) !== 0) {
    if (!(vrt.isValidCode(e3) && (m0 & 64) === 0)) {
      if (!vrt.prim(e3, o._language, x, p, "language", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e3, vcodes.inCodes1)) {
      if (!vrt.eachWith(e3, false, x, p, "language", vrt.checkCode, BINDING_0) && x.c === null) return false;
    }
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e4, x, p, "text", d, 0, checkNarrative) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.many(e5, x, p, "contained", d, 0, -1, vrt.checkContainedResource) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.checkExtensions(e6, x, p, "extension", d, 0, -1, OWNER_0, false) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.checkExtensions(e7, x, p, "modifierExtension", d, 0, -1, OWNER_0, true) && x.c === null) return false;
  }
  if ((m0 & 2048) !== 0) {
    if (!vrt.many(e8, x, p, "identifier", d, 0, -1, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 4096) !== 0) {
    if (!vrt.many(e9, x, p, "basedOn", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e9, true, x, p, "basedOn", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e10) && (m0 & 16384) === 0)) {
    if (!vrt.prim(e10, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e10, vcodes.inCodes36)) {
    if (!vrt.eachWith(e10, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if (!vrt.many(e11, x, p, "category", d, 1, -1, checkCodeableConcept) && x.c === null) return false;
  if (!vrt.each(e11, true, x, p, "category", OCCURRENCE_0) && x.c === null) return false;
  if (!vrt.one(e12, x, p, "code", d, 1, checkBodytempCode) && x.c === null) return false;
  if (!vrt.eachWith(e12, false, x, p, "code", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  if (!vrt.one(e13, x, p, "subject", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e13, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e14, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e14, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "effective", 1) && x.c === null) return false;
  if ((m0 & 1572864) !== 0) {
    if (!(vrt.isValidDateTime(e15) && (m0 & 1048576) === 0)) {
      if (!vrt.prim(
        e15,
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
    if (!vrt.eachWith(e15, false, x, p, "effective.ofType(dateTime)", vrt.checkInvariant, INVARIANT_1) && x.c === null)
      return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.one(e16, x, p, "effective.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
    if (!vrt.eachWith(e16, false, x, p, "effective.ofType(Period)", vrt.checkInvariant, INVARIANT_1) && x.c === null)
      return false;
  }
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidInstant(e17) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(e17, o._issued, x, p, "issued", d, 0, vrt.isValidInstant, "instant", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.many(e18, x, p, "performer", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e18, true, x, p, "performer", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 33554432) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(e19, x, p, "value.ofType(Quantity)", d, 0, checkBodytempValue) && x.c === null) return false;
    if (!vrt.eachWith(e19, false, x, p, "value.ofType(Quantity)", vrt.checkCoding, BINDING_4) && x.c === null)
      return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.one(e20, x, p, "dataAbsentReason", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e20, false, x, p, "dataAbsentReason", vrt.checkConcept, BINDING_5) && x.c === null) return false;
  }
  if ((m0 & 134217728) !== 0) {
    if (!vrt.one(e21, x, p, "interpretation", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e21, false, x, p, "interpretation", vrt.checkConcept, BINDING_6) && x.c === null) return false;
  }
  if ((m0 & 805306368) !== 0) {
    if (!(vrt.isValidString(e22) && (m0 & 536870912) === 0)) {
      if (!vrt.prim(e22, o._comment, x, p, "comment", d, 0, vrt.isValidString, "string", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.one(e23, x, p, "bodySite", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.one(e24, x, p, "method", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.one(e25, x, p, "specimen", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e25, false, x, p, "specimen", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.one(e26, x, p, "device", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e26, false, x, p, "device", vrt.checkReferenceTarget, TARGETS_5) && x.c === null) return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.many(e27, x, p, "referenceRange", d, 0, -1, checkObservationReferenceRange) && x.c === null) return false;
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.many(e28, x, p, "related", d, 0, -1, checkBodytempRelated) && x.c === null) return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.many(e29, x, p, "component", d, 0, -1, checkBodytempComponent) && x.c === null) return false;
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
  if ((m1 & 32) !== 0) {
    if (!vrt.checkObs7(o, x, p) && x.c === null) return false;
  }
  if ((m0 & 67108864) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfValue(o["_dataAbsentReason"], o["dataAbsentReason"]) === 0,
          vrt.fpSizeOfChoice(o, CHOICE_KEYS_0) === 0
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
      r = vrt.fpImplies3(
        vrt.fpAnd3(
          vrt.fpSizeOfValue(o["_component"], o["component"]) === 0,
          vrt.fpSizeOfValue(o["_related"], o["related"]) === 0
        ),
        vrt.fpOr3(
          vrt.fpTruthValue(vrt.fpOneValue(o["_dataAbsentReason"], o["dataAbsentReason"])),
          vrt.fpTruthValue(vrt.fpSingle(vrt.fpChoice([o], CHOICE_KEYS_0)))
        )
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_3) && x.c === null) return false;
  }
  return true;
}
function checkBodytempCode(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.code");
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
      case "coding":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "text":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "_text":
        n++;
        m0 |= 16;
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
    if (!vrt.checkSliced(e2, x, p, "coding", d, 0, -1, SLICING_0) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_1) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkBodytempValue(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.value[x]");
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
      case "value":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "comparator":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "unit":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "system":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "code":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "_value":
        n++;
        m0 |= 8;
        break;
      case "_comparator":
        n++;
        m0 |= 32;
        break;
      case "_unit":
        n++;
        m0 |= 128;
        break;
      case "_system":
        n++;
        m0 |= 512;
        break;
      case "_code":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if (!(vrt.isValidDecimal(e2) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._value, x, p, "value", d, 1, vrt.isValidDecimal, "decimal", OWNER_2) && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidCode(e3) && (m0 & 32) === 0)) {
      if (!vrt.prim(e3, o._comparator, x, p, "comparator", d, 0, vrt.isValidCode, "code", OWNER_2) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e3, vcodes.inCodes12)) {
      if (!vrt.eachWith(e3, false, x, p, "comparator", vrt.checkCode, BINDING_7) && x.c === null) return false;
    }
  }
  if (!(vrt.isValidString(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._unit, x, p, "unit", d, 1, vrt.isValidString, "string", OWNER_2) && x.c === null) return false;
  }
  if (!((e5 === "http://unitsofmeasure.org" || vrt.isValidUri(e5)) && (m0 & 512) === 0)) {
    if (!vrt.prim(e5, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_2) && x.c === null) return false;
  }
  if (!(e5 === void 0 || e5 === "http://unitsofmeasure.org")) {
    if (!vrt.eachWith(e5, false, x, p, "system", vrt.checkFixed, "http://unitsofmeasure.org") && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(e6) && (m0 & 2048) === 0)) {
    if (!vrt.prim(e6, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_2) && x.c === null) return false;
  }
  if (!vrt.codeIn(e6, vcodes.inCodes45)) {
    if (!vrt.eachWith(e6, false, x, p, "code", vrt.checkCode, BINDING_8) && x.c === null) return false;
  }
  return true;
}
function checkBodytempRelated(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.related");
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
      case "modifierExtension":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "type":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "target":
        n++;
        m0 |= 32;
        e4 = o[k];
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
    if (!vrt.isValidString(e0)) {
      if (!vrt.attribute(e0, x, p, "id", 0, vrt.isValidString, "string") && x.c === null) return false;
    }
  }
  if ((m0 & 2) !== 0) {
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null) return false;
  }
  if (!((e3 === "has-member" || vrt.isValidCode(e3)) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._type, x, p, "type", d, 1, vrt.isValidCode, "code", OWNER_3) && x.c === null) return false;
  }
  if (!vrt.each(e3, false, x, p, "type", OCCURRENCE_1) && x.c === null) return false;
  if (!vrt.one(e4, x, p, "target", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e4, false, x, p, "target", vrt.checkReferenceTarget, TARGETS_6) && x.c === null) return false;
  return true;
}
function checkBodytempComponent(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.component");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7;
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
      case "modifierExtension":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "code":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "valueQuantity":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "dataAbsentReason":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "interpretation":
        n++;
        m0 |= 64;
        e6 = o[k];
        break;
      case "referenceRange":
        n++;
        m0 |= 128;
        e7 = o[k];
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
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_4, true) && x.c === null) return false;
  }
  if (!vrt.one(e3, x, p, "code", d, 1, checkCodeableConcept) && x.c === null) return false;
  if (!vrt.eachWith(e3, false, x, p, "code", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  if (vrt.bitCount(m0 & 16) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "value", 0) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "value.ofType(Quantity)", d, 0, checkBodytempComponentValue) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "value.ofType(Quantity)", vrt.checkCoding, BINDING_4) && x.c === null)
      return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "dataAbsentReason", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e5, false, x, p, "dataAbsentReason", vrt.checkConcept, BINDING_5) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e6, x, p, "interpretation", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e6, false, x, p, "interpretation", vrt.checkConcept, BINDING_6) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.many(e7, x, p, "referenceRange", d, 0, -1, _checkObservationReferenceRange) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpOr3(
        vrt.fpSizeOfChoice(o, CHOICE_KEYS_1) > 0,
        vrt.fpSizeOfValue(o["_dataAbsentReason"], o["dataAbsentReason"]) > 0
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_4) && x.c === null) return false;
  }
  return true;
}
function checkBodytempCodeCodingBodyTempCode(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.code.coding");
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
      case "system":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "version":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "code":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "display":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "userSelected":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "_system":
        n++;
        m0 |= 8;
        break;
      case "_version":
        n++;
        m0 |= 32;
        break;
      case "_code":
        n++;
        m0 |= 128;
        break;
      case "_display":
        n++;
        m0 |= 512;
        break;
      case "_userSelected":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_5, false) && x.c === null) return false;
  }
  if ((m0 & 12) !== 0) {
    if (!((e2 === "http://loinc.org" || vrt.isValidUri(e2)) && (m0 & 8) === 0)) {
      if (!vrt.prim(e2, o._system, x, p, "system", d, 0, vrt.isValidUri, "uri", OWNER_5) && x.c === null) return false;
    }
    if (!(e2 === void 0 || e2 === "http://loinc.org")) {
      if (!vrt.eachWith(e2, false, x, p, "system", vrt.checkFixed, "http://loinc.org") && x.c === null) return false;
    }
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 32) === 0)) {
      if (!vrt.prim(e3, o._version, x, p, "version", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 192) !== 0) {
    if (!((e4 === "8310-5" || vrt.isValidCode(e4)) && (m0 & 128) === 0)) {
      if (!vrt.prim(e4, o._code, x, p, "code", d, 0, vrt.isValidCode, "code", OWNER_5) && x.c === null) return false;
    }
    if (!(e4 === void 0 || e4 === "8310-5")) {
      if (!vrt.eachWith(e4, false, x, p, "code", vrt.checkFixed, "8310-5") && x.c === null) return false;
    }
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(e5) && (m0 & 512) === 0)) {
      if (!vrt.prim(e5, o._display, x, p, "display", d, 0, vrt.isValidString, "string", OWNER_5) && x.c === null)
        return false;
    }
  }
  if ((m0 & 3072) !== 0) {
    if (!(vrt.isValidBoolean(e6) && (m0 & 2048) === 0)) {
      if (!vrt.prim(e6, o._userSelected, x, p, "userSelected", d, 0, vrt.isValidBoolean, "boolean", OWNER_5) && x.c === null)
        return false;
    }
  }
  return true;
}
function checkBodytempComponentValue(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.component.value[x]");
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
      case "value":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "comparator":
        n++;
        m0 |= 16;
        e3 = o[k];
        break;
      case "unit":
        n++;
        m0 |= 64;
        e4 = o[k];
        break;
      case "system":
        n++;
        m0 |= 256;
        e5 = o[k];
        break;
      case "code":
        n++;
        m0 |= 1024;
        e6 = o[k];
        break;
      case "_value":
        n++;
        m0 |= 8;
        break;
      case "_comparator":
        n++;
        m0 |= 32;
        break;
      case "_unit":
        n++;
        m0 |= 128;
        break;
      case "_system":
        n++;
        m0 |= 512;
        break;
      case "_code":
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_6, false) && x.c === null) return false;
  }
  if (!(vrt.isValidDecimal(e2) && (m0 & 8) === 0)) {
    if (!vrt.prim(e2, o._value, x, p, "value", d, 1, vrt.isValidDecimal, "decimal", OWNER_6) && x.c === null)
      return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidCode(e3) && (m0 & 32) === 0)) {
      if (!vrt.prim(e3, o._comparator, x, p, "comparator", d, 0, vrt.isValidCode, "code", OWNER_6) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e3, vcodes.inCodes12)) {
      if (!vrt.eachWith(e3, false, x, p, "comparator", vrt.checkCode, BINDING_7) && x.c === null) return false;
    }
  }
  if (!(vrt.isValidString(e4) && (m0 & 128) === 0)) {
    if (!vrt.prim(e4, o._unit, x, p, "unit", d, 1, vrt.isValidString, "string", OWNER_6) && x.c === null) return false;
  }
  if (!((e5 === "http://unitsofmeasure.org" || vrt.isValidUri(e5)) && (m0 & 512) === 0)) {
    if (!vrt.prim(e5, o._system, x, p, "system", d, 1, vrt.isValidUri, "uri", OWNER_6) && x.c === null) return false;
  }
  if (!(e5 === void 0 || e5 === "http://unitsofmeasure.org")) {
    if (!vrt.eachWith(e5, false, x, p, "system", vrt.checkFixed, "http://unitsofmeasure.org") && x.c === null)
      return false;
  }
  if (!(vrt.isValidCode(e6) && (m0 & 2048) === 0)) {
    if (!vrt.prim(e6, o._code, x, p, "code", d, 1, vrt.isValidCode, "code", OWNER_6) && x.c === null) return false;
  }
  return true;
}
function _checkObservationReferenceRange(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "Observation.referenceRange");
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
      case "modifierExtension":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "low":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "high":
        n++;
        m0 |= 16;
        e4 = o[k];
        break;
      case "type":
        n++;
        m0 |= 32;
        e5 = o[k];
        break;
      case "appliesTo":
        n++;
        m0 |= 64;
        e6 = o[k];
        break;
      case "age":
        n++;
        m0 |= 128;
        e7 = o[k];
        break;
      case "text":
        n++;
        m0 |= 256;
        e8 = o[k];
        break;
      case "_text":
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
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_7, true) && x.c === null) return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(e3, x, p, "low", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "high", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e5, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e5, false, x, p, "type", vrt.checkConcept, BINDING_10) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.many(e6, x, p, "appliesTo", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e7, x, p, "age", d, 0, checkRange) && x.c === null) return false;
  }
  if ((m0 & 768) !== 0) {
    if (!(vrt.isValidString(e8) && (m0 & 512) === 0)) {
      if (!vrt.prim(e8, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_7) && x.c === null)
        return false;
    }
  }
  {
    let r;
    try {
      r = vrt.fpOr3(
        vrt.fpOr3(vrt.fpSizeOfValue(o["_low"], o["low"]) > 0, vrt.fpSizeOfValue(o["_high"], o["high"]) > 0),
        vrt.fpSizeOfValue(o["_text"], o["text"]) > 0
      );
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_5) && x.c === null) return false;
  }
  return true;
}
function validateBodytemp(value, options) {
  return vrt.validateWith(value, "Observation", checkBodytemp, true, options, REGISTRY_0);
}
function isBodytemp(value, options) {
  return vrt.testWith(value, checkBodytemp, true, options, REGISTRY_0);
}
function buildBodytemp(input) {
  return fillAndCheck(
    input,
    {
      resourceType: "Observation",
      profile: "http://hl7.org/fhir/StructureDefinition/bodytemp",
      each: {
        valueQuantity: { set: { system: "http://unitsofmeasure.org" } },
        related: { set: { type: "has-member" } },
        component: { each: { valueQuantity: { set: { system: "http://unitsofmeasure.org" } } } }
      }
    },
    isBodytemp,
    validateBodytemp,
    "Bodytemp"
  );
}
function buildBodytempCodeCodingBodyTempCode(input) {
  return fillPart(input, { set: { system: "http://loinc.org", code: "8310-5" } });
}
export {
  buildBodytemp,
  buildBodytempCodeCodingBodyTempCode,
  checkBodytemp,
  checkBodytempCode,
  checkBodytempCodeCodingBodyTempCode,
  checkBodytempComponent,
  checkBodytempComponentValue,
  checkBodytempRelated,
  checkBodytempValue,
  isBodytemp,
  validateBodytemp
};
