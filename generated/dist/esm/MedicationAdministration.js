import { checkAnnotation } from "./Annotation.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkRatio } from "./Ratio.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkSimpleQuantity } from "./SimpleQuantity.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = {
  paths: ["MedicationAdministration"],
  type: "MedicationAdministration",
  exact: true
};
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = ["ActivityDefinition", "PlanDefinition"];
const TARGETS_1 = ["MedicationAdministration", "Procedure"];
const BINDING_1 = {
  has: vcodes.inCodes249,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/medication-admin-status"
};
const BINDING_2 = {
  has: vcodes.inCodings250,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/medication-admin-category"
};
const CHOICE_0 = vrt.choiceVariants(["medicationCodeableConcept", "medicationReference"]);
const TARGETS_2 = ["Medication"];
const TARGETS_3 = ["Group", "Patient"];
const TARGETS_4 = ["Encounter", "EpisodeOfCare"];
const CHOICE_1 = vrt.choiceVariants(["effectiveDateTime", "effectivePeriod"]);
const TARGETS_5 = ["Condition", "Observation"];
const TARGETS_6 = ["MedicationRequest"];
const TARGETS_7 = ["Device"];
const TARGETS_8 = ["Provenance"];
const INVARIANT_0 = vrt.invariant({
  key: "mad-2",
  path: "MedicationAdministration",
  expression: "reasonNotGiven.empty() or notGiven = true",
  severity: "error",
  human: "Reason not given is only permitted if NotGiven is true"
});
const INVARIANT_1 = vrt.invariant({
  key: "mad-3",
  path: "MedicationAdministration",
  expression: "reasonCode.empty() or notGiven.empty() or notGiven = 'false'",
  severity: "error",
  human: "Reason given is only permitted if NotGiven is false"
});
const OWNER_1 = {
  paths: ["MedicationAdministration.performer"],
  type: "BackboneElement",
  exact: true
};
const TARGETS_9 = ["Device", "Patient", "Practitioner", "RelatedPerson"];
const TARGETS_10 = ["Organization"];
const OWNER_2 = {
  paths: ["MedicationAdministration.dosage"],
  type: "BackboneElement",
  exact: true
};
const CHOICE_2 = vrt.choiceVariants(["rateRatio", "rateQuantity"]);
const CHOICE_KEYS_0 = [
  ["rateRatio", "_rateRatio"],
  ["rateQuantity", "_rateQuantity"]
];
const INVARIANT_2 = vrt.invariant({
  key: "mad-1",
  path: "MedicationAdministration.dosage",
  expression: "dose.exists() or rate.exists()",
  severity: "error",
  human: "SHALL have at least one of dosage.dose or dosage.rate[x]"
});
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/MedicationAdministration",
      check: checkMedicationAdministration,
      type: "MedicationAdministration",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkMedicationAdministration(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationAdministration");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "MedicationAdministration") && x.c === null) return false;
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
      case "definition":
        m0 |= 4096;
        e9 = o[k];
        break;
      case "partOf":
        m0 |= 8192;
        e10 = o[k];
        break;
      case "status":
        m0 |= 16384;
        e11 = o[k];
        break;
      case "category":
        m0 |= 65536;
        e12 = o[k];
        break;
      case "medicationCodeableConcept":
        m0 |= 131072;
        e13 = o[k];
        break;
      case "medicationReference":
        m0 |= 262144;
        e14 = o[k];
        break;
      case "subject":
        m0 |= 524288;
        e15 = o[k];
        break;
      case "context":
        m0 |= 1048576;
        e16 = o[k];
        break;
      case "supportingInformation":
        m0 |= 2097152;
        e17 = o[k];
        break;
      case "effectiveDateTime":
        m0 |= 4194304;
        e18 = o[k];
        break;
      case "effectivePeriod":
        m0 |= 16777216;
        e19 = o[k];
        break;
      case "performer":
        m0 |= 33554432;
        e20 = o[k];
        break;
      case "notGiven":
        m0 |= 67108864;
        e21 = o[k];
        break;
      case "reasonNotGiven":
        m0 |= 268435456;
        e22 = o[k];
        break;
      case "reasonCode":
        m0 |= 536870912;
        e23 = o[k];
        break;
      case "reasonReference":
        m0 |= 1073741824;
        e24 = o[k];
        break;
      case "prescription":
        m1 |= 1;
        e25 = o[k];
        break;
      case "device":
        m1 |= 2;
        e26 = o[k];
        break;
      case "note":
        m1 |= 4;
        e27 = o[k];
        break;
      case "dosage":
        m1 |= 8;
        e28 = o[k];
        break;
      case "eventHistory":
        m1 |= 16;
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
        m0 |= 32768;
        break;
      case "_effectiveDateTime":
        m0 |= 8388608;
        break;
      case "_notGiven":
        m0 |= 134217728;
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
    if (!vrt.many(e9, x, p, "definition", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e9, true, x, p, "definition", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(e10, x, p, "partOf", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e10, true, x, p, "partOf", vrt.checkReferenceTarget, TARGETS_1) && x.c === null) return false;
  }
  if (!(vrt.isValidCode(e11) && (m0 & 32768) === 0)) {
    if (!vrt.prim(e11, o._status, x, p, "status", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null) return false;
  }
  if (!vrt.codeIn(e11, vcodes.inCodes249)) {
    if (!vrt.eachWith(e11, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
  }
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(e12, x, p, "category", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e12, false, x, p, "category", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "medication", 1) && x.c === null) return false;
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(e13, x, p, "medication.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e14, x, p, "medication.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e14, false, x, p, "medication.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_2) && x.c === null)
      return false;
  }
  if (!vrt.one(e15, x, p, "subject", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e15, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  if ((m0 & 1048576) !== 0) {
    if (!vrt.one(e16, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e16, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_4) && x.c === null) return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.many(e17, x, p, "supportingInformation", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_1, x, p, "effective", 1) && x.c === null) return false;
  if ((m0 & 12582912) !== 0) {
    if (!(vrt.isValidDateTime(e18) && (m0 & 8388608) === 0)) {
      if (!vrt.prim(
        e18,
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
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(e19, x, p, "effective.ofType(Period)", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.many(e20, x, p, "performer", d, 0, -1, checkMedicationAdministrationPerformer) && x.c === null)
      return false;
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidBoolean(e21) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(e21, o._notGiven, x, p, "notGiven", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 268435456) !== 0) {
    if (!vrt.many(e22, x, p, "reasonNotGiven", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.many(e23, x, p, "reasonCode", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.many(e24, x, p, "reasonReference", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e24, true, x, p, "reasonReference", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.one(e25, x, p, "prescription", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e25, false, x, p, "prescription", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.many(e26, x, p, "device", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e26, true, x, p, "device", vrt.checkReferenceTarget, TARGETS_7) && x.c === null) return false;
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.many(e27, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.one(e28, x, p, "dosage", d, 0, checkMedicationAdministrationDosage) && x.c === null) return false;
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.many(e29, x, p, "eventHistory", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e29, true, x, p, "eventHistory", vrt.checkReferenceTarget, TARGETS_8) && x.c === null)
      return false;
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
  if ((m0 & 268435456) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpSizeOfValue(o["_reasonNotGiven"], o["reasonNotGiven"]) === 0,
          vrt.fpEqValue(vrt.fpOneValue(o["_notGiven"], o["notGiven"]), true)
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
    }
  }
  if ((m0 & 536870912) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpOr3(
            vrt.fpSizeOfValue(o["_reasonCode"], o["reasonCode"]) === 0,
            vrt.fpSizeOfValue(o["_notGiven"], o["notGiven"]) === 0
          ),
          vrt.fpEqValue(vrt.fpOneValue(o["_notGiven"], o["notGiven"]), "false")
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_1) && x.c === null) return false;
    }
  }
  return true;
}
function checkMedicationAdministrationPerformer(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationAdministration.performer");
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
      case "actor":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "onBehalfOf":
        n++;
        m0 |= 16;
        e4 = o[k];
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
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_1, true) && x.c === null) return false;
  }
  if (!vrt.one(e3, x, p, "actor", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(e3, false, x, p, "actor", vrt.checkReferenceTarget, TARGETS_9) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(e4, x, p, "onBehalfOf", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e4, false, x, p, "onBehalfOf", vrt.checkReferenceTarget, TARGETS_10) && x.c === null)
      return false;
  }
  return true;
}
function checkMedicationAdministrationDosage(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationAdministration.dosage");
  if (o === void 0) return false;
  let m0 = 0;
  let n = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9;
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
      case "text":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "site":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "route":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "method":
        n++;
        m0 |= 128;
        e6 = o[k];
        break;
      case "dose":
        n++;
        m0 |= 256;
        e7 = o[k];
        break;
      case "rateRatio":
        n++;
        m0 |= 512;
        e8 = o[k];
        break;
      case "rateQuantity":
        n++;
        m0 |= 1024;
        e9 = o[k];
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
    if (!vrt.checkExtensions(e1, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(e2, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null) return false;
  }
  if ((m0 & 24) !== 0) {
    if (!(vrt.isValidString(e3) && (m0 & 16) === 0)) {
      if (!vrt.prim(e3, o._text, x, p, "text", d, 0, vrt.isValidString, "string", OWNER_2) && x.c === null)
        return false;
    }
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e4, x, p, "site", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(e5, x, p, "route", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(e6, x, p, "method", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(e7, x, p, "dose", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  if (vrt.bitCount(m0 & 1536) > 1) {
    if (!vrt.checkChoice(o, CHOICE_2, x, p, "rate", 0) && x.c === null) return false;
  }
  if ((m0 & 512) !== 0) {
    if (!vrt.one(e8, x, p, "rate.ofType(Ratio)", d, 0, checkRatio) && x.c === null) return false;
  }
  if ((m0 & 1024) !== 0) {
    if (!vrt.one(e9, x, p, "rate.ofType(Quantity)", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  {
    let r;
    try {
      r = vrt.fpOr3(vrt.fpSizeOfValue(o["_dose"], o["dose"]) > 0, vrt.fpSizeOfChoice(o, CHOICE_KEYS_0) > 0);
    } catch {
      r = vrt.BAILED;
    }
    if (!vrt.checkTruth(r, o, x, p, INVARIANT_2) && x.c === null) return false;
  }
  return true;
}
function validateMedicationAdministration(value, options) {
  return vrt.validateWith(value, "MedicationAdministration", checkMedicationAdministration, true, options, REGISTRY_0);
}
function isMedicationAdministration(value, options) {
  return vrt.testWith(value, checkMedicationAdministration, true, options, REGISTRY_0);
}
function buildMedicationAdministration(input) {
  return fillAndCheck(
    input,
    { resourceType: "MedicationAdministration" },
    isMedicationAdministration,
    validateMedicationAdministration,
    "MedicationAdministration"
  );
}
export {
  buildMedicationAdministration,
  checkMedicationAdministration,
  checkMedicationAdministrationDosage,
  checkMedicationAdministrationPerformer,
  isMedicationAdministration,
  validateMedicationAdministration
};
