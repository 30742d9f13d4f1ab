import { checkAnnotation } from "./Annotation.js";
import { checkCodeableConcept } from "./CodeableConcept.js";
import { checkDosage } from "./Dosage.js";
import { checkDuration } from "./Duration.js";
import { checkIdentifier } from "./Identifier.js";
import { checkMeta } from "./Meta.js";
import { checkNarrative } from "./Narrative.js";
import { checkPeriod } from "./Period.js";
import { checkReference } from "./Reference.js";
import { fillAndCheck } from "./runtime/build/fill.js";
import { checkSimpleQuantity } from "./SimpleQuantity.js";
import * as vrt from "./runtime/validate/index.js";
import * as vcodes from "./validators/codes.js";
import * as vresources from "./validators/resource-types.js";
const OWNER_0 = { paths: ["MedicationRequest"], type: "MedicationRequest", exact: true };
const BINDING_0 = {
  has: vcodes.inCodes1,
  strength: "extensible",
  valueSet: "http://hl7.org/fhir/ValueSet/languages"
};
const TARGETS_0 = ["ActivityDefinition", "PlanDefinition"];
const TARGETS_1 = ["CarePlan", "MedicationRequest", "ProcedureRequest", "ReferralRequest"];
const BINDING_1 = {
  has: vcodes.inCodes94,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/medication-request-status"
};
const BINDING_2 = {
  has: vcodes.inCodes95,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/medication-request-intent"
};
const BINDING_3 = {
  has: vcodes.inCodings96,
  strength: "preferred",
  valueSet: "http://hl7.org/fhir/ValueSet/medication-request-category"
};
const BINDING_4 = {
  has: vcodes.inCodes97,
  strength: "required",
  valueSet: "http://hl7.org/fhir/ValueSet/medication-request-priority"
};
const CHOICE_0 = vrt.choiceVariants(["medicationCodeableConcept", "medicationReference"]);
const TARGETS_2 = ["Medication"];
const TARGETS_3 = ["Group", "Patient"];
const TARGETS_4 = ["Encounter", "EpisodeOfCare"];
const TARGETS_5 = ["Practitioner"];
const TARGETS_6 = ["Condition", "Observation"];
const TARGETS_7 = ["MedicationRequest"];
const TARGETS_8 = ["DetectedIssue"];
const TARGETS_9 = ["Provenance"];
const OWNER_1 = { paths: ["MedicationRequest.requester"], type: "BackboneElement", exact: true };
const TARGETS_10 = ["Device", "Organization", "Patient", "Practitioner", "RelatedPerson"];
const TARGETS_11 = ["Organization"];
const OWNER_2 = {
  paths: ["MedicationRequest.dispenseRequest"],
  type: "BackboneElement",
  exact: true
};
const OWNER_3 = { paths: ["MedicationRequest.substitution"], type: "BackboneElement", exact: true };
const REGISTRY_0 = vrt.localRegistry(() => ({
  resources: [
    {
      url: "http://hl7.org/fhir/StructureDefinition/MedicationRequest",
      check: checkMedicationRequest,
      type: "MedicationRequest",
      base: true
    }
  ],
  extensions: [],
  baseExtension: void 0,
  isResourceType: vresources.isResourceType,
  isResourceProfile: vresources.isResourceProfile,
  isExtensionUrl: vresources.isExtensionUrl
}));
function checkMedicationRequest(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationRequest");
  if (o === void 0) return false;
  if (!vrt.checkResourceType(o, x, p, "MedicationRequest") && x.c === null) return false;
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
      case "definition":
        m0 |= 4096;
        break;
      case "basedOn":
        m0 |= 8192;
        break;
      case "groupIdentifier":
        m0 |= 16384;
        break;
      case "status":
        m0 |= 32768;
        break;
      case "intent":
        m0 |= 131072;
        break;
      case "category":
        m0 |= 524288;
        break;
      case "priority":
        m0 |= 1048576;
        break;
      case "medicationCodeableConcept":
        m0 |= 4194304;
        break;
      case "medicationReference":
        m0 |= 8388608;
        break;
      case "subject":
        m0 |= 16777216;
        break;
      case "context":
        m0 |= 33554432;
        break;
      case "supportingInformation":
        m0 |= 67108864;
        break;
      case "authoredOn":
        m0 |= 134217728;
        break;
      case "requester":
        m0 |= 536870912;
        break;
      case "recorder":
        m0 |= 1073741824;
        break;
      case "reasonCode":
        m1 |= 1;
        break;
      case "reasonReference":
        m1 |= 2;
        break;
      case "note":
        m1 |= 4;
        break;
      case "dosageInstruction":
        m1 |= 8;
        break;
      case "dispenseRequest":
        m1 |= 16;
        break;
      case "substitution":
        m1 |= 32;
        break;
      case "priorPrescription":
        m1 |= 64;
        break;
      case "detectedIssue":
        m1 |= 128;
        break;
      case "eventHistory":
        m1 |= 256;
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
        m0 |= 65536;
        break;
      case "_intent":
        m0 |= 262144;
        break;
      case "_priority":
        m0 |= 2097152;
        break;
      case "_authoredOn":
        m0 |= 268435456;
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
    if (!vrt.many(o.definition, x, p, "definition", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.definition, true, x, p, "definition", vrt.checkReferenceTarget, TARGETS_0) && x.c === null)
      return false;
  }
  if ((m0 & 8192) !== 0) {
    if (!vrt.many(o.basedOn, x, p, "basedOn", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.basedOn, true, x, p, "basedOn", vrt.checkReferenceTarget, TARGETS_1) && x.c === null)
      return false;
  }
  if ((m0 & 16384) !== 0) {
    if (!vrt.one(o.groupIdentifier, x, p, "groupIdentifier", d, 0, checkIdentifier) && x.c === null) return false;
  }
  if ((m0 & 98304) !== 0) {
    if (!(vrt.isValidCode(o.status) && (m0 & 65536) === 0)) {
      if (!vrt.prim(o.status, o._status, x, p, "status", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.status, vcodes.inCodes94)) {
      if (!vrt.eachWith(o.status, false, x, p, "status", vrt.checkCode, BINDING_1) && x.c === null) return false;
    }
  }
  if (!(vrt.isValidCode(o.intent) && (m0 & 262144) === 0)) {
    if (!vrt.prim(o.intent, o._intent, x, p, "intent", d, 1, vrt.isValidCode, "code", OWNER_0) && x.c === null)
      return false;
  }
  if (!vrt.codeIn(o.intent, vcodes.inCodes95)) {
    if (!vrt.eachWith(o.intent, false, x, p, "intent", vrt.checkCode, BINDING_2) && x.c === null) return false;
  }
  if ((m0 & 524288) !== 0) {
    if (!vrt.one(o.category, x, p, "category", d, 0, checkCodeableConcept) && x.c === null) return false;
    if (!vrt.eachWith(o.category, false, x, p, "category", vrt.checkConcept, BINDING_3) && x.c === null) return false;
  }
  if ((m0 & 3145728) !== 0) {
    if (!(vrt.isValidCode(o.priority) && (m0 & 2097152) === 0)) {
      if (!vrt.prim(o.priority, o._priority, x, p, "priority", d, 0, vrt.isValidCode, "code", OWNER_0) && x.c === null)
        return false;
    }
    if (!vrt.codeIn(o.priority, vcodes.inCodes97)) {
      if (!vrt.eachWith(o.priority, false, x, p, "priority", vrt.checkCode, BINDING_4) && x.c === null) return false;
    }
  }
  if (!vrt.checkChoice(o, CHOICE_0, x, p, "medication", 1) && x.c === null) return false;
  if ((m0 & 4194304) !== 0) {
    if (!vrt.one(o.medicationCodeableConcept, x, p, "medication.ofType(CodeableConcept)", d, 0, checkCodeableConcept) && x.c === null)
      return false;
  }
  if ((m0 & 8388608) !== 0) {
    if (!vrt.one(o.medicationReference, x, p, "medication.ofType(Reference)", d, 0, checkReference) && x.c === null)
      return false;
    if (!vrt.eachWith(
      o.medicationReference,
      false,
      x,
      p,
      "medication.ofType(Reference)",
      vrt.checkReferenceTarget,
      TARGETS_2
    ) && x.c === null)
      return false;
  }
  if (!vrt.one(o.subject, x, p, "subject", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.subject, false, x, p, "subject", vrt.checkReferenceTarget, TARGETS_3) && x.c === null)
    return false;
  if ((m0 & 33554432) !== 0) {
    if (!vrt.one(o.context, x, p, "context", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.context, false, x, p, "context", vrt.checkReferenceTarget, TARGETS_4) && x.c === null)
      return false;
  }
  if ((m0 & 67108864) !== 0) {
    if (!vrt.many(o.supportingInformation, x, p, "supportingInformation", d, 0, -1, checkReference) && x.c === null)
      return false;
  }
  if ((m0 & 402653184) !== 0) {
    if (!(vrt.isValidDateTime(o.authoredOn) && (m0 & 268435456) === 0)) {
      if (!vrt.prim(o.authoredOn, o._authoredOn, x, p, "authoredOn", d, 0, vrt.isValidDateTime, "dateTime", OWNER_0) && x.c === null)
        return false;
    }
  }
  if ((m0 & 536870912) !== 0) {
    if (!vrt.one(o.requester, x, p, "requester", d, 0, checkMedicationRequestRequester) && x.c === null) return false;
  }
  if ((m0 & 1073741824) !== 0) {
    if (!vrt.one(o.recorder, x, p, "recorder", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.recorder, false, x, p, "recorder", vrt.checkReferenceTarget, TARGETS_5) && x.c === null)
      return false;
  }
  if ((m1 & 1) !== 0) {
    if (!vrt.many(o.reasonCode, x, p, "reasonCode", d, 0, -1, checkCodeableConcept) && x.c === null) return false;
  }
  if ((m1 & 2) !== 0) {
    if (!vrt.many(o.reasonReference, x, p, "reasonReference", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.reasonReference, true, x, p, "reasonReference", vrt.checkReferenceTarget, TARGETS_6) && x.c === null)
      return false;
  }
  if ((m1 & 4) !== 0) {
    if (!vrt.many(o.note, x, p, "note", d, 0, -1, checkAnnotation) && x.c === null) return false;
  }
  if ((m1 & 8) !== 0) {
    if (!vrt.many(o.dosageInstruction, x, p, "dosageInstruction", d, 0, -1, checkDosage) && x.c === null) return false;
  }
  if ((m1 & 16) !== 0) {
    if (!vrt.one(o.dispenseRequest, x, p, "dispenseRequest", d, 0, checkMedicationRequestDispenseRequest) && x.c === null)
      return false;
  }
  if ((m1 & 32) !== 0) {
    if (!vrt.one(o.substitution, x, p, "substitution", d, 0, checkMedicationRequestSubstitution) && x.c === null)
      return false;
  }
  if ((m1 & 64) !== 0) {
    if (!vrt.one(o.priorPrescription, x, p, "priorPrescription", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.priorPrescription, false, x, p, "priorPrescription", vrt.checkReferenceTarget, TARGETS_7) && x.c === null)
      return false;
  }
  if ((m1 & 128) !== 0) {
    if (!vrt.many(o.detectedIssue, x, p, "detectedIssue", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.detectedIssue, true, x, p, "detectedIssue", vrt.checkReferenceTarget, TARGETS_8) && x.c === null)
      return false;
  }
  if ((m1 & 256) !== 0) {
    if (!vrt.many(o.eventHistory, x, p, "eventHistory", d, 0, -1, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.eventHistory, true, x, p, "eventHistory", vrt.checkReferenceTarget, TARGETS_9) && x.c === null)
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
  return true;
}
function checkMedicationRequestRequester(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationRequest.requester");
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
      case "agent":
        n++;
        m0 |= 8;
        break;
      case "onBehalfOf":
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
  if (!vrt.one(o.agent, x, p, "agent", d, 1, checkReference) && x.c === null) return false;
  if (!vrt.eachWith(o.agent, false, x, p, "agent", vrt.checkReferenceTarget, TARGETS_10) && x.c === null) return false;
  if ((m0 & 16) !== 0) {
    if (!vrt.one(o.onBehalfOf, x, p, "onBehalfOf", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.onBehalfOf, false, x, p, "onBehalfOf", vrt.checkReferenceTarget, TARGETS_11) && x.c === null)
      return false;
  }
  return true;
}
function checkMedicationRequestDispenseRequest(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationRequest.dispenseRequest");
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
      case "validityPeriod":
        n++;
        m0 |= 8;
        break;
      case "numberOfRepeatsAllowed":
        n++;
        m0 |= 16;
        break;
      case "quantity":
        n++;
        m0 |= 64;
        break;
      case "expectedSupplyDuration":
        n++;
        m0 |= 128;
        break;
      case "performer":
        n++;
        m0 |= 256;
        break;
      case "_numberOfRepeatsAllowed":
        n++;
        m0 |= 32;
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_2, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_2, true) && x.c === null)
      return false;
  }
  if ((m0 & 8) !== 0) {
    if (!vrt.one(o.validityPeriod, x, p, "validityPeriod", d, 0, checkPeriod) && x.c === null) return false;
  }
  if ((m0 & 48) !== 0) {
    if (!(vrt.isValidPositiveInt(o.numberOfRepeatsAllowed) && (m0 & 32) === 0)) {
      if (!vrt.prim(
        o.numberOfRepeatsAllowed,
        o._numberOfRepeatsAllowed,
        x,
        p,
        "numberOfRepeatsAllowed",
        d,
        0,
        vrt.isValidPositiveInt,
        "positiveInt",
        OWNER_2
      ) && x.c === null)
        return false;
    }
  }
  if ((m0 & 64) !== 0) {
    if (!vrt.one(o.quantity, x, p, "quantity", d, 0, checkSimpleQuantity) && x.c === null) return false;
  }
  if ((m0 & 128) !== 0) {
    if (!vrt.one(o.expectedSupplyDuration, x, p, "expectedSupplyDuration", d, 0, checkDuration) && x.c === null)
      return false;
  }
  if ((m0 & 256) !== 0) {
    if (!vrt.one(o.performer, x, p, "performer", d, 0, checkReference) && x.c === null) return false;
    if (!vrt.eachWith(o.performer, false, x, p, "performer", vrt.checkReferenceTarget, TARGETS_11) && x.c === null)
      return false;
  }
  return true;
}
function checkMedicationRequestSubstitution(v, x, p, d) {
  const o = vrt.objectAt(v, x, p, d, "MedicationRequest.substitution");
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
      case "allowed":
        n++;
        m0 |= 8;
        break;
      case "reason":
        n++;
        m0 |= 32;
        break;
      case "_allowed":
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
    if (!vrt.checkExtensions(o.extension, x, p, "extension", d, 0, -1, OWNER_3, false) && x.c === null) return false;
  }
  if ((m0 & 4) !== 0) {
    if (!vrt.checkExtensions(o.modifierExtension, x, p, "modifierExtension", d, 0, -1, OWNER_3, true) && x.c === null)
      return false;
  }
  if (!(vrt.isValidBoolean(o.allowed) && (m0 & 16) === 0)) {
    if (!vrt.prim(o.allowed, o._allowed, x, p, "allowed", d, 1, vrt.isValidBoolean, "boolean", OWNER_3) && x.c === null)
      return false;
  }
  if ((m0 & 32) !== 0) {
    if (!vrt.one(o.reason, x, p, "reason", d, 0, checkCodeableConcept) && x.c === null) return false;
  }
  return true;
}
function validateMedicationRequest(value, options) {
  return vrt.validateWith(value, "MedicationRequest", checkMedicationRequest, true, options, REGISTRY_0);
}
function isMedicationRequest(value, options) {
  return vrt.testWith(value, checkMedicationRequest, true, options, REGISTRY_0);
}
function buildMedicationRequest(input) {
  return fillAndCheck(
    input,
    { resourceType: "MedicationRequest" },
    isMedicationRequest,
    validateMedicationRequest,
    "MedicationRequest"
  );
}
export {
  buildMedicationRequest,
  checkMedicationRequest,
  checkMedicationRequestDispenseRequest,
  checkMedicationRequestRequester,
  checkMedicationRequestSubstitution,
  isMedicationRequest,
  validateMedicationRequest
};
