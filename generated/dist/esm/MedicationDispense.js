import { checkAnnotation } from "./Annotation.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkDosage } from "./Dosage.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkSimpleQuantity } from "./SimpleQuantity.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["MedicationDispense"], type: "MedicationDispense", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = ["Procedure"];
const BINDING_1 = {
  has: vcodes.inCodes251,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/medication-dispense-status"
};
const BINDING_2 = {
  has: vcodes.inCodings252,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/medication-dispense-category"
};
const CHOICE_0 = vrt.choiceVariants(["medicationCodeableConcept", "medicationReference"]);
const TARGETS_1 = ["Medication"];
const TARGETS_2 = ["Group", "Patient"];
const TARGETS_3 = ["Encounter", "EpisodeOfCare"];
const TARGETS_4 = ["MedicationRequest"];
const TARGETS_5 = ["Location"];
const TARGETS_6 = ["Patient", "Practitioner"];
const TARGETS_7 = ["DetectedIssue"];
const CHOICE_1 = vrt.choiceVariants([
  "notDoneReasonCodeableConcept",
  "notDoneReasonReference"
]);
const TARGETS_8 = ["Provenance"];
const INVARIANT_0 = vrt.invariant({
  key: "mdd-1",
  path: "MedicationDispense",
  expression: "whenHandedOver.empty() or whenPrepared.empty() or whenHandedOver >= whenPrepared",
  severity: "error",
  human: "whenHandedOver cannot be before whenPrepared"
});
const OWNER_1 = { paths: ["MedicationDispense.performer"], type: "BackboneElement", exact: true };
const TARGETS_9 = ["Device", "Organization", "Patient", "Practitioner", "RelatedPerson"];
const TARGETS_10 = ["Organization"];
const OWNER_2 = {
  paths: ["MedicationDispense.substitution"],
  type: "BackboneElement",
  exact: true
};
const TARGETS_11 = ["Practitioner"];
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/MedicationDispense",
      check: checkMedicationDispense,
      type: "MedicationDispense",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkMedicationDispense(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationDispense");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "MedicationDispense") && x.c === null) return false;
  let m0 = 0;
  let m1 = 0;
  let e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31, e32, e33;
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
      case "partOf":
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
      case "medicationCodeableConcept":
        m0 |= 65536;
        e12 = o[k];
        break;
      case "medicationReference":
        m0 |= 131072;
        e13 = o[k];
        break;
      case "subject":
        m0 |= 262144;
        e14 = o[k];
        break;
      case "context":
        m0 |= 524288;
        e15 = o[k];
        break;
      case "supportingInformation":
        m0 |= 1048576;
        e16 = o[k];
        break;
      case "performer":
        m0 |= 2097152;
        e17 = o[k];
        break;
      case "authorizingPrescription":
        m0 |= 4194304;
        e18 = o[k];
        break;
      case "type":
        m0 |= 8388608;
        e19 = o[k];
        break;
      case "quantity":
        m0 |= 16777216;
        e20 = o[k];
        break;
      case "daysSupply":
        m0 |= 33554432;
        e21 = o[k];
        break;
      case "whenPrepared":
        m0 |= 67108864;
        e22 = o[k];
        break;
      case "whenHandedOver":
        m0 |= 268435456;
        e23 = o[k];
        break;
      case "destination":
        m0 |= 1073741824;
        e24 = o[k];
        break;
      case "receiver":
        m1 |= 1;
        e25 = o[k];
        break;
      case "note":
        m1 |= 2;
        e26 = o[k];
        break;
      case "dosageInstruction":
        m1 |= 4;
        e27 = o[k];
        break;
      case "substitution":
        m1 |= 8;
        e28 = o[k];
        break;
      case "detectedIssue":
        m1 |= 16;
        e29 = o[k];
        break;
      case "notDone":
        m1 |= 32;
        e30 = o[k];
        break;
      case "notDoneReasonCodeableConcept":
        m1 |= 128;
        e31 = o[k];
        break;
      case "notDoneReasonReference":
        m1 |= 256;
        e32 = o[k];
        break;
      case "eventHistory":
        m1 |= 512;
        e33 = o[k];
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
      case "_whenPrepared":
        m0 |= 134217728;
        break;
      case "_whenHandedOver":
        m0 |= 536870912;
        break;
      case "_notDone":
        m1 |= 64;
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
    if (!vrt.many(e9, x, p, "partOf", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e9, true, x, p, "partOf", vrt.checkReferenceTarget, TARGETS_0) && x.c === null) return false;
  }
  if ((m0 & 24576) !== 0) {
    if (!(vrt.isValidCode(e10) && (m0 & 16384) === 0)) {
      if (!vrt.prim(e10, o._status, x, p, "status", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(e10, vcodes.inCodes251)) {
      if (!vrt.eachWith(e10, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if ((m0 & 32768) !== 0) {
    if (!vrt.one(e11, x, p, "category", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(e11, false, x, p, "category", vrt.checkConcept, BINDING_2) && x.c === null) return false;
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "medication", 1) && x.c === null) return false;
  if ((m0 & 65536) !== 0) {
    if (!vrt.one(e12, x, p, "medication.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m0 & 131072) !== 0) {
    if (!vrt.one(e13, x, p, "medication.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e13, false, x, p, "medication.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 262144) !== 0) {
    if (!vrt.one(e14, x, p, "subject", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e14, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_2) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(e15, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e15, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_3) && x.c === null) return false;
  }
  if ((m0 & 1048576) !== 0) {
    if (!vrt.many(e16, x, p, "supportingInformation", d, 0, -1, checkReference) && x.c === null) return false;
  }
  if ((m0 & 2097152) !== 0) {
    if (!vrt.many(e17, x, p, "performer", d, 0, -1, checkMedicationDispensePerformer) && x.c === null) return false;
  }
  if ((m0 & 4194304) !== 0) {
    if (!vrt.many(e18, x, p, "authorizingPrescription", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e18, true, x, p, "authorizingPrescription", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(e19, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 16777216) !== 0) {
    if (!vrt.one(e20, x, p, "quantity", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(e21, x, p, "daysSupply", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 201326592) !== 0) {
    if (!(vrt.isValidDateTime(e22) && (m0 & 134217728) === 0)) {
      if (!vrt.prim(e22, o._whenPrepared, x, p, "whenPrepared", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 805306368) !== 0) {
    if (!(vrt.isValidDateTime(e23) && (m0 & 536870912) === 0)) {
      if (!vrt.prim(e23, o._whenHandedOver, x, p, "whenHandedOver", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.one(e24, x, p, "destination", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e24, false, x, p, "destination", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.many(e25, x, p, "receiver", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e25, true, x, p, "receiver", vrt.checkReferenceTarget, TARGETS_6) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.many(e26, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.many(e27, x, p, "dosageInstruction", d, 0, -1, checkDosage) && x.c === null) return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.one(e28, x, p, "substitution", d, 0, checkMedicationDispenseSubstitution) && x.c === null) return false;
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.many(e29, x, p, "detectedIssue", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e29, true, x, p, "detectedIssue", vrt.checkReferenceTarget, TARGETS_7) && x.c === null)
      return false;
  }
  if ((m1 & 96) !== 0) {
    if (!(vrt.isValidBoolean(e30) && (m1 & 64) === 0)) {
      if (!vrt.prim(e30, o._notDone, x, p, "notDone", d, 0, vrt.isValidBoolean, "boolean", OWNER_0) && x.c === null)
        return false;
    }
  }
  if (vrt.bitCount(m1 & 384) > 1) {
    if (!vrt.checkChoice(o, CHOICE_1, x, p, "notDoneReason", 0) && x.c === null) return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.one(e31, x, p, "notDoneReason.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.one(e32, x, p, "notDoneReason.ofType(Reference)", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e32, false, x, p, "notDoneReason.ofType(Reference)", vrt.checkReferenceTarget, TARGETS_7) && x.c === null)
      return false;
  }
  if ((m1 & 512) !== 0) {
    if (!vrt.many(e33, x, p, "eventHistory", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e33, true, x, p, "eventHistory", vrt.checkReferenceTarget, TARGETS_8) && x.c === null)
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
  if ((m0 & 805306368) !== 0) {
    {
      let r;
      try {
        r = vrt.fpOr3(
          vrt.fpOr3(
            vrt.fpSizeOfValue(o["_whenHandedOver"], o["whenHandedOver"]) === 0,
            vrt.fpSizeOfValue(o["_whenPrepared"], o["whenPrepared"]) === 0
          ),
          vrt.fpGeValue(
            vrt.fpOneValue(o["_whenHandedOver"], o["whenHandedOver"]),
            vrt.fpOneValue(o["_whenPrepared"], o["whenPrepared"])
          )
        );
      } catch {
        r = vrt.BAILED;
      }
      if (!vrt.checkTruth(r, o, x, p, INVARIANT_0) && x.c === null) return false;
    }
  }
  return true;
}
function checkMedicationDispensePerformer(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationDispense.performer");
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
function checkMedicationDispenseSubstitution(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationDispense.substitution");
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
      case "modifierExtension":
        n++;
        m0 |= 4;
        e2 = o[k];
        break;
      case "wasSubstituted":
        n++;
        m0 |= 8;
        e3 = o[k];
        break;
      case "type":
        n++;
        m0 |= 32;
        e4 = o[k];
        break;
      case "reason":
        n++;
        m0 |= 64;
        e5 = o[k];
        break;
      case "responsibleParty":
        n++;
        m0 |= 128;
        e6 = o[k];
        break;
      case "_wasSubstituted":
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
  if (!(vrt.isValidBoolean(e3) && (m0 & 16) === 0)) {
    if (!vrt.prim(e3, o._wasSubstituted, x, p, "wasSubstituted", d, 1, vrt.isValidBoolean, "boolean", OWNER_2) && x.c === null)
      return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(e4, x, p, "type", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.many(e5, x, p, "reason", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.many(e6, x, p, "responsibleParty", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(e6, true, x, p, "responsibleParty", vrt.checkReferenceTarget, TARGETS_11) && x.c === null)
      return false;
  }
  return true;
}
function validateMedicationDispense(value, options) {
  return vrt.validateWith(value, "MedicationDispense", checkMedicationDispense, true, options, REGISTRY_0);
}
function isMedicationDispense(value, options) {
  return vrt.testWith(value, checkMedicationDispense, true, options, REGISTRY_0);
}
function buildMedicationDispense(input) {
  return fillAndCheck(
    input,
    { resourceType: "MedicationDispense" },
    isMedicationDispense,
    validateMedicationDispense,
    "MedicationDispense"
  );
}
export {
  buildMedicationDispense,
  checkMedicationDispense,
  checkMedicationDispensePerformer,
  checkMedicationDispenseSubstitution,
  isMedicationDispense,
  validateMedicationDispense
};
